package org.vitruvian.services.bonestrength.image;

/** Connected regions of a 3D mask, joined through faces (6-connectivity). */
final class Components {

    private Components() {
    }

    /** Only the largest region; an empty mask stays empty. */
    static boolean[] largest(boolean[] mask, int nx, int ny, int nz) {
        int[] label = new int[mask.length];
        int[] queue = new int[mask.length];
        int best = 0;
        int bestSize = 0;
        int next = 0;
        for (int seed = 0; seed < mask.length; seed++) {
            if (mask[seed] && label[seed] == 0) {
                next++;
                int size = flood(mask, true, label, next, new int[] { seed }, queue, nx, ny, nz);
                if (size > bestSize) {
                    bestSize = size;
                    best = next;
                }
            }
        }
        boolean[] kept = new boolean[mask.length];
        for (int v = 0; v < mask.length; v++) {
            kept[v] = best != 0 && label[v] == best;
        }
        return kept;
    }

    /** The mask with every background region that does not reach the volume's border turned on. */
    static boolean[] fillHoles(boolean[] mask, int nx, int ny, int nz) {
        int[] label = new int[mask.length];
        int[] queue = new int[mask.length];
        int borderCount = 0;
        int[] border = new int[2 * (nx * ny + ny * nz + nx * nz)];
        for (int k = 0; k < nz; k++) {
            for (int j = 0; j < ny; j++) {
                for (int i = 0; i < nx; i++) {
                    boolean edgeOfSlice = i == 0 || j == 0 || i == nx - 1 || j == ny - 1;
                    if (edgeOfSlice || (nz > 1 && (k == 0 || k == nz - 1))) {
                        int v = i + nx * (j + ny * k);
                        if (!mask[v]) {
                            border[borderCount++] = v;
                        }
                    }
                }
            }
        }
        int[] seeds = java.util.Arrays.copyOf(border, borderCount);
        flood(mask, false, label, 1, seeds, queue, nx, ny, nz);
        boolean[] filled = new boolean[mask.length];
        for (int v = 0; v < mask.length; v++) {
            filled[v] = mask[v] || label[v] == 0;
        }
        return filled;
    }

    /**
     * The mask with every background region enclosed within its axial slice turned on: the
     * medullary canal, open at the cut end of the shaft and so never a hole in 3D, is inside the
     * bone in every slice.
     */
    static boolean[] fillSliceHoles(boolean[] mask, int nx, int ny, int nz) {
        boolean[] filled = mask.clone();
        int plane = nx * ny;
        boolean[] slice = new boolean[plane];
        for (int k = 0; k < nz; k++) {
            System.arraycopy(mask, k * plane, slice, 0, plane);
            boolean[] closed = fillHoles(slice, nx, ny, 1);
            System.arraycopy(closed, 0, filled, k * plane, plane);
        }
        return filled;
    }

    /** Labels with {@code mark} every voxel whose mask value is {@code value} and that the seeds reach. */
    private static int flood(boolean[] mask, boolean value, int[] label, int mark, int[] seeds, int[] queue, int nx,
            int ny, int nz) {
        int head = 0;
        int tail = 0;
        for (int seed : seeds) {
            if (label[seed] == 0 && mask[seed] == value) {
                label[seed] = mark;
                queue[tail++] = seed;
            }
        }
        int plane = nx * ny;
        while (head < tail) {
            int v = queue[head++];
            int i = v % nx;
            int j = (v / nx) % ny;
            int k = v / plane;
            if (i > 0) {
                tail = visit(v - 1, mask, value, label, mark, queue, tail);
            }
            if (i < nx - 1) {
                tail = visit(v + 1, mask, value, label, mark, queue, tail);
            }
            if (j > 0) {
                tail = visit(v - nx, mask, value, label, mark, queue, tail);
            }
            if (j < ny - 1) {
                tail = visit(v + nx, mask, value, label, mark, queue, tail);
            }
            if (k > 0) {
                tail = visit(v - plane, mask, value, label, mark, queue, tail);
            }
            if (k < nz - 1) {
                tail = visit(v + plane, mask, value, label, mark, queue, tail);
            }
        }
        return tail;
    }

    private static int visit(int v, boolean[] mask, boolean value, int[] label, int mark, int[] queue, int tail) {
        if (label[v] == 0 && mask[v] == value) {
            label[v] = mark;
            queue[tail++] = v;
        }
        return tail;
    }
}
