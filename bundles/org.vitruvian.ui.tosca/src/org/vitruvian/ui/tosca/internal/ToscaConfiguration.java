package org.vitruvian.ui.tosca.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ContentAssistant;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContentAssistant;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.eclipse.jface.text.presentation.IPresentationReconciler;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.reconciler.IReconciler;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.ui.editors.text.TextSourceViewerConfiguration;
import org.vitruvian.ui.editors.text.YamlScanner;

/**
 * The Source page's viewer: YAML colouring, two-space indentation, a hover that shows the
 * checker's findings under the mouse, and completion of node type names after {@code type:}.
 * No reconciler: the editor checks the whole template itself, off the UI thread, when typing stops.
 */
final class ToscaConfiguration extends TextSourceViewerConfiguration {

    private final ToscaEditor editor;

    ToscaConfiguration(IPreferenceStore preferences, ToscaEditor editor) {
        super(preferences);
        this.editor = editor;
    }

    @Override
    public IReconciler getReconciler(ISourceViewer sourceViewer) {
        // The default reconciler runs spelling on the YAML, which marks every type name; the checker says what is wrong.
        return null;
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
    public ITextHover getTextHover(ISourceViewer sourceViewer, String contentType) {
        ITextHover platform = super.getTextHover(sourceViewer, contentType);
        return new ITextHover() {
            @Override
            public String getHoverInfo(ITextViewer viewer, IRegion region) {
                String findings = editor.findingsAt(region.getOffset());
                return findings != null ? findings : platform.getHoverInfo(viewer, region);
            }

            @Override
            public IRegion getHoverRegion(ITextViewer viewer, int offset) {
                return new Region(offset, 0);
            }
        };
    }

    @Override
    public IContentAssistant getContentAssistant(ISourceViewer sourceViewer) {
        ContentAssistant assistant = new ContentAssistant();
        assistant.setContentAssistProcessor(new NodeTypes(), IDocument.DEFAULT_CONTENT_TYPE);
        assistant.enableAutoInsert(true);
        return assistant;
    }

    @Override
    public String[] getIndentPrefixes(ISourceViewer sourceViewer, String contentType) {
        // YAML forbids tabs for indentation.
        return new String[] { "  ", "" };
    }

    @Override
    public int getTabWidth(ISourceViewer sourceViewer) {
        return 2;
    }

    /** After {@code type:} on a line, the node types the last check knew, filtered by what is typed. */
    private final class NodeTypes implements IContentAssistProcessor {

        @Override
        public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
            IDocument document = viewer.getDocument();
            try {
                IRegion line = document.getLineInformationOfOffset(offset);
                String before = document.get(line.getOffset(), offset - line.getOffset());
                int colon = before.indexOf("type:");
                if (colon < 0 || !before.substring(0, colon).isBlank()) {
                    return new ICompletionProposal[0];
                }
                String typed = before.substring(colon + "type:".length()).stripLeading();
                int start = offset - typed.length();
                List<ICompletionProposal> proposals = new ArrayList<>();
                for (String type : editor.nodeTypeNames()) {
                    if (type.toLowerCase(Locale.ROOT).startsWith(typed.toLowerCase(Locale.ROOT))
                            || type.toLowerCase(Locale.ROOT).contains("." + typed.toLowerCase(Locale.ROOT))) {
                        proposals.add(new CompletionProposal(type, start, typed.length(), type.length()));
                    }
                }
                return proposals.toArray(ICompletionProposal[]::new);
            } catch (BadLocationException e) {
                return new ICompletionProposal[0];
            }
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
    }
}
