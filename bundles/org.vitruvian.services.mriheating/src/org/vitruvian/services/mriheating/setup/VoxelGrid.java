package org.vitruvian.services.mriheating.setup;

import java.util.Locale;

/**
 * The uniform voxel grid every stage works on: {@code nx * ny * nz} cubic cells of edge
 * {@code cell} metres, a material label per cell, and the edges of the Yee grid that lie in the
 * conducting device. Node (i, j, k) sits at {@code origin + (i, j, k) * cell}; cell (i, j, k) spans
 * nodes i..i+1, j..j+1, k..k+1. Edges are stored per node: bit 1 the x-edge from node (i, j, k)
 * to (i+1, j, k), bit 2 the y-edge, bit 4 the z-edge, so that a wire thinner than a cell is still
 * a line of conducting edges.
 */
public final class VoxelGrid {

    public static final byte EDGE_X = 1;
    public static final byte EDGE_Y = 2;
    public static final byte EDGE_Z = 4;

    public final int nx;
    public final int ny;
    public final int nz;
    public final double cell;
    public final double x0;
    public final double y0;
    public final double z0;
    public final byte[] labels;
    public final byte[] edges;
    public final Material[] materials;
    public final Layout layout;

    public VoxelGrid(int nx, int ny, int nz, double cell, double x0, double y0, double z0, byte[] labels, byte[] edges,
            Material[] materials, Layout layout) {
        if (labels.length != (long) nx * ny * nz || edges.length != (long) (nx + 1) * (ny + 1) * (nz + 1)) {
            throw new IllegalArgumentException("array sizes do not match the grid");
        }
        this.nx = nx;
        this.ny = ny;
        this.nz = nz;
        this.cell = cell;
        this.x0 = x0;
        this.y0 = y0;
        this.z0 = z0;
        this.labels = labels;
        this.edges = edges;
        this.materials = materials;
        this.layout = layout;
    }

    public int cellIndex(int i, int j, int k) {
        return (i * ny + j) * nz + k;
    }

    public int nodeIndex(int i, int j, int k) {
        return (i * (ny + 1) + j) * (nz + 1) + k;
    }

    public long cellCount() {
        return (long) nx * ny * nz;
    }

    public double cellX(int i) {
        return x0 + (i + 0.5) * cell;
    }

    public double cellY(int j) {
        return y0 + (j + 0.5) * cell;
    }

    public double cellZ(int k) {
        return z0 + (k + 0.5) * cell;
    }

    /** Index of the cell that holds x (clamped to the grid). */
    public int cellOfX(double x) {
        return clamp((int) Math.floor((x - x0) / cell), nx);
    }

    public int cellOfY(double y) {
        return clamp((int) Math.floor((y - y0) / cell), ny);
    }

    public int cellOfZ(double z) {
        return clamp((int) Math.floor((z - z0) / cell), nz);
    }

    private static int clamp(int value, int n) {
        return Math.max(0, Math.min(n - 1, value));
    }

    public int count(byte label) {
        int count = 0;
        for (byte l : labels) {
            if (l == label) {
                count++;
            }
        }
        return count;
    }

    public int conductingEdges() {
        int count = 0;
        for (byte e : edges) {
            count += Integer.bitCount(e & 7);
        }
        return count;
    }

    public String describe() {
        return String.format(Locale.ROOT, "%d x %d x %d cells of %.1f mm (%.2f million), %d gel cells, %d device cells, "
                + "%d conducting edges", nx, ny, nz, cell * 1000, cellCount() / 1e6, count(Material.GEL),
                count(Material.DEVICE), conductingEdges());
    }
}
