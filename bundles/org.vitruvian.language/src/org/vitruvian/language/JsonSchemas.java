package org.vitruvian.language;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.vitruvian.language.internal.MetamodelDocs;
import org.vitruvian.model.yaml.ModelKinds;
import org.vitruvian.model.yaml.ModelTree;

/**
 * A JSON Schema (draft-07, which yaml-language-server and most editors read) of a model kind,
 * made from its metamodel: the keys of each class with their documentation, types, enum values
 * and required keys. It describes the structure the YAML reader accepts; the semantic checks
 * (links, trust, versions) are only in Vitruvian's own diagnostics.
 */
public final class JsonSchemas {

    private JsonSchemas() {
    }

    /** The kind's EClass, by its kind name in any letter case ({@code workflow}, {@code Workflow}). */
    public static Optional<EClass> kind(String name) {
        return ModelKinds.all().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue).findFirst();
    }

    /** The schema as maps and lists, ready for a JSON writer. */
    public static Map<String, Object> of(EClass kind) {
        Map<String, Map<String, Object>> definitions = new LinkedHashMap<>();
        Map<String, Object> root = object(kind, definitions, true);
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("$schema", "http://json-schema.org/draft-07/schema#");
        schema.put("$id", "https://vitruvian.org/schema/" + ModelKinds.kindOf(kind).orElse(kind.getName()) + ".json");
        schema.put("title", "Vitruvian " + ModelKinds.kindOf(kind).orElse(kind.getName()));
        schema.putAll(root);
        schema.put("definitions", definitions);
        return schema;
    }

    private static Map<String, Object> object(EClass eClass, Map<String, Map<String, Object>> definitions, boolean isRoot) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("type", "object");
        String doc = MetamodelDocs.of(eClass);
        if (doc != null) {
            object.put("description", doc);
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        if (isRoot) {
            properties.put("apiVersion", Map.of("const", ModelKinds.API_VERSION, "description", "The format's version."));
            properties.put("kind", Map.of("const", ModelKinds.kindOf(eClass).orElse(eClass.getName()), "description", "The model kind."));
            required.add("apiVersion");
            required.add("kind");
        }
        for (EStructuralFeature feature : eClass.getEAllStructuralFeatures()) {
            if (!ModelTree.isVisible(feature)) {
                continue;
            }
            Map<String, Object> property = feature.isMany() && !isMap(feature) ? array(item(feature, definitions)) : item(feature, definitions);
            String featureDoc = MetamodelDocs.of(feature);
            if (featureDoc != null) {
                property.put("description", featureDoc);
            }
            properties.put(feature.getName(), property);
            if (feature.getLowerBound() > 0 && !feature.isMany()) {
                required.add(feature.getName());
            }
        }
        object.put("properties", properties);
        if (!required.isEmpty()) {
            object.put("required", required);
        }
        object.put("additionalProperties", false);
        return object;
    }

    private static boolean isMap(EStructuralFeature feature) {
        return feature instanceof EReference ref && ref.isContainment() && ModelTree.isMapEntry(ref.getEReferenceType());
    }

    private static Map<String, Object> array(Map<String, Object> items) {
        Map<String, Object> array = new LinkedHashMap<>();
        array.put("type", "array");
        array.put("items", items);
        return array;
    }

    private static Map<String, Object> item(EStructuralFeature feature, Map<String, Map<String, Object>> definitions) {
        Map<String, Object> type = new LinkedHashMap<>();
        if (feature instanceof EReference ref) {
            EClass target = ref.getEReferenceType();
            if (ref.isContainment() && ModelTree.isMapEntry(target)) {
                type.put("type", "object");
                type.put("additionalProperties", Map.of("type", List.of("string", "number", "boolean")));
            } else if (ref.isContainment()) {
                if (!definitions.containsKey(target.getName())) {
                    definitions.put(target.getName(), Map.of()); // placeholder against recursion
                    definitions.put(target.getName(), object(target, definitions, false));
                }
                type.put("$ref", "#/definitions/" + target.getName());
            } else {
                type.put("type", "string"); // a file path or the name of an object in the file
            }
            return type;
        }
        EDataType data = ((EAttribute) feature).getEAttributeType();
        Class<?> c = data.getInstanceClass();
        if (data instanceof EEnum eEnum) {
            type.put("enum", eEnum.getELiterals().stream().map(EEnumLiteral::getLiteral).toList());
        } else if (c == int.class || c == Integer.class || c == long.class || c == Long.class) {
            type.put("type", "integer");
        } else if (c == double.class || c == Double.class) {
            type.put("type", "number");
        } else if (c == boolean.class || c == Boolean.class) {
            type.put("type", "boolean");
        } else if (c == String.class) {
            // The reader takes any scalar as text: "value: 1.0" is the string "1.0".
            type.put("type", List.of("string", "number", "boolean"));
        } else {
            type.put("type", "string");
            String unit = MetamodelDocs.of(data);
            if (unit != null) {
                type.put("$comment", data.getName() + ": " + unit);
            }
        }
        return type;
    }
}
