package org.vitruvian.ui.editors.internal.editor;

import org.eclipse.jface.action.IAction;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.MultiPageEditorActionBarContributor;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.texteditor.ITextEditorActionConstants;

/**
 * Edit menu and keys of the model editor. Undo and Redo always act on the Source page's
 * document, whichever page is showing, so a form edit is undone with Ctrl+Z on the Design page
 * just as typing is on the Source page: one history for the editor.
 */
public final class ModelEditorContributor extends MultiPageEditorActionBarContributor {

    private static final String[] TEXT_ACTIONS = { ActionFactory.CUT.getId(), ActionFactory.COPY.getId(),
            ActionFactory.PASTE.getId(), ActionFactory.SELECT_ALL.getId(), ActionFactory.DELETE.getId(),
            ActionFactory.FIND.getId(), ITextEditorActionConstants.GOTO_LINE };

    private IEditorPart editor;

    @Override
    public void setActiveEditor(IEditorPart part) {
        editor = part;
        super.setActiveEditor(part);
    }

    @Override
    public void setActivePage(IEditorPart page) {
        IActionBars bars = getActionBars();
        if (bars == null) {
            return;
        }
        ITextEditor source = editor instanceof ModelEditor model ? model.sourceEditor() : null;
        bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), action(source, ITextEditorActionConstants.UNDO));
        bars.setGlobalActionHandler(ActionFactory.REDO.getId(), action(source, ITextEditorActionConstants.REDO));
        ITextEditor text = page instanceof ITextEditor t ? t : null;
        for (String id : TEXT_ACTIONS) {
            bars.setGlobalActionHandler(id, action(text, id));
        }
        bars.updateActionBars();
    }

    private static IAction action(ITextEditor editor, String id) {
        return editor == null ? null : editor.getAction(id);
    }
}
