package org.vitruvian.services.bonestrength.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.vitruvian.services.bonestrength.ProgressListener;
import org.vitruvian.services.bonestrength.fem.ElasticSolver;
import org.vitruvian.services.bonestrength.fem.FemurLoadCases;
import org.vitruvian.services.bonestrength.fem.FractureLoad;
import org.vitruvian.services.bonestrength.fem.LoadCase;
import org.vitruvian.services.bonestrength.fem.MaterialLaw;
import org.vitruvian.services.bonestrength.fem.PrincipalStrains;
import org.vitruvian.services.bonestrength.fem.Solution;
import org.vitruvian.services.bonestrength.fem.StrainLimits;
import org.vitruvian.services.bonestrength.fem.VoxelMesher;
import org.vitruvian.services.bonestrength.fem.VoxelModel;
import org.vitruvian.services.bonestrength.image.BoneSegmentation;
import org.vitruvian.services.bonestrength.image.DensityCalibration;
import org.vitruvian.services.bonestrength.image.FemurPhantom;
import org.vitruvian.services.bonestrength.image.Volume;

/**
 * The synthetic femur through the whole pipeline at the services' defaults (0.7 mm voxels, 2 mm
 * elements, threshold 0.15 g/cm3, tolerance 1e-8). Its sideways-fall fracture load must lie in the
 * range Eckstein et al. (2004, J Bone Miner Res 19:379) measured on cadaver femurs in side
 * impact, 3951 +/- 1659 N, and fall as bone density falls, as in osteoporosis.
 */
class FemurStrengthTest {

    private static final double ECKSTEIN_MEAN = 3951;
    private static final double ECKSTEIN_SD = 1659;

    /** Sideways-fall fracture load of the phantom femur at this bone density (1 = normal). */
    static FractureLoad sidewaysFall(double boneDensity) throws Exception {
        FemurPhantom.Spec spec = new FemurPhantom.Spec(1, 120, 12, 0.7, boneDensity);
        Volume ct = FemurPhantom.femur(spec, ProgressListener.NONE);
        Volume phantom = FemurPhantom.calibrationPhantom(spec, ProgressListener.NONE);
        DensityCalibration.Fit fit = DensityCalibration.fit(phantom, DensityCalibration.rods(phantom, "phantom"),
                FemurPhantom.ROD_DENSITIES, "phantom");
        Volume ash = DensityCalibration.ashDensity(ct, fit);
        Volume mask = BoneSegmentation.segment(ash, 0.15, 0.5, true, ProgressListener.NONE).mask();
        VoxelModel model = VoxelMesher.mesh(mask, ash, 2.0, MaterialLaw.MORGAN_FEMORAL_NECK, ProgressListener.NONE).model();
        LoadCase fall = new FemurLoadCases(model).sidewaysFall(70);
        try (ElasticSolver solver = new ElasticSolver(model, 0.3)) {
            Solution solution = solver.solve(fall, 1e-8, 20000, ProgressListener.NONE);
            assertTrue(solution.converged());
            PrincipalStrains strains = PrincipalStrains.of(model, solution.displacement());
            boolean[] excluded = FemurLoadCases.excludedElements(model, fall);
            boolean[] assessed = new boolean[model.elementCount()];
            for (int e = 0; e < assessed.length; e++) {
                assessed[e] = model.isSurface(e) && !excluded[e];
            }
            FractureLoad fracture = FractureLoad.of(fall.name(), fall.load(), strains.maximum(), strains.minimum(),
                    assessed, StrainLimits.SCHILEO_2014);
            double[] at = model.centroid(fracture.element());
            System.out.printf("femur at %.2f x normal density: %d elements, sideways-fall fracture load %.0f N, first "
                    + "failure in %s at (%.1f, %.1f, %.1f) mm, %d iterations%n", boneDensity, model.elementCount(),
                    fracture.load(), fracture.tension() ? "tension" : "compression", at[0], at[1], at[2],
                    solution.iterations());
            return fracture;
        }
    }

    @Test
    void normalFemurBreaksInASidewaysFallWithinTheCadaverRangeAndWeakerBoneBreaksSooner() throws Exception {
        FractureLoad normal = sidewaysFall(1.0);
        assertEquals(ECKSTEIN_MEAN, normal.load(), ECKSTEIN_SD, "Eckstein 2004 side impact, mean +/- SD");
        double[] densities = { 0.85, 0.7, 0.55 };
        double previous = normal.load();
        for (double density : densities) {
            double load = sidewaysFall(density).load();
            assertTrue(load < previous, "at " + density + " x normal density the femur breaks at " + load
                    + " N, not below the " + previous + " N of denser bone");
            previous = load;
        }
        assertFalse(previous > 0.8 * normal.load(), "osteoporotic bone is markedly weaker");
    }
}
