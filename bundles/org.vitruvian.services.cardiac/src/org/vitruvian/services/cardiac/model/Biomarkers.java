package org.vitruvian.services.cardiac.model;

/**
 * What one beat shows, measured as Passini et al. (2017) and Britton et al. (2013) measure it.
 *
 * <ul>
 * <li>Resting potential: the potential at the stimulus, the end of the previous diastole.</li>
 * <li>Upstroke: the time of the largest dV/dt; its value is the maximum upstroke velocity.</li>
 * <li>APDx: from the upstroke to the first time after the peak the potential falls below
 * peak - x % of (peak - rest), interpolated linearly between steps. Triangulation is
 * APD90 - APD40.</li>
 * <li>Calcium transient: its amplitude (peak - diastolic cytosolic Ca, in nM) and its duration at
 * 90 % decay (CaTD90, from the upstroke).</li>
 * </ul>
 * The abnormality rules (docs/services/cardiac.md, "Abnormalities"):
 * <ul>
 * <li>No upstroke: the peak stays below 0 mV (the stimulus did not excite the cell).</li>
 * <li>Repolarisation failure: no APD90 crossing before the next stimulus, or the potential at the
 * end of the beat above -40 mV.</li>
 * <li>Early afterdepolarisation (EAD): later than 100 ms after the upstroke and before the potential
 * first falls below -70 mV, it rises again by more than 1 mV above its lowest value so far.</li>
 * </ul>
 */
public record Biomarkers(double apd40, double apd50, double apd90, double triangulation, double peak, double rest,
        double upstrokeVelocity, double calciumAmplitude, double calciumDuration90, boolean excited,
        boolean repolarised, boolean ead) {

    /** Names of the numeric biomarkers, as in CSV headers and calibration ranges. */
    public static final String[] NAMES = { "APD40", "APD50", "APD90", "Tri90-40", "Vpeak", "RMP", "dVdtmax",
            "CaTamp", "CaTD90" };
    /** Their units. */
    public static final String[] UNITS = { "ms", "ms", "ms", "ms", "mV", "mV", "mV/ms", "nM", "ms" };

    /** Time after the upstroke before which a rise of the potential is the dome, not an EAD. */
    static final double EAD_WINDOW_START = 100.0;
    static final double EAD_RISE = 1.0;
    static final double EAD_FLOOR = -70.0;
    static final double FAILURE_POTENTIAL = -40.0;

    /** The biomarker called {@code name} (one of {@link #NAMES}), or NaN if the name is unknown. */
    public double value(String name) {
        return switch (name) {
            case "APD40" -> apd40;
            case "APD50" -> apd50;
            case "APD90" -> apd90;
            case "Tri90-40" -> triangulation;
            case "Vpeak" -> peak;
            case "RMP" -> rest;
            case "dVdtmax" -> upstrokeVelocity;
            case "CaTamp" -> calciumAmplitude;
            case "CaTD90" -> calciumDuration90;
            default -> Double.NaN;
        };
    }

    /** All numeric biomarkers in the order of {@link #NAMES}. */
    public double[] values() {
        double[] values = new double[NAMES.length];
        for (int i = 0; i < NAMES.length; i++) {
            values[i] = value(NAMES[i]);
        }
        return values;
    }

    /** True when the beat shows a repolarisation abnormality: an EAD or repolarisation failure. */
    public boolean abnormal() {
        return ead || !repolarised;
    }

    /** Measures the beat recorded in {@code trace}. */
    public static Biomarkers of(Trace trace) {
        int n = trace.size();
        if (n < 3) {
            throw new IllegalArgumentException("a beat needs at least three recorded points");
        }
        double rest = trace.voltage(0);
        int upstroke = 0;
        int peakIndex = 0;
        double caMin = Double.POSITIVE_INFINITY;
        double caMax = Double.NEGATIVE_INFINITY;
        int caPeakIndex = 0;
        for (int i = 0; i < n; i++) {
            if (trace.slope(i) > trace.slope(upstroke)) {
                upstroke = i;
            }
            if (trace.voltage(i) > trace.voltage(peakIndex)) {
                peakIndex = i;
            }
            double ca = trace.calcium(i);
            if (ca < caMin) {
                caMin = ca;
            }
            if (ca > caMax) {
                caMax = ca;
                caPeakIndex = i;
            }
        }
        double peak = trace.voltage(peakIndex);
        double tUp = trace.time(upstroke);
        double dvdtMax = trace.slope(upstroke);
        boolean excited = peak > 0.0;
        double endPotential = trace.voltage(n - 1);
        double apd40 = crossing(trace, peakIndex, peak - 0.40 * (peak - rest)) - tUp;
        double apd50 = crossing(trace, peakIndex, peak - 0.50 * (peak - rest)) - tUp;
        double apd90 = crossing(trace, peakIndex, peak - 0.90 * (peak - rest)) - tUp;
        boolean repolarised = excited && !Double.isNaN(apd90) && endPotential < FAILURE_POTENTIAL;
        boolean ead = false;
        if (excited) {
            double lowest = Double.POSITIVE_INFINITY;
            for (int i = upstroke; i < n; i++) {
                if (trace.time(i) - tUp < EAD_WINDOW_START) {
                    continue;
                }
                double v = trace.voltage(i);
                if (v < EAD_FLOOR) {
                    break;
                }
                lowest = Math.min(lowest, v);
                if (v - lowest > EAD_RISE) {
                    ead = true;
                    break;
                }
            }
        }
        double caAmplitude = (caMax - caMin) * 1e6;
        double caLevel = caMax - 0.9 * (caMax - caMin);
        double caDuration = Double.NaN;
        for (int i = caPeakIndex + 1; i < n; i++) {
            if (trace.calcium(i) <= caLevel) {
                double t0 = trace.time(i - 1);
                double c0 = trace.calcium(i - 1);
                double w = (c0 - caLevel) / (c0 - trace.calcium(i));
                caDuration = t0 + w * (trace.time(i) - t0) - tUp;
                break;
            }
        }
        if (!excited) {
            apd40 = apd50 = apd90 = Double.NaN;
        }
        return new Biomarkers(apd40, apd50, apd90, apd90 - apd40, peak, rest, dvdtMax, caAmplitude, caDuration,
                excited, repolarised, ead);
    }

    /** The first time after {@code from} the potential falls through {@code level}, or NaN. */
    private static double crossing(Trace trace, int from, double level) {
        for (int i = from + 1; i < trace.size(); i++) {
            if (trace.voltage(i) <= level) {
                double t0 = trace.time(i - 1);
                double v0 = trace.voltage(i - 1);
                double w = (v0 - level) / (v0 - trace.voltage(i));
                return t0 + w * (trace.time(i) - t0);
            }
        }
        return Double.NaN;
    }
}
