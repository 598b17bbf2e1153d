package org.vitruvian.ui.editors.internal.editor;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.vitruvian.language.EditException;
import org.vitruvian.language.TextEdit;
import org.vitruvian.model.workflow.Workflow;
import org.vitruvian.model.yaml.SourcePosition;
import org.vitruvian.model.yaml.YamlResource;
import org.vitruvian.ui.diagram.DiagramEdit;
import org.vitruvian.ui.diagram.DiagramEdits;
import org.vitruvian.ui.diagram.DiagramInput;
import org.vitruvian.ui.diagram.WorkflowDiagramViewer;

/**
 * The workflow's Diagram page: the diagram widget of org.vitruvian.ui.diagram on the editor's
 * text. Its gestures become text-preserving edits applied as one undo step, like a form edit;
 * selecting a step selects where it is written on the Source page.
 */
final class DiagramPage implements ModelPage {

    private final ModelEditor editor;
    private WorkflowDiagramViewer viewer;
    private ParsedModel shown;

    DiagramPage(ModelEditor editor) {
        this.editor = editor;
    }

    @Override
    public String title() {
        return "Diagram";
    }

    @Override
    public Control createControl(Composite parent) {
        viewer = new WorkflowDiagramViewer(parent, SWT.NONE);
        viewer.setEditHandler(this::apply);
        viewer.addSelectionChangedListener(event -> reveal(event.getStructuredSelection()));
        return viewer;
    }

    /** The diagram, for tests. */
    WorkflowDiagramViewer viewer() {
        return viewer;
    }

    @Override
    public void modelChanged(ParsedModel model) {
        if (viewer == null || viewer.isDisposed() || model == shown) {
            return;
        }
        if (!viewer.isVisible() && shown != null) {
            return; // laid out again when the page is shown
        }
        if (model.root() instanceof Workflow workflow) {
            shown = model;
            viewer.setInput(DiagramInput.of(workflow));
        }
    }

    private void apply(List<DiagramEdit> edits) {
        List<TextEdit> text;
        try {
            text = DiagramEdits.toTextEdits(editor.document().get(), edits);
        } catch (EditException e) {
            editor.designPage().getManagedForm().getForm().setMessage("Not changed: " + e.getMessage(),
                    org.eclipse.jface.dialogs.IMessageProvider.ERROR);
            return;
        }
        editor.apply(text);
    }

    /** Selects on the Source page the first line of the first step or link selected. */
    private void reveal(IStructuredSelection selection) {
        if (!(selection.getFirstElement() instanceof EObject object) || !(object.eResource() instanceof YamlResource yaml)) {
            return;
        }
        SourcePosition at = yaml.positionOf(object);
        IDocument document = editor.document();
        if (at.line() < 1 || at.line() > document.getNumberOfLines()) {
            return;
        }
        try {
            int offset = document.getLineOffset(at.line() - 1) + Math.max(0, at.column() - 1);
            editor.sourceEditor().selectAndReveal(offset, 0);
        } catch (BadLocationException e) {
            // The text changed since the diagram was drawn; nothing to reveal.
        }
    }
}
