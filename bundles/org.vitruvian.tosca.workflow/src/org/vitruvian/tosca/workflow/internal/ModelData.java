package org.vitruvian.tosca.workflow.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.vitruvian.model.common.Named;

/**
 * The parts of a workflow that TOSCA has no place for (the workflow's own data ports, the
 * paths of its service files, a step's sweep or recipe), as compact YAML in TOSCA metadata,
 * which is a map of strings. Written and read through the metamodel, so a feature added to the
 * workflow model travels without a change here. References to other files are written as
 * paths relative to the workflow; references inside the workflow by name.
 */
final class ModelData {

    private ModelData() {
    }

    /** The set features of {@code object} except {@code skip}, as maps, lists and strings. */
    static Map<String, Object> toData(EObject object, URI base, Set<String> skip) {
        Map<String, Object> data = new LinkedHashMap<>();
        for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
            if (feature.isTransient() || feature.isDerived() || !object.eIsSet(feature) || skip.contains(feature.getName())) {
                continue;
            }
            Object value = object.eGet(feature, false);
            if (feature.isMany()) {
                List<Object> items = new ArrayList<>();
                for (Object item : (List<?>) value) {
                    items.add(one(feature, item, base));
                }
                data.put(feature.getName(), items);
            } else {
                data.put(feature.getName(), one(feature, value, base));
            }
        }
        return data;
    }

    private static Object one(EStructuralFeature feature, Object value, URI base) {
        if (feature instanceof EAttribute attribute) {
            return EcoreUtil.convertToString(attribute.getEAttributeType(), value);
        }
        EReference reference = (EReference) feature;
        EObject target = (EObject) value;
        if (reference.isContainment()) {
            return toData(target, base, Set.of());
        }
        if (target.eIsProxy()) {
            return "file:" + ((InternalEObject) target).eProxyURI().trimFragment().deresolve(base).toString();
        }
        if (target.eResource() != null && base != null && !target.eResource().getURI().equals(base)) {
            return "file:" + target.eResource().getURI().deresolve(base).toString();
        }
        return "name:" + (target instanceof Named named ? named.getName() : EcoreUtil.getID(target));
    }

    /** A reference by name, resolved once the whole workflow exists. */
    record PendingName(EObject owner, EReference reference, String name) {
    }

    /** Sets the features of {@code object} from {@link #toData} output. */
    @SuppressWarnings("unchecked")
    static void fromData(EObject object, Map<String, Object> data, URI base, List<PendingName> pending) {
        EClass eClass = object.eClass();
        for (Map.Entry<String, Object> entry : data.entrySet()) {
            EStructuralFeature feature = eClass.getEStructuralFeature(entry.getKey());
            if (feature == null) {
                continue;
            }
            List<Object> values = feature.isMany() ? (List<Object>) entry.getValue() : java.util.Collections.singletonList(entry.getValue());
            List<Object> converted = new ArrayList<>();
            for (Object value : values) {
                Object one = fromOne(object, feature, value, base, pending);
                if (one != null) {
                    converted.add(one);
                }
            }
            if (feature.isMany()) {
                ((List<Object>) object.eGet(feature)).addAll(converted);
            } else if (!converted.isEmpty()) {
                object.eSet(feature, converted.get(0));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Object fromOne(EObject owner, EStructuralFeature feature, Object value, URI base, List<PendingName> pending) {
        if (feature instanceof EAttribute attribute) {
            return EcoreUtil.createFromString(attribute.getEAttributeType(), String.valueOf(value));
        }
        EReference reference = (EReference) feature;
        if (reference.isContainment()) {
            EObject child = EcoreUtil.create(reference.getEReferenceType());
            fromData(child, (Map<String, Object>) value, base, pending);
            return child;
        }
        String text = String.valueOf(value);
        if (text.startsWith("file:")) {
            InternalEObject proxy = (InternalEObject) EcoreUtil.create(reference.getEReferenceType());
            proxy.eSetProxyURI(URI.createURI(text.substring(5)).resolve(base).appendFragment("/"));
            return proxy;
        }
        pending.add(new PendingName(owner, reference, text.substring(text.indexOf(':') + 1)));
        return null;
    }

    static String flow(Object data) {
        DumpSettings settings = DumpSettings.builder().setDefaultFlowStyle(FlowStyle.FLOW).setWidth(Integer.MAX_VALUE).build();
        return new Dump(settings).dumpToString(data).strip();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> parse(String text) {
        Object data = new Load(LoadSettings.builder().setLabel("metadata").build()).loadFromString(text);
        return data instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }
}
