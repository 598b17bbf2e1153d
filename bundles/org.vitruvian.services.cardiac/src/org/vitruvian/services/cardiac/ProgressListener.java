package org.vitruvian.services.cardiac;

/**
 * Where long computations say how far they are. The command line turns reports into
 * {@code VITRUVIAN-PROGRESS} lines; library callers may ignore them.
 */
@FunctionalInterface
public interface ProgressListener {

    /** A listener that drops every report. */
    ProgressListener NONE = (fraction, message) -> {
    };

    /**
     * @param fraction how much of this listener's work is done, from 0 to 1
     * @param message what is being done, one short line
     */
    void progress(double fraction, String message);

    /** The part of this listener's range from {@code from} to {@code to}, as a listener of its own from 0 to 1. */
    default ProgressListener range(double from, double to) {
        ProgressListener outer = this;
        return (fraction, message) -> outer.progress(from + (to - from) * Math.max(0, Math.min(1, fraction)), message);
    }
}
