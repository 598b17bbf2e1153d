package org.vitruvian.ui.editors.internal.editor;

import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.TextSelection;
import org.eclipse.jface.viewers.IStructuredSelection;

/**
 * The model editor's selection as the workbench sees it: the Source page's text selection (so
 * text commands keep working) that is also a structured selection of the model object at the
 * caret, for the Properties view and other views that show objects.
 */
final class ModelSelection extends TextSelection implements IStructuredSelection {

    private final Supplier<EObject> find;
    private List<EObject> objects;

    /** {@code find} is asked once, when a view first wants the object: reading the model costs more than a caret move. */
    ModelSelection(IDocument document, int offset, int length, Supplier<EObject> find) {
        super(document, offset, length);
        this.find = find;
    }

    private List<EObject> objects() {
        if (objects == null) {
            EObject object = find.get();
            objects = object == null ? List.of() : List.of(object);
        }
        return objects;
    }

    @Override
    public Object getFirstElement() {
        return objects().isEmpty() ? null : objects().get(0);
    }

    @Override
    public Iterator<Object> iterator() {
        return List.<Object>copyOf(objects()).iterator();
    }

    @Override
    public int size() {
        return objects().size();
    }

    @Override
    public Object[] toArray() {
        return objects().toArray();
    }

    @Override
    public List<Object> toList() {
        return List.copyOf(objects());
    }
}
