package org.vitruvian.execution;

/** The last progress a step's service reported: {@code VITRUVIAN-PROGRESS <fraction> <message>}. */
public record StepProgress(double fraction, String message) {

    public StepProgress {
        fraction = Math.max(0, Math.min(1, fraction));
        message = message == null ? "" : message;
    }
}
