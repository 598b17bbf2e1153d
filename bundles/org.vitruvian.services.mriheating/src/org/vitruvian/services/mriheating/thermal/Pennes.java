package org.vitruvian.services.mriheating.thermal;

import java.util.stream.IntStream;

import org.vitruvian.services.mriheating.ProgressListener;

/**
 * Pennes' bioheat equation (Pennes 1948) on a uniform grid of cubic cells, for the temperature
 * rise theta = T - T0 above the initial (and arterial) temperature:
 *
 * <pre>
 *   rho c d(theta)/dt = div(k grad theta) + q - w rho_b c_b theta,     q = rho SAR
 * </pre>
 *
 * Finite volumes with the harmonic mean of the conductivities on each face (exact for layered
 * media), explicit Euler in time. Explicit Euler keeps every new value a weighted mean of old ones
 * (so it is stable and never oscillates) when, in every cell,
 * {@code dt <= rho c / (sum over faces k_f / h^2 + w rho_b c_b)}; the solver takes 0.95 of the
 * smallest such bound. Cells outside the domain (air, beyond the grid) take no heat: insulated
 * faces, as the gel's free surface and the container walls are over 15 minutes, unless the grid's
 * outer faces are held at theta = 0.
 */
public final class Pennes {

    /** Blood density and heat capacity for the perfusion term (IT'IS database). */
    public static final double BLOOD_DENSITY = 1050;
    public static final double BLOOD_HEAT_CAPACITY = 3617;

    public final int nx, ny, nz;
    public final double h;
    private final boolean[] active;
    private final double[] rhoC;
    private final double[] perfusion; // w rho_b c_b, W/(m3 K)
    private final double[] source; // W/m3
    private final double[] faceX, faceY, faceZ; // k_f / h^2 to the +x, +y, +z neighbour; 0 when insulated
    private final double[] boundary; // sum of k/h^2 of faces held at theta = 0
    public final double dt;
    private double[] theta;
    private double[] next;
    private double time;

    /**
     * @param active cells in the domain
     * @param density kg/m3 per cell
     * @param heatCapacity J/(kg K) per cell
     * @param conductivity W/(m K) per cell
     * @param perfusionRate 1/s per cell
     * @param source W/m3 per cell
     * @param fixedOuterFaces hold the grid's outer faces at theta = 0 (else insulated)
     */
    public Pennes(int nx, int ny, int nz, double h, boolean[] active, double[] density, double[] heatCapacity,
            double[] conductivity, double[] perfusionRate, double[] source, boolean fixedOuterFaces) {
        this.nx = nx;
        this.ny = ny;
        this.nz = nz;
        this.h = h;
        int n = nx * ny * nz;
        this.active = active;
        rhoC = new double[n];
        perfusion = new double[n];
        this.source = source.clone();
        faceX = new double[n];
        faceY = new double[n];
        faceZ = new double[n];
        boundary = new double[n];
        double h2 = h * h;
        double bound = Double.POSITIVE_INFINITY;
        for (int i = 0; i < nx; i++) {
            for (int j = 0; j < ny; j++) {
                for (int k = 0; k < nz; k++) {
                    int c = (i * ny + j) * nz + k;
                    if (!active[c]) {
                        continue;
                    }
                    rhoC[c] = density[c] * heatCapacity[c];
                    perfusion[c] = perfusionRate[c] * BLOOD_DENSITY * BLOOD_HEAT_CAPACITY;
                    if (i + 1 < nx && active[c + ny * nz]) {
                        faceX[c] = harmonic(conductivity[c], conductivity[c + ny * nz]) / h2;
                    }
                    if (j + 1 < ny && active[c + nz]) {
                        faceY[c] = harmonic(conductivity[c], conductivity[c + nz]) / h2;
                    }
                    if (k + 1 < nz && active[c + 1]) {
                        faceZ[c] = harmonic(conductivity[c], conductivity[c + 1]) / h2;
                    }
                    if (fixedOuterFaces) {
                        // The face on the grid's edge is half a cell from the cell's centre.
                        int outer = (i == 0 ? 1 : 0) + (i == nx - 1 ? 1 : 0) + (j == 0 ? 1 : 0) + (j == ny - 1 ? 1 : 0)
                                + (k == 0 ? 1 : 0) + (k == nz - 1 ? 1 : 0);
                        boundary[c] = outer * 2 * conductivity[c] / h2;
                    }
                }
            }
        }
        for (int c = 0; c < n; c++) {
            if (active[c]) {
                double sum = faceX[c] + faceY[c] + faceZ[c] + boundary[c] + perfusion[c];
                int i = c / (ny * nz), j = (c / nz) % ny, k = c % nz;
                sum += i > 0 ? faceX[c - ny * nz] : 0;
                sum += j > 0 ? faceY[c - nz] : 0;
                sum += k > 0 ? faceZ[c - 1] : 0;
                if (sum > 0) {
                    bound = Math.min(bound, rhoC[c] / sum);
                }
            }
        }
        dt = 0.95 * bound;
        theta = new double[n];
        next = new double[n];
    }

    private static double harmonic(double a, double b) {
        return 2 * a * b / (a + b);
    }

    public double time() {
        return time;
    }

    public double[] rise() {
        return theta;
    }

    public double rise(int cell) {
        return theta[cell];
    }

    /**
     * Advances by {@code duration} seconds in equal steps no longer than the stable step nor than
     * {@code maxStep} (accuracy, and a time course with enough points); calls back after each.
     */
    public void advance(double duration, double maxStep, ProgressListener progress,
            java.util.function.DoubleConsumer afterStep) {
        int steps = (int) Math.ceil(duration / Math.min(dt, maxStep) - 1e-9);
        double step = duration / steps;
        int sy = nz, sx = ny * nz;
        for (int s = 0; s < steps; s++) {
            final double[] t = theta, out = next;
            IntStream.range(0, nx).parallel().forEach(i -> {
                for (int j = 0; j < ny; j++) {
                    int base = (i * ny + j) * nz;
                    for (int k = 0; k < nz; k++) {
                        int c = base + k;
                        if (!active[c]) {
                            continue;
                        }
                        double tc = t[c];
                        double flux = faceX[c] * ((i + 1 < nx ? t[c + sx] : tc) - tc) + faceY[c] * ((j + 1 < ny ? t[c + sy] : tc) - tc)
                                + faceZ[c] * ((k + 1 < nz ? t[c + 1] : tc) - tc);
                        if (i > 0) {
                            flux += faceX[c - sx] * (t[c - sx] - tc);
                        }
                        if (j > 0) {
                            flux += faceY[c - sy] * (t[c - sy] - tc);
                        }
                        if (k > 0) {
                            flux += faceZ[c - 1] * (t[c - 1] - tc);
                        }
                        flux -= (boundary[c] + perfusion[c]) * tc;
                        out[c] = tc + step * (flux + source[c]) / rhoC[c];
                    }
                }
            });
            next = theta;
            theta = out;
            time += step;
            if (afterStep != null) {
                afterStep.accept(time);
            }
            if ((s & 15) == 0 || s == steps - 1) {
                progress.progress((s + 1.0) / steps, String.format(java.util.Locale.ROOT, "t = %.0f s of %.0f s (step %.2f s)",
                        (s + 1) * step, duration, step));
            }
        }
    }
}
