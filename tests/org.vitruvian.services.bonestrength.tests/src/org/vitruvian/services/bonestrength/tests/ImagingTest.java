package org.vitruvian.services.bonestrength.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.vitruvian.services.bonestrength.InvalidInputException;
import org.vitruvian.services.bonestrength.ProgressListener;
import org.vitruvian.services.bonestrength.image.BoneSegmentation;
import org.vitruvian.services.bonestrength.image.DensityCalibration;
import org.vitruvian.services.bonestrength.image.FemurPhantom;
import org.vitruvian.services.bonestrength.image.Volume;

/** Calibration, segmentation and the synthetic scans they are tried on. */
class ImagingTest {

    @Test
    void calibrationRecoversTheScannersLineAtEveryTubeVoltage() throws Exception {
        double previous = Double.MAX_VALUE;
        for (int kvp : new int[] { 80, 100, 120, 140 }) {
            Volume phantom = FemurPhantom.calibrationPhantom(new FemurPhantom.Spec(5, kvp, 12, 1.0, 1),
                    ProgressListener.NONE);
            DensityCalibration.Fit fit = DensityCalibration.fit(phantom, DensityCalibration.rods(phantom, "p"),
                    FemurPhantom.ROD_DENSITIES, "p");
            assertTrue(fit.rSquared() > 0.999, fit.describe());
            assertTrue(fit.slope() < previous, "lower tube voltage, more contrast per mg of mineral");
            previous = fit.slope();
            // Water reads as no mineral; the ash relation then gives Schileo's intercept.
            assertEquals(0, fit.mineralDensity(fit.intercept()), 1e-12);
        }
    }

    @Test
    void rodsGivenInAnotherOrderThanTheirDensitiesAreRefused() throws Exception {
        Volume phantom = FemurPhantom.calibrationPhantom(new FemurPhantom.Spec(5, 120, 12, 1.0, 1), ProgressListener.NONE);
        InvalidInputException problem = assertThrows(InvalidInputException.class, () -> DensityCalibration.fit(phantom,
                DensityCalibration.rods(phantom, "p"), new double[] { 400, 200, 100, 50, 0 }, "p"));
        assertTrue(problem.getMessage().contains("another order"), problem.getMessage());
    }

    @Test
    void segmentationKeepsTheLargestRegionAndFillsWhatTheShellEncloses() throws Exception {
        int n = 20;
        float[] density = new float[n * n * n];
        for (int k = 0; k < n; k++) {
            for (int j = 0; j < n; j++) {
                for (int i = 0; i < n; i++) {
                    boolean shell = i >= 4 && i <= 15 && j >= 4 && j <= 15 && k >= 4 && k <= 15
                            && (i == 4 || i == 15 || j == 4 || j == 15 || k == 4 || k == 15);
                    boolean speck = i == 1 && j == 1 && k == 1;
                    density[i + n * (j + n * k)] = shell || speck ? 1.0f : 0.05f;
                }
            }
        }
        Volume volume = new Volume(new int[] { n, n, n }, new double[] { 1, 1, 1 }, new double[3], density, Map.of());
        BoneSegmentation.Result result = BoneSegmentation.segment(volume, 0.5, 0, true, ProgressListener.NONE);
        assertEquals(12 * 12 * 12, result.boneVoxels(), "the shell and its inside, without the speck");
        assertEquals(0f, result.mask().get(1, 1, 1));
        assertEquals(1f, result.mask().get(10, 10, 10));
    }

    @Test
    void theSyntheticCtIsReproducibleFromItsSeed() {
        FemurPhantom.Spec spec = new FemurPhantom.Spec(11, 120, 12, 1.5, 1);
        Volume first = FemurPhantom.femur(spec, ProgressListener.NONE);
        Volume again = FemurPhantom.femur(spec, ProgressListener.NONE);
        Volume other = FemurPhantom.femur(new FemurPhantom.Spec(12, 120, 12, 1.5, 1), ProgressListener.NONE);
        assertTrue(java.util.Arrays.equals(first.values(), again.values()));
        assertTrue(!java.util.Arrays.equals(first.values(), other.values()));
    }
}
