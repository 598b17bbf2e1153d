package org.vitruvian.ui.diagram;

import java.util.List;

/**
 * What the host editor does with a diagram gesture: apply its edits to the document as one undo
 * step and give the viewer the re-read workflow with {@link WorkflowDiagramViewer#setInput}.
 * Called on the UI thread.
 */
@FunctionalInterface
public interface DiagramEditHandler {

    void apply(List<DiagramEdit> edits);
}
