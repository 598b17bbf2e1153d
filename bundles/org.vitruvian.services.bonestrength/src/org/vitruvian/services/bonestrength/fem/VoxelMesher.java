package org.vitruvian.services.bonestrength.fem;

import java.util.Arrays;
import java.util.Locale;

import org.vitruvian.services.bonestrength.InvalidInputException;
import org.vitruvian.services.bonestrength.ProgressListener;
import org.vitruvian.services.bonestrength.image.Volume;

/**
 * Turns a bone mask and a density volume into a voxel model: the volume is cut into cubes of the
 * chosen edge, a cube becomes an element when at least half of it is bone, and its modulus is the
 * mean of the voxel moduli over the cube, each voxel weighted by how much of it lies inside, as
 * BONEMAT does (Taddei et al. 2007, Med Eng Phys 29:973). Averaging moduli rather than densities
 * keeps the stiffness of a cube that straddles cortex and marrow closer to that of its parts.
 * Only the largest face-connected group of elements is kept: elements that touch the rest at an
 * edge or a corner only, or not at all, would make the stiffness matrix singular.
 */
public final class VoxelMesher {

    /** The model and what meshing dropped. */
    public record Result(VoxelModel model, int disconnectedElements, double minimumModulus, double maximumModulus) {

        public String describe() {
            return String.format(Locale.ROOT, "%d elements of %.2f mm, %d nodes, modulus %.0f to %.0f MPa%s",
                    model.elementCount(), model.elementSize(), model.nodeCount(), minimumModulus, maximumModulus,
                    disconnectedElements > 0 ? ", " + disconnectedElements + " disconnected elements dropped" : "");
        }
    }

    private VoxelMesher() {
    }

    public static Result mesh(Volume mask, Volume density, double elementSize, MaterialLaw law,
            ProgressListener progress) throws InvalidInputException {
        if (!mask.sameGrid(density)) {
            throw new InvalidInputException("the mask (" + mask.describe() + ") and the density (" + density.describe()
                    + ") do not cover the same voxels; segment the density volume the mesh step is given");
        }
        if (!(elementSize > 0)) {
            throw new IllegalArgumentException("element size must be positive");
        }
        int[] low = { Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE };
        int[] high = { -1, -1, -1 };
        float[] labels = mask.values();
        for (int k = 0; k < mask.nz(); k++) {
            for (int j = 0; j < mask.ny(); j++) {
                for (int i = 0; i < mask.nx(); i++) {
                    if (labels[mask.index(i, j, k)] >= 0.5f) {
                        low[0] = Math.min(low[0], i);
                        low[1] = Math.min(low[1], j);
                        low[2] = Math.min(low[2], k);
                        high[0] = Math.max(high[0], i);
                        high[1] = Math.max(high[1], j);
                        high[2] = Math.max(high[2], k);
                    }
                }
            }
        }
        if (high[0] < 0) {
            throw new InvalidInputException("the mask is empty: no voxel is bone; lower the segmentation threshold");
        }
        progress.progress(0.05, "mapping density to modulus");
        double[] spacing = mask.spacing();
        double[] corner = new double[3];
        int[] counts = new int[3];
        Overlap[] overlaps = new Overlap[3];
        for (int a = 0; a < 3; a++) {
            double voxelStart = mask.origin()[a] - spacing[a] / 2;
            corner[a] = voxelStart + low[a] * spacing[a];
            double width = (high[a] - low[a] + 1) * spacing[a];
            counts[a] = Math.max(1, (int) Math.ceil(width / elementSize - 1e-9));
            overlaps[a] = new Overlap(counts[a], corner[a], elementSize, voxelStart, spacing[a], mask.sizes()[a]);
        }
        long gridCells = (long) counts[0] * counts[1] * counts[2];
        if (gridCells > Integer.MAX_VALUE / 2) {
            throw new InvalidInputException(String.format(Locale.ROOT, "%.2f mm elements over this volume make %d grid "
                    + "cells, too many; choose larger elements", elementSize, gridCells));
        }
        float[] densities = density.values();
        float[] voxelModulus = new float[densities.length];
        for (int v = 0; v < densities.length; v++) {
            voxelModulus[v] = (float) law.modulus(densities[v]);
        }
        double elementVolume = elementSize * elementSize * elementSize;
        int nx = counts[0];
        int ny = counts[1];
        int nz = counts[2];
        boolean[] bone = new boolean[(int) gridCells];
        float[] cellModulus = new float[(int) gridCells];
        float[] cellDensity = new float[(int) gridCells];
        for (int k = 0; k < nz; k++) {
            for (int j = 0; j < ny; j++) {
                for (int i = 0; i < nx; i++) {
                    double maskSum = 0;
                    double modulusSum = 0;
                    double densitySum = 0;
                    double covered = 0;
                    Overlap ox = overlaps[0];
                    Overlap oy = overlaps[1];
                    Overlap oz = overlaps[2];
                    for (int c = oz.start[k]; c < oz.start[k + 1]; c++) {
                        int vz = oz.voxel[c];
                        double wz = oz.weight[c];
                        for (int b = oy.start[j]; b < oy.start[j + 1]; b++) {
                            int vy = oy.voxel[b];
                            double wyz = wz * oy.weight[b];
                            int row = mask.nx() * (vy + mask.ny() * vz);
                            for (int a = ox.start[i]; a < ox.start[i + 1]; a++) {
                                double w = wyz * ox.weight[a];
                                int v = row + ox.voxel[a];
                                maskSum += w * (labels[v] >= 0.5f ? 1 : 0);
                                modulusSum += w * voxelModulus[v];
                                densitySum += w * densities[v];
                                covered += w;
                            }
                        }
                    }
                    int cell = i + nx * (j + ny * k);
                    if (maskSum >= 0.5 * elementVolume) {
                        bone[cell] = true;
                        cellModulus[cell] = (float) Math.max(law.minimumModulus(), modulusSum / covered);
                        cellDensity[cell] = (float) (densitySum / covered);
                    }
                }
            }
            progress.progress(0.05 + 0.75 * (k + 1) / nz, "averaging moduli over elements");
        }
        int total = 0;
        for (boolean b : bone) {
            total += b ? 1 : 0;
        }
        if (total == 0) {
            throw new InvalidInputException(String.format(Locale.ROOT, "no %.2f mm element is at least half bone; "
                    + "choose smaller elements", elementSize));
        }
        boolean[] kept = largestComponent(bone, nx, ny, nz);
        progress.progress(0.9, "keeping the largest connected part");
        int count = 0;
        for (boolean b : kept) {
            count += b ? 1 : 0;
        }
        int[] cells = new int[count];
        float[] modulus = new float[count];
        float[] meanDensity = new float[count];
        double minimum = Double.MAX_VALUE;
        double maximum = 0;
        int e = 0;
        for (int cell = 0; cell < kept.length; cell++) {
            if (kept[cell]) {
                cells[e] = cell;
                modulus[e] = cellModulus[cell];
                meanDensity[e] = cellDensity[cell];
                minimum = Math.min(minimum, modulus[e]);
                maximum = Math.max(maximum, modulus[e]);
                e++;
            }
        }
        VoxelModel model = new VoxelModel(nx, ny, nz, elementSize, corner, cells, modulus, meanDensity);
        progress.progress(1, "mesh of " + count + " elements");
        return new Result(model, total - count, minimum, maximum);
    }

    /** Keeps the largest group of cells joined through faces. */
    static boolean[] largestComponent(boolean[] occupied, int nx, int ny, int nz) {
        int[] label = new int[occupied.length];
        int[] queue = new int[occupied.length];
        int best = 0;
        int bestSize = 0;
        int next = 0;
        for (int seed = 0; seed < occupied.length; seed++) {
            if (!occupied[seed] || label[seed] != 0) {
                continue;
            }
            next++;
            int head = 0;
            int tail = 0;
            label[seed] = next;
            queue[tail++] = seed;
            while (head < tail) {
                int cell = queue[head++];
                int i = cell % nx;
                int j = (cell / nx) % ny;
                int k = cell / (nx * ny);
                tail = visit(i > 0, cell - 1, occupied, label, next, queue, tail);
                tail = visit(i < nx - 1, cell + 1, occupied, label, next, queue, tail);
                tail = visit(j > 0, cell - nx, occupied, label, next, queue, tail);
                tail = visit(j < ny - 1, cell + nx, occupied, label, next, queue, tail);
                tail = visit(k > 0, cell - nx * ny, occupied, label, next, queue, tail);
                tail = visit(k < nz - 1, cell + nx * ny, occupied, label, next, queue, tail);
            }
            if (tail > bestSize) {
                bestSize = tail;
                best = next;
            }
        }
        boolean[] kept = new boolean[occupied.length];
        for (int cell = 0; cell < occupied.length; cell++) {
            kept[cell] = best != 0 && label[cell] == best;
        }
        return kept;
    }

    private static int visit(boolean inside, int cell, boolean[] occupied, int[] label, int mark, int[] queue, int tail) {
        if (inside && occupied[cell] && label[cell] == 0) {
            label[cell] = mark;
            queue[tail++] = cell;
        }
        return tail;
    }

    /**
     * For each element along one axis, the voxels it overlaps and by how many millimetres:
     * elements and voxels need not line up, so that any element size works with any CT.
     */
    private static final class Overlap {
        final int[] start;
        final int[] voxel;
        final double[] weight;

        Overlap(int elements, double corner, double size, double voxelStart, double spacing, int voxels) {
            start = new int[elements + 1];
            int[] voxelList = new int[elements * ((int) Math.ceil(size / spacing) + 2)];
            double[] weightList = new double[voxelList.length];
            int n = 0;
            for (int e = 0; e < elements; e++) {
                start[e] = n;
                double from = corner + e * size;
                double to = from + size;
                int first = (int) Math.floor((from - voxelStart) / spacing);
                int last = (int) Math.ceil((to - voxelStart) / spacing) - 1;
                for (int v = Math.max(0, first); v <= Math.min(voxels - 1, last); v++) {
                    double overlap = Math.min(to, voxelStart + (v + 1) * spacing) - Math.max(from, voxelStart + v * spacing);
                    if (overlap > 1e-9 * size) {
                        voxelList[n] = v;
                        weightList[n] = overlap;
                        n++;
                    }
                }
            }
            start[elements] = n;
            voxel = Arrays.copyOf(voxelList, n);
            weight = Arrays.copyOf(weightList, n);
        }
    }
}
