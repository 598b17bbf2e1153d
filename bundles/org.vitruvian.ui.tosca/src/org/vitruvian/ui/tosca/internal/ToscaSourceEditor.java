package org.vitruvian.ui.tosca.internal;

import java.util.ListResourceBundle;
import java.util.ResourceBundle;

import org.eclipse.jface.action.IAction;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.ui.editors.text.TextEditor;
import org.eclipse.ui.texteditor.ContentAssistAction;
import org.eclipse.ui.texteditor.ITextEditorActionDefinitionIds;

/**
 * The Source page: the template's YAML on jface.text with the model editors' colouring, the
 * checker's findings as annotations (hover and ruler show their messages) and completion of
 * node type names.
 */
public final class ToscaSourceEditor extends TextEditor {

    ToscaSourceEditor(ToscaEditor editor) {
        setSourceViewerConfiguration(new ToscaConfiguration(getPreferenceStore(), editor));
    }

    @Override
    protected void createActions() {
        super.createActions();
        ResourceBundle labels = new ListResourceBundle() {
            @Override
            protected Object[][] getContents() {
                return new Object[][] { { "ContentAssistProposal.label", "Content Assist" } };
            }
        };
        IAction proposals = new ContentAssistAction(labels, "ContentAssistProposal.", this);
        proposals.setActionDefinitionId(ITextEditorActionDefinitionIds.CONTENT_ASSIST_PROPOSALS);
        setAction("ContentAssistProposal", proposals);
    }

    public IDocument document() {
        return getDocumentProvider() == null ? null : getDocumentProvider().getDocument(getEditorInput());
    }

    /** The annotations of the text: the file's problem markers and the live findings of the checker. */
    public IAnnotationModel annotationModel() {
        return getDocumentProvider() == null ? null : getDocumentProvider().getAnnotationModel(getEditorInput());
    }

    public ISourceViewer viewer() {
        return getSourceViewer();
    }
}
