package org.vitruvian.ui.editors.internal.editor;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.contentassist.ContentAssistant;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.eclipse.jface.text.quickassist.IQuickAssistInvocationContext;
import org.eclipse.jface.text.quickassist.IQuickAssistProcessor;
import org.eclipse.jface.text.quickassist.QuickAssistAssistant;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.MonoReconciler;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.texteditor.MarkerAnnotation;
import org.vitruvian.core.diagnostics.Diagnostic;
import org.vitruvian.core.diagnostics.Severity;
import org.vitruvian.core.services.ServiceHandle;
import org.vitruvian.core.services.ServiceUnavailableException;
import org.vitruvian.core.services.Services;
import org.vitruvian.language.Completion;
import org.vitruvian.language.Fold;
import org.vitruvian.language.Hover;
import org.vitruvian.language.LanguageDocument;
import org.vitruvian.language.LanguageServices;
import org.vitruvian.language.QuickFix;
import org.vitruvian.language.TextEdit;

/**
 * The Source page's help, all from the headless language services (the same answers
 * {@code vitruvian lsp} gives other editors): diagnostics of the unsaved text as annotations
 * while typing, folding, content assist (Ctrl+Space), hover, and quick fixes (Ctrl+1) for the
 * diagnostics that name one. The services run on the reconciler's thread, never the UI thread.
 */
final class LanguageAssist {

    static final String ERROR_TYPE = "org.eclipse.ui.workbench.texteditor.error";
    static final String WARNING_TYPE = "org.eclipse.ui.workbench.texteditor.warning";

    private final ModelSourceEditor editor;
    private final LanguageDocument document;
    private ServiceHandle<LanguageServices> services;
    private volatile List<Diagnostic> diagnostics = List.of();
    private final List<Annotation> shown = new ArrayList<>();

    LanguageAssist(ModelSourceEditor editor, URI fileUri) {
        this.editor = editor;
        this.document = new LanguageDocument(fileUri, "");
    }

    /** The language services, or empty while they are not there (the Source page then works as a plain YAML editor). */
    synchronized Optional<LanguageServices> services() {
        if (services == null) {
            try {
                services = Services.await(LanguageAssist.class, LanguageServices.class, Duration.ofSeconds(10));
            } catch (ServiceUnavailableException e) {
                return Optional.empty();
            }
        }
        return Optional.of(services.get());
    }

    synchronized void dispose() {
        if (services != null) {
            services.close();
            services = null;
        }
    }

    /** The diagnostics of the text as last reconciled. */
    List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    private LanguageDocument current(IDocument text) {
        String now = text.get();
        if (!now.equals(document.text())) {
            document.setText(now);
        }
        return document;
    }

    /**
     * Computes the outline of the current text in the background and hands it to the editor: on
     * opening, before the reconciler has had a reason to run.
     */
    void refreshOutline() {
        org.eclipse.core.runtime.jobs.Job.create("Outline of " + document.uri().lastSegment(), monitor -> {
            Optional<LanguageServices> language = services();
            IDocument text = editor.document();
            if (language.isEmpty() || text == null) {
                return;
            }
            LanguageDocument doc;
            synchronized (this) {
                doc = new LanguageDocument(document.uri(), text.get());
            }
            List<org.vitruvian.language.Symbol> outline = language.get().outline(doc);
            String outlined = doc.text();
            Display.getDefault().asyncExec(() -> {
                IDocument now = editor.document();
                if (now != null && now.get().equals(outlined)) {
                    editor.outlineChanged(outline);
                }
            });
        }).schedule();
    }

    MonoReconciler reconciler() {
        MonoReconciler reconciler = new MonoReconciler(new IReconcilingStrategy() {
            private IDocument text;

            @Override
            public void setDocument(IDocument document) {
                text = document;
            }

            @Override
            public void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) {
                reconcile(subRegion);
            }

            @Override
            public void reconcile(IRegion partition) {
                Optional<LanguageServices> language = services();
                if (text == null || language.isEmpty()) {
                    return;
                }
                LanguageDocument doc = current(text);
                List<Diagnostic> found = language.get().diagnostics(doc);
                List<Fold> folds = language.get().folding(doc);
                List<org.vitruvian.language.Symbol> outline = language.get().outline(doc);
                String reconciled = doc.text();
                Display display = Display.getDefault();
                display.asyncExec(() -> {
                    show(reconciled, found, folds);
                    IDocument now = editor.document();
                    if (now != null && now.get().equals(reconciled)) {
                        editor.outlineChanged(outline);
                    }
                });
            }
        }, false);
        reconciler.setDelay(300);
        return reconciler;
    }

    private void show(String reconciled, List<Diagnostic> found, List<Fold> folds) {
        IDocument text = editor.document();
        if (text == null || !text.get().equals(reconciled)) {
            return; // typed on since; the next reconcile shows the newer state
        }
        diagnostics = found.stream().filter(d -> d.line() > 0 && isThisFile(d)).toList();
        List<Position> regions = new ArrayList<>();
        for (Fold fold : folds) {
            try {
                int start = text.getLineOffset(fold.startLine() - 1);
                int endLine = Math.min(fold.endLine(), text.getNumberOfLines()) - 1;
                int end = text.getLineOffset(endLine) + text.getLineLength(endLine);
                if (fold.endLine() > fold.startLine()) {
                    regions.add(new Position(start, end - start));
                }
            } catch (BadLocationException e) {
                // a fold of an older text; skipped
            }
        }
        editor.setFolds(regions);
        IAnnotationModel model = editor.annotationModel();
        if (model == null) {
            return;
        }
        Map<Annotation, Position> added = new HashMap<>();
        for (Diagnostic diagnostic : diagnostics) {
            int[] range = new org.vitruvian.ui.editors.internal.ModelMarkers.LineIndex(reconciled).range(diagnostic.line(), diagnostic.column());
            if (range == null || coveredByMarker(model, range[0], diagnostic)) {
                continue;
            }
            Annotation annotation = new Annotation(diagnostic.severity() == Severity.ERROR ? ERROR_TYPE : WARNING_TYPE, false,
                    diagnostic.message() + " [" + diagnostic.code() + "]");
            added.put(annotation, new Position(range[0], range[1] - range[0]));
        }
        if (model instanceof IAnnotationModelExtension extension) {
            extension.replaceAnnotations(shown.toArray(Annotation[]::new), added);
        } else {
            shown.forEach(model::removeAnnotation);
            added.forEach(model::addAnnotation);
        }
        shown.clear();
        shown.addAll(added.keySet());
    }

    /** A diagnostic of this document, not of a file it imports. */
    private boolean isThisFile(Diagnostic diagnostic) {
        String name = document.uri().lastSegment();
        return name == null || diagnostic.file().endsWith(name);
    }

    /** The builder's marker already says this (the file is saved): show it once. */
    private static boolean coveredByMarker(IAnnotationModel model, int offset, Diagnostic diagnostic) {
        var annotations = model.getAnnotationIterator();
        while (annotations.hasNext()) {
            if (annotations.next() instanceof MarkerAnnotation marker && !marker.isMarkedDeleted()) {
                Position at = model.getPosition(marker);
                if (at != null && at.offset == offset && diagnostic.code().equals(marker.getMarker().getAttribute("code", ""))) {
                    return true;
                }
            }
        }
        return false;
    }

    ContentAssistant contentAssistant() {
        ContentAssistant assistant = new ContentAssistant();
        assistant.setContentAssistProcessor(new IContentAssistProcessor() {
            @Override
            public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
                Optional<LanguageServices> language = services();
                if (language.isEmpty()) {
                    return new ICompletionProposal[0];
                }
                List<Completion> completions = language.get().complete(current(viewer.getDocument()), offset);
                return completions.stream().map(EditProposal::new).toArray(ICompletionProposal[]::new);
            }

            @Override
            public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
                return null;
            }

            @Override
            public char[] getCompletionProposalAutoActivationCharacters() {
                return null;
            }

            @Override
            public char[] getContextInformationAutoActivationCharacters() {
                return null;
            }

            @Override
            public String getErrorMessage() {
                return null;
            }

            @Override
            public IContextInformationValidator getContextInformationValidator() {
                return null;
            }
        }, IDocument.DEFAULT_CONTENT_TYPE);
        assistant.enableAutoInsert(true);
        assistant.setShowEmptyList(true);
        assistant.setEmptyMessage("Nothing to propose here.");
        return assistant;
    }

    QuickAssistAssistant quickAssistant() {
        QuickAssistAssistant assistant = new QuickAssistAssistant();
        assistant.setQuickAssistProcessor(new IQuickAssistProcessor() {
            @Override
            public String getErrorMessage() {
                return null;
            }

            @Override
            public boolean canFix(Annotation annotation) {
                return !annotation.isMarkedDeleted();
            }

            @Override
            public boolean canAssist(IQuickAssistInvocationContext context) {
                return false;
            }

            @Override
            public ICompletionProposal[] computeQuickAssistProposals(IQuickAssistInvocationContext context) {
                return fixesAt(context.getSourceViewer().getDocument(), context.getOffset()).stream().map(FixProposal::new)
                        .toArray(ICompletionProposal[]::new);
            }
        });
        return assistant;
    }

    /** The fixes of the diagnostics on the caret's line. */
    List<QuickFix> fixesAt(IDocument text, int offset) {
        Optional<LanguageServices> language = services();
        if (language.isEmpty()) {
            return List.of();
        }
        int line;
        try {
            line = text.getLineOfOffset(offset) + 1;
        } catch (BadLocationException e) {
            return List.of();
        }
        LanguageDocument doc = current(text);
        List<Diagnostic> here = diagnostics.stream().filter(d -> d.line() == line).toList();
        if (here.isEmpty() || !doc.text().equals(text.get())) {
            here = language.get().diagnostics(doc).stream().filter(d -> d.line() == line && isThisFile(d)).toList();
        }
        List<QuickFix> fixes = new ArrayList<>();
        for (Diagnostic diagnostic : here) {
            fixes.addAll(language.get().quickFixes(doc, diagnostic));
        }
        return fixes;
    }

    ITextHover hover(ITextHover annotations) {
        return new ITextHover() {
            @Override
            public String getHoverInfo(ITextViewer viewer, IRegion region) {
                String problem = annotations == null ? null : annotations.getHoverInfo(viewer, region);
                if (problem != null) {
                    return problem;
                }
                Optional<LanguageServices> language = services();
                if (language.isEmpty()) {
                    return null;
                }
                return language.get().hover(current(viewer.getDocument()), region.getOffset()).map(Hover::markdown)
                        .map(LanguageAssist::plain).orElse(null);
            }

            @Override
            public IRegion getHoverRegion(ITextViewer viewer, int offset) {
                return new Region(offset, 0);
            }
        };
    }

    /** Markdown as the plain-text hover shows it: no emphasis marks or code ticks. */
    static String plain(String markdown) {
        return markdown.replace("**", "").replace("`", "");
    }

    /** Replaces per the language's edits, as one change of the text. */
    private static void apply(IDocument text, List<TextEdit> edits) {
        List<TextEdit> backwards = new ArrayList<>(edits);
        backwards.sort((a, b) -> Integer.compare(b.offset(), a.offset()));
        org.eclipse.text.undo.IDocumentUndoManager undo = org.eclipse.text.undo.DocumentUndoManagerRegistry.getDocumentUndoManager(text);
        if (undo != null) {
            undo.beginCompoundChange();
        }
        try {
            for (TextEdit edit : backwards) {
                text.replace(edit.offset(), edit.length(), edit.replacement());
            }
        } catch (BadLocationException e) {
            throw new IllegalStateException("A proposal fell outside the text: " + e.getMessage(), e);
        } finally {
            if (undo != null) {
                undo.endCompoundChange();
            }
        }
    }

    /** A completion: its edit replaces the word being typed. */
    private static final class EditProposal implements ICompletionProposal {

        private final Completion completion;

        EditProposal(Completion completion) {
            this.completion = completion;
        }

        @Override
        public void apply(IDocument text) {
            LanguageAssist.apply(text, List.of(completion.edit()));
        }

        @Override
        public Point getSelection(IDocument text) {
            TextEdit edit = completion.edit();
            return new Point(edit.offset() + edit.replacement().length(), 0);
        }

        @Override
        public String getAdditionalProposalInfo() {
            return completion.documentation() == null ? null : plain(completion.documentation());
        }

        @Override
        public String getDisplayString() {
            return completion.detail() == null || completion.detail().isBlank() ? completion.label()
                    : completion.label() + " - " + completion.detail();
        }

        @Override
        public Image getImage() {
            return null;
        }

        @Override
        public IContextInformation getContextInformation() {
            return null;
        }
    }

    /** A quick fix: its edits, as one undo step. */
    private static final class FixProposal implements ICompletionProposal {

        private final QuickFix fix;

        FixProposal(QuickFix fix) {
            this.fix = fix;
        }

        @Override
        public void apply(IDocument text) {
            LanguageAssist.apply(text, fix.edits());
        }

        @Override
        public Point getSelection(IDocument text) {
            return null;
        }

        @Override
        public String getAdditionalProposalInfo() {
            return fix.diagnostic().message();
        }

        @Override
        public String getDisplayString() {
            return fix.title();
        }

        @Override
        public Image getImage() {
            return null;
        }

        @Override
        public IContextInformation getContextInformation() {
            return null;
        }
    }
}
