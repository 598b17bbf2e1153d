package org.vitruvian.services.bonestrength.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.vitruvian.services.bonestrength.ProgressListener;
import org.vitruvian.services.bonestrength.fem.ElasticSolver;
import org.vitruvian.services.bonestrength.fem.LoadCase;
import org.vitruvian.services.bonestrength.fem.Solution;
import org.vitruvian.services.bonestrength.fem.VoxelModel;

/**
 * A cantilever 10 x 10 x 100 mm of E = 17.13 GPa, nu = 0.3, clamped at one end, with P = 100 N
 * across the other. Timoshenko's beam gives PL^3/3EI + PL/kGA = 2.353 mm (k = 5/6). Trilinear
 * hexahedra are too stiff in bending (shear locking) and converge to it as the mesh is refined,
 * at second order; the fully clamped end of the 3D solid is slightly stiffer than a beam's.
 */
class CantileverTest {

    private static final double E = 17130;
    private static final double NU = 0.3;
    private static final double P = 100;
    private static final double L = 100;
    private static final double SIDE = 10;

    static double timoshenko() {
        double inertia = Math.pow(SIDE, 4) / 12;
        double shear = E / (2 * (1 + NU));
        return P * L * L * L / (3 * E * inertia) + P * L / (5.0 / 6 * shear * SIDE * SIDE);
    }

    private static double tipDeflection(int through) {
        double h = SIDE / through;
        VoxelModel beam = Bars.bar(through, through, 10 * through, h, k -> E);
        int[] tip = Bars.nodesAt(beam, 2, L);
        double[] shares = Bars.faceShares(beam, tip, SIDE, SIDE);
        double[] forces = new double[3 * tip.length];
        for (int i = 0; i < tip.length; i++) {
            forces[3 * i + 1] = -P * shares[i];
        }
        LoadCase bending = new LoadCase("cantilever", Bars.nodesAt(beam, 2, 0), new int[0], tip, forces, new int[0], null,
                0, List.of());
        try (ElasticSolver solver = new ElasticSolver(beam, NU)) {
            Solution solution = solver.solve(bending, 1e-10, 50000, ProgressListener.NONE);
            assertTrue(solution.converged());
            return -Bars.endDisplacement(beam, solution.displacement(), L, SIDE, 1);
        }
    }

    @Test
    void tipDeflectionConvergesToTimoshenkosAtSecondOrder() {
        double reference = timoshenko();
        assertEquals(2.353, reference, 0.0005);
        int[] meshes = { 2, 4, 8, 16 };
        double[] deflection = new double[meshes.length];
        for (int m = 0; m < meshes.length; m++) {
            deflection[m] = tipDeflection(meshes[m]);
            System.out.printf("cantilever: %2d elements through the thickness (%5d elements): tip %.4f mm (%+.2f %% of "
                    + "Timoshenko's %.4f mm)%n", meshes[m], meshes[m] * meshes[m] * 10 * meshes[m], deflection[m],
                    100 * (deflection[m] / reference - 1), reference);
        }
        for (int m = 1; m < meshes.length; m++) {
            assertTrue(deflection[m] > deflection[m - 1], "refinement loosens the too-stiff elements");
        }
        int last = meshes.length - 1;
        double order = Math.log((deflection[last - 1] - deflection[last - 2]) / (deflection[last] - deflection[last - 1]))
                / Math.log(2);
        double extrapolated = deflection[last] + (deflection[last] - deflection[last - 1]) / (Math.pow(2, order) - 1);
        System.out.printf("cantilever: observed order of convergence %.2f; Richardson extrapolation %.4f mm (%+.2f %%)%n",
                order, extrapolated, 100 * (extrapolated / reference - 1));
        assertTrue(order > 1.5 && order < 2.5, "second-order convergence, found " + order);
        assertEquals(reference, deflection[last], 0.015 * reference, "16 elements through the thickness");
        assertEquals(reference, extrapolated, 0.01 * reference, "the limit of refinement");
    }
}
