package org.vitruvian.services.bonestrength.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.vitruvian.services.bonestrength.ProgressListener;
import org.vitruvian.services.bonestrength.fem.ElasticSolver;
import org.vitruvian.services.bonestrength.fem.LoadCase;
import org.vitruvian.services.bonestrength.fem.PrincipalStrains;
import org.vitruvian.services.bonestrength.fem.Solution;
import org.vitruvian.services.bonestrength.fem.VoxelModel;
import org.vitruvian.services.bonestrength.internal.HexStiffness;

class ElasticSolverTest {

    /** A block with a hole and random moduli: elements missing, neighbours of every kind. */
    private static VoxelModel holedBlock() {
        int nx = 5;
        int ny = 4;
        int nz = 9;
        Random random = new Random(7);
        java.util.List<Integer> cells = new java.util.ArrayList<>();
        for (int c = 0; c < nx * ny * nz; c++) {
            int i = c % nx;
            int j = (c / nx) % ny;
            if (!(i == 2 && j == 1)) {
                cells.add(c);
            }
        }
        float[] moduli = new float[cells.size()];
        for (int e = 0; e < moduli.length; e++) {
            moduli[e] = 500 + 20000 * random.nextFloat();
        }
        return new VoxelModel(nx, ny, nz, 1.3, new double[] { 1, 2, 3 }, cells.stream().mapToInt(Integer::intValue).toArray(),
                moduli, null);
    }

    @Test
    void theMatrixFreeProductEqualsTheAssembledOneForAnyNumberOfThreadsAndPoissonRatio() {
        // The product uses the zeros and repeats of the cube's Walsh blocks, which come from its
        // symmetry and must hold for every Poisson's ratio, not only the 0.3 of bone.
        for (double poisson : new double[] { 0, 0.3, 0.49 }) {
            productMatchesAssembled(poisson);
        }
    }

    private static void productMatchesAssembled(double poisson) {
        VoxelModel model = holedBlock();
        HexStiffness cube = new HexStiffness(poisson);
        double[] dense = cube.dense();
        Random random = new Random(3);
        double[] u = new double[3 * model.nodeCount()];
        for (int i = 0; i < u.length; i++) {
            u[i] = random.nextGaussian();
        }
        double[] expected = new double[u.length];
        int[] positionOfVtk = HexStiffness.VTK_TO_POSITION;
        for (int e = 0; e < model.elementCount(); e++) {
            int[] vtk = model.vtkNodes(e);
            int[] node = new int[8];
            for (int k = 0; k < 8; k++) {
                node[positionOfVtk[k]] = vtk[k];
            }
            double scale = model.modulus(e) * model.elementSize();
            for (int r = 0; r < 24; r++) {
                double sum = 0;
                for (int c = 0; c < 24; c++) {
                    sum += dense[r * 24 + c] * u[3 * node[c / 3] + c % 3];
                }
                expected[3 * node[r / 3] + r % 3] += scale * sum;
            }
        }
        for (int threads : new int[] { 1, 2, 3, 8 }) {
            double[] found = new double[u.length];
            try (ElasticSolver solver = new ElasticSolver(model, poisson, threads)) {
                solver.multiply(u, found);
            }
            assertArrayEquals(expected, found, 1e-9 * 20000, threads + " threads, Poisson " + poisson);
        }
    }

    @Test
    void theCubeStiffnessIsSymmetricWithSixRigidBodyModes() {
        double[] k = new HexStiffness(0.3).dense();
        for (int r = 0; r < 24; r++) {
            for (int c = 0; c < 24; c++) {
                assertEquals(k[r * 24 + c], k[c * 24 + r], 1e-12);
            }
        }
        // Translations and rotations about the centre cost no energy.
        for (int mode = 0; mode < 6; mode++) {
            double[] u = new double[24];
            for (int p = 0; p < 8; p++) {
                double[] x = { (p & 1) - 0.5, ((p >> 1) & 1) - 0.5, ((p >> 2) & 1) - 0.5 };
                if (mode < 3) {
                    u[3 * p + mode] = 1;
                } else {
                    int a = (mode - 3 + 1) % 3;
                    int b = (mode - 3 + 2) % 3;
                    u[3 * p + a] = -x[b];
                    u[3 * p + b] = x[a];
                }
            }
            for (int r = 0; r < 24; r++) {
                double sum = 0;
                for (int c = 0; c < 24; c++) {
                    sum += k[r * 24 + c] * u[c];
                }
                assertEquals(0, sum, 1e-12, "rigid mode " + mode);
            }
        }
    }

    /** The patch test: a displacement field linear in x, y and z is reproduced exactly, strains and all. */
    @Test
    void aLinearFieldImposedOnTheBoundaryIsReproducedInside() {
        VoxelModel model = Bars.bar(3, 3, 3, 2, k -> 3000);
        double[][] gradient = { { 1e-3, 2e-4, 0 }, { 2e-4, -5e-4, 1e-4 }, { 0, 1e-4, 3e-4 } };
        java.util.List<Integer> boundary = new java.util.ArrayList<>();
        for (int n = 0; n < model.nodeCount(); n++) {
            double[] p = model.nodePosition(n);
            if (p[0] == 0 || p[0] == 6 || p[1] == 0 || p[1] == 6 || p[2] == 0 || p[2] == 6) {
                boundary.add(n);
            }
        }
        // Prescribed displacements enter as the reactions of a stiff elastic support would: here,
        // directly as the residual of the boundary values, solving for the interior only.
        double[] imposed = new double[3 * model.nodeCount()];
        for (int n : boundary) {
            double[] p = model.nodePosition(n);
            for (int c = 0; c < 3; c++) {
                imposed[3 * n + c] = gradient[c][0] * p[0] + gradient[c][1] * p[1] + gradient[c][2] * p[2];
            }
        }
        double[] reaction = new double[imposed.length];
        int[] fixed = boundary.stream().mapToInt(Integer::intValue).toArray();
        try (ElasticSolver solver = new ElasticSolver(model, 0.25)) {
            solver.multiply(imposed, reaction);
            java.util.List<Integer> interior = new java.util.ArrayList<>();
            for (int n = 0; n < model.nodeCount(); n++) {
                if (!boundary.contains(n)) {
                    interior.add(n);
                }
            }
            int[] loaded = interior.stream().mapToInt(Integer::intValue).toArray();
            double[] forces = new double[3 * loaded.length];
            for (int i = 0; i < loaded.length; i++) {
                for (int c = 0; c < 3; c++) {
                    forces[3 * i + c] = -reaction[3 * loaded[i] + c];
                }
            }
            Solution solution = solver.solve(new LoadCase("patch", fixed, new int[0], loaded, forces, new int[0], null, 0,
                    List.of()), 1e-12, 1000, ProgressListener.NONE);
            double[] u = solution.displacement();
            for (int i = 0; i < u.length; i++) {
                u[i] += imposed[i];
            }
            for (int n : loaded) {
                double[] p = model.nodePosition(n);
                for (int c = 0; c < 3; c++) {
                    double exact = gradient[c][0] * p[0] + gradient[c][1] * p[1] + gradient[c][2] * p[2];
                    assertEquals(exact, u[3 * n + c], 1e-12);
                }
            }
            PrincipalStrains strains = PrincipalStrains.of(model, u);
            for (int e = 0; e < model.elementCount(); e++) {
                assertEquals(1e-3, strains.tensors()[6 * e], 1e-12);
                assertEquals(2e-4, strains.tensors()[6 * e + 3], 1e-12);
            }
        }
    }

    @Test
    void principalStrainsAreTheEigenvaluesLargestFirst() {
        double[] out = new double[3];
        PrincipalStrains.symmetricEigenvalues(3, 3, 5, 1, 0, 0, out);
        assertArrayEquals(new double[] { 5, 4, 2 }, out, 1e-12);
        PrincipalStrains.symmetricEigenvalues(-1, -1, -1, 0, 0, 0, out);
        assertArrayEquals(new double[] { -1, -1, -1 }, out, 1e-12);
        PrincipalStrains.symmetricEigenvalues(0, 0, 0, 0, 0, 2e-3, out);
        assertArrayEquals(new double[] { 2e-3, 0, -2e-3 }, out, 1e-15);
    }

    @Test
    void aModelHeldNowhereIsReportedAsNotConverged() {
        VoxelModel model = Bars.bar(1, 1, 2, 1, k -> 1000);
        int[] top = Bars.nodesAt(model, 2, 2);
        double[] forces = new double[3 * top.length];
        for (int i = 0; i < top.length; i++) {
            forces[3 * i + 2] = 1;
        }
        try (ElasticSolver solver = new ElasticSolver(model, 0.3)) {
            Solution solution = solver.solve(new LoadCase("free", new int[0], new int[0], top, forces, new int[0], null, 0,
                    List.of()), 1e-10, 500, ProgressListener.NONE);
            assertTrue(!solution.converged(), "an unbalanced force on a free body has no static solution");
        }
    }
}
