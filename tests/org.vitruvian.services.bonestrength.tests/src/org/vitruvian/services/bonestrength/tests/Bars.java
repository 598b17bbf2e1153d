package org.vitruvian.services.bonestrength.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;

import org.vitruvian.services.bonestrength.fem.LoadCase;
import org.vitruvian.services.bonestrength.fem.VoxelModel;

/** Prismatic bars along z made of voxel elements, and the supports and loads of the closed-form cases. */
final class Bars {

    private Bars() {
    }

    /** A bar of {@code nx x ny x nz} cubes of edge {@code h}, element k (along z) of modulus {@code modulus(k)}. */
    static VoxelModel bar(int nx, int ny, int nz, double h, IntToDoubleFunction modulus) {
        int[] cells = new int[nx * ny * nz];
        float[] moduli = new float[cells.length];
        for (int c = 0; c < cells.length; c++) {
            cells[c] = c;
            moduli[c] = (float) modulus.applyAsDouble(c / (nx * ny));
        }
        return new VoxelModel(nx, ny, nz, h, new double[3], cells, moduli, null);
    }

    /** Nodes whose coordinate along {@code axis} is {@code value} (mm). */
    static int[] nodesAt(VoxelModel model, int axis, double value) {
        List<Integer> nodes = new ArrayList<>();
        for (int n = 0; n < model.nodeCount(); n++) {
            if (Math.abs(model.nodePosition(n)[axis] - value) < 1e-9) {
                nodes.add(n);
            }
        }
        return nodes.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * Share of each node of a rectangular face in a uniform traction over it: the consistent
     * nodal forces of bilinear faces, a quarter of a face per corner.
     */
    static double[] faceShares(VoxelModel model, int[] nodes, double width, double depth) {
        double[] shares = new double[nodes.length];
        double total = 0;
        for (int i = 0; i < nodes.length; i++) {
            double[] p = model.nodePosition(nodes[i]);
            double wx = p[0] < 1e-9 || p[0] > width - 1e-9 ? 0.5 : 1;
            double wy = p[1] < 1e-9 || p[1] > depth - 1e-9 ? 0.5 : 1;
            shares[i] = wx * wy;
            total += shares[i];
        }
        for (int i = 0; i < shares.length; i++) {
            shares[i] /= total;
        }
        return shares;
    }

    /**
     * Uniaxial stress: the base held along z only, and on the planes x = 0 and y = 0 held across,
     * which are symmetry planes of a bar in uniaxial stress, so the bar contracts freely and the
     * exact solution is a uniform strain that trilinear elements represent exactly.
     */
    static LoadCase axial(VoxelModel model, double length, double width, double force) {
        int[] top = nodesAt(model, 2, length);
        double[] shares = faceShares(model, top, width, width);
        double[] forces = new double[3 * top.length];
        for (int i = 0; i < top.length; i++) {
            forces[3 * i + 2] = force * shares[i];
        }
        List<Integer> dofs = new ArrayList<>();
        for (int n : nodesAt(model, 2, 0)) {
            dofs.add(3 * n + 2);
        }
        for (int n : nodesAt(model, 0, 0)) {
            dofs.add(3 * n);
        }
        for (int n : nodesAt(model, 1, 0)) {
            dofs.add(3 * n + 1);
        }
        return new LoadCase("axial", new int[0], dofs.stream().mapToInt(Integer::intValue).toArray(), top, forces,
                new int[0], null, 0, List.of());
    }

    /** Mean displacement component {@code component} over the nodes of the free end. */
    static double endDisplacement(VoxelModel model, double[] displacement, double length, double width, int component) {
        int[] top = nodesAt(model, 2, length);
        double[] shares = faceShares(model, top, width, width);
        double sum = 0;
        for (int i = 0; i < top.length; i++) {
            sum += shares[i] * displacement[3 * top[i] + component];
        }
        return sum;
    }
}
