package org.vitruvian.services.bonestrength.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitruvian.services.bonestrength.fem.VoxelModel;
import org.vitruvian.services.bonestrength.io.StrainMapFigure;

class StrainMapFigureTest {

    @TempDir
    Path folder;

    @Test
    void theFigureIsAPngWithOnePanelPerLoadCaseColouredByStrainRatio() throws Exception {
        VoxelModel bar = Bars.bar(4, 1, 20, 2, k -> 1000);
        float[] ratio = new float[bar.elementCount()];
        for (int e = 0; e < ratio.length; e++) {
            ratio[e] = (float) bar.layer(e) / 19;
        }
        boolean[] none = new boolean[ratio.length];
        int top = bar.elementCount() - 1;
        Path file = folder.resolve("figure.png");
        StrainMapFigure.write(bar, List.of(new StrainMapFigure.Panel("stance", "fracture load 1 N", ratio, top, none),
                new StrainMapFigure.Panel("sideways fall", "fracture load 2 N", ratio, top, none)), file);
        byte[] bytes = Files.readAllBytes(file);
        assertArrayEquals(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' }, Arrays.copyOf(bytes, 8));
        BufferedImage image = ImageIO.read(file.toFile());
        assertNotNull(image);
        BufferedImage one = StrainMapFigure.render(bar, List.of(new StrainMapFigure.Panel("stance", "x", ratio, top, none)));
        assertEquals(2 * one.getWidth(), image.getWidth(), "panels side by side");
        int[] histogram = new int[3];
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth() / 2; x++) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                histogram[rgb == 0x440154 ? 0 : rgb == 0xFDE725 ? 1 : 2]++;
            }
        }
        assertTrue(histogram[0] > 0 && histogram[1] > 0, "the low end (viridis purple) and the failing end (yellow) appear");
    }
}
