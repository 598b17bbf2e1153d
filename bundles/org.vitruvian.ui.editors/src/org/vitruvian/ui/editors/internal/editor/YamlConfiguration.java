package org.vitruvian.ui.editors.internal.editor;

import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.contentassist.IContentAssistant;
import org.eclipse.jface.text.quickassist.IQuickAssistAssistant;
import org.eclipse.jface.text.reconciler.IReconciler;
import org.eclipse.jface.text.presentation.IPresentationReconciler;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.ui.editors.text.TextSourceViewerConfiguration;
import org.vitruvian.ui.editors.text.YamlScanner;

/**
 * The Source page's viewer: YAML colouring, two-space indentation as the model files use, and
 * the platform's hovers for problem annotations, and the language services' help
 * ({@link LanguageAssist}): live diagnostics, folding, content assist, hover and quick fixes.
 */
class YamlConfiguration extends TextSourceViewerConfiguration {

    private final LanguageAssist assist;

    YamlConfiguration(IPreferenceStore preferences, LanguageAssist assist) {
        super(preferences);
        this.assist = assist;
    }

    @Override
    public IReconciler getReconciler(ISourceViewer sourceViewer) {
        return assist == null ? super.getReconciler(sourceViewer) : assist.reconciler();
    }

    @Override
    public IContentAssistant getContentAssistant(ISourceViewer sourceViewer) {
        return assist == null ? null : assist.contentAssistant();
    }

    @Override
    public IQuickAssistAssistant getQuickAssistAssistant(ISourceViewer sourceViewer) {
        return assist == null ? super.getQuickAssistAssistant(sourceViewer) : assist.quickAssistant();
    }

    @Override
    public ITextHover getTextHover(ISourceViewer sourceViewer, String contentType) {
        ITextHover problems = super.getTextHover(sourceViewer, contentType);
        return assist == null ? problems : assist.hover(problems);
    }

    @Override
    public IPresentationReconciler getPresentationReconciler(ISourceViewer sourceViewer) {
        PresentationReconciler reconciler = new PresentationReconciler();
        DefaultDamagerRepairer colouring = new DefaultDamagerRepairer(new YamlScanner());
        reconciler.setDamager(colouring, IDocument.DEFAULT_CONTENT_TYPE);
        reconciler.setRepairer(colouring, IDocument.DEFAULT_CONTENT_TYPE);
        return reconciler;
    }

    @Override
    public String[] getIndentPrefixes(ISourceViewer sourceViewer, String contentType) {
        // YAML forbids tabs for indentation: shifting a block indents it by two spaces.
        return new String[] { "  ", "" };
    }

    @Override
    public int getTabWidth(ISourceViewer sourceViewer) {
        return 2;
    }
}
