package org.vitruvian.planning.internal;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

/**
 * A model object's content as a string, for telling equal resource requests apart from
 * different ones: two steps that each write {@code resources: {cores: 2}} fit the same sites.
 * An object that refers to another (not contained) object is its own key: equal content would
 * not make the objects it refers to equal.
 */
final class ContentKey {

    private ContentKey() {
    }

    static Object of(EObject object) {
        if (object == null) {
            return "-";
        }
        StringBuilder key = new StringBuilder();
        return append(object, key) ? key.toString() : object;
    }

    /** False when the object refers to one it does not contain. */
    private static boolean append(EObject object, StringBuilder key) {
        key.append(object.eClass().getName()).append('{');
        for (EAttribute attribute : object.eClass().getEAllAttributes()) {
            if (object.eIsSet(attribute)) {
                key.append(attribute.getName()).append('=').append(object.eGet(attribute)).append(';');
            }
        }
        for (EReference reference : object.eClass().getEAllReferences()) {
            if (!object.eIsSet(reference)) {
                continue;
            }
            key.append(reference.getName()).append('=');
            Object value = object.eGet(reference, false);
            if (!reference.isContainment()) {
                return false;
            }
            for (Object child : reference.isMany() ? (Iterable<?>) value : java.util.List.of(value)) {
                if (!append((EObject) child, key)) {
                    return false;
                }
            }
            key.append(';');
        }
        key.append('}');
        return true;
    }
}
