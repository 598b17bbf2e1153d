package org.vitruvian.model.yaml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * A model as plain values: maps in metamodel feature order, lists, and String / Number /
 * Boolean scalars, with the same names and text forms as the YAML files. The YAML writer styles
 * this tree; {@code --json} output prints it as it is, so both always say the same.
 */
public final class ModelTree {

    private ModelTree() {
    }

    /** The document form of a root model: {@code apiVersion}, {@code kind}, then its features. */
    public static Map<String, Object> document(EObject root, URI base) {
        String kind = ModelKinds.kindOf(root.eClass()).orElseThrow(() -> new IllegalArgumentException(
                root.eClass().getName() + " is not a document kind (no " + ModelKinds.ANNOTATION + " annotation)"));
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("apiVersion", ModelKinds.API_VERSION);
        document.put("kind", kind);
        document.putAll(object(root, base));
        return document;
    }

    /** Every stated feature of {@code object}; file references are written relative to {@code base}. */
    public static Map<String, Object> object(EObject object, URI base) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
            // Required values are written even when equal to their default (an enum's first literal).
            boolean stated = object.eIsSet(feature) || feature.isRequired() && !feature.isMany() && object.eGet(feature, false) != null;
            if (isVisible(feature) && stated) {
                values.put(feature.getName(), value(object, feature, base));
            }
        }
        return values;
    }

    /** Features a model file can state: not derived, transient or pointing to the container. */
    public static boolean isVisible(EStructuralFeature feature) {
        return !feature.isDerived() && !feature.isTransient() && feature.isChangeable()
                && !(feature instanceof EReference reference && reference.isContainer());
    }

    public static boolean isMapEntry(EClass eClass) {
        return eClass.getInstanceClass() == Map.Entry.class || "java.util.Map$Entry".equals(eClass.getInstanceClassName());
    }

    private static Object value(EObject object, EStructuralFeature feature, URI base) {
        Object value = object.eGet(feature, false);
        if (feature instanceof EAttribute attribute) {
            if (!attribute.isMany()) {
                return scalar(attribute.getEAttributeType(), value);
            }
            List<Object> items = new ArrayList<>();
            for (Object item : (List<?>) value) {
                items.add(scalar(attribute.getEAttributeType(), item));
            }
            return items;
        }
        EReference reference = (EReference) feature;
        EClass type = reference.getEReferenceType();
        if (reference.isContainment() && isMapEntry(type)) {
            Map<String, Object> entries = new LinkedHashMap<>();
            for (Object entry : (List<?>) value) {
                EObject e = (EObject) entry;
                entries.put(String.valueOf(e.eGet(type.getEStructuralFeature("key"))),
                        String.valueOf(e.eGet(type.getEStructuralFeature("value"))));
            }
            return entries;
        }
        if (reference.isContainment()) {
            if (!reference.isMany()) {
                return object((EObject) value, base);
            }
            List<Object> items = new ArrayList<>();
            for (Object child : (List<?>) value) {
                items.add(object((EObject) child, base));
            }
            return items;
        }
        if (!reference.isMany()) {
            return reference(type, (EObject) value, base);
        }
        List<Object> items = new ArrayList<>();
        for (Object target : (List<?>) value) {
            items.add(reference(type, (EObject) target, base));
        }
        return items;
    }

    /** Objects in the same file by name; other files by their path relative to {@code base}. */
    private static String reference(EClass type, EObject target, URI base) {
        if (ModelKinds.kindOf(type).isPresent()) {
            URI uri = target.eIsProxy() ? ((InternalEObject) target).eProxyURI() : EcoreUtil.getURI(target);
            URI file = uri.trimFragment();
            if (base != null && !base.isRelative() && !file.isRelative()) {
                file = file.deresolve(base, true, true, false);
            }
            return file.toString();
        }
        return EcoreUtil.getID(target);
    }

    private static Object scalar(EDataType type, Object value) {
        if (type instanceof EEnum) {
            return value.toString();
        }
        Class<?> c = type.getInstanceClass();
        boolean ecoreType = "http://www.eclipse.org/emf/2002/Ecore".equals(type.getEPackage().getNsURI());
        if (c == int.class || c == Integer.class || (c == long.class || c == Long.class) && ecoreType) {
            return ((Number) value).longValue();
        }
        if (c == double.class || c == Double.class) {
            double number = ((Number) value).doubleValue();
            return number == Math.rint(number) && Math.abs(number) < 1e15 ? (Object) (long) number : (Object) number;
        }
        if (c == boolean.class || c == Boolean.class) {
            return value;
        }
        if (c == String.class) {
            return value;
        }
        return EcoreUtil.convertToString(type, value);
    }
}
