package org.vitruvian.services.mriheating.fields;

import org.vitruvian.services.mriheating.setup.Material;
import org.vitruvian.services.mriheating.setup.VoxelGrid;

/**
 * SAR averaged over 10 g: for each gel cell, the cube centred on it that holds 10 g of gel, its
 * absorbed power divided by that mass (after IEEE Std C95.3 / IEC 62704-1, which average over a
 * cube of 10 g of tissue). Cells are weighted by the fraction of them the cube covers, so the
 * cube grows continuously rather than by whole layers of cells; the cube's edge comes from
 * solving a cubic for the covered fraction of its outer layer. Where the cube reaches air (near
 * the gel's surface) it grows until it holds 10 g of gel, rather than being shifted into the gel
 * as IEC 62704-1 prescribes. Sums over boxes come from three-dimensional prefix sums.
 */
public final class Sar10g {

    public static final double MASS = 0.010;

    /** @param sar point SAR per cell, W/kg (0 outside the gel) @return 10 g average per gel cell, 0 elsewhere */
    public static float[] average(VoxelGrid g, float[] sar, double targetMass) {
        int nx = g.nx, ny = g.ny, nz = g.nz;
        int px = ny + 1, pz = nz + 1;
        double cellMass = g.materials[Material.GEL].density() * g.cell * g.cell * g.cell;
        // Prefix sums P[i][j][k] = sum over cells < (i, j, k); index (i*(ny+1)+j)*(nz+1)+k.
        double[] mass = new double[(nx + 1) * px * pz];
        double[] power = new double[(nx + 1) * px * pz];
        for (int i = 1; i <= nx; i++) {
            for (int j = 1; j <= ny; j++) {
                for (int k = 1; k <= nz; k++) {
                    int c = g.cellIndex(i - 1, j - 1, k - 1);
                    double m = g.labels[c] == Material.GEL ? cellMass : 0;
                    double p = m * sar[c];
                    int n = (i * px + j) * pz + k;
                    mass[n] = m + mass[n - px * pz] + mass[n - pz] + mass[n - 1] - mass[n - px * pz - pz]
                            - mass[n - px * pz - 1] - mass[n - pz - 1] + mass[n - px * pz - pz - 1];
                    power[n] = p + power[n - px * pz] + power[n - pz] + power[n - 1] - power[n - px * pz - pz]
                            - power[n - px * pz - 1] - power[n - pz - 1] + power[n - px * pz - pz - 1];
                }
            }
        }
        float[] result = new float[sar.length];
        java.util.stream.IntStream.range(0, nx).parallel().forEach(i -> {
            double[] mPoly = new double[4];
            double[] pPoly = new double[4];
            for (int j = 0; j < ny; j++) {
                for (int k = 0; k < nz; k++) {
                    int c = g.cellIndex(i, j, k);
                    if (g.labels[c] != Material.GEL) {
                        continue;
                    }
                    int limit = Math.max(nx, Math.max(ny, nz));
                    for (int m = 0; m <= limit; m++) {
                        // Inner cube of (2m+1)^3 cells, outer layer at distance m+1 weighted by f.
                        polynomial(mass, px, pz, nx, ny, nz, i, j, k, m, mPoly);
                        double full = mPoly[0] + mPoly[1] + mPoly[2] + mPoly[3];
                        if (full >= targetMass || m == limit) {
                            polynomial(power, px, pz, nx, ny, nz, i, j, k, m, pPoly);
                            double f = full <= targetMass ? 1 : root(mPoly, targetMass);
                            double mm = mPoly[0] + f * (mPoly[1] + f * (mPoly[2] + f * mPoly[3]));
                            double pp = pPoly[0] + f * (pPoly[1] + f * (pPoly[2] + f * pPoly[3]));
                            result[c] = (float) (mm > 0 ? pp / mm : 0);
                            break;
                        }
                    }
                }
            }
        });
        return result;
    }

    /** Coefficients of f^0..f^3 of the weighted sum: boxes with 0..3 axes in the outer layer. */
    private static void polynomial(double[] prefix, int px, int pz, int nx, int ny, int nz, int i, int j, int k, int m,
            double[] out) {
        java.util.Arrays.fill(out, 0);
        int[][] ranges = { axis(i, m, nx), axis(j, m, ny), axis(k, m, nz) };
        // Each axis: part 0 inner [lo, hi], part 1 the two outer cells.
        for (int a = 0; a < 2; a++) {
            for (int b = 0; b < 2; b++) {
                for (int c = 0; c < 2; c++) {
                    double sum = 0;
                    for (int[] x : parts(ranges[0], a)) {
                        for (int[] y : parts(ranges[1], b)) {
                            for (int[] z : parts(ranges[2], c)) {
                                sum += box(prefix, px, pz, x[0], x[1], y[0], y[1], z[0], z[1]);
                            }
                        }
                    }
                    out[a + b + c] += sum;
                }
            }
        }
    }

    /** {inner lo, inner hi, outer lo (or -1), outer hi (or -1)}, clamped to the grid; hi exclusive. */
    private static int[] axis(int c, int m, int n) {
        int lo = Math.max(0, c - m), hi = Math.min(n, c + m + 1);
        int outerLo = c - m - 1 >= 0 ? c - m - 1 : -1;
        int outerHi = c + m + 1 < n ? c + m + 1 : -1;
        return new int[] { lo, hi, outerLo, outerHi };
    }

    private static int[][] parts(int[] range, int outer) {
        if (outer == 0) {
            return new int[][] { { range[0], range[1] } };
        }
        int count = (range[2] >= 0 ? 1 : 0) + (range[3] >= 0 ? 1 : 0);
        int[][] result = new int[count][];
        int p = 0;
        if (range[2] >= 0) {
            result[p++] = new int[] { range[2], range[2] + 1 };
        }
        if (range[3] >= 0) {
            result[p] = new int[] { range[3], range[3] + 1 };
        }
        return result;
    }

    private static double box(double[] s, int px, int pz, int i0, int i1, int j0, int j1, int k0, int k1) {
        return s[(i1 * px + j1) * pz + k1] - s[(i0 * px + j1) * pz + k1] - s[(i1 * px + j0) * pz + k1]
                - s[(i1 * px + j1) * pz + k0] + s[(i0 * px + j0) * pz + k1] + s[(i0 * px + j1) * pz + k0]
                + s[(i1 * px + j0) * pz + k0] - s[(i0 * px + j0) * pz + k0];
    }

    /** The f in [0, 1] where the mass polynomial reaches the target (it increases with f): bisection then Newton. */
    private static double root(double[] p, double target) {
        double lo = 0, hi = 1;
        for (int it = 0; it < 40; it++) {
            double f = (lo + hi) / 2;
            double v = p[0] + f * (p[1] + f * (p[2] + f * p[3]));
            if (v < target) {
                lo = f;
            } else {
                hi = f;
            }
            if (hi - lo < 1e-6) {
                break;
            }
        }
        return (lo + hi) / 2;
    }

    private Sar10g() {
    }
}
