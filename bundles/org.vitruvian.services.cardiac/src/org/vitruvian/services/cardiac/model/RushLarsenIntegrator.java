package org.vitruvian.services.cardiac.model;

/**
 * An adaptive second-order Rush-Larsen integrator (Perego and Veneziani 2009, "An efficient
 * generalization of the Rush-Larsen method for solving electro-physiology membrane equations",
 * ETNA 35) with an embedded first-order estimate of the local error.
 *
 * <p>Each step evaluates the model twice: at the start of the step, and at its midpoint reached
 * by a first-order Rush-Larsen half step. The gates then advance exactly for the midpoint's
 * steady state and time constant, {@code y + (inf - y)(1 - exp(-h / tau))}, and the other states
 * by the explicit midpoint rule: second order overall, and unconditionally stable for the gates,
 * which hold the model's fastest time constants (INa activation, 0.01 ms). The first-order
 * Rush-Larsen step from the start rates costs nothing more, and the difference of the two is the
 * error estimate that sets the step: small during the upstroke, up to {@code maxStep} at rest.
 * Steps land exactly on the stimulus's start and end, where the right-hand side jumps.
 */
public final class RushLarsenIntegrator {

    /** Default tolerance: APD90 within 0.1 % of the converged value (docs/services/cardiac.md, Verification). */
    public static final double DEFAULT_TOLERANCE = 5e-3;
    public static final double DEFAULT_MAX_STEP = 5.0;

    /**
     * The magnitude at which each state's error is measured: the tolerance is relative to it, so
     * a tolerance of 1e-3 allows 0.1 mV on the potential and 1 uM on cytosolic calcium per step.
     */
    private static final double[] SCALE = new double[OrdModel.STATES];

    static {
        java.util.Arrays.fill(SCALE, 1.0);
        SCALE[OrdModel.V] = 100.0;
        SCALE[OrdModel.NAI] = 10.0;
        SCALE[OrdModel.NASS] = 10.0;
        SCALE[OrdModel.KI] = 150.0;
        SCALE[OrdModel.KSS] = 150.0;
        SCALE[OrdModel.CAI] = 1e-3;
        SCALE[OrdModel.CASS] = 1e-3;
        SCALE[OrdModel.CANSR] = 2.0;
        SCALE[OrdModel.CAJSR] = 2.0;
        SCALE[OrdModel.CAMKT] = 0.05;
        SCALE[OrdModel.JRELNP] = 0.05;
        SCALE[OrdModel.JRELP] = 0.05;
    }

    private final double tolerance;
    private final double maxStep;
    private final double[] dy0 = new double[OrdModel.STATES];
    private final double[] inf0 = new double[OrdModel.STATES];
    private final double[] tau0 = new double[OrdModel.STATES];
    private final double[] dy1 = new double[OrdModel.STATES];
    private final double[] inf1 = new double[OrdModel.STATES];
    private final double[] tau1 = new double[OrdModel.STATES];
    private final double[] half = new double[OrdModel.STATES];
    private final double[] next = new double[OrdModel.STATES];
    private final double[] decay = new double[OrdModel.STATES];
    private final double[] invTolerance = new double[OrdModel.STATES];
    private long steps;
    private long rejected;
    private long evaluations;

    public RushLarsenIntegrator() {
        this(DEFAULT_TOLERANCE, DEFAULT_MAX_STEP);
    }

    public RushLarsenIntegrator(double tolerance, double maxStep) {
        if (!(tolerance > 0) || !(maxStep > 0)) {
            throw new IllegalArgumentException("tolerance and maximum step must be positive");
        }
        this.tolerance = tolerance;
        this.maxStep = maxStep;
        for (int i = 0; i < OrdModel.STATES; i++) {
            invTolerance[i] = 1.0 / (tolerance * SCALE[i]);
        }
    }

    public double tolerance() {
        return tolerance;
    }

    /** Accepted steps so far. */
    public long steps() {
        return steps;
    }

    /** Steps tried and refused because their error estimate exceeded the tolerance. */
    public long rejectedSteps() {
        return rejected;
    }

    /** Evaluations of the model's right-hand side so far. */
    public long evaluations() {
        return evaluations;
    }

    /**
     * Paces one beat of {@code cycleLength} ms from state {@code y}, updated in place: the
     * stimulus ({@link OrdModel#STIMULUS_AMPLITUDE} for {@link OrdModel#STIMULUS_DURATION}) at its
     * start. Records every accepted step in {@code trace} (cleared first) if it is not null.
     */
    public void beat(OrdModel model, double[] y, double cycleLength, Trace trace) {
        if (trace != null) {
            trace.clear();
        }
        double stimEnd = Math.min(OrdModel.STIMULUS_DURATION, cycleLength);
        integrate(model, y, 0.0, stimEnd, OrdModel.STIMULUS_AMPLITUDE, trace, true);
        integrate(model, y, stimEnd, cycleLength, 0.0, trace, false);
    }

    private void integrate(OrdModel model, double[] y, double from, double to, double stimulus, Trace trace,
            boolean first) {
        final int n = OrdModel.STATES;
        final int g = OrdModel.FIRST_GATE;
        double t = from;
        // Each segment starts where the right-hand side jumped: start small and let the error grow it.
        double h = 0.01;
        double dvdt = -model.rates(y, stimulus, dy0, inf0, tau0);
        evaluations++;
        if (trace != null && first) {
            trace.add(t, y[OrdModel.V], dvdt, y[OrdModel.CAI]);
        }
        while (t < to) {
            boolean last = false;
            if (t + h >= to * (1 - 1e-12) || to - (t + h) < 1e-9) {
                h = to - t;
                last = true;
            }
            final double hHalf = 0.5 * h;
            for (int i = 0; i < g; i++) {
                half[i] = y[i] + hHalf * dy0[i];
            }
            for (int i = g; i < n; i++) {
                double e = Math.exp(-hHalf / tau0[i]);
                decay[i] = e;
                half[i] = inf0[i] + (y[i] - inf0[i]) * e;
            }
            model.rates(half, stimulus, dy1, inf1, tau1);
            evaluations++;
            double error = 0.0;
            for (int i = 0; i < g; i++) {
                double value = y[i] + h * dy1[i];
                double low = y[i] + h * dy0[i];
                next[i] = value;
                double e = Math.abs(value - low) * invTolerance[i];
                if (e > error) {
                    error = e;
                }
            }
            for (int i = g; i < n; i++) {
                double value = inf1[i] + (y[i] - inf1[i]) * Math.exp(-h / tau1[i]);
                double low = inf0[i] + (y[i] - inf0[i]) * decay[i] * decay[i];
                next[i] = value;
                double e = Math.abs(value - low) * invTolerance[i];
                if (e > error) {
                    error = e;
                }
            }
            if (!(error <= 1.0) && h > 1e-6) {
                rejected++;
                double shrink = Double.isNaN(error) ? 0.1 : Math.max(0.1, 0.9 / Math.sqrt(error));
                h *= shrink;
                continue;
            }
            System.arraycopy(next, 0, y, 0, n);
            t = last ? to : t + h;
            steps++;
            dvdt = -model.rates(y, stimulus, dy0, inf0, tau0);
            evaluations++;
            if (trace != null) {
                trace.add(t, y[OrdModel.V], dvdt, y[OrdModel.CAI]);
            }
            double grow = error < 1e-10 ? 5.0 : Math.min(5.0, 0.9 / Math.sqrt(error));
            h = Math.min(maxStep, h * grow);
        }
    }
}
