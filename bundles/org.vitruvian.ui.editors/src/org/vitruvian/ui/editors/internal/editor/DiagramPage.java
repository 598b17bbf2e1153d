package org.vitruvian.ui.editors.internal.editor;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.vitruvian.core.services.ServiceHandle;
import org.vitruvian.core.services.ServiceUnavailableException;
import org.vitruvian.core.services.Services;
import org.vitruvian.language.EditException;
import org.vitruvian.trust.TrustChecker;
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
    private ServiceHandle<TrustChecker> trust;

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
        viewer.addDisposeListener(e -> dispose());
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
        if (!viewer.isVisible() || viewer.getSize().x == 0) {
            return; // laid out when the page is shown, so the first view fits the page's real size
        }
        if (model.root() instanceof Workflow workflow) {
            boolean first = shown == null;
            shown = model;
            viewer.setInput(new DiagramInput(workflow, workflow.getImports(), java.util.Map.of(), trust(), null));
            if (first) {
                viewer.getDisplay().asyncExec(() -> {
                    if (!viewer.isDisposed()) {
                        viewer.fitToWindow();
                    }
                });
            }
        }
    }

    /** The trust checker, so ports are coloured by the data classes that reach them; null while it is not there. */
    private TrustChecker trust() {
        if (trust == null) {
            try {
                trust = Services.await(DiagramPage.class, TrustChecker.class, java.time.Duration.ofSeconds(5));
            } catch (ServiceUnavailableException e) {
                return null;
            }
        }
        return trust.get();
    }

    void dispose() {
        if (trust != null) {
            trust.close();
            trust = null;
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
