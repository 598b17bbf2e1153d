package org.vitruvian.ui.editors.internal.editor;

import java.util.Iterator;
import java.util.List;

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

    private final List<EObject> objects;

    ModelSelection(IDocument document, int offset, int length, EObject object) {
        super(document, offset, length);
        this.objects = object == null ? List.of() : List.of(object);
    }

    @Override
    public Object getFirstElement() {
        return objects.isEmpty() ? null : objects.get(0);
    }

    @Override
    public Iterator<Object> iterator() {
        return List.<Object>copyOf(objects).iterator();
    }

    @Override
    public int size() {
        return objects.size();
    }

    @Override
    public Object[] toArray() {
        return objects.toArray();
    }

    @Override
    public List<Object> toList() {
        return List.copyOf(objects);
    }
}
