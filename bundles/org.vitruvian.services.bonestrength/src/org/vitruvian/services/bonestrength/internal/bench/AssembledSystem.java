package org.vitruvian.services.bonestrength.internal.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.vitruvian.services.bonestrength.fem.LoadCase;
import org.vitruvian.services.bonestrength.fem.VoxelModel;
import org.vitruvian.services.bonestrength.internal.HexStiffness;

/**
 * The stiffness matrix the solver never builds, assembled for a load case (supports included,
 * fixed degrees of freedom removed), so that another solver can be given the very same system.
 * Each node couples with at most its 27 grid neighbours, so the matrix is kept as one 3x3 block
 * per node and neighbour slot, and written in Matrix Market format, lower triangle only.
 */
public final class AssembledSystem {

    private final int[] reduced;
    private final int unknowns;
    private final int[] neighbour;
    private final double[] blocks;
    private final double[] rightHandSide;
    private final VoxelModel model;

    public AssembledSystem(VoxelModel model, LoadCase loadCase, double poisson) {
        this.model = model;
        int nodes = model.nodeCount();
        reduced = new int[3 * nodes];
        for (int n : loadCase.fixedNodes()) {
            for (int c = 0; c < 3; c++) {
                reduced[3 * n + c] = -1;
            }
        }
        for (int dof : loadCase.fixedDofs()) {
            reduced[dof] = -1;
        }
        int next = 0;
        for (int dof = 0; dof < reduced.length; dof++) {
            reduced[dof] = reduced[dof] < 0 ? -1 : next++;
        }
        unknowns = next;
        neighbour = new int[27 * nodes];
        java.util.Arrays.fill(neighbour, -1);
        int[] ijk = new int[3];
        for (int n = 0; n < nodes; n++) {
            double[] p = model.nodePosition(n);
            for (int a = 0; a < 3; a++) {
                ijk[a] = (int) Math.round((p[a] - model.origin()[a]) / model.elementSize());
            }
            for (int slot = 0; slot < 27; slot++) {
                int i = ijk[0] + slot % 3 - 1;
                int j = ijk[1] + (slot / 3) % 3 - 1;
                int k = ijk[2] + slot / 9 - 1;
                if (i >= 0 && j >= 0 && k >= 0 && i <= model.nx() && j <= model.ny() && k <= model.nz()) {
                    neighbour[27 * n + slot] = model.node(model.nodeGridIndex(i, j, k));
                }
            }
        }
        blocks = new double[27 * 9 * nodes];
        double[] cube = new HexStiffness(poisson).dense();
        for (int e = 0; e < model.elementCount(); e++) {
            int[] vtk = model.vtkNodes(e);
            int[] node = new int[8];
            for (int k = 0; k < 8; k++) {
                node[HexStiffness.VTK_TO_POSITION[k]] = vtk[k];
            }
            double scale = model.modulus(e) * model.elementSize();
            for (int a = 0; a < 8; a++) {
                for (int b = 0; b < 8; b++) {
                    int slot = 1 + ((b & 1) - (a & 1)) + 3 * (1 + ((b >> 1) & 1) - ((a >> 1) & 1))
                            + 9 * (1 + ((b >> 2) & 1) - ((a >> 2) & 1));
                    int at = 9 * (27 * node[a] + slot);
                    for (int r = 0; r < 3; r++) {
                        for (int c = 0; c < 3; c++) {
                            blocks[at + 3 * r + c] += scale * cube[(3 * a + r) * 24 + 3 * b + c];
                        }
                    }
                }
            }
        }
        double[] d = loadCase.springDirection();
        for (int n : loadCase.springNodes()) {
            int at = 9 * (27 * n + 13);
            for (int r = 0; r < 3; r++) {
                for (int c = 0; c < 3; c++) {
                    blocks[at + 3 * r + c] += loadCase.springStiffness() * d[r] * d[c];
                }
            }
        }
        rightHandSide = new double[unknowns];
        for (int i = 0; i < loadCase.forceNodes().length; i++) {
            for (int c = 0; c < 3; c++) {
                int dof = reduced[3 * loadCase.forceNodes()[i] + c];
                if (dof >= 0) {
                    rightHandSide[dof] += loadCase.forces()[3 * i + c];
                }
            }
        }
    }

    public int unknowns() {
        return unknowns;
    }

    /** Stored non-zeros of the full (not only lower) reduced matrix. */
    public long nonZeros() {
        long count = 0;
        for (int n = 0; n < model.nodeCount(); n++) {
            for (int slot = 0; slot < 27; slot++) {
                int m = neighbour[27 * n + slot];
                if (m < 0) {
                    continue;
                }
                for (int r = 0; r < 3; r++) {
                    for (int c = 0; c < 3; c++) {
                        if (reduced[3 * n + r] >= 0 && reduced[3 * m + c] >= 0 && blocks[9 * (27 * n + slot) + 3 * r + c] != 0) {
                            count++;
                        }
                    }
                }
            }
        }
        return count;
    }

    /** The full displacement vector of a solution restricted to the unknowns of this system. */
    public double[] restrict(double[] displacement) {
        double[] x = new double[unknowns];
        for (int dof = 0; dof < reduced.length; dof++) {
            if (reduced[dof] >= 0) {
                x[reduced[dof]] = displacement[dof];
            }
        }
        return x;
    }

    public void writeMatrix(Path file) throws IOException {
        long lower = 0;
        for (int pass = 0; pass < 2; pass++) {
            try (BufferedWriter out = pass == 0 ? null : Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
                if (out != null) {
                    out.write("%%MatrixMarket matrix coordinate real symmetric\n");
                    out.write("% stiffness of a Vitruvian voxel femur model, fixed degrees of freedom removed, N/mm\n");
                    out.write(unknowns + " " + unknowns + " " + lower + "\n");
                }
                for (int n = 0; n < model.nodeCount(); n++) {
                    for (int slot = 0; slot < 27; slot++) {
                        int m = neighbour[27 * n + slot];
                        if (m < 0) {
                            continue;
                        }
                        for (int r = 0; r < 3; r++) {
                            int row = reduced[3 * n + r];
                            for (int c = 0; c < 3; c++) {
                                int column = reduced[3 * m + c];
                                double value = blocks[9 * (27 * n + slot) + 3 * r + c];
                                if (row < 0 || column < 0 || column > row || value == 0) {
                                    continue;
                                }
                                if (out == null) {
                                    lower++;
                                } else {
                                    out.write((row + 1) + " " + (column + 1) + " " + value + "\n");
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    public void writeRightHandSide(Path file) throws IOException {
        writeVector(rightHandSide, file);
    }

    public static void writeVector(double[] vector, Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
            out.write("%%MatrixMarket matrix array real general\n");
            out.write(vector.length + " 1\n");
            for (double value : vector) {
                out.write(value + "\n");
            }
        }
    }
}
