package org.vitruvian.ui.editors.internal.editor;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
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
        Composite page = new Composite(parent, SWT.NONE);
        org.eclipse.jface.layout.GridLayoutFactory.fillDefaults().spacing(0, 0).applyTo(page);
        new TargetSiteBar(page, editor, editor.sitePlan());
        org.eclipse.swt.widgets.Label line = new org.eclipse.swt.widgets.Label(page, SWT.SEPARATOR | SWT.HORIZONTAL);
        org.eclipse.jface.layout.GridDataFactory.fillDefaults().grab(true, false).applyTo(line);
        viewer = new WorkflowDiagramViewer(page, SWT.NONE);
        org.eclipse.jface.layout.GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer);
        viewer.setEditHandler(this::apply);
        viewer.addDisposeListener(e -> dispose());
        viewer.addSelectionChangedListener(event -> reveal(event.getStructuredSelection()));
        // Shown before it had a size (the editor maximized as the page opened, say): draw once it has one.
        viewer.addListener(SWT.Resize, e -> {
            if (shown == null && viewer.getSize().x > 0) {
                viewer.getDisplay().asyncExec(() -> {
                    if (!viewer.isDisposed() && shown == null) {
                        modelChanged(editor.model());
                    }
                });
            }
        });
        // A new plan for the target site redraws the badges and verdicts of the same text.
        editor.sitePlan().addListener(result -> {
            if (shown != null) {
                ParsedModel model = shown;
                shown = null;
                modelChanged(model);
            }
        });
        return page;
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
            SitePlan.Result planned = editor.sitePlan().result();
            viewer.setInput(new DiagramInput(workflow, workflow.getImports(), java.util.Map.of(), trust(), null,
                    planned == null ? java.util.Map.of() : planned.checks()));
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
        if (selection.getFirstElement() instanceof EObject object) {
            editor.reveal(object);
        }
    }
}
