package org.vitruvian.ui.editors.internal.editor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.text.undo.DocumentUndoManagerRegistry;
import org.eclipse.text.undo.IDocumentUndoManager;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.ide.IGotoMarker;
import org.eclipse.ui.texteditor.ITextEditor;
import org.vitruvian.language.TextEdit;

/**
 * One multi-page editor for every model kind (the kind comes from the extension, e.g.
 * {@code ModelEditor:Workflow}): a Design page of forms, kind-specific pages (the recipe's
 * previews, the trust matrix, the workflow diagram) and the Source page.
 *
 * <p>The Source page's document is the one truth. Every page reads the model from its text,
 * and every page writes by replacing parts of the text with the language services'
 * text-preserving edits, so comments and layout survive, the document's undo history is the
 * one undo history of the editor (a form gesture is one compound change), and dirty state and
 * save are the text editor's.
 */
public final class ModelEditor extends FormEditor implements IExecutableExtension, IGotoMarker {

    public static final String DESIGN_PAGE_ID = "design";

    /** How long typing may pause before the other pages read the text again. */
    private static final int REPARSE_DELAY_MS = 250;

    private String kind = "*";
    private ModelSourceEditor source;
    private int sourcePageIndex = -1;
    private DesignPage design;
    private ParsedModel model;
    private SitePlan sitePlan;
    private ModelOutlinePage outline;
    private java.util.List<org.vitruvian.language.Symbol> symbols = java.util.List.of();
    private final java.util.List<ModelPage> kindPages = new ArrayList<>();
    private boolean reparseScheduled;
    private final List<Consumer<ParsedModel>> modelListeners = new ArrayList<>();
    private final IDocumentListener documentListener = new IDocumentListener() {
        @Override
        public void documentAboutToBeChanged(DocumentEvent event) {
        }

        @Override
        public void documentChanged(DocumentEvent event) {
            scheduleReparse();
        }
    };

    @Override
    public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
        super.setInitializationData(config, propertyName, data);
        if (data instanceof String value && !value.isBlank()) {
            kind = value.trim();
        }
    }

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof IFileEditorInput)) {
            throw new PartInitException("The Vitruvian model editor opens files of the workspace; " + input.getName() + " is not one.");
        }
        super.init(site, input);
        setPartName(input.getName());
        // The workbench sees the Source page's text selection as the model object at the caret too.
        site.setSelectionProvider(new ModelSelectionProvider());
    }

    /** Maps the nested Source page's text selections to {@link ModelSelection}s of the object there. */
    private final class ModelSelectionProvider extends org.eclipse.ui.part.MultiPageSelectionProvider {

        ModelSelectionProvider() {
            super(ModelEditor.this);
        }

        // Plain selection events (one per keystroke while typing) pass as they are; the post-selection
        // event after the caret rests, which the Properties view listens to, carries the object.

        @Override
        public void firePostSelectionChanged(org.eclipse.jface.viewers.SelectionChangedEvent event) {
            super.firePostSelectionChanged(new org.eclipse.jface.viewers.SelectionChangedEvent(this, map(event.getSelection())));
        }

        @Override
        public org.eclipse.jface.viewers.ISelection getSelection() {
            return map(super.getSelection());
        }

        private org.eclipse.jface.viewers.ISelection map(org.eclipse.jface.viewers.ISelection selection) {
            if (selection instanceof org.eclipse.jface.text.ITextSelection text && !(selection instanceof ModelSelection)
                    && source != null && document() != null) {
                int offset = text.getOffset();
                return new ModelSelection(document(), offset, text.getLength(), () -> objectAt(offset));
            }
            return selection;
        }
    }

    /** The model object written at {@code offset} of the current text, or null. */
    public org.eclipse.emf.ecore.EObject objectAt(int offset) {
        return ObjectAt.find(model(), offset);
    }

    /** Where the Source page's caret is. */
    public int caretOffset() {
        if (source == null || source.viewer() == null) {
            return -1;
        }
        org.eclipse.swt.graphics.Point range = source.viewer().getSelectedRange();
        return range == null ? -1 : range.x;
    }

    /** The Outline view's page, made on first request. */
    private ModelOutlinePage outline() {
        if (outline == null) {
            outline = new ModelOutlinePage(this);
        }
        return outline;
    }

    /** The outline of the text as last reconciled (on the UI thread). */
    void outlineChanged(java.util.List<org.vitruvian.language.Symbol> symbols) {
        this.symbols = java.util.List.copyOf(symbols);
        if (outline != null) {
            outline.setSymbols(symbols);
        }
    }

    /** An outline entry was chosen: the Source page selects it, and the diagram its step when the diagram is shown. */
    void revealOutline(org.vitruvian.language.Symbol symbol) {
        source.selectAndReveal(symbol.selection().offset(), symbol.selection().length());
        org.eclipse.emf.ecore.EObject object = objectAt(symbol.selection().offset());
        for (ModelPage page : kindPages) {
            if (page instanceof DiagramPage diagram && diagram.viewer() != null && diagram.viewer().isVisible()
                    && object instanceof org.vitruvian.model.workflow.Step) {
                diagram.viewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(object));
            }
        }
    }

    /** The model kind this editor was opened for ({@code Workflow}, {@code ContainerRecipe}, ...). */
    public String kind() {
        return kind;
    }

    @Override
    protected void addPages() {
        try {
            design = new DesignPage(this);
            addPage(design);
            source = new ModelSourceEditor();
            sourcePageIndex = addPage(source, getEditorInput());
            setPageText(sourcePageIndex, "Source");
            for (ModelPage page : KindPages.create(this)) {
                int at = sourcePageIndex;
                addPage(at, page.createControl(getContainer()));
                setPageText(at, page.title());
                sourcePageIndex++;
                modelListeners.add(page::modelChanged);
                kindPages.add(page);
                page.modelChanged(model());
            }
        } catch (PartInitException e) {
            throw new IllegalStateException("Cannot open the Source page of " + getEditorInput().getName(), e);
        }
        document().addDocumentListener(documentListener);
        source.setOutlineListener(this::outlineChanged);
        if (source.assist() != null) {
            source.assist().refreshOutline();
        }
        // The outline follows the caret (the diagram and the Design tables move the caret to what they select).
        if (source.getSelectionProvider() instanceof org.eclipse.jface.viewers.IPostSelectionProvider selections) {
            selections.addPostSelectionChangedListener(event -> {
                if (outline != null && event.getSelection() instanceof org.eclipse.jface.text.ITextSelection text) {
                    outline.follow(text.getOffset());
                }
            });
        }
        if (!model().isAvailable()) {
            setActivePage(sourcePageIndex);
        }
    }

    /** The text of the Source page. */
    public IDocument document() {
        return source.document();
    }

    public ModelSourceEditor sourceEditor() {
        return source;
    }

    public DesignPage designPage() {
        return design;
    }

    public int sourcePageIndex() {
        return sourcePageIndex;
    }

    /** The model of the current text, read again if the text changed since. */
    public ParsedModel model() {
        IDocument document = document();
        String text = document == null ? "" : document.get();
        if (model == null || !model.text().equals(text)) {
            model = ParsedModel.parse(text, fileUri());
        }
        return model;
    }

    private URI fileUri() {
        IFile file = ((IFileEditorInput) getEditorInput()).getFile();
        IPath location = file.getLocation();
        return location == null ? URI.createPlatformResourceURI(file.getFullPath().toString(), true)
                : URI.createFileURI(location.toOSString());
    }

    /**
     * The workflow's target site and its plan, shared by the Diagram and Plan pages; created with
     * the first of them (only workflows have one).
     */
    public SitePlan sitePlan() {
        if (sitePlan == null) {
            sitePlan = new SitePlan(file());
            sitePlan.schedule();
        }
        return sitePlan;
    }

    /** Selects on the Source page where a model object of the current text is written. */
    public void reveal(org.eclipse.emf.ecore.EObject object) {
        if (!(object.eResource() instanceof org.vitruvian.model.yaml.YamlResource yaml)) {
            return;
        }
        org.vitruvian.model.yaml.SourcePosition at = yaml.positionOf(object);
        IDocument document = document();
        if (at.line() < 1 || at.line() > document.getNumberOfLines()) {
            return;
        }
        try {
            int offset = document.getLineOffset(at.line() - 1) + Math.max(0, at.column() - 1);
            source.selectAndReveal(offset, 0);
        } catch (BadLocationException e) {
            // The text changed since the object was read; nothing to reveal.
        }
    }

    /** Shows the Source page at the step of that name in the current text (a row of the Plan page, say). */
    public void revealStep(String name) {
        if (model().root() instanceof org.vitruvian.model.workflow.Workflow workflow) {
            workflow.getSteps().stream().filter(step -> name != null && name.equals(step.getName())).findFirst().ifPresent(step -> {
                showSource();
                reveal(step);
            });
        }
    }

    public IFile file() {
        return ((IFileEditorInput) getEditorInput()).getFile();
    }

    private void scheduleReparse() {
        if (reparseScheduled || getContainer() == null || getContainer().isDisposed()) {
            return;
        }
        reparseScheduled = true;
        getContainer().getDisplay().timerExec(REPARSE_DELAY_MS, () -> {
            reparseScheduled = false;
            if (getContainer() != null && !getContainer().isDisposed()) {
                notifyModel();
            }
        });
    }

    /** Reads the text now and tells every page. */
    public void notifyModel() {
        ParsedModel current = model();
        if (design != null) {
            design.modelChanged(current);
        }
        for (Consumer<ParsedModel> listener : modelListeners) {
            listener.accept(current);
        }
    }

    /**
     * Applies text edits from a form gesture as one change of the document: one undo step,
     * however many parts of the text it touched. The pages are told at once.
     */
    public void apply(List<TextEdit> edits) {
        if (edits.isEmpty()) {
            return;
        }
        IDocument document = document();
        IDocumentUndoManager undo = DocumentUndoManagerRegistry.getDocumentUndoManager(document);
        if (undo != null) {
            undo.beginCompoundChange();
        }
        try {
            List<TextEdit> backwards = new ArrayList<>(edits);
            backwards.sort(Comparator.comparingInt(TextEdit::offset).reversed());
            for (TextEdit edit : backwards) {
                document.replace(edit.offset(), edit.length(), edit.replacement());
            }
        } catch (BadLocationException e) {
            throw new IllegalStateException("An edit fell outside the text: " + e.getMessage(), e);
        } finally {
            if (undo != null) {
                undo.endCompoundChange();
            }
        }
        notifyModel();
    }

    @Override
    protected void pageChange(int newPageIndex) {
        super.pageChange(newPageIndex);
        if (newPageIndex != sourcePageIndex) {
            notifyModel();
        }
    }

    /** Shows the page at {@code index} (0 is Design), as a click on its tab does. */
    public void showPage(int index) {
        setActivePage(index);
    }

    /** The composite holding the pages' controls. */
    public org.eclipse.swt.widgets.Composite pageContainer() {
        return getContainer();
    }

    /** Shows the Source page. */
    public void showSource() {
        setActivePage(sourcePageIndex);
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        source.doSave(monitor);
        editorDirtyStateChanged();
    }

    @Override
    public void doSaveAs() {
        // Save As would leave this editor on a file of another name and kind; not offered.
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public void gotoMarker(IMarker marker) {
        showSource();
        IDE.gotoMarker(source, marker);
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == org.eclipse.ui.views.contentoutline.IContentOutlinePage.class) {
            ModelOutlinePage page = outline();
            page.setSymbols(symbols);
            return adapter.cast(page);
        }
        if (adapter == ITextEditor.class || adapter == IDocument.class && source != null) {
            return adapter == IDocument.class ? adapter.cast(document()) : adapter.cast(source);
        }
        if (source != null && adapter != IGotoMarker.class) {
            T fromSource = source.getAdapter(adapter);
            if (fromSource != null) {
                return fromSource;
            }
        }
        return super.getAdapter(adapter);
    }

    @Override
    public void dispose() {
        if (sitePlan != null) {
            sitePlan.dispose();
        }
        IDocument document = source == null ? null : document();
        if (document != null) {
            document.removeDocumentListener(documentListener);
        }
        super.dispose();
    }
}
