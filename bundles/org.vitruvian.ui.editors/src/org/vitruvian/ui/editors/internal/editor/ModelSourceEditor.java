package org.vitruvian.ui.editors.internal.editor;

import java.util.HashMap;
import java.util.List;
import java.util.ListResourceBundle;
import java.util.Map;
import java.util.ResourceBundle;

import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.texteditor.ContentAssistAction;
import org.eclipse.ui.texteditor.ITextEditorActionConstants;
import org.eclipse.ui.texteditor.ITextEditorActionDefinitionIds;
import org.eclipse.ui.texteditor.TextOperationAction;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IOverviewRuler;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.IVerticalRuler;
import org.eclipse.jface.text.source.projection.ProjectionAnnotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotationModel;
import org.eclipse.jface.text.source.projection.ProjectionSupport;
import org.eclipse.jface.text.source.projection.ProjectionViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.editors.text.TextEditor;

/**
 * The Source page: the model's YAML on jface.text, with colouring, folding, the language
 * services' help, and the problem
 * markers of the builder shown as annotations (the text file document provider's marker
 * annotation model does that for every problem marker).
 */
public class ModelSourceEditor extends TextEditor {

    private ProjectionSupport projection;
    private List<Position> folds = List.of();

    private LanguageAssist assist;
    private java.util.function.Consumer<List<org.vitruvian.language.Symbol>> outlineListener = symbols -> {
    };

    private List<org.vitruvian.language.Symbol> outline;

    /** Who is told the outline of the text each time it is reconciled (on the UI thread); told the last one at once. */
    void setOutlineListener(java.util.function.Consumer<List<org.vitruvian.language.Symbol>> listener) {
        outlineListener = listener;
        if (outline != null) {
            listener.accept(outline);
        }
    }

    void outlineChanged(List<org.vitruvian.language.Symbol> symbols) {
        outline = symbols;
        outlineListener.accept(symbols);
    }

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        URI uri = null;
        if (input instanceof IFileEditorInput file && file.getFile().getLocation() != null) {
            uri = URI.createFileURI(file.getFile().getLocation().toOSString());
        }
        assist = uri == null ? null : new LanguageAssist(this, uri);
        setSourceViewerConfiguration(new YamlConfiguration(getPreferenceStore(), assist));
        super.init(site, input);
    }

    @Override
    protected void createActions() {
        super.createActions();
        ResourceBundle labels = new ListResourceBundle() {
            @Override
            protected Object[][] getContents() {
                return new Object[][] { { "ContentAssistProposal.label", "Content Assist" },
                        { "QuickAssist.label", "Quick Fix" } };
            }
        };
        IAction proposals = new ContentAssistAction(labels, "ContentAssistProposal.", this);
        proposals.setActionDefinitionId(ITextEditorActionDefinitionIds.CONTENT_ASSIST_PROPOSALS);
        setAction("ContentAssistProposal", proposals);
        IAction quickFix = new TextOperationAction(labels, "QuickAssist.", this, ISourceViewer.QUICK_ASSIST);
        quickFix.setActionDefinitionId(ITextEditorActionDefinitionIds.QUICK_ASSIST);
        setAction(ITextEditorActionConstants.QUICK_ASSIST, quickFix);
    }

    /** The editor's annotations (markers of the builder, diagnostics of the language services). */
    IAnnotationModel annotationModel() {
        return getDocumentProvider() == null ? null : getDocumentProvider().getAnnotationModel(getEditorInput());
    }

    /** The language services' help of this page, or null for a file outside the workspace. */
    LanguageAssist assist() {
        return assist;
    }

    @Override
    protected ISourceViewer createSourceViewer(Composite parent, IVerticalRuler ruler, int styles) {
        ProjectionViewer viewer = new ProjectionViewer(parent, ruler, getOverviewRuler(), isOverviewRulerVisible(), styles);
        getSourceViewerDecorationSupport(viewer);
        return viewer;
    }

    @Override
    public void createPartControl(Composite parent) {
        super.createPartControl(parent);
        ProjectionViewer viewer = (ProjectionViewer) getSourceViewer();
        projection = new ProjectionSupport(viewer, getAnnotationAccess(), getSharedColors());
        projection.addSummarizableAnnotationType("org.eclipse.ui.workbench.texteditor.error");
        projection.addSummarizableAnnotationType("org.eclipse.ui.workbench.texteditor.warning");
        projection.install();
        viewer.doOperation(ProjectionViewer.TOGGLE);
        setFolds(folds);
    }

    /** Replaces the folding regions (whole lines each). Keeps a region the user folded when it is still there. */
    public void setFolds(List<Position> regions) {
        folds = List.copyOf(regions);
        ProjectionViewer viewer = (ProjectionViewer) getSourceViewer();
        ProjectionAnnotationModel model = viewer == null ? null : viewer.getProjectionAnnotationModel();
        if (model == null) {
            return;
        }
        Map<Position, ProjectionAnnotation> existing = new HashMap<>();
        List<Annotation> stale = new java.util.ArrayList<>();
        model.getAnnotationIterator().forEachRemaining(a -> {
            Position at = model.getPosition(a);
            if (at != null && folds.contains(at)) {
                existing.put(at, (ProjectionAnnotation) a);
            } else {
                stale.add(a);
            }
        });
        Map<Annotation, Position> added = new HashMap<>();
        for (Position fold : folds) {
            if (!existing.containsKey(fold)) {
                added.put(new ProjectionAnnotation(), new Position(fold.offset, fold.length));
            }
        }
        model.modifyAnnotations(stale.toArray(Annotation[]::new), added, null);
    }

    public IDocument document() {
        return getDocumentProvider() == null ? null : getDocumentProvider().getDocument(getEditorInput());
    }

    /** The viewer, for the multi-page editor and tests. */
    public ISourceViewer viewer() {
        return getSourceViewer();
    }

    @Override
    public void dispose() {
        if (projection != null) {
            projection.dispose();
        }
        if (assist != null) {
            assist.dispose();
        }
        super.dispose();
    }
}
