package org.vitruvian.services.bonestrength.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.vitruvian.services.bonestrength.ProgressListener;
import org.vitruvian.services.bonestrength.fem.ElasticSolver;
import org.vitruvian.services.bonestrength.fem.FractureLoad;
import org.vitruvian.services.bonestrength.fem.LoadCase;
import org.vitruvian.services.bonestrength.fem.MaterialLaw;
import org.vitruvian.services.bonestrength.fem.PrincipalStrains;
import org.vitruvian.services.bonestrength.fem.Solution;
import org.vitruvian.services.bonestrength.fem.StrainLimits;
import org.vitruvian.services.bonestrength.fem.VoxelMesher;
import org.vitruvian.services.bonestrength.fem.VoxelModel;
import org.vitruvian.services.bonestrength.image.Volume;

/**
 * Bars in uniaxial stress against the closed form delta = F/A * integral of dx/E(x): a bar of
 * cortical bone, two materials in series, and a bar whose density rises along its length, meshed
 * from a density volume as a CT would be. Bar 10 x 10 x 100 mm, F = 1 kN, E = 17.13 GPa.
 */
class AxialBarTest {

    private static final double LENGTH = 100;
    private static final double WIDTH = 10;
    private static final double AREA = WIDTH * WIDTH;
    private static final double FORCE = 1000;
    private static final double CORTICAL = 17130;

    private static Solution solve(VoxelModel model, LoadCase loadCase) {
        try (ElasticSolver solver = new ElasticSolver(model, 0.3)) {
            Solution solution = solver.solve(loadCase, 1e-10, 20000, ProgressListener.NONE);
            assertTrue(solution.converged(), "relative residual " + solution.relativeResidual());
            return solution;
        }
    }

    @Test
    void endDisplacementOfACorticalBarIsFLOverEAWithinOnePercent() {
        VoxelModel bar = Bars.bar(4, 4, 40, 2.5, k -> CORTICAL);
        Solution solution = solve(bar, Bars.axial(bar, LENGTH, WIDTH, FORCE));
        double expected = FORCE * LENGTH / (CORTICAL * AREA);
        double found = Bars.endDisplacement(bar, solution.displacement(), LENGTH, WIDTH, 2);
        System.out.printf("axial bar: end displacement %.5f mm, closed form %.5f mm (%+.4f %%)%n", found, expected,
                100 * (found / expected - 1));
        assertEquals(0.0584, expected, 0.00005);
        assertEquals(expected, found, 0.01 * expected);
    }

    @Test
    void strainLimitsBreakTheBarAt17Point8KilonewtonsInCompressionAnd12Point5InTension() {
        VoxelModel bar = Bars.bar(4, 4, 40, 2.5, k -> CORTICAL);
        boolean[] everyElement = new boolean[bar.elementCount()];
        Arrays.fill(everyElement, true);
        double[] expected = { 0.0104 * CORTICAL * AREA, 0.0073 * CORTICAL * AREA };
        double[] found = new double[2];
        for (int sign = 0; sign < 2; sign++) {
            double force = sign == 0 ? -FORCE : FORCE;
            Solution solution = solve(bar, Bars.axial(bar, LENGTH, WIDTH, force));
            PrincipalStrains strains = PrincipalStrains.of(bar, solution.displacement());
            FractureLoad fracture = FractureLoad.of("axial", FORCE, strains.maximum(), strains.minimum(), everyElement,
                    StrainLimits.SCHILEO_2014);
            found[sign] = fracture.load();
            assertEquals(sign == 1, fracture.tension());
        }
        System.out.printf("axial bar: failure at %.0f N in compression (closed form %.0f), %.0f N in tension (%.0f)%n",
                found[0], expected[0], found[1], expected[1]);
        assertEquals(17800, expected[0], 50);
        assertEquals(12500, expected[1], 50);
        assertEquals(expected[0], found[0], 0.005 * expected[0]);
        assertEquals(expected[1], found[1], 0.005 * expected[1]);
    }

    @Test
    void twoMaterialsInSeriesAddTheirCompliances() {
        double soft = 5000;
        VoxelModel bar = Bars.bar(4, 4, 40, 2.5, k -> k < 20 ? CORTICAL : soft);
        Solution solution = solve(bar, Bars.axial(bar, LENGTH, WIDTH, FORCE));
        double expected = FORCE / AREA * (50 / CORTICAL + 50 / soft);
        double found = Bars.endDisplacement(bar, solution.displacement(), LENGTH, WIDTH, 2);
        System.out.printf("two materials in series: %.5f mm, closed form %.5f mm (%+.3f %%)%n", found, expected,
                100 * (found / expected - 1));
        // Only the Poisson contraction differing across the interface keeps this from exact.
        assertEquals(expected, found, 0.01 * expected);
    }

    @Test
    void aDensityGradedBarMeshedFromAVolumeMatchesTheIntegralOfItsCompliance() throws Exception {
        double voxel = 0.5;
        int nx = (int) (WIDTH / voxel);
        int nz = (int) (LENGTH / voxel);
        float[] density = new float[nx * nx * nz];
        float[] mask = new float[density.length];
        for (int k = 0; k < nz; k++) {
            double z = (k + 0.5) * voxel;
            for (int v = 0; v < nx * nx; v++) {
                density[k * nx * nx + v] = (float) ashDensity(z);
                mask[k * nx * nx + v] = 1;
            }
        }
        double[] origin = { voxel / 2, voxel / 2, voxel / 2 };
        Volume densityVolume = new Volume(new int[] { nx, nx, nz }, new double[] { voxel, voxel, voxel }, origin, density,
                Map.of());
        Volume maskVolume = densityVolume.with(mask, Map.of());
        MaterialLaw law = MaterialLaw.MORGAN_FEMORAL_NECK;
        VoxelModel bar = VoxelMesher.mesh(maskVolume, densityVolume, 2.5, law, ProgressListener.NONE).model();
        assertEquals(4 * 4 * 40, bar.elementCount());
        Solution solution = solve(bar, Bars.axial(bar, LENGTH, WIDTH, FORCE));
        double found = Bars.endDisplacement(bar, solution.displacement(), LENGTH, WIDTH, 2);
        // Simpson's rule on a fine grid for the integral of dz / E(z).
        int steps = 10000;
        double integral = 0;
        for (int i = 0; i <= steps; i++) {
            double z = LENGTH * i / steps;
            double weight = i == 0 || i == steps ? 1 : i % 2 == 1 ? 4 : 2;
            integral += weight / law.modulus(ashDensity(z));
        }
        integral *= LENGTH / steps / 3;
        double expected = FORCE / AREA * integral;
        System.out.printf("density-graded bar: %.5f mm, closed form %.5f mm (%+.3f %%)%n", found, expected,
                100 * (found / expected - 1));
        assertEquals(expected, found, 0.01 * expected);
        assertFalse(Math.abs(found - FORCE * LENGTH / (law.modulus(ashDensity(50)) * AREA)) < 0.01 * expected,
                "a graded bar differs from a bar of its middle density, or the test would prove nothing");
    }

    /** Ash density rising linearly from 0.3 to 1.2 g/cm3 along the bar: E from 2.4 to 18 GPa. */
    private static double ashDensity(double z) {
        return 0.3 + 0.9 * z / LENGTH;
    }
}
