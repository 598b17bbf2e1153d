package org.vitruvian.ui.diagram;

/**
 * One change a diagram gesture asks of the workflow. The diagram never changes the model itself:
 * it hands the edits of one gesture to its {@link DiagramEditHandler}, which changes the YAML text
 * (so comments and layout of a hand-written file survive) and sets the re-read model as the new
 * input. Port references are written as the workflow's links write them: {@code step.port} for a
 * step's port, the bare name for a workflow input or output.
 */
public sealed interface DiagramEdit {

    /** A new step {@code name} calling {@code serviceId} at {@code serviceVersion}, dropped from the palette. */
    record AddStep(String name, String serviceId, String serviceVersion) implements DiagramEdit {
    }

    /** A new link from an output ({@code step.port} or a workflow input) to an input ({@code step.port} or a workflow output). */
    record AddLink(String from, String to) implements DiagramEdit {
    }

    /** Remove the step {@code name}; the links to and from it come as {@link DeleteLink}s in the same gesture. */
    record DeleteStep(String name) implements DiagramEdit {
    }

    /** Remove the link {@code from} to {@code to}. */
    record DeleteLink(String from, String to) implements DiagramEdit {
    }
}
