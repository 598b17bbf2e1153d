package org.vitruvian.services.mriheating.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.vitruvian.services.mriheating.ProgressListener;
import org.vitruvian.services.mriheating.setup.AstmPhantom;
import org.vitruvian.services.mriheating.thermal.Pennes;

/** The Pennes solver against closed-form solutions of the heat equation. */
class ThermalClosedFormTest {

    static final double RHO = AstmPhantom.GEL_DENSITY;
    static final double C = AstmPhantom.GEL_HEAT_CAPACITY;
    static final double K = AstmPhantom.GEL_DIFFUSIVITY * RHO * C;

    /** A block of n^3 gel cells with a source per cell (W/m3) and a perfusion rate. */
    static Pennes block(int n, double h, double[] source, double perfusion, boolean fixed) {
        int cells = n * n * n;
        boolean[] active = new boolean[cells];
        Arrays.fill(active, true);
        return new Pennes(n, n, n, h, active, filled(cells, RHO), filled(cells, C), filled(cells, K),
                filled(cells, perfusion), source, fixed);
    }

    static double[] filled(int n, double v) {
        double[] a = new double[n];
        Arrays.fill(a, v);
        return a;
    }

    /** ASTM F2182's calibration case: 2 W/kg everywhere for 900 s, no losses: SAR t / c = 0.434 K. */
    @Test
    void uniformSarWithoutLossesRisesBySarTimesTimeOverHeatCapacity() {
        int n = 6;
        Pennes p = block(n, 0.005, filled(n * n * n, RHO * 2.0), 0, false);
        p.advance(900, 5, ProgressListener.NONE, null);
        double expected = 2.0 * 900 / C;
        assertEquals(0.4337, expected, 1e-4);
        for (double rise : p.rise()) {
            assertEquals(expected, rise, 1e-9 * expected);
        }
    }

    /** With perfusion: theta(t) = q / (w rho_b c_b) (1 - exp(-t w rho_b c_b / (rho c))). */
    @Test
    void perfusionApproachesItsSteadyRiseExponentially() {
        int n = 4;
        double w = 0.005; // 1/s, a well perfused muscle
        double q = RHO * 4.0;
        Pennes p = block(n, 0.005, filled(n * n * n, q), w, false);
        double beta = w * Pennes.BLOOD_DENSITY * Pennes.BLOOD_HEAT_CAPACITY;
        double steady = q / beta;
        double[] times = { 60, 300, 900 };
        double done = 0;
        for (double t : times) {
            p.advance(t - done, 0.5, ProgressListener.NONE, null);
            done = t;
            double exact = steady * (1 - Math.exp(-t * beta / (RHO * C)));
            assertEquals(exact, p.rise(0), 0.002 * exact, "at " + t + " s");
        }
    }

    /**
     * A point source of power Q switched on at t = 0 in an infinite medium:
     * theta = Q / (4 pi k r) erfc(r / (2 sqrt(alpha t))) (Carslaw and Jaeger 1959, 10.4).
     */
    @Test
    void pointSourceFollowsTheErfcSolution() {
        // A source in one cell differs from a point by the lattice's Green's function: 10 % at two
        // cells, 3 % from five cells on (measured); so the comparison starts at five cells.
        int n = 41;
        double h = 0.001;
        double power = 0.05; // W
        double[] source = new double[n * n * n];
        int centre = (n / 2 * n + n / 2) * n + n / 2;
        source[centre] = power / (h * h * h);
        Pennes p = block(n, h, source, 0, false);
        double t = 120;
        p.advance(t, 0.5, ProgressListener.NONE, null);
        double alpha = AstmPhantom.GEL_DIFFUSIVITY;
        for (int d = 5; d <= 9; d++) {
            double r = d * h;
            double exact = power / (4 * Math.PI * K * r) * erfc(r / (2 * Math.sqrt(alpha * t)));
            double numeric = p.rise(centre + d * n * n);
            assertEquals(exact, numeric, 0.035 * exact, "at r = " + d + " cells");
        }
    }

    /**
     * A sphere of radius a heated uniformly (q W/m3) in a large medium held at 0 far away; at steady
     * state theta(0) - theta(2a) = q a^2 / (3 k): inside q (3a^2 - r^2) / (6k), outside q a^3 / (3 k r),
     * less the same constant from the far boundary.
     */
    @Test
    void heatedSphereReachesItsSteadyState() {
        int n = 41;
        double h = 0.0025;
        double a = 0.0125;
        double q = 2e5;
        double[] source = new double[n * n * n];
        int sub = 4;
        int c0 = n / 2;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                for (int k = 0; k < n; k++) {
                    int inside = 0;
                    for (int s = 0; s < sub * sub * sub; s++) {
                        double x = (i - c0 - 0.5 + (s % sub + 0.5) / sub) * h;
                        double y = (j - c0 - 0.5 + (s / sub % sub + 0.5) / sub) * h;
                        double z = (k - c0 - 0.5 + (s / (sub * sub) + 0.5) / sub) * h;
                        inside += x * x + y * y + z * z < a * a ? 1 : 0;
                    }
                    source[(i * n + j) * n + k] = q * inside / (sub * sub * sub);
                }
            }
        }
        // A medium of the gel's conductivity but little heat capacity reaches steady state in few steps.
        int cells = n * n * n;
        boolean[] active = new boolean[cells];
        Arrays.fill(active, true);
        Pennes p = new Pennes(n, n, n, h, active, filled(cells, 1), filled(cells, 1000), filled(cells, K),
                filled(cells, 0), source, true);
        p.advance(8000 * p.dt, p.dt, ProgressListener.NONE, null);
        int centre = (c0 * n + c0) * n + c0;
        int atTwoA = centre + 10 * n * n; // 10 cells = 2a along x
        double difference = p.rise(centre) - p.rise(atTwoA);
        double exact = q * a * a / (3 * K);
        System.out.printf(java.util.Locale.ROOT, "Pennes: heated sphere %.4f K against %.4f K%n", difference, exact);
        assertEquals(exact, difference, 0.02 * exact);
    }

    /** The error against the erfc solution falls as h^2 under refinement (second-order in space). */
    @Test
    void spatialErrorFallsAtSecondOrder() {
        double[] errors = new double[2];
        for (int level = 0; level < 2; level++) {
            double h = level == 0 ? 0.004 : 0.002;
            int n = level == 0 ? 21 : 41;
            double width = 0.006; // a Gaussian source, smooth so that the order shows
            double power = 0.05;
            double[] source = new double[n * n * n];
            int c0 = n / 2;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    for (int k = 0; k < n; k++) {
                        double r2 = (Math.pow(i - c0, 2) + Math.pow(j - c0, 2) + Math.pow(k - c0, 2)) * h * h;
                        source[(i * n + j) * n + k] = power * Math.exp(-r2 / (2 * width * width))
                                / Math.pow(2 * Math.PI * width * width, 1.5);
                    }
                }
            }
            Pennes p = block(n, h, source, 0, false);
            double t = 60;
            p.advance(t, 0.05, ProgressListener.NONE, null);
            int centre = (c0 * n + c0) * n + c0;
            errors[level] = Math.abs(p.rise(centre) - gaussianSource(power, width, 0, t));
        }
        double order = Math.log(errors[0] / errors[1]) / Math.log(2);
        System.out.printf(java.util.Locale.ROOT, "Pennes: observed spatial order %.2f (errors %.3g K, %.3g K)%n", order,
                errors[0], errors[1]);
        assertTrue(order > 1.7 && order < 2.5, "observed order " + order + " from errors " + Arrays.toString(errors));
    }

    /** The rise at r of a Gaussian source of width s switched on at 0: the Green's function integrated over time. */
    static double gaussianSource(double power, double s, double r, double t) {
        double alpha = AstmPhantom.GEL_DIFFUSIVITY;
        int steps = 20000;
        double sum = 0;
        for (int m = 0; m < steps; m++) {
            double tau = (m + 0.5) * t / steps;
            double v = s * s + 2 * alpha * tau;
            sum += Math.exp(-r * r / (2 * v)) / Math.pow(2 * Math.PI * v, 1.5);
        }
        return power / (RHO * C) * sum * t / steps;
    }

    /** erfc by the continued-fraction-free rational approximation of Numerical Recipes (erfcc), |error| < 1.2e-7. */
    static double erfc(double x) {
        double z = Math.abs(x);
        double t = 1 / (1 + 0.5 * z);
        double r = t * Math.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
                + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
                        + t * (-0.82215223 + t * 0.17087277)))))))));
        return x >= 0 ? r : 2 - r;
    }
}
