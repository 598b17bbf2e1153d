package org.vitruvian.tosca.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.vitruvian.tosca.model.Definitions.CapabilityDefinition;
import org.vitruvian.tosca.model.Definitions.InterfaceDefinition;
import org.vitruvian.tosca.model.Definitions.OperationDefinition;
import org.vitruvian.tosca.model.Definitions.PropertyDefinition;
import org.vitruvian.tosca.model.Definitions.RequirementDefinition;
import org.vitruvian.tosca.model.ServiceTemplate;
import org.vitruvian.tosca.model.TypeDefinition;
import org.vitruvian.tosca.model.TypeKind;

/**
 * Every type a template can use: the normative ones, the imported ones and its own, with
 * lookups that follow derived_from. Lookups stop at a cycle (the checker reports it once) so
 * that nothing here loops, whatever the input.
 */
public final class TypeRegistry {

    /** The primitive and special types of TOSCA 1.3 section 3.3 that are not defined in YAML. */
    public static final Set<String> PRIMITIVES = Set.of("string", "integer", "float", "boolean", "timestamp", "null", "version",
            "range", "list", "map", "scalar-unit.size", "scalar-unit.time", "scalar-unit.frequency", "scalar-unit.bitrate");

    private static final Map<TypeKind, String> PREFIXES = Map.of(TypeKind.NODE, "tosca.nodes.", TypeKind.RELATIONSHIP,
            "tosca.relationships.", TypeKind.CAPABILITY, "tosca.capabilities.", TypeKind.DATA, "tosca.datatypes.", TypeKind.ARTIFACT,
            "tosca.artifacts.", TypeKind.INTERFACE, "tosca.interfaces.", TypeKind.GROUP, "tosca.groups.", TypeKind.POLICY,
            "tosca.policies.");

    private final Map<TypeKind, Map<String, TypeDefinition>> types = new EnumMap<>(TypeKind.class);
    /**
     * Merged lookups by kind and type name: every node template of a type asks the same questions,
     * so a topology of n templates merges each type's chain once instead of n times.
     */
    private final Map<String, Object> merged = new java.util.HashMap<>();

    public TypeRegistry() {
        for (TypeKind kind : TypeKind.values()) {
            types.put(kind, new LinkedHashMap<>());
        }
    }

    public void addAll(ServiceTemplate template) {
        merged.clear();
        for (TypeKind kind : TypeKind.values()) {
            types.get(kind).putAll(template.types(kind));
        }
    }

    /**
     * The types of an import with a namespace prefix (TOSCA 1.3 section 3.6.8), also by the qualified
     * names PREFIX:NAME and PREFIX.NAME (the form tosca-parser reads); NAME is the type's name as
     * written, or its last segment for a dotted name.
     */
    public void addPrefixed(ServiceTemplate template, String prefix) {
        merged.clear();
        for (TypeKind kind : TypeKind.values()) {
            for (TypeDefinition type : template.types(kind).values()) {
                String local = type.name().substring(type.name().lastIndexOf('.') + 1);
                types.get(kind).putIfAbsent(prefix + ":" + type.name(), type);
                types.get(kind).putIfAbsent(prefix + "." + local, type);
            }
        }
    }

    public Set<String> names(TypeKind kind) {
        return types.get(kind).keySet();
    }

    /** The type of that name, also by the short names of normative types ({@code Compute}, {@code tosca:Compute}). */
    public TypeDefinition find(TypeKind kind, String name) {
        if (name == null) {
            return null;
        }
        Map<String, TypeDefinition> ofKind = types.get(kind);
        TypeDefinition type = ofKind.get(name);
        if (type == null) {
            String shortName = name.startsWith("tosca:") ? name.substring(6) : name;
            type = ofKind.get(PREFIXES.get(kind) + shortName);
            if (type == null && !shortName.contains(".")) {
                // The last segment alone (PortDef for tosca.datatypes.network.PortDef), when only one normative type has it.
                TypeDefinition only = null;
                for (TypeDefinition candidate : ofKind.values()) {
                    if (candidate.name().startsWith("tosca.") && candidate.name().endsWith("." + shortName)) {
                        if (only != null) {
                            return null;
                        }
                        only = candidate;
                    }
                }
                type = only;
            }
        }
        return type;
    }

    /** The type and its ancestors, nearest first, stopping before a repeat or an unknown parent. */
    public List<TypeDefinition> chain(TypeKind kind, String name) {
        return cached("chain:" + kind + ":" + name, () -> {
            List<TypeDefinition> chain = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            TypeDefinition type = find(kind, name);
            while (type != null && seen.add(type.name())) {
                chain.add(type);
                type = find(kind, type.derivedFrom());
            }
            return chain;
        });
    }

    public boolean derivesFrom(TypeKind kind, String name, String ancestor) {
        TypeDefinition target = find(kind, ancestor);
        if (target == null) {
            return false;
        }
        for (TypeDefinition type : chain(kind, name)) {
            if (type.name().equals(target.name())) {
                return true;
            }
        }
        return false;
    }

    /** The primitive a data type derives from (itself when primitive), or null for a complex data type. */
    public String primitiveOf(String dataType) {
        if (PRIMITIVES.contains(dataType)) {
            return dataType;
        }
        for (TypeDefinition type : chain(TypeKind.DATA, dataType)) {
            if (type.derivedFrom() != null && PRIMITIVES.contains(type.derivedFrom())) {
                return type.derivedFrom();
            }
        }
        return null;
    }

    public boolean isDataType(String name) {
        return PRIMITIVES.contains(name) || find(TypeKind.DATA, name) != null;
    }

    /** Properties along the chain, the nearest definition of a name winning (a refinement). */
    public Map<String, PropertyDefinition> properties(TypeKind kind, String name) {
        return cached("properties:" + kind + ":" + name, () -> {
            Map<String, PropertyDefinition> merged = new LinkedHashMap<>();
            List<TypeDefinition> chain = chain(kind, name);
            for (int i = chain.size() - 1; i >= 0; i--) {
                merged.putAll(chain.get(i).properties());
            }
            return merged;
        });
    }

    public Map<String, PropertyDefinition> attributes(TypeKind kind, String name) {
        return cached("attributes:" + kind + ":" + name, () -> {
            Map<String, PropertyDefinition> merged = new LinkedHashMap<>();
            List<TypeDefinition> chain = chain(kind, name);
            for (int i = chain.size() - 1; i >= 0; i--) {
                merged.putAll(chain.get(i).attributes());
            }
            return merged;
        });
    }

    public Map<String, CapabilityDefinition> capabilities(String nodeType) {
        return cached("capabilities:" + nodeType, () -> {
            Map<String, CapabilityDefinition> merged = new LinkedHashMap<>();
            List<TypeDefinition> chain = chain(TypeKind.NODE, nodeType);
            for (int i = chain.size() - 1; i >= 0; i--) {
                merged.putAll(chain.get(i).capabilities());
            }
            return merged;
        });
    }

    public Map<String, RequirementDefinition> requirements(String nodeType) {
        return cached("requirements:" + nodeType, () -> {
            Map<String, RequirementDefinition> merged = new LinkedHashMap<>();
            List<TypeDefinition> chain = chain(TypeKind.NODE, nodeType);
            for (int i = chain.size() - 1; i >= 0; i--) {
                for (RequirementDefinition requirement : chain.get(i).requirements()) {
                    RequirementDefinition inherited = merged.get(requirement.name());
                    // A refinement may leave out the node or relationship its parent named.
                    if (inherited != null) {
                        requirement = new RequirementDefinition(requirement.name(), requirement.at(),
                                requirement.capability() != null ? requirement.capability() : inherited.capability(),
                                requirement.capabilityAt(), requirement.node() != null ? requirement.node() : inherited.node(),
                                requirement.nodeAt(), requirement.relationship() != null ? requirement.relationship() : inherited.relationship(),
                                requirement.relationshipAt(), requirement.occurrences() != null ? requirement.occurrences()
                                        : inherited.occurrences());
                    }
                    merged.put(requirement.name(), requirement);
                }
            }
            return merged;
        });
    }

    /** Interfaces along the chain; a refinement adds operations to the inherited ones. */
    public Map<String, InterfaceDefinition> interfaces(TypeKind kind, String name) {
        return cached("interfaces:" + kind + ":" + name, () -> {
            Map<String, InterfaceDefinition> merged = new LinkedHashMap<>();
            List<TypeDefinition> chain = chain(kind, name);
            for (int i = chain.size() - 1; i >= 0; i--) {
                for (InterfaceDefinition definition : chain.get(i).interfaces().values()) {
                    InterfaceDefinition inherited = merged.get(definition.name());
                    if (inherited != null) {
                        Map<String, OperationDefinition> operations = new LinkedHashMap<>(inherited.operations());
                        operations.putAll(definition.operations());
                        definition = new InterfaceDefinition(definition.name(), definition.at(),
                                definition.type() != null ? definition.type() : inherited.type(), definition.typeAt(), definition.inputs(),
                                operations);
                    }
                    merged.put(definition.name(), definition);
                }
            }
            return merged;
        });
    }

    /** The operations an interface type defines, with its ancestors'. */
    public Map<String, OperationDefinition> operations(String interfaceType) {
        Map<String, OperationDefinition> merged = new LinkedHashMap<>();
        List<TypeDefinition> chain = chain(TypeKind.INTERFACE, interfaceType);
        for (int i = chain.size() - 1; i >= 0; i--) {
            merged.putAll(chain.get(i).operations());
        }
        return merged;
    }

    /** The merged answer, computed once; callers treat it as read-only. */
    @SuppressWarnings("unchecked")
    private <T> T cached(String key, java.util.function.Supplier<T> compute) {
        Object value = merged.get(key);
        if (value == null) {
            value = compute.get();
            merged.put(key, value);
        }
        return (T) value;
    }
}
