package org.vitruvian.services.mriheating.fields;

/**
 * The complex current through a z-edge of the grid, from Ampere's law on the loop of H around
 * it: I = h (Hy(i+1/2) - Hy(i-1/2) - Hx(j+1/2) + Hx(j-1/2)), sampled at the quarter periods
 * of the last period like E. H lags E by half a time step; the phase is corrected for it.
 */
public final class CurrentProbe implements Fdtd.Sampler {

    private final Fdtd solver;
    private final int index;
    private double re, im;

    public CurrentProbe(Fdtd solver, int i, int j, int k) {
        this.solver = solver;
        this.index = solver.index(i, j, k);
    }

    @Override
    public void sample(int period, int quarter) {
        int n = index;
        double current = solver.h * ((solver.hy[n] - solver.hy[n - solver.sx]) - (solver.hx[n] - solver.hx[n - solver.sy]));
        switch (quarter) {
            case 0 -> re = current / 2;
            case 1 -> im = -current / 2;
            case 2 -> re -= current / 2;
            default -> im += current / 2;
        }
    }

    /** Peak amplitude, A, with H's half-step lag removed: {re, im}. */
    public double[] amplitude() {
        double phase = -Math.PI * solver.frequency * solver.dt; // e^{-j w dt / 2}
        double c = Math.cos(phase), s = Math.sin(phase);
        return new double[] { re * c - im * s, re * s + im * c };
    }
}
