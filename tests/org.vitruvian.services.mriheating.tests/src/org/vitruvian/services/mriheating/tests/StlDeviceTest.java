package org.vitruvian.services.mriheating.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitruvian.services.mriheating.InvalidInputException;
import org.vitruvian.services.mriheating.setup.StlDevice;

/** Reading implants from STL: both encodings, the unit checked, open surfaces and typos refused with where. */
class StlDeviceTest {

    @TempDir
    Path folder;

    /** An axis-aligned cube of the given edge as ASCII STL (12 triangles, outward normals). */
    static String cube(String name, double a) {
        double[][] v = new double[8][];
        for (int i = 0; i < 8; i++) {
            v[i] = new double[] { (i & 1) * a, (i >> 1 & 1) * a, (i >> 2 & 1) * a };
        }
        int[][] faces = { { 0, 2, 3, 1 }, { 4, 5, 7, 6 }, { 0, 1, 5, 4 }, { 2, 6, 7, 3 }, { 0, 4, 6, 2 }, { 1, 3, 7, 5 } };
        StringBuilder s = new StringBuilder("solid " + name + "\n");
        for (int[] f : faces) {
            for (int[] t : new int[][] { { f[0], f[1], f[2] }, { f[0], f[2], f[3] } }) {
                s.append("  facet normal 0 0 0\n    outer loop\n");
                for (int p : t) {
                    s.append("      vertex ").append(v[p][0]).append(' ').append(v[p][1]).append(' ').append(v[p][2]).append('\n');
                }
                s.append("    endloop\n  endfacet\n");
            }
        }
        return s.append("endsolid ").append(name).append('\n').toString();
    }

    @Test
    void asciiAndBinaryGiveTheSamePartInMetres() throws Exception {
        Path ascii = folder.resolve("a.stl");
        Files.writeString(ascii, cube("a", 10));
        StlDevice fromAscii = StlDevice.read(ascii, "mm");
        // The same triangles as binary STL.
        String[] lines = Files.readString(ascii).lines().filter(l -> l.strip().startsWith("vertex")).toArray(String[]::new);
        ByteBuffer b = ByteBuffer.allocate(84 + 50 * lines.length / 3).order(ByteOrder.LITTLE_ENDIAN);
        b.position(80);
        b.putInt(lines.length / 3);
        for (int t = 0; t < lines.length / 3; t++) {
            b.putFloat(0).putFloat(0).putFloat(0);
            for (int p = 0; p < 3; p++) {
                String[] w = lines[3 * t + p].strip().split("\\s+");
                b.putFloat(Float.parseFloat(w[1])).putFloat(Float.parseFloat(w[2])).putFloat(Float.parseFloat(w[3]));
            }
            b.putShort((short) 0);
        }
        Path binary = folder.resolve("b.stl");
        Files.write(binary, b.array());
        StlDevice fromBinary = StlDevice.read(binary, "mm");
        assertEquals(12, fromBinary.triangleCount());
        assertArrayEquals(new double[] { -0.005, -0.005, -0.005 }, fromAscii.min(), 1e-9);
        assertArrayEquals(fromAscii.max(), fromBinary.max(), 1e-9);
        // Inside: the line through the centre crosses the cube from -5 to +5 mm.
        assertArrayEquals(new double[] { -0.005, 0.005 }, fromBinary.insideAlongX(0.001, -0.002), 1e-9);
        assertEquals(0, fromBinary.insideAlongX(0.006, 0).length);
    }

    @Test
    void aPartTooLargeForItsUnitNamesTheLikelyUnit() throws Exception {
        Path file = folder.resolve("big.stl");
        Files.writeString(file, cube("big", 50));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> StlDevice.read(file, "cm"));
        assertTrue(e.getMessage().contains("500 mm") && e.getMessage().contains("--stl-units mm"), e.getMessage());
        assertEquals(0.05, StlDevice.read(file, "mm").max()[0] * 2, 1e-9);
    }

    @Test
    void anOpenSurfaceOrABadNumberIsRefusedWithItsPlace() throws Exception {
        String text = cube("open", 10);
        int cut = text.indexOf("  facet", text.indexOf("endfacet"));
        Path open = folder.resolve("open.stl");
        Files.writeString(open, text.substring(0, cut) + "endsolid open\n");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> StlDevice.read(open, "mm"));
        assertTrue(e.getMessage().contains("not closed"), e.getMessage());
        Path typo = folder.resolve("typo.stl");
        Files.writeString(typo, text.replaceFirst("vertex 0.0 0.0 0.0", "vertex 0.0 O.0 0.0"));
        e = assertThrows(InvalidInputException.class, () -> StlDevice.read(typo, "mm"));
        assertTrue(e.getMessage().startsWith(typo + ":4:18: 'O.0' is not a number"), e.getMessage());
    }
}
