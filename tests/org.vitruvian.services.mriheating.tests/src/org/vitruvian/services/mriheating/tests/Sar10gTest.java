package org.vitruvian.services.mriheating.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.vitruvian.services.mriheating.fields.Sar10g;
import org.vitruvian.services.mriheating.setup.AstmPhantom;
import org.vitruvian.services.mriheating.setup.Layout;
import org.vitruvian.services.mriheating.setup.Material;
import org.vitruvian.services.mriheating.setup.VoxelGrid;

/** The 10 g average: uniform SAR stays itself; a single hot cell is diluted by the mass of the cube around it. */
class Sar10gTest {

    static VoxelGrid gel(int n, double h) {
        byte[] labels = new byte[n * n * n];
        Arrays.fill(labels, Material.GEL);
        Material[] materials = AstmPhantom.materials(new AstmPhantom.Spec(h, 0.47, 80, "central", AstmPhantom.Alloy.TI6AL4V));
        double[] zero = { 0, 0, 0 };
        return new VoxelGrid(n, n, n, h, 0, 0, 0, labels, new byte[(n + 1) * (n + 1) * (n + 1)], materials,
                new Layout(zero, zero, zero, zero, zero, 0.3, 0.45, 16, 8, "none"));
    }

    @Test
    void uniformSarIsItsOwnAverage() {
        VoxelGrid g = gel(12, 0.005);
        float[] sar = new float[12 * 12 * 12];
        Arrays.fill(sar, 3.5f);
        float[] avg = Sar10g.average(g, sar, Sar10g.MASS);
        for (float v : avg) {
            assertEquals(3.5, v, 1e-5);
        }
    }

    /** One cell absorbing P: the cube of 10 g around it (2.154 cm of gel) averages P / 10 g. */
    @Test
    void aHotCellIsAveragedOverTenGrams() {
        int n = 15;
        double h = 0.005;
        VoxelGrid g = gel(n, h);
        float[] sar = new float[n * n * n];
        int centre = g.cellIndex(7, 7, 7);
        double cellMass = 1000 * h * h * h;
        sar[centre] = 1000f;
        float[] avg = Sar10g.average(g, sar, Sar10g.MASS);
        assertEquals(1000 * cellMass / 0.010, avg[centre], 1e-3 * avg[centre]);
    }
}
