package org.vitruvian.ui.runs;

/**
 * A step of a run as the Runs view's selection offers it to other bundles (through
 * {@code IAdaptable}), so their commands can act on the step without the view's internals.
 */
public record StepRef(String runId, String step) {
}
