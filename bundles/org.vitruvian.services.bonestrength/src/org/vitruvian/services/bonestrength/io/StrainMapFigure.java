package org.vitruvian.services.bonestrength.io;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.vitruvian.services.bonestrength.fem.VoxelModel;
import org.vitruvian.services.support.BitmapFont;
import org.vitruvian.services.support.AtomicFiles;

/**
 * The report's figure: one panel per load case, each a coronal slice of the model through the
 * element that fails first, coloured by strain over its limit at the fracture load (1 where bone
 * fails), seen from the front with the patient's right on the left as radiologists show it.
 */
public final class StrainMapFigure {

    /**
     * One panel: the strain-to-limit ratio of every element at the fracture load, what to write
     * above it, and the elements to grey out (surface elements near loads and supports, which
     * strength does not assess).
     */
    public record Panel(String title, String subtitle, float[] ratio, int failingElement, boolean[] greyed) {
    }

    private static final int WHITE = 0xFFFFFF;
    private static final int BLACK = 0x000000;
    private static final int GREY = 0x555555;
    private static final int LIGHT_GREY = 0xC8C8C8;
    private static final int[][] VIRIDIS = { { 68, 1, 84 }, { 59, 82, 139 }, { 33, 145, 140 }, { 94, 201, 98 },
            { 253, 231, 37 } };

    private StrainMapFigure() {
    }

    public static void write(VoxelModel model, List<Panel> panels, Path file) throws IOException {
        BufferedImage image = render(model, panels);
        AtomicFiles.write(file, out -> {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("this Java runtime has no PNG writer");
            }
        });
    }

    public static BufferedImage render(VoxelModel model, List<Panel> panels) {
        int scale = Math.max(2, Math.min(8, 420 / Math.max(model.nz(), model.nx())));
        int text = 2;
        int margin = 16;
        int header = 3 * (BitmapFont.height(text) + 6) + margin;
        int bar = 14 + 3 * (BitmapFont.height(text) + 4) + 12;
        int widest = BitmapFont.width("grey: near loads and supports, not assessed", text);
        for (Panel panel : panels) {
            widest = Math.max(widest, Math.max(BitmapFont.width(panel.title(), text), BitmapFont.width(panel.subtitle(), text)));
        }
        int panelWidth = Math.max(model.nx() * scale, widest) + 2 * margin;
        int width = panelWidth * Math.max(1, panels.size());
        int height = header + model.nz() * scale + bar + margin;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, WHITE);
            }
        }
        int[] ijk = new int[3];
        for (int p = 0; p < panels.size(); p++) {
            Panel panel = panels.get(p);
            int left = p * panelWidth + margin;
            model.cellIndices(model.cell(panel.failingElement()), ijk);
            int slice = ijk[1];
            double y = model.origin()[1] + (slice + 0.5) * model.elementSize();
            BitmapFont.draw(image, panel.title(), left, margin, text, BLACK);
            BitmapFont.draw(image, panel.subtitle(), left, margin + BitmapFont.height(text) + 6, text, BLACK);
            BitmapFont.draw(image, String.format(Locale.ROOT, "coronal slice y = %.1f mm", y), left,
                    margin + 2 * (BitmapFont.height(text) + 6), text, GREY);
            for (int e = 0; e < model.elementCount(); e++) {
                model.cellIndices(model.cell(e), ijk);
                if (ijk[1] != slice) {
                    continue;
                }
                int color = panel.greyed()[e] ? LIGHT_GREY : colour(panel.ratio()[e]);
                int x0 = left + ijk[0] * scale;
                int y0 = header + (model.nz() - 1 - ijk[2]) * scale;
                for (int dy = 0; dy < scale; dy++) {
                    for (int dx = 0; dx < scale; dx++) {
                        image.setRGB(x0 + dx, y0 + dy, color);
                    }
                }
            }
            model.cellIndices(model.cell(panel.failingElement()), ijk);
            int cx = left + ijk[0] * scale + scale / 2;
            int cy = header + (model.nz() - 1 - ijk[2]) * scale + scale / 2;
            for (int d = -3 * scale; d <= 3 * scale; d++) {
                for (int w = -1; w <= 1; w++) {
                    set(image, cx + d, cy + w, 0xFF0000);
                    set(image, cx + w, cy + d, 0xFF0000);
                }
            }
            int barTop = header + model.nz() * scale + 10;
            int barWidth = panelWidth - 2 * margin;
            for (int x = 0; x < barWidth; x++) {
                int color = colour((float) x / (barWidth - 1));
                for (int dy = 0; dy < 14; dy++) {
                    image.setRGB(left + x, barTop + dy, color);
                }
            }
            BitmapFont.draw(image, "0", left, barTop + 18, text, BLACK);
            BitmapFont.draw(image, "1", left + barWidth - BitmapFont.width("1", text), barTop + 18, text, BLACK);
            String label = "strain / limit at fracture";
            BitmapFont.draw(image, label, left + (barWidth - BitmapFont.width(label, text)) / 2,
                    barTop + 18 + BitmapFont.height(text) + 4, text, GREY);
            BitmapFont.draw(image, "grey: near loads and supports, not assessed", left,
                    barTop + 18 + 2 * (BitmapFont.height(text) + 4), text, GREY);
        }
        return image;
    }

    private static void set(BufferedImage image, int x, int y, int rgb) {
        if (x >= 0 && y >= 0 && x < image.getWidth() && y < image.getHeight()) {
            image.setRGB(x, y, rgb);
        }
    }

    /** Viridis, sampled at five points and interpolated: perceptually even and legible in grey. */
    static int colour(float value) {
        double t = Math.max(0, Math.min(1, value)) * (VIRIDIS.length - 1);
        int low = Math.min(VIRIDIS.length - 2, (int) t);
        double f = t - low;
        int rgb = 0;
        for (int c = 0; c < 3; c++) {
            int channel = (int) Math.round(VIRIDIS[low][c] + f * (VIRIDIS[low + 1][c] - VIRIDIS[low][c]));
            rgb = (rgb << 8) | channel;
        }
        return rgb;
    }
}
