package org.vitruvian.services.mriheating;

/** Receives the progress of a long computation as a fraction from 0 to 1 and a short message. */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = (fraction, message) -> {
    };

    void progress(double fraction, String message);

    /** The part of this listener's range from {@code from} to {@code to}, for a sub-task. */
    default ProgressListener range(double from, double to) {
        return (fraction, message) -> progress(from + (to - from) * Math.max(0, Math.min(1, fraction)), message);
    }
}
