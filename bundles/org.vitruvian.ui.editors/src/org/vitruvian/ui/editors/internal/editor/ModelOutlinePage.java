package org.vitruvian.ui.editors.internal.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreePath;
import org.eclipse.jface.viewers.TreeSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.vitruvian.language.Symbol;

/**
 * The Outline view of a model editor: the language services' outline of the current text (the
 * same {@code documentSymbol} answer {@code vitruvian lsp} gives), refreshed as the text is
 * reconciled. Choosing an entry selects it on the Source page (and in the diagram, for a step);
 * moving the caret, or selecting in the diagram or a Design table, selects the innermost entry
 * there. The selection it offers the workbench (the Properties view) is the model object the
 * entry stands for.
 */
final class ModelOutlinePage extends ContentOutlinePage {

    private final ModelEditor editor;
    private List<Symbol> symbols = List.of();
    /** Set while the outline follows the editor, so that following does not move the editor again. */
    private boolean following;

    ModelOutlinePage(ModelEditor editor) {
        this.editor = editor;
    }

    @Override
    public void createControl(Composite parent) {
        super.createControl(parent);
        TreeViewer viewer = getTreeViewer();
        viewer.getTree().setData(DesignPage.PATH_KEY, "outline");
        viewer.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return ((List<?>) input).toArray();
            }

            @Override
            public Object[] getChildren(Object parent) {
                return ((Symbol) parent).children().toArray();
            }

            @Override
            public Object getParent(Object element) {
                return null;
            }

            @Override
            public boolean hasChildren(Object element) {
                return !((Symbol) element).children().isEmpty();
            }
        });
        viewer.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                Symbol symbol = (Symbol) element;
                return symbol.detail() == null || symbol.detail().isBlank() ? symbol.name() : symbol.name() + " : " + symbol.detail();
            }
        });
        viewer.setAutoExpandLevel(2);
        viewer.setInput(symbols);
    }

    /** The outline of the text as last reconciled. */
    void setSymbols(List<Symbol> symbols) {
        this.symbols = List.copyOf(symbols);
        TreeViewer viewer = getTreeViewer();
        if (viewer != null && !viewer.getControl().isDisposed()) {
            Object[] expanded = viewer.getExpandedElements();
            following = true;
            try {
                viewer.setInput(this.symbols);
                // Symbols are records: equal entries of the new outline stay expanded.
                viewer.setExpandedElements(expanded);
            } finally {
                following = false;
            }
            follow(editor.caretOffset());
        }
    }

    List<Symbol> symbols() {
        return symbols;
    }

    /** Selects the innermost entry at {@code offset} of the text, without moving the editor. */
    void follow(int offset) {
        TreeViewer viewer = getTreeViewer();
        if (viewer == null || viewer.getControl().isDisposed() || offset < 0) {
            return;
        }
        List<Object> path = new ArrayList<>();
        List<Symbol> level = symbols;
        while (true) {
            Symbol inside = null;
            for (Symbol symbol : level) {
                if (symbol.range().contains(offset)) {
                    inside = symbol;
                }
            }
            if (inside == null) {
                break;
            }
            path.add(inside);
            level = inside.children();
        }
        ISelection selection = path.isEmpty() ? StructuredSelection.EMPTY : new TreeSelection(new TreePath(path.toArray()));
        following = true;
        try {
            viewer.setSelection(selection, true);
        } finally {
            following = false;
        }
    }

    /** The entry chosen: the editor shows it; the workbench sees the model object. */
    @Override
    public void selectionChanged(SelectionChangedEvent event) {
        if (!following && event.getSelection() instanceof IStructuredSelection chosen && chosen.getFirstElement() instanceof Symbol symbol) {
            editor.revealOutline(symbol);
        }
        super.selectionChanged(new SelectionChangedEvent(this, objects(event.getSelection())));
    }

    @Override
    public ISelection getSelection() {
        return objects(super.getSelection());
    }

    /** Entries as the model objects written where they are (an entry with none stays itself). */
    private ISelection objects(ISelection selection) {
        if (!(selection instanceof IStructuredSelection structured) || structured.isEmpty()) {
            return selection;
        }
        List<Object> objects = new ArrayList<>();
        for (Object element : structured.toList()) {
            Object object = element instanceof Symbol symbol ? editor.objectAt(symbol.selection().offset()) : null;
            objects.add(object != null ? object : element);
        }
        return new StructuredSelection(objects);
    }
}
