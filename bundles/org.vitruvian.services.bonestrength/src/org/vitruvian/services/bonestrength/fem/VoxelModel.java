package org.vitruvian.services.bonestrength.fem;

import java.util.Arrays;
import java.util.BitSet;

/**
 * A finite-element model made of voxel elements: identical cubes of edge {@code h} on a regular
 * grid, each with its own Young's modulus. Element {@code (i, j, k)} spans
 * {@code origin + h (i, j, k)} to {@code origin + h (i + 1, j + 1, k + 1)} in millimetres.
 *
 * <p>Elements are kept in grid order (k slowest, i fastest), and nodes too, so that the solver
 * can split the work into slabs along z and each element's nodes come as four pairs of
 * neighbours along x that sit next to each other in memory.
 */
public final class VoxelModel {

    private final int nx;
    private final int ny;
    private final int nz;
    private final double elementSize;
    private final double[] origin;
    private final int[] cells;
    private final float[] modulus;
    private final float[] density;
    private final int[] nodeGrid;
    private final int[] pairs;

    /**
     * @param cells linear grid index {@code i + nx (j + ny k)} of each element, strictly increasing
     * @param modulus Young's modulus of each element, MPa, positive
     * @param density mean ash density of each element in g/cm3, or null when unknown
     */
    public VoxelModel(int nx, int ny, int nz, double elementSize, double[] origin, int[] cells, float[] modulus,
            float[] density) {
        if (nx < 1 || ny < 1 || nz < 1 || !(elementSize > 0) || origin.length != 3) {
            throw new IllegalArgumentException("a voxel model needs a grid of at least one element and a positive size");
        }
        if (cells.length == 0) {
            throw new IllegalArgumentException("a voxel model needs at least one element");
        }
        if (modulus.length != cells.length || (density != null && density.length != cells.length)) {
            throw new IllegalArgumentException("one modulus (and density) per element");
        }
        long gridNodes = (long) (nx + 1) * (ny + 1) * (nz + 1);
        if (gridNodes > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("grid of " + nx + " x " + ny + " x " + nz + " elements is too large");
        }
        long gridCells = (long) nx * ny * nz;
        for (int e = 0; e < cells.length; e++) {
            if (cells[e] < 0 || cells[e] >= gridCells || (e > 0 && cells[e] <= cells[e - 1])) {
                throw new IllegalArgumentException("element grid indices must increase and lie in the grid");
            }
            if (!(modulus[e] > 0)) {
                throw new IllegalArgumentException("element " + e + " has a modulus of " + modulus[e] + " MPa");
            }
        }
        this.nx = nx;
        this.ny = ny;
        this.nz = nz;
        this.elementSize = elementSize;
        this.origin = origin.clone();
        this.cells = cells;
        this.modulus = modulus;
        this.density = density;
        this.nodeGrid = numberNodes();
        this.pairs = pairNodes();
    }

    private int[] numberNodes() {
        BitSet used = new BitSet((nx + 1) * (ny + 1) * (nz + 1));
        int[] ijk = new int[3];
        for (int cell : cells) {
            cellIndices(cell, ijk);
            int n0 = nodeGridIndex(ijk[0], ijk[1], ijk[2]);
            int dy = nx + 1;
            int dz = (nx + 1) * (ny + 1);
            for (int corner : new int[] { n0, n0 + dy, n0 + dz, n0 + dz + dy }) {
                used.set(corner);
                used.set(corner + 1);
            }
        }
        int[] nodes = new int[used.cardinality()];
        int n = 0;
        for (int g = used.nextSetBit(0); g >= 0; g = used.nextSetBit(g + 1)) {
            nodes[n++] = g;
        }
        return nodes;
    }

    private int[] pairNodes() {
        int[] result = new int[4 * cells.length];
        int[] ijk = new int[3];
        int dy = nx + 1;
        int dz = (nx + 1) * (ny + 1);
        for (int e = 0; e < cells.length; e++) {
            cellIndices(cells[e], ijk);
            int n0 = nodeGridIndex(ijk[0], ijk[1], ijk[2]);
            result[4 * e] = node(n0);
            result[4 * e + 1] = node(n0 + dy);
            result[4 * e + 2] = node(n0 + dz);
            result[4 * e + 3] = node(n0 + dz + dy);
        }
        return result;
    }

    public int nx() {
        return nx;
    }

    public int ny() {
        return ny;
    }

    public int nz() {
        return nz;
    }

    /** Edge of every element, mm. */
    public double elementSize() {
        return elementSize;
    }

    /** Corner of element (0, 0, 0), mm. */
    public double[] origin() {
        return origin.clone();
    }

    public int elementCount() {
        return cells.length;
    }

    public int nodeCount() {
        return nodeGrid.length;
    }

    /** Linear grid index of element {@code e}. */
    public int cell(int e) {
        return cells[e];
    }

    public float modulus(int e) {
        return modulus[e];
    }

    /** Moduli of all elements, MPa; the array itself, not a copy, for the solver's speed. */
    public float[] moduli() {
        return modulus;
    }

    /** Mean ash density per element (g/cm3), or null when the model was built without one. */
    public float[] densities() {
        return density;
    }

    /**
     * Node indices of element {@code e}'s corners (i, j, k), (i, j+1, k), (i, j, k+1) and
     * (i, j+1, k+1); the corner one step along x of each is the next node index.
     */
    public int[] cornerPairs() {
        return pairs;
    }

    /** The element's eight nodes in VTK_HEXAHEDRON order. */
    public int[] vtkNodes(int e) {
        int a = pairs[4 * e];
        int b = pairs[4 * e + 1];
        int c = pairs[4 * e + 2];
        int d = pairs[4 * e + 3];
        return new int[] { a, a + 1, b + 1, b, c, c + 1, d + 1, d };
    }

    public void cellIndices(int cell, int[] ijk) {
        ijk[0] = cell % nx;
        ijk[1] = (cell / nx) % ny;
        ijk[2] = cell / (nx * ny);
    }

    public int nodeGridIndex(int i, int j, int k) {
        return i + (nx + 1) * (j + (ny + 1) * k);
    }

    /** Index of the node at grid point {@code g}, or -1 when no element uses it. */
    public int node(int g) {
        int found = Arrays.binarySearch(nodeGrid, g);
        return found < 0 ? -1 : found;
    }

    /** Index of element {@code (i, j, k)}, or -1 when there is none. */
    public int element(int i, int j, int k) {
        if (i < 0 || j < 0 || k < 0 || i >= nx || j >= ny || k >= nz) {
            return -1;
        }
        int found = Arrays.binarySearch(cells, i + nx * (j + ny * k));
        return found < 0 ? -1 : found;
    }

    /** Coordinates of node {@code n}, mm. */
    public double[] nodePosition(int n) {
        int g = nodeGrid[n];
        int i = g % (nx + 1);
        int j = (g / (nx + 1)) % (ny + 1);
        int k = g / ((nx + 1) * (ny + 1));
        return new double[] { origin[0] + i * elementSize, origin[1] + j * elementSize, origin[2] + k * elementSize };
    }

    public double[] centroid(int e) {
        int[] ijk = new int[3];
        cellIndices(cells[e], ijk);
        return new double[] { origin[0] + (ijk[0] + 0.5) * elementSize, origin[1] + (ijk[1] + 0.5) * elementSize,
                origin[2] + (ijk[2] + 0.5) * elementSize };
    }

    /** Grid layer (k) of element {@code e}. */
    public int layer(int e) {
        return cells[e] / (nx * ny);
    }

    /**
     * Whether element {@code e} has a face no other element covers: the elements on the bone's
     * surface, where fractures start.
     */
    public boolean isSurface(int e) {
        int[] ijk = new int[3];
        cellIndices(cells[e], ijk);
        int i = ijk[0];
        int j = ijk[1];
        int k = ijk[2];
        return element(i - 1, j, k) < 0 || element(i + 1, j, k) < 0 || element(i, j - 1, k) < 0
                || element(i, j + 1, k) < 0 || element(i, j, k - 1) < 0 || element(i, j, k + 1) < 0;
    }

    /** The six face neighbours of element {@code e} that exist; the rest of the array is -1. */
    public void faceNeighbours(int e, int[] neighbours) {
        int[] ijk = new int[3];
        cellIndices(cells[e], ijk);
        int i = ijk[0];
        int j = ijk[1];
        int k = ijk[2];
        neighbours[0] = element(i - 1, j, k);
        neighbours[1] = element(i + 1, j, k);
        neighbours[2] = element(i, j - 1, k);
        neighbours[3] = element(i, j + 1, k);
        neighbours[4] = element(i, j, k - 1);
        neighbours[5] = element(i, j, k + 1);
    }
}
