package org.vitruvian.model.yaml.internal;

import java.util.IdentityHashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.vitruvian.model.yaml.SourcePosition;

/** Where each object and each of its values came from in the file, for diagnostics. */
public final class SourcePositions {

    private final Map<EObject, SourcePosition> objects = new IdentityHashMap<>();
    private final Map<EObject, Map<EStructuralFeature, SourcePosition>> features = new IdentityHashMap<>();
    private final Map<EObject, Map<Object, SourcePosition>> referenceValues = new IdentityHashMap<>();

    void put(EObject object, SourcePosition position) {
        objects.put(object, position);
    }

    void put(EObject object, EStructuralFeature feature, SourcePosition position) {
        features.computeIfAbsent(object, o -> new IdentityHashMap<>()).put(feature, position);
    }

    /** Position of one referenced object among the values of a reference (a list of file paths, say). */
    void putValue(EObject object, EStructuralFeature feature, Object value, SourcePosition position) {
        referenceValues.computeIfAbsent(object, o -> new IdentityHashMap<>()).put(value, position);
    }

    public SourcePosition of(EObject object) {
        return objects.getOrDefault(object, SourcePosition.UNKNOWN);
    }

    /** The value's position when known, else the object's. */
    public SourcePosition of(EObject object, EStructuralFeature feature) {
        Map<EStructuralFeature, SourcePosition> known = features.get(object);
        SourcePosition position = known == null ? null : known.get(feature);
        return position != null ? position : of(object);
    }

    /** Whether a value was read for the feature (the file states it, and not as null). */
    public boolean isStated(EObject object, EStructuralFeature feature) {
        Map<EStructuralFeature, SourcePosition> known = features.get(object);
        return known != null && known.containsKey(feature);
    }

    public SourcePosition ofValue(EObject object, EStructuralFeature feature, Object value) {
        Map<Object, SourcePosition> known = referenceValues.get(object);
        SourcePosition position = known == null ? null : known.get(value);
        return position != null ? position : of(object, feature);
    }

    public void clear() {
        objects.clear();
        features.clear();
        referenceValues.clear();
    }
}
