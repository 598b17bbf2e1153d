package org.vitruvian.services.cardiac.model;

import java.util.function.IntPredicate;

/**
 * Paces a model at a fixed cycle length until it reaches steady state or a number of beats.
 *
 * <p>Steady state, the criterion docs/services/cardiac.md states: over {@link #STEADY_BEATS}
 * consecutive beats, APD90 changed by less than {@link #APD_TOLERANCE} ms from beat to beat, and
 * the slow concentrations (Nai, Ki, Ca in the network SR) by less than {@link #STATE_TOLERANCE}
 * relative per beat. The ORd model's sodium takes hundreds of beats to settle from its published
 * initial state; a population starts from the baseline model's steady state and gets there in a
 * few dozen.
 */
public final class Pacing {

    public static final int STEADY_BEATS = 3;
    public static final double APD_TOLERANCE = 0.05;
    public static final double STATE_TOLERANCE = 2e-5;
    /** Beats whose abnormalities count: the last ones paced. */
    public static final int ABNORMAL_WINDOW = 3;

    /**
     * The outcome: the last beat's biomarkers, whether any of the last {@link #ABNORMAL_WINDOW}
     * beats had an EAD or failed to repolarise, the beats paced, whether steady state was
     * reached, and the last beat's trace.
     */
    public record Result(Biomarkers biomarkers, boolean anyEad, boolean anyFailure, boolean anyUnexcited, int beats,
            boolean steady, Trace lastBeat) {

        /** A repolarisation abnormality (EAD or repolarisation failure) in the last beats. */
        public boolean abnormal() {
            return anyEad || anyFailure;
        }
    }

    private final RushLarsenIntegrator integrator;
    private final Trace trace = new Trace();

    public Pacing(RushLarsenIntegrator integrator) {
        this.integrator = integrator;
    }

    public RushLarsenIntegrator integrator() {
        return integrator;
    }

    /**
     * Paces {@code model} from state {@code y} (updated in place) at {@code cycleLength} ms, at
     * least {@code minBeats} and at most {@code maxBeats} beats, stopping at steady state when
     * {@code untilSteady}. {@code cancel} is asked with the beat number after each beat and stops
     * pacing when it answers true.
     */
    public Result pace(OrdModel model, double[] y, double cycleLength, int minBeats, int maxBeats,
            boolean untilSteady, IntPredicate cancel) {
        if (maxBeats < 1 || minBeats > maxBeats) {
            throw new IllegalArgumentException("beats must be at least 1 and the minimum at most the maximum");
        }
        double previousApd = Double.NaN;
        double[] previous = y.clone();
        int calm = 0;
        boolean[] ead = new boolean[ABNORMAL_WINDOW];
        boolean[] failure = new boolean[ABNORMAL_WINDOW];
        boolean[] unexcited = new boolean[ABNORMAL_WINDOW];
        Biomarkers last = null;
        int beat = 0;
        boolean steady = false;
        while (beat < maxBeats) {
            integrator.beat(model, y, cycleLength, trace);
            last = Biomarkers.of(trace);
            int slot = beat % ABNORMAL_WINDOW;
            ead[slot] = last.ead();
            failure[slot] = last.excited() && !last.repolarised();
            unexcited[slot] = !last.excited();
            beat++;
            if (!Double.isFinite(y[OrdModel.V])) {
                throw new IllegalStateException("the model diverged at beat " + beat);
            }
            double change = Math.max(relative(y[OrdModel.NAI], previous[OrdModel.NAI]),
                    Math.max(relative(y[OrdModel.KI], previous[OrdModel.KI]),
                            relative(y[OrdModel.CANSR], previous[OrdModel.CANSR])));
            boolean calmBeat = Math.abs(last.apd90() - previousApd) < APD_TOLERANCE && change < STATE_TOLERANCE;
            calm = calmBeat ? calm + 1 : 0;
            previousApd = last.apd90();
            System.arraycopy(y, 0, previous, 0, y.length);
            if (untilSteady && calm >= STEADY_BEATS && beat >= minBeats) {
                steady = true;
                break;
            }
            if (cancel != null && cancel.test(beat)) {
                break;
            }
        }
        boolean anyEad = false;
        boolean anyFailure = false;
        boolean anyUnexcited = false;
        for (int i = 0; i < Math.min(beat, ABNORMAL_WINDOW); i++) {
            anyEad |= ead[i];
            anyFailure |= failure[i];
            anyUnexcited |= unexcited[i];
        }
        return new Result(last, anyEad, anyFailure, anyUnexcited, beat, steady, trace.copy());
    }

    private static double relative(double now, double before) {
        return Math.abs(now - before) / Math.max(1e-12, Math.abs(before));
    }
}
