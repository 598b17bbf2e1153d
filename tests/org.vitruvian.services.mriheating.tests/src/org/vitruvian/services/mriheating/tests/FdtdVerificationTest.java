package org.vitruvian.services.mriheating.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.vitruvian.services.mriheating.ProgressListener;
import org.vitruvian.services.mriheating.fields.CoilFields;
import org.vitruvian.services.mriheating.fields.CurrentProbe;
import org.vitruvian.services.mriheating.fields.Fdtd;
import org.vitruvian.services.mriheating.fields.Fdtd.Boundary;
import org.vitruvian.services.mriheating.fields.Phasors;
import org.vitruvian.services.mriheating.setup.AstmPhantom;

/** The FDTD solver against closed forms: attenuation in the gel, Poynting's theorem, a thin wire's resonance. */
class FdtdVerificationTest {

    static final double SIGMA = AstmPhantom.GEL_CONDUCTIVITY;
    static final double EPS_R = AstmPhantom.GEL_PERMITTIVITY;

    static float[] filled(int n, double v) {
        float[] a = new float[n];
        Arrays.fill(a, (float) v);
        return a;
    }

    /** alpha = w sqrt(mu eps / 2) sqrt(sqrt(1 + (sigma / (w eps))^2) - 1), the attenuation of a plane wave. */
    static double attenuation(double f) {
        double w = 2 * Math.PI * f, eps = EPS_R * Fdtd.EPS0;
        double loss = SIGMA / (w * eps);
        return w * Math.sqrt(Fdtd.MU0 * eps / 2) * Math.sqrt(Math.sqrt(1 + loss * loss) - 1);
    }

    /** A plane wave from a current sheet in gel (periodic across, CPML along z) decays at the closed-form rate. */
    @Test
    void planeWaveInGelDecaysWithTheAttenuationOfItsComplexPermittivity() {
        for (double b0 : new double[] { 1.5, 3 }) {
            double f = CoilFields.larmor(b0);
            int nx = 2, ny = 2, nz = 240;
            double h = 0.0025;
            int cells = nx * ny * nz;
            Fdtd s = new Fdtd(nx, ny, nz, h, filled(cells, EPS_R), filled(cells, SIGMA), new byte[(nx + 1) * (ny + 1) * (nz + 1)],
                    f, new Boundary[] { Boundary.PERIODIC, Boundary.PERIODIC, Boundary.ABSORBING }, 10, EPS_R, 1);
            for (int i = 0; i < nx; i++) {
                for (int j = 0; j < ny; j++) {
                    s.addCurrent(new Fdtd.Edge(0, s.index(i, j, 40)), 1, 0);
                }
            }
            Phasors p = s.run(5, ProgressListener.NONE);
            int k1 = 80, k2 = 160;
            double e1 = Math.sqrt(p.magnitudeSquared(0, s.index(0, 1, k1)));
            double e2 = Math.sqrt(p.magnitudeSquared(0, s.index(0, 1, k2)));
            double measured = Math.log(e1 / e2) / ((k2 - k1) * h);
            double exact = attenuation(f);
            System.out.printf(java.util.Locale.ROOT, "FDTD: attenuation at %s T %.4f Np/m against %.4f Np/m%n", b0, measured,
                    exact);
            assertEquals(exact, measured, 0.02 * exact, b0 + " T: attenuation in Np/m");
        }
    }

    /**
     * Poynting's theorem in steady state: in a gel-filled box with conducting walls, the power a
     * current element delivers, -1/2 Re(E I*) h, is the power the gel absorbs, the integral of
     * sigma |E|^2 / 2.
     */
    @Test
    void powerDeliveredEqualsPowerAbsorbed() {
        int n = 20;
        double h = 0.005;
        int cells = n * n * n;
        double f = CoilFields.larmor(3);
        Fdtd s = new Fdtd(n, n, n, h, filled(cells, EPS_R), filled(cells, SIGMA), new byte[(n + 1) * (n + 1) * (n + 1)], f,
                new Boundary[] { Boundary.CONDUCTING, Boundary.CONDUCTING, Boundary.CONDUCTING }, 0, EPS_R, 1);
        int source = s.index(n / 2, n / 2, n / 2);
        s.addCurrent(new Fdtd.Edge(2, source), 0.01, 0);
        Phasors p = s.run(6, ProgressListener.NONE);
        double delivered = -0.5 * p.real(2, source) * 0.01 * h;
        // On the Yee grid each edge stands for a volume h^3 of the gel.
        double absorbed = 0;
        for (int i = 0; i <= n; i++) {
            for (int j = 0; j <= n; j++) {
                for (int k = 0; k <= n; k++) {
                    int e = s.index(i, j, k);
                    absorbed += SIGMA / 2 * (p.magnitudeSquared(0, e) + p.magnitudeSquared(1, e) + p.magnitudeSquared(2, e))
                            * h * h * h;
                }
            }
        }
        assertTrue(delivered > 0, "the source delivers power: " + delivered);
        System.out.printf(java.util.Locale.ROOT, "FDTD: delivered %.6g W, absorbed %.6g W%n", delivered, absorbed);
        assertEquals(delivered, absorbed, 0.01 * delivered);
    }

    /**
     * A thin conducting wire in infinite gel, lit by a plane wave polarised along it (scattered-field
     * formulation: the wire's edges hold minus the incident field), carries the most current at
     * its centre near the half-wavelength in the gel (within 0.6 to 1.4 of it: in a lossy medium
     * the peak moves to longer wires), and that length is longer at 64 MHz than at
     * 128 MHz, as the ASTM F2182 literature finds for bare wires.
     */
    @Test
    void thinWireCurrentPeaksNearResonantLengthLongerAtOnePointFiveTesla() {
        double h = 0.01;
        double resonant3 = resonantLength(CoilFields.larmor(3), h, new int[] { 8, 10, 12, 14, 16, 18, 20 });
        double resonant15 = resonantLength(CoilFields.larmor(1.5), h, new int[] { 15, 18, 21, 24, 27, 30, 33 });
        double halfWave3 = Math.PI / phase(CoilFields.larmor(3));
        double halfWave15 = Math.PI / phase(CoilFields.larmor(1.5));
        System.out.printf(java.util.Locale.ROOT, "thin wire in gel: current peaks at %.2f m at 3 T (half-wave %.3f m), "
                + "%.2f m at 1.5 T (half-wave %.3f m)%n", resonant3, halfWave3, resonant15, halfWave15);
        assertTrue(resonant3 > 0.6 * halfWave3 && resonant3 < 1.4 * halfWave3,
                "3 T: current peaks at " + resonant3 + " m, half-wave in gel " + halfWave3 + " m");
        assertTrue(resonant15 > 0.6 * halfWave15 && resonant15 < 1.4 * halfWave15,
                "1.5 T: current peaks at " + resonant15 + " m, half-wave in gel " + halfWave15 + " m");
        assertTrue(resonant15 > 1.3 * resonant3, "1.5 T resonance " + resonant15 + " m vs 3 T " + resonant3 + " m");
    }

    /** beta of the gel: w sqrt(mu eps / 2) sqrt(sqrt(1 + loss^2) + 1). */
    static double phase(double f) {
        double w = 2 * Math.PI * f, eps = EPS_R * Fdtd.EPS0;
        double loss = SIGMA / (w * eps);
        return w * Math.sqrt(Fdtd.MU0 * eps / 2) * Math.sqrt(Math.sqrt(1 + loss * loss) + 1);
    }

    private static double resonantLength(double f, double h, int[] lengthsInCells) {
        double best = -1, bestLength = 0;
        for (int cellsLong : lengthsInCells) {
            int margin = 6, layers = 6;
            int nx = 2 * (margin + layers), nz = cellsLong + 2 * (margin + layers);
            int cells = nx * nx * nz;
            byte[] conductor = new byte[(nx + 1) * (nx + 1) * (nz + 1)];
            Fdtd s = new Fdtd(nx, nx, nz, h, filled(cells, EPS_R), filled(cells, SIGMA), conductor, f,
                    new Boundary[] { Boundary.ABSORBING, Boundary.ABSORBING, Boundary.ABSORBING }, layers, EPS_R, 1);
            int c = nx / 2, k0 = margin + layers;
            for (int k = k0; k < k0 + cellsLong; k++) {
                s.drive(new Fdtd.Edge(2, s.index(c, c, k)), -1, 0); // E_scat = -E_inc, E_inc = 1 V/m
            }
            CurrentProbe probe = new CurrentProbe(s, c, c, k0 + cellsLong / 2);
            s.run(4, ProgressListener.NONE, probe);
            double[] scattered = probe.amplitude();
            // The incident field's own current through the loop: (sigma + j w eps) E h^2.
            double re = scattered[0] + SIGMA * h * h;
            double im = scattered[1] + 2 * Math.PI * f * EPS_R * Fdtd.EPS0 * h * h;
            double current = Math.hypot(re, im);
            if (current > best) {
                best = current;
                bestLength = cellsLong * h;
            }
        }
        return bestLength;
    }
}
