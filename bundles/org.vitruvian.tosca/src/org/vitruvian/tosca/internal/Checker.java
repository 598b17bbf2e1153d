package org.vitruvian.tosca.internal;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.vitruvian.core.diagnostics.Diagnostic;
import org.vitruvian.tosca.model.Definitions.CapabilityDefinition;
import org.vitruvian.tosca.model.Definitions.Constraint;
import org.vitruvian.tosca.model.Definitions.InterfaceDefinition;
import org.vitruvian.tosca.model.Definitions.OperationDefinition;
import org.vitruvian.tosca.model.Definitions.PropertyDefinition;
import org.vitruvian.tosca.model.Definitions.RequirementDefinition;
import org.vitruvian.tosca.model.Definitions.Schema;
import org.vitruvian.tosca.model.ServiceTemplate;
import org.vitruvian.tosca.model.Source;
import org.vitruvian.tosca.model.Topology.CapabilityAssignment;
import org.vitruvian.tosca.model.Topology.Group;
import org.vitruvian.tosca.model.Topology.NodeTemplate;
import org.vitruvian.tosca.model.Topology.Output;
import org.vitruvian.tosca.model.Topology.Policy;
import org.vitruvian.tosca.model.Topology.RelationshipTemplate;
import org.vitruvian.tosca.model.Topology.RequirementAssignment;
import org.vitruvian.tosca.model.Topology.TopologyTemplate;
import org.vitruvian.tosca.model.TypeDefinition;
import org.vitruvian.tosca.model.TypeKind;
import org.vitruvian.tosca.model.Value;

/**
 * The type checker: the types each file defines (derived_from chains, property types,
 * defaults, constraints, the types requirements and capabilities name), then the topology
 * (node templates against their types, requirements against the capabilities of their
 * targets, interfaces, the functions, groups, policies, outputs and substitution mappings).
 * Each problem is one diagnostic at the text to change; nothing here recurses without bound.
 */
public final class Checker {

    /** The intrinsic functions of TOSCA 1.3 section 4. */
    static final Set<String> FUNCTIONS = Set.of("get_input", "get_property", "get_attribute", "get_operation_output", "get_nodes_of_type",
            "get_artifact", "concat", "join", "token");

    private static final Pattern VERSION = Pattern.compile("^\\d+(\\.\\d+)?(\\.\\d+)?(\\.[A-Za-z0-9_]+)?(-\\d+)?$");
    private static final Pattern TIMESTAMP = Pattern.compile(
            "^\\d{4}-\\d{1,2}-\\d{1,2}([Tt ]|\\s+)?(\\d{1,2}:\\d{2}:\\d{2}(\\.\\d*)?)?\\s*(Z|[+-]\\d{1,2}(:\\d{2})?)?$");

    private final TypeRegistry registry;
    private final List<Diagnostic> diagnostics;
    private TopologyTemplate topology;
    /** Types already named in a reported cycle: a cycle is one mistake, reported once. */
    private final Set<String> inReportedCycle = new HashSet<>();
    /** Where a function is used: in outputs HOST is meaningless. */
    private boolean inOutputs;

    public Checker(TypeRegistry registry, List<Diagnostic> diagnostics) {
        this.registry = registry;
        this.diagnostics = diagnostics;
    }

    // --- types -------------------------------------------------------------------------------

    /** Checks the types a file defines. */
    public void checkTypes(ServiceTemplate template) {
        for (TypeKind kind : TypeKind.values()) {
            for (TypeDefinition type : template.types(kind).values()) {
                checkType(type);
            }
        }
    }

    private void checkType(TypeDefinition type) {
        TypeKind kind = type.kind();
        if (type.derivedFrom() != null) {
            boolean primitiveParent = kind == TypeKind.DATA && TypeRegistry.PRIMITIVES.contains(type.derivedFrom());
            if (!primitiveParent && registry.find(kind, type.derivedFrom()) == null) {
                unknownType(type.derivedFromAt(), kind, type.derivedFrom(), "derived_from of " + type.name());
            } else if (!primitiveParent) {
                List<String> path = new ArrayList<>();
                Set<String> seen = new HashSet<>();
                TypeDefinition current = type;
                while (current != null && seen.add(current.name())) {
                    path.add(current.name());
                    current = registry.find(kind, current.derivedFrom());
                }
                if (current != null && current.name().equals(type.name())) {
                    path.add(type.name());
                    if (!inReportedCycle.addAll(path)) {
                        return;
                    }
                    error(type.derivedFromAt(), "tosca.type.cycle", "The " + kind.label() + " '" + type.name()
                            + "' derives from itself: " + String.join(" -> ", path) + ". Break the cycle by deriving one of them from "
                            + "another type.");
                    return;
                }
            }
        }
        for (PropertyDefinition property : type.properties().values()) {
            checkPropertyDefinition(property);
        }
        for (PropertyDefinition attribute : type.attributes().values()) {
            checkPropertyDefinition(attribute);
        }
        for (RequirementDefinition requirement : type.requirements()) {
            if (requirement.capability() != null && registry.find(TypeKind.CAPABILITY, requirement.capability()) == null) {
                unknownType(requirement.capabilityAt(), TypeKind.CAPABILITY, requirement.capability(),
                        "requirement '" + requirement.name() + "'");
            }
            if (requirement.node() != null && registry.find(TypeKind.NODE, requirement.node()) == null) {
                // Type libraries name node types that the importing template defines (tosca-parser's corpus does): a
                // warning here, and the topology's own check fails a template whose requirement cannot be met.
                Source at = requirement.nodeAt();
                diagnostics.add(Diagnostic.warning(at.file(), at.line(), at.column(), "tosca.type.unknown", "The node type '"
                        + requirement.node() + "' of requirement '" + requirement.name() + "' is not defined here or in an import; "
                        + "the template that uses " + type.name() + " must define it."));
            }
            if (requirement.relationship() != null && registry.find(TypeKind.RELATIONSHIP, requirement.relationship()) == null) {
                unknownType(requirement.relationshipAt(), TypeKind.RELATIONSHIP, requirement.relationship(),
                        "requirement '" + requirement.name() + "'");
            }
        }
        for (CapabilityDefinition capability : type.capabilities().values()) {
            if (capability.type() != null && registry.find(TypeKind.CAPABILITY, capability.type()) == null) {
                unknownType(capability.typeAt(), TypeKind.CAPABILITY, capability.type(), "capability '" + capability.name() + "'");
            }
            capability.properties().values().forEach(this::checkPropertyDefinition);
        }
        for (InterfaceDefinition definition : type.interfaces().values()) {
            if (definition.type() != null && registry.find(TypeKind.INTERFACE, definition.type()) == null) {
                unknownType(definition.typeAt(), TypeKind.INTERFACE, definition.type(), "interface '" + definition.name() + "'");
            }
        }
        if (type.entrySchema() != null) {
            checkSchema(type.entrySchema());
        }
    }

    private void checkPropertyDefinition(PropertyDefinition property) {
        if (property.type() == null) {
            error(property.at(), "tosca.missing-key", "'" + property.name() + "' has no 'type'; add one such as 'type: string'.");
            return;
        }
        if (!registry.isDataType(property.type())) {
            unknownType(property.typeAt(), TypeKind.DATA, property.type(), "'" + property.name() + "'");
            return;
        }
        if (property.entrySchema() != null) {
            checkSchema(property.entrySchema());
        }
        if (property.defaultValue() != null && !isNull(property.defaultValue())) {
            checkValue(property.defaultValue(), property.type(), property.entrySchema(), property.constraints(),
                    "default of '" + property.name() + "'", null, 0);
        }
    }

    private void checkSchema(Schema schema) {
        if (schema.type() == null) {
            error(schema.at(), "tosca.missing-key", "The entry schema has no 'type'; add one.");
        } else if (!registry.isDataType(schema.type())) {
            unknownType(schema.at(), TypeKind.DATA, schema.type(), "the entry schema");
        }
    }

    // --- topology ----------------------------------------------------------------------------

    public void checkTopology(ServiceTemplate template) {
        topology = template.topology();
        if (topology == null) {
            return;
        }
        for (PropertyDefinition input : topology.inputs().values()) {
            checkPropertyDefinition(input);
        }
        for (NodeTemplate node : topology.nodeTemplates().values()) {
            checkNode(node);
        }
        for (RelationshipTemplate relationship : topology.relationshipTemplates().values()) {
            TypeDefinition type = resolve(TypeKind.RELATIONSHIP, relationship.type(), relationship.typeAt(),
                    "relationship template '" + relationship.name() + "'");
            if (type != null) {
                checkProperties(relationship.properties(), registry.properties(TypeKind.RELATIONSHIP, type.name()),
                        "relationship template '" + relationship.name() + "'", relationship.at(), null);
            }
        }
        for (Group group : topology.groups().values()) {
            checkGroup(group);
        }
        for (Policy policy : topology.policies()) {
            checkPolicy(policy);
        }
        inOutputs = true;
        for (Output output : topology.outputs().values()) {
            if (output.value() != null) {
                checkFunctions(output.value(), null);
            }
        }
        inOutputs = false;
        checkSubstitution();
    }

    private void checkNode(NodeTemplate node) {
        String what = "node template '" + node.name() + "'";
        if (node.type() == null) {
            return;
        }
        TypeDefinition type = resolve(TypeKind.NODE, node.type(), node.typeAt(), what);
        if (type == null) {
            for (Value value : node.properties().values()) {
                checkFunctions(value, node);
            }
            return;
        }
        checkProperties(node.properties(), registry.properties(TypeKind.NODE, type.name()), what, node.at(), node);
        Map<String, PropertyDefinition> attributes = registry.attributes(TypeKind.NODE, type.name());
        for (Map.Entry<String, Value> attribute : node.attributes().entrySet()) {
            PropertyDefinition definition = attributes.get(attribute.getKey());
            if (definition != null) {
                checkValue(attribute.getValue(), definition.type(), definition.entrySchema(), definition.constraints(),
                        "attribute '" + attribute.getKey() + "' of " + what, node, 0);
            } else {
                checkFunctions(attribute.getValue(), node);
            }
        }
        Map<String, CapabilityDefinition> capabilities = registry.capabilities(type.name());
        for (CapabilityAssignment capability : node.capabilities().values()) {
            CapabilityDefinition definition = capabilities.get(capability.name());
            if (definition == null) {
                error(capability.at(), "tosca.capability.unknown", "The node type " + type.name() + " has no capability '"
                        + capability.name() + "'; it has: " + String.join(", ", capabilities.keySet()) + "."
                        + Names.suggestion(capability.name(), capabilities.keySet()));
                continue;
            }
            Map<String, PropertyDefinition> properties = capabilityProperties(definition);
            checkProperties(capability.properties(), properties, "capability '" + capability.name() + "' of " + what, capability.at(), node);
        }
        Map<String, RequirementDefinition> requirements = registry.requirements(type.name());
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (RequirementAssignment requirement : node.requirements()) {
            checkRequirement(node, requirement, requirements.get(requirement.name()), requirements.keySet());
            int count = counts.merge(requirement.name(), 1, Integer::sum);
            RequirementDefinition definition = requirements.get(requirement.name());
            int max = definition == null || definition.occurrences() == null ? 1 : definition.occurrences().max();
            if (count == max + 1) {
                error(requirement.at(), "tosca.requirement.occurrences", "Node template '" + node.name() + "' assigns requirement '"
                        + requirement.name() + "' more often than its type allows (at most " + max + ", TOSCA 1.3 section 3.6.3).");
            }
        }
        if (node.nodeFilter() != null) {
            checkNodeFilter(node.nodeFilter(), type.name(), "the node filter of node template '" + node.name() + "'");
        }
        Map<String, InterfaceDefinition> interfaces = registry.interfaces(TypeKind.NODE, type.name());
        checkInterfaces(node.interfaces(), interfaces, what, node);
        for (var artifact : node.artifacts().values()) {
            if (artifact.type() != null && registry.find(TypeKind.ARTIFACT, artifact.type()) == null) {
                unknownType(artifact.typeAt(), TypeKind.ARTIFACT, artifact.type(), "artifact '" + artifact.name() + "'");
            }
        }
    }

    private Map<String, PropertyDefinition> capabilityProperties(CapabilityDefinition definition) {
        Map<String, PropertyDefinition> properties = new LinkedHashMap<>(registry.properties(TypeKind.CAPABILITY, definition.type()));
        properties.putAll(definition.properties());
        return properties;
    }

    private void checkInterfaces(Map<String, InterfaceDefinition> assigned, Map<String, InterfaceDefinition> defined, String what,
            NodeTemplate self) {
        for (InterfaceDefinition assignment : assigned.values()) {
            InterfaceDefinition definition = defined.get(assignment.name());
            Map<String, OperationDefinition> operations = new LinkedHashMap<>();
            if (definition == null && assignment.type() == null) {
                error(assignment.at(), "tosca.interface.unknown", "The type of " + what + " has no interface '" + assignment.name()
                        + "'; it has: " + String.join(", ", defined.keySet()) + "." + Names.suggestion(assignment.name(), defined.keySet()));
                continue;
            }
            String interfaceType = definition != null && definition.type() != null ? definition.type() : assignment.type();
            if (interfaceType != null) {
                if (registry.find(TypeKind.INTERFACE, interfaceType) == null) {
                    unknownType(assignment.typeAt() != null ? assignment.typeAt() : assignment.at(), TypeKind.INTERFACE, interfaceType,
                            "interface '" + assignment.name() + "'");
                    continue;
                }
                operations.putAll(registry.operations(interfaceType));
            }
            // Inputs the node or relationship type defines (3.6.17, 3.6.21) as property definitions:
            // interface-wide, then per operation.
            Map<String, String> inputTypes = new LinkedHashMap<>();
            if (definition != null) {
                operations.putAll(definition.operations());
                definition.inputs().forEach((name, value) -> inputTypes.putAll(inputTypes(name, value)));
            }
            String interfaceWhat = "interface '" + assignment.name() + "' of " + what;
            for (OperationDefinition operation : assignment.operations().values()) {
                if (!operations.containsKey(operation.name())) {
                    error(operation.at(), "tosca.interface.operation", "The interface '" + assignment.name() + "' of " + what
                            + " has no operation '" + operation.name() + "'; it has: " + String.join(", ", operations.keySet()) + "."
                            + Names.suggestion(operation.name(), operations.keySet()));
                    continue;
                }
                Map<String, String> types = new LinkedHashMap<>(inputTypes);
                operations.get(operation.name()).inputs().forEach((name, value) -> types.putAll(inputTypes(name, value)));
                checkInputs(operation.inputs(), types, "operation '" + operation.name() + "' of " + interfaceWhat, self);
            }
            checkInputs(assignment.inputs(), inputTypes, interfaceWhat, self);
        }
    }

    /**
     * Assigned inputs against the types' definitions of them. An input no type defines is allowed:
     * TOSCA 1.3 lets templates add operation inputs (3.6.17.2), so only its functions are checked.
     */
    private void checkInputs(Map<String, Value> assigned, Map<String, String> types, String what, NodeTemplate self) {
        for (Map.Entry<String, Value> input : assigned.entrySet()) {
            String type = types.get(input.getKey());
            if (type != null && (registry.primitiveOf(type) != null || registry.find(TypeKind.DATA, type) != null)) {
                checkValue(input.getValue(), type, null, List.of(), "input '" + input.getKey() + "' of " + what, self, 0);
            } else {
                checkFunctions(input.getValue(), self);
            }
        }
    }

    /** The type of an input a type defines, when it is written as a property definition (a mapping with 'type'). */
    private static Map<String, String> inputTypes(String name, Value value) {
        if (value instanceof Value.Mapping definition && definition.get("type") instanceof Value.Scalar type && type.text() != null
                && !isFunctionCall(definition)) {
            return Map.of(name, type.text());
        }
        return Map.of();
    }

    private static boolean isFunctionCall(Value.Mapping mapping) {
        return mapping.entries().size() == 1 && FUNCTIONS.contains(mapping.entries().get(0).name());
    }

    private void checkRequirement(NodeTemplate node, RequirementAssignment requirement, RequirementDefinition definition,
            Set<String> known) {
        String what = "requirement '" + requirement.name() + "' of node template '" + node.name() + "'";
        if (definition == null) {
            error(requirement.at(), "tosca.requirement.unknown", "The node type " + node.type() + " has no requirement '"
                    + requirement.name() + "'; it has: " + String.join(", ", known) + "." + Names.suggestion(requirement.name(), known));
            return;
        }
        String capabilityType = definition.capability();
        String targetType = null;
        NodeTemplate target = null;
        if (requirement.node() != null) {
            target = topology.nodeTemplates().get(requirement.node());
            if (target != null) {
                targetType = target.type();
            } else if (registry.find(TypeKind.NODE, requirement.node()) != null) {
                targetType = requirement.node();
            } else {
                error(requirement.nodeAt(), "tosca.requirement.dangling", "The " + what + " names '" + requirement.node()
                        + "', which is neither a node template of this topology nor a node type; node templates: "
                        + String.join(", ", topology.nodeTemplates().keySet()) + "."
                        + Names.suggestion(requirement.node(), topology.nodeTemplates().keySet()));
                return;
            }
        }
        if (requirement.nodeFilter() != null) {
            String filtered = requirement.node() != null && target == null ? requirement.node() : definition.node();
            if (filtered != null && registry.find(TypeKind.NODE, filtered) != null) {
                checkNodeFilter(requirement.nodeFilter(), registry.find(TypeKind.NODE, filtered).name(), "the node filter of " + what);
            }
        }
        String relationship = requirement.relationship() != null ? requirement.relationship() : definition.relationship();
        if (requirement.relationship() != null && !topology.relationshipTemplates().containsKey(requirement.relationship())
                && registry.find(TypeKind.RELATIONSHIP, requirement.relationship()) == null) {
            error(requirement.relationshipAt(), "tosca.requirement.relationship", "The " + what + " uses the relationship '"
                    + requirement.relationship() + "', which is neither a relationship template nor a relationship type.");
        }
        if (requirement.relationship() != null && registry.find(TypeKind.RELATIONSHIP, requirement.relationship()) != null) {
            checkProperties(requirement.relationshipProperties(),
                    registry.properties(TypeKind.RELATIONSHIP, requirement.relationship()), "the relationship of " + what,
                    requirement.at(), node);
        }
        for (Value value : requirement.relationshipProperties().values()) {
            checkFunctions(value, node);
        }
        if (targetType == null || registry.find(TypeKind.NODE, targetType) == null) {
            return;
        }
        // The capability: a name of the target's capabilities or a capability type, else the definition's type.
        Map<String, CapabilityDefinition> offered = registry.capabilities(targetType);
        if (requirement.capability() != null) {
            if (offered.containsKey(requirement.capability())) {
                capabilityType = offered.get(requirement.capability()).type();
            } else if (registry.find(TypeKind.CAPABILITY, requirement.capability()) != null) {
                capabilityType = requirement.capability();
            } else {
                error(requirement.capabilityAt(), "tosca.requirement.capability", "The " + what + " asks for the capability '"
                        + requirement.capability() + "', which is neither a capability of " + targetType + " ("
                        + String.join(", ", offered.keySet()) + ") nor a capability type.");
                return;
            }
        }
        if (capabilityType == null || registry.find(TypeKind.CAPABILITY, capabilityType) == null) {
            return;
        }
        boolean matched = false;
        for (CapabilityDefinition capability : offered.values()) {
            if (capability.type() != null && registry.derivesFrom(TypeKind.CAPABILITY, capability.type(), capabilityType)) {
                matched = true;
                break;
            }
        }
        if (!matched) {
            error(requirement.nodeAt() != null ? requirement.nodeAt() : requirement.at(), "tosca.requirement.capability", "The " + what
                    + " needs a capability of type " + capabilityType + ", which " + (target != null ? "node template '" + target.name()
                            + "' (" + targetType + ")" : targetType) + " does not offer.");
        }
    }

    /**
     * A node filter (TOSCA 1.3 section 3.6.5): property filters name properties of the filtered
     * node type, capability filters name its capabilities (by name or type) and their
     * properties, and every constraint clause is a known operator whose arguments fit the
     * property's type.
     */
    private void checkNodeFilter(Value filter, String nodeType, String what) {
        if (!(filter instanceof Value.Mapping body)) {
            error(filter.at(), "tosca.node-filter", "The " + what + " is a mapping with 'properties' and 'capabilities'.");
            return;
        }
        for (Value.Entry entry : body.entries()) {
            switch (entry.name()) {
                case "properties" -> checkPropertyFilters(entry.value(), registry.properties(TypeKind.NODE, nodeType),
                        "node type " + nodeType, what);
                case "capabilities" -> {
                    Map<String, CapabilityDefinition> capabilities = registry.capabilities(nodeType);
                    for (Value.Entry capability : filterEntries(entry.value(), what)) {
                        CapabilityDefinition definition = capabilities.get(capability.name());
                        if (definition == null) {
                            definition = capabilities.values().stream().filter(c -> c.type() != null
                                    && registry.derivesFrom(TypeKind.CAPABILITY, c.type(), capability.name())).findFirst().orElse(null);
                        }
                        if (definition == null) {
                            error(capability.key().at(), "tosca.node-filter", "The " + what + " filters capability '"
                                    + capability.name() + "', which " + nodeType + " does not have; it has: "
                                    + String.join(", ", capabilities.keySet()) + "." + Names.suggestion(capability.name(),
                                            capabilities.keySet()));
                            continue;
                        }
                        if (capability.value() instanceof Value.Mapping capabilityFilter) {
                            for (Value.Entry part : capabilityFilter.entries()) {
                                if (part.name().equals("properties")) {
                                    checkPropertyFilters(part.value(), capabilityProperties(definition),
                                            "capability '" + definition.name() + "'", what);
                                } else {
                                    error(part.key().at(), "tosca.unknown-key", "A capability filter takes 'properties', not '"
                                            + part.name() + "'.");
                                }
                            }
                        }
                    }
                }
                default -> error(entry.key().at(), "tosca.unknown-key", "A node filter takes 'properties' and 'capabilities', not '"
                        + entry.name() + "'.");
            }
        }
    }

    private void checkPropertyFilters(Value filters, Map<String, PropertyDefinition> properties, String owner, String what) {
        for (Value.Entry filter : filterEntries(filters, what)) {
            PropertyDefinition definition = properties.get(filter.name());
            if (definition == null) {
                error(filter.key().at(), "tosca.node-filter", "The " + what + " filters property '" + filter.name() + "', which "
                        + owner + " does not have." + Names.suggestion(filter.name(), properties.keySet()));
                continue;
            }
            List<Value> clauses = filter.value() instanceof Value.Sequence list ? list.items() : List.of(filter.value());
            for (Value clause : clauses) {
                if (!(clause instanceof Value.Mapping mapping) || mapping.entries().size() != 1) {
                    error(clause.at(), "tosca.node-filter", "Filter '" + filter.name() + "' is a constraint clause such as "
                            + "'greater_or_equal: 2'.");
                    continue;
                }
                Value.Entry operator = mapping.entries().get(0);
                List<Value> arguments = switch (operator.name()) {
                    case "equal", "greater_than", "greater_or_equal", "less_than", "less_or_equal" -> List.of(operator.value());
                    case "in_range", "valid_values" -> operator.value() instanceof Value.Sequence values ? values.items()
                            : List.of(operator.value());
                    case "length", "min_length", "max_length", "pattern", "schema" -> List.of();
                    default -> {
                        error(operator.key().at(), "tosca.constraint", "'" + operator.name() + "' is not a constraint operator.");
                        yield List.of();
                    }
                };
                for (Value argument : arguments) {
                    if (!"UNBOUNDED".equals(Value.text(argument))) {
                        checkValue(argument, definition.type(), definition.entrySchema(), List.of(),
                                "argument of filter '" + filter.name() + "' in " + what, null, 0);
                    }
                }
            }
        }
    }

    /** Node filters list their entries as '- NAME: ...'; a plain mapping is read the same way. */
    private List<Value.Entry> filterEntries(Value value, String what) {
        List<Value.Entry> entries = new ArrayList<>();
        if (value instanceof Value.Sequence list) {
            for (Value item : list.items()) {
                if (item instanceof Value.Mapping mapping && mapping.entries().size() == 1) {
                    entries.add(mapping.entries().get(0));
                } else {
                    error(item.at(), "tosca.node-filter", "Each entry of " + what + " is one '- NAME: ...'.");
                }
            }
        } else if (value instanceof Value.Mapping mapping) {
            entries.addAll(mapping.entries());
        }
        return entries;
    }

    private void checkGroup(Group group) {
        TypeDefinition type = resolve(TypeKind.GROUP, group.type(), group.typeAt(), "group '" + group.name() + "'");
        List<String> memberTypes = new ArrayList<>();
        if (type != null) {
            checkProperties(group.properties(), registry.properties(TypeKind.GROUP, type.name()), "group '" + group.name() + "'",
                    group.at(), null);
            for (TypeDefinition ancestor : registry.chain(TypeKind.GROUP, type.name())) {
                if (!ancestor.members().isEmpty()) {
                    memberTypes.addAll(ancestor.members());
                    break;
                }
            }
        }
        for (Value.Scalar member : group.members()) {
            NodeTemplate node = topology.nodeTemplates().get(member.text());
            if (node == null) {
                error(member.at(), "tosca.group.member", "Group '" + group.name() + "' lists '" + member.text()
                        + "', which is not a node template of this topology." + Names.suggestion(member.text(),
                                topology.nodeTemplates().keySet()));
            } else if (!memberTypes.isEmpty() && node.type() != null
                    && memberTypes.stream().noneMatch(t -> registry.derivesFrom(TypeKind.NODE, node.type(), t))) {
                error(member.at(), "tosca.group.member", "Group '" + group.name() + "' of type " + type.name() + " takes members of type "
                        + String.join(" or ", memberTypes) + "; '" + member.text() + "' is a " + node.type() + ".");
            }
        }
    }

    private void checkPolicy(Policy policy) {
        TypeDefinition type = resolve(TypeKind.POLICY, policy.type(), policy.typeAt(), "policy '" + policy.name() + "'");
        List<String> targetTypes = new ArrayList<>();
        if (type != null) {
            checkProperties(policy.properties(), registry.properties(TypeKind.POLICY, type.name()), "policy '" + policy.name() + "'",
                    policy.at(), null);
            for (TypeDefinition ancestor : registry.chain(TypeKind.POLICY, type.name())) {
                if (!ancestor.targets().isEmpty()) {
                    targetTypes.addAll(ancestor.targets());
                    break;
                }
            }
        }
        for (Value.Scalar target : policy.targets()) {
            NodeTemplate node = topology.nodeTemplates().get(target.text());
            Group group = topology.groups().get(target.text());
            if (node == null && group == null) {
                Set<String> names = new HashSet<>(topology.nodeTemplates().keySet());
                names.addAll(topology.groups().keySet());
                error(target.at(), "tosca.policy.target", "Policy '" + policy.name() + "' targets '" + target.text()
                        + "', which is neither a node template nor a group of this topology." + Names.suggestion(target.text(), names));
                continue;
            }
            String targetType = node != null ? node.type() : group.type();
            if (!targetTypes.isEmpty() && targetType != null && targetTypes.stream().noneMatch(
                    t -> registry.derivesFrom(TypeKind.NODE, targetType, t) || registry.derivesFrom(TypeKind.GROUP, targetType, t))) {
                error(target.at(), "tosca.policy.target", "Policy '" + policy.name() + "' of type " + type.name() + " applies to "
                        + String.join(" or ", targetTypes) + "; '" + target.text() + "' is a " + targetType + ".");
            }
        }
    }

    /** A topology that substitutes a node type must take that type's required properties as inputs (3.8.10). */
    private void checkSubstitution() {
        if (!(topology.substitutionMappings() instanceof Value.Mapping mappings)) {
            return;
        }
        Value nodeType = mappings.get("node_type");
        if (nodeType == null) {
            error(mappings.at(), "tosca.missing-key", "'substitution_mappings' has no 'node_type'; name the node type this topology "
                    + "implements.");
            return;
        }
        TypeDefinition type = resolve(TypeKind.NODE, Value.text(nodeType), nodeType.at(), "substitution_mappings");
        if (type == null) {
            return;
        }
        for (PropertyDefinition property : registry.properties(TypeKind.NODE, type.name()).values()) {
            if (property.required() && property.defaultValue() == null && !topology.inputs().containsKey(property.name())) {
                error(nodeType.at(), "tosca.substitution.input", "This topology substitutes " + type.name() + ", whose property '"
                        + property.name() + "' is required; declare an input '" + property.name() + "' to receive it.");
            }
        }
    }

    // --- properties and values ---------------------------------------------------------------

    private void checkProperties(Map<String, Value> assigned, Map<String, PropertyDefinition> defined, String what, Source at,
            NodeTemplate self) {
        for (Map.Entry<String, Value> entry : assigned.entrySet()) {
            PropertyDefinition definition = defined.get(entry.getKey());
            if (definition == null) {
                error(keyAt(entry.getValue()), "tosca.property.unknown", "The " + what + " has no property '" + entry.getKey() + "'"
                        + (defined.isEmpty() ? "." : "; its properties are: " + String.join(", ", defined.keySet()) + ".")
                        + Names.suggestion(entry.getKey(), defined.keySet()));
                checkFunctions(entry.getValue(), self);
                continue;
            }
            if (definition.type() != null) {
                checkValue(entry.getValue(), definition.type(), definition.entrySchema(), definition.constraints(),
                        "property '" + entry.getKey() + "' of " + what, self, 0);
            }
        }
        for (PropertyDefinition definition : defined.values()) {
            if (definition.required() && definition.defaultValue() == null && !assigned.containsKey(definition.name())) {
                error(at, "tosca.property.missing", "The " + what + " lacks the required property '" + definition.name() + "'"
                        + (definition.type() == null ? "" : " (" + definition.type() + ")") + "; add it under 'properties'.");
            }
        }
    }

    /** Function calls are checked and not typed (their value is known at deployment). */
    private void checkValue(Value value, String type, Schema entrySchema, List<Constraint> constraints, String what, NodeTemplate self,
            int depth) {
        if (depth > 32 || type == null) {
            return;
        }
        if (isFunction(value)) {
            checkFunctions(value, self);
            return;
        }
        if (isNull(value)) {
            return;
        }
        String primitive = registry.primitiveOf(type);
        if (primitive == null) {
            checkComplex(value, type, what, self, depth);
            return;
        }
        boolean ok = checkPrimitive(value, primitive, entrySchema, what, self, depth);
        if (!ok) {
            return;
        }
        List<Constraint> all = new ArrayList<>(constraints);
        for (TypeDefinition ancestor : registry.chain(TypeKind.DATA, type)) {
            all.addAll(ancestor.constraints());
        }
        for (Constraint constraint : all) {
            checkConstraint(value, primitive, constraint, what);
        }
    }

    private void checkComplex(Value value, String type, String what, NodeTemplate self, int depth) {
        if (!(value instanceof Value.Mapping mapping)) {
            error(value.at(), "tosca.value.type", "The " + what + " is of data type " + type + ", a mapping of its properties; got '"
                    + display(value) + "'.");
            return;
        }
        Map<String, PropertyDefinition> properties = registry.properties(TypeKind.DATA, type);
        for (Value.Entry entry : mapping.entries()) {
            PropertyDefinition definition = properties.get(entry.name());
            if (definition == null) {
                error(entry.key().at(), "tosca.property.unknown", "The data type " + type + " of the " + what + " has no property '"
                        + entry.name() + "'; its properties are: " + String.join(", ", properties.keySet()) + "."
                        + Names.suggestion(entry.name(), properties.keySet()));
                continue;
            }
            checkValue(entry.value(), definition.type(), definition.entrySchema(), definition.constraints(),
                    "property '" + entry.name() + "' of " + what, self, depth + 1);
        }
        for (PropertyDefinition definition : properties.values()) {
            if (definition.required() && definition.defaultValue() == null && !mapping.has(definition.name())) {
                error(mapping.at(), "tosca.property.missing", "The " + what + " (" + type + ") lacks the required property '"
                        + definition.name() + "'; add it.");
            }
        }
    }

    private boolean checkPrimitive(Value value, String primitive, Schema entrySchema, String what, NodeTemplate self, int depth) {
        Object java = value instanceof Value.Scalar scalar ? scalar.value() : null;
        String problem = null;
        switch (primitive) {
            case "string" -> {
                if (!(java instanceof String)) {
                    problem = "a string (quote it if it is meant as text)";
                }
            }
            case "integer" -> {
                if (!(java instanceof Long || java instanceof BigInteger)) {
                    problem = "a whole number";
                }
            }
            case "float" -> {
                if (!(java instanceof Long || java instanceof BigInteger || java instanceof Double)) {
                    problem = "a number";
                }
            }
            case "boolean" -> {
                if (!(java instanceof Boolean)) {
                    problem = "true or false";
                }
            }
            case "timestamp" -> {
                if (!(value instanceof Value.Scalar s) || !TIMESTAMP.matcher(s.text().strip()).matches()) {
                    problem = "a timestamp such as 2026-12-04T15:30:00Z";
                }
            }
            case "version" -> {
                if (!(value instanceof Value.Scalar s) || java instanceof Boolean || !VERSION.matcher(s.text().strip()).matches()) {
                    problem = "a version such as 1.2.0";
                }
            }
            case "null" -> problem = "null";
            case "range" -> {
                if (!(value instanceof Value.Sequence range) || range.items().size() != 2 || !isRangeBound(range.items().get(0), false)
                        || !isRangeBound(range.items().get(1), true)) {
                    problem = "a range [MIN, MAX] of whole numbers (MAX may be UNBOUNDED)";
                } else if (rangeBound(range.items().get(0)) > rangeBound(range.items().get(1))) {
                    problem = "a range whose lower bound is not above its upper bound";
                }
            }
            case "list" -> {
                if (!(value instanceof Value.Sequence list)) {
                    problem = "a list";
                } else if (entrySchema != null && entrySchema.type() != null) {
                    int index = 0;
                    for (Value item : list.items()) {
                        checkValue(item, entrySchema.type(), entrySchema.entrySchema(), entrySchema.constraints(),
                                "entry " + index++ + " of the " + what, self, depth + 1);
                    }
                }
            }
            case "map" -> {
                if (!(value instanceof Value.Mapping map)) {
                    problem = "a map of names to values";
                } else if (entrySchema != null && entrySchema.type() != null) {
                    for (Value.Entry entry : map.entries()) {
                        checkValue(entry.value(), entrySchema.type(), entrySchema.entrySchema(), entrySchema.constraints(),
                                "entry '" + entry.name() + "' of the " + what, self, depth + 1);
                    }
                }
            }
            default -> {
                if (ScalarUnits.isScalarUnit(primitive)) {
                    if (!(value instanceof Value.Scalar s) || ScalarUnits.parse(primitive, s.text()) == null) {
                        error(value.at(), "tosca.value.scalar-unit", "The " + what + " is a " + primitive + ": a number and a unit ("
                                + ScalarUnits.units(primitive) + "), e.g. '" + example(primitive) + "'; got '" + display(value) + "'.");
                        return false;
                    }
                }
            }
        }
        if (problem != null) {
            error(value.at(), "tosca.value.type", "The " + what + " takes " + problem + "; got '" + display(value) + "'.");
            return false;
        }
        return true;
    }

    private static String example(String scalarUnit) {
        return switch (scalarUnit) {
            case "scalar-unit.size" -> "4 GB";
            case "scalar-unit.time" -> "30 s";
            case "scalar-unit.frequency" -> "2.4 GHz";
            default -> "100 Mbps";
        };
    }

    private static boolean isRangeBound(Value value, boolean upper) {
        return value instanceof Value.Scalar s && (s.value() instanceof Long || upper && "UNBOUNDED".equals(s.text()));
    }

    private static double rangeBound(Value value) {
        return value instanceof Value.Scalar s && s.value() instanceof Long l ? l : Double.POSITIVE_INFINITY;
    }

    private void checkConstraint(Value value, String primitive, Constraint constraint, String what) {
        Value argument = constraint.argument();
        String operator = constraint.operator();
        boolean ok = switch (operator) {
            case "equal" -> compare(value, argument, primitive) == 0;
            case "greater_than" -> compare(value, argument, primitive) > 0;
            case "greater_or_equal" -> compare(value, argument, primitive) >= 0;
            case "less_than" -> compare(value, argument, primitive) < 0;
            case "less_or_equal" -> compare(value, argument, primitive) <= 0;
            case "in_range" -> argument instanceof Value.Sequence range && range.items().size() == 2
                    && compare(value, range.items().get(0), primitive) >= 0
                    && ("UNBOUNDED".equals(Value.text(range.items().get(1))) || compare(value, range.items().get(1), primitive) <= 0);
            case "valid_values" -> argument instanceof Value.Sequence values
                    && values.items().stream().anyMatch(v -> compare(value, v, primitive) == 0);
            case "length", "min_length", "max_length" -> {
                int length = length(value);
                Long bound = argument instanceof Value.Scalar s && s.value() instanceof Long l ? l : null;
                yield length < 0 || bound == null || (operator.equals("length") ? length == bound
                        : operator.equals("min_length") ? length >= bound : length <= bound);
            }
            case "pattern" -> {
                try {
                    yield !(value instanceof Value.Scalar s) || Value.text(argument) == null
                            || Pattern.compile(Value.text(argument)).matcher(s.text()).matches();
                } catch (PatternSyntaxException e) {
                    error(argument.at(), "tosca.constraint", "The pattern '" + Value.text(argument) + "' is not a regular expression: "
                            + e.getDescription() + ".");
                    yield true;
                }
            }
            default -> true;
        };
        if (!ok) {
            error(value.at(), "tosca.constraint", "The " + what + " is '" + display(value) + "', which breaks the constraint "
                    + operator + ": " + display(argument) + ".");
        }
    }

    /** Compares a value with a constraint's argument in the value's type; 0 also when they cannot be compared (reported elsewhere). */
    private static int compare(Value value, Value argument, String primitive) {
        if (!(value instanceof Value.Scalar a) || !(argument instanceof Value.Scalar b)) {
            return value.toJava() != null && value.toJava().equals(argument.toJava()) ? 0 : 1;
        }
        if (ScalarUnits.isScalarUnit(primitive)) {
            Double x = ScalarUnits.parse(primitive, a.text());
            Double y = ScalarUnits.parse(primitive, b.text());
            return x == null || y == null ? 0 : Double.compare(x, y);
        }
        if (a.value() instanceof Number x && b.value() instanceof Number y) {
            return Double.compare(x.doubleValue(), y.doubleValue());
        }
        if (primitive.equals("version")) {
            return compareVersions(a.text(), b.text());
        }
        if (a.value() instanceof Boolean || b.value() instanceof Boolean) {
            return a.text().equalsIgnoreCase(b.text()) ? 0 : 1;
        }
        return a.text().compareTo(b.text());
    }

    private static int compareVersions(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            String p = i < x.length ? x[i] : "0";
            String q = i < y.length ? y[i] : "0";
            int c = p.matches("\\d+") && q.matches("\\d+") ? Long.compare(Long.parseLong(p), Long.parseLong(q)) : p.compareTo(q);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static int length(Value value) {
        if (value instanceof Value.Scalar s) {
            return s.text().codePointCount(0, s.text().length());
        }
        if (value instanceof Value.Sequence list) {
            return list.items().size();
        }
        return value instanceof Value.Mapping map ? map.entries().size() : -1;
    }

    // --- functions ---------------------------------------------------------------------------

    static boolean isFunction(Value value) {
        return value instanceof Value.Mapping mapping && mapping.entries().size() == 1
                && FUNCTIONS.contains(mapping.entries().get(0).name());
    }

    /** Finds every function call in a value and checks it. */
    private void checkFunctions(Value value, NodeTemplate self) {
        if (value instanceof Value.Mapping mapping) {
            if (isFunction(mapping)) {
                checkFunction(mapping.entries().get(0), self);
                return;
            }
            for (Value.Entry entry : mapping.entries()) {
                checkFunctions(entry.value(), self);
            }
        } else if (value instanceof Value.Sequence sequence) {
            for (Value item : sequence.items()) {
                checkFunctions(item, self);
            }
        }
    }

    private void checkFunction(Value.Entry call, NodeTemplate self) {
        String name = call.name();
        Value arguments = call.value();
        List<Value> args = arguments instanceof Value.Sequence list ? list.items() : List.of(arguments);
        Source at = call.key().at();
        switch (name) {
            case "get_input" -> checkGetInput(args, at);
            case "get_property", "get_attribute" -> checkGetPropertyOrAttribute(name, args, at, self);
            case "concat" -> {
                if (!(arguments instanceof Value.Sequence) || args.isEmpty()) {
                    error(at, "tosca.function.arguments", "concat takes a list of at least one value: concat: [a, b].");
                } else {
                    args.forEach(a -> checkFunctions(a, self));
                }
            }
            case "join" -> {
                if (!(arguments instanceof Value.Sequence) || args.isEmpty() || args.size() > 2
                        || !(args.get(0) instanceof Value.Sequence || isFunction(args.get(0)))) {
                    error(at, "tosca.function.arguments", "join takes a list of strings and an optional delimiter: "
                            + "join: [[a, b], '-'].");
                } else {
                    args.forEach(a -> checkFunctions(a, self));
                }
            }
            case "token" -> {
                if (!(arguments instanceof Value.Sequence) || args.size() != 3 || !(args.get(2) instanceof Value.Scalar index
                        && index.value() instanceof Long)) {
                    error(at, "tosca.function.arguments", "token takes three arguments: the string, the separator characters and the "
                            + "index of the token, e.g. token: [a.b.c, '.', 1].");
                } else {
                    checkFunctions(args.get(0), self);
                }
            }
            case "get_operation_output" -> {
                if (args.size() != 4) {
                    error(at, "tosca.function.arguments", "get_operation_output takes four arguments: the entity (SELF, SOURCE, TARGET "
                            + "or a template), the interface, the operation and the output name.");
                } else {
                    checkEntity(Value.text(args.get(0)), args.get(0).at(), self, name);
                }
            }
            case "get_artifact" -> {
                if (args.size() < 2 || args.size() > 4) {
                    error(at, "tosca.function.arguments", "get_artifact takes the entity, the artifact name and optionally its location "
                            + "and whether to remove it.");
                } else {
                    checkEntity(Value.text(args.get(0)), args.get(0).at(), self, name);
                }
            }
            case "get_nodes_of_type" -> {
                if (args.size() != 1 || registry.find(TypeKind.NODE, Value.text(args.get(0))) == null) {
                    error(at, "tosca.function.arguments", "get_nodes_of_type takes one argument, a node type.");
                }
            }
            default -> {
            }
        }
    }

    private void checkGetInput(List<Value> args, Source at) {
        if (args.isEmpty() || Value.text(args.get(0)) == null) {
            error(at, "tosca.function.arguments", "get_input takes the name of an input: get_input: NAME.");
            return;
        }
        String input = Value.text(args.get(0));
        if (topology == null) {
            return;
        }
        PropertyDefinition definition = topology.inputs().get(input);
        if (definition == null) {
            Set<String> inputs = topology.inputs().keySet();
            error(args.get(0).at(), "tosca.function.input", "get_input names '" + input + "', but the topology declares no such input"
                    + (inputs.isEmpty() ? "; declare it under topology_template.inputs." : "; its inputs are: "
                            + String.join(", ", inputs) + "." + Names.suggestion(input, inputs)));
            return;
        }
        if (args.size() > 1) {
            checkNested(definition.type(), definition.entrySchema(), args.subList(1, args.size()), "input '" + input + "'", "get_input");
        }
    }

    /** Where {@code entity} of get_property, get_attribute and the like leads; null when it cannot be resolved here. */
    private NodeTemplate checkEntity(String entity, Source at, NodeTemplate self, String function) {
        if (entity == null) {
            error(at, "tosca.function.arguments", function + " starts with SELF, SOURCE, TARGET, HOST or a template name.");
            return null;
        }
        switch (entity) {
            case "SELF" -> {
                return self;
            }
            case "SOURCE", "TARGET" -> {
                return null;
            }
            case "HOST" -> {
                if (inOutputs) {
                    error(at, "tosca.function.host", function + " with HOST means the host of the template it is used in; outputs "
                            + "belong to no template, so name the node template instead.");
                    return null;
                }
                return self == null ? null : host(self, at, function);
            }
            default -> {
                if (topology == null) {
                    return null;
                }
                NodeTemplate node = topology.nodeTemplates().get(entity);
                if (node == null && !topology.relationshipTemplates().containsKey(entity)) {
                    error(at, "tosca.function.template", function + " names '" + entity + "', which is not a node or relationship "
                            + "template of this topology." + Names.suggestion(entity, topology.nodeTemplates().keySet()));
                }
                return node;
            }
        }
    }

    /** The template a node is hosted on, following its HostedOn requirements (3.6.x, HOST keyword). */
    private NodeTemplate host(NodeTemplate node, Source at, String function) {
        NodeTemplate host = hostOf(node);
        if (host != null) {
            return host;
        }
        error(at, "tosca.function.host", function + " uses HOST in node template '" + node.name() + "', which is not hosted on "
                + "anything: give it a requirement with a HostedOn relationship.");
        return null;
    }

    private void checkGetPropertyOrAttribute(String function, List<Value> args, Source at, NodeTemplate self) {
        if (args.size() < 2) {
            error(at, "tosca.function.arguments", function + " takes at least two arguments: [SELF|SOURCE|TARGET|HOST|TEMPLATE, "
                    + "(capability or requirement,) name, (index or key...)].");
            return;
        }
        for (Value arg : args) {
            if (!(arg instanceof Value.Scalar)) {
                error(arg.at(), "tosca.function.arguments", "The arguments of " + function + " are names and indexes.");
                return;
            }
        }
        String entity = Value.text(args.get(0));
        NodeTemplate node = checkEntity(entity, args.get(0).at(), self, function);
        if (node == null || node.type() == null || registry.find(TypeKind.NODE, node.type()) == null) {
            return;
        }
        boolean attribute = function.equals("get_attribute");
        if ("HOST".equals(entity)) {
            // HOST searches up the HostedOn chain until a host has the name (TOSCA 1.3 section 4.1).
            Set<String> visited = new HashSet<>();
            NodeTemplate candidate = node;
            while (candidate != null && visited.add(candidate.name()) && candidate.type() != null) {
                if (hasName(candidate, Value.text(args.get(1)), attribute)) {
                    node = candidate;
                    break;
                }
                candidate = hostOf(candidate);
            }
        }
        String type = node.type();
        // Every property is also an attribute (property reflection, 3.6.12).
        Map<String, PropertyDefinition> own = new LinkedHashMap<>(registry.properties(TypeKind.NODE, type));
        if (attribute) {
            own.putAll(registry.attributes(TypeKind.NODE, type));
        }
        String second = Value.text(args.get(1));
        if (own.containsKey(second)) {
            PropertyDefinition definition = own.get(second);
            if (args.size() > 2) {
                checkNested(definition.type(), definition.entrySchema(), args.subList(2, args.size()),
                        (attribute ? "attribute '" : "property '") + second + "' of node template '" + node.name() + "'", function);
            }
            return;
        }
        Map<String, CapabilityDefinition> capabilities = registry.capabilities(type);
        Map<String, RequirementDefinition> requirements = registry.requirements(type);
        if (args.size() >= 3 && (capabilities.containsKey(second) || requirements.containsKey(second))) {
            Map<String, PropertyDefinition> properties = new LinkedHashMap<>();
            String where;
            if (capabilities.containsKey(second)) {
                CapabilityDefinition capability = capabilities.get(second);
                properties.putAll(capabilityProperties(capability));
                if (attribute) {
                    properties.putAll(registry.attributes(TypeKind.CAPABILITY, capability.type()));
                    properties.putAll(capability.attributes());
                }
                where = "capability '" + second + "'";
            } else {
                // A requirement: the property is the target's, resolved at deployment unless the target is named.
                RequirementAssignment assignment = node.requirements().stream().filter(r -> r.name().equals(second)).findFirst()
                        .orElse(null);
                NodeTemplate target = assignment == null || assignment.node() == null ? null
                        : topology.nodeTemplates().get(assignment.node());
                if (target == null || target.type() == null) {
                    return;
                }
                properties.putAll(registry.properties(TypeKind.NODE, target.type()));
                if (attribute) {
                    properties.putAll(registry.attributes(TypeKind.NODE, target.type()));
                }
                for (CapabilityDefinition capability : registry.capabilities(target.type()).values()) {
                    properties.putAll(capabilityProperties(capability));
                }
                where = "the target of requirement '" + second + "'";
            }
            String third = Value.text(args.get(2));
            PropertyDefinition definition = properties.get(third);
            if (definition == null) {
                error(args.get(2).at(), attribute ? "tosca.function.attribute" : "tosca.function.property", (attribute ? "Attribute '"
                        : "Property '") + third + "' is not defined in " + where + " of node template '" + node.name() + "'; it has: "
                        + String.join(", ", properties.keySet()) + "." + Names.suggestion(third, properties.keySet()));
                return;
            }
            if (args.size() > 3) {
                checkNested(definition.type(), definition.entrySchema(), args.subList(3, args.size()), where, function);
            }
            return;
        }
        error(args.get(1).at(), attribute ? "tosca.function.attribute" : "tosca.function.property", (attribute ? "Attribute '"
                : "Property '") + second + "' is not defined in node template '" + node.name() + "' (" + type + "); it has: "
                + String.join(", ", own.keySet()) + "." + Names.suggestion(second, own.keySet()));
    }

    private boolean hasName(NodeTemplate node, String name, boolean attribute) {
        return registry.properties(TypeKind.NODE, node.type()).containsKey(name)
                || attribute && registry.attributes(TypeKind.NODE, node.type()).containsKey(name)
                || registry.capabilities(node.type()).containsKey(name) || registry.requirements(node.type()).containsKey(name);
    }

    private NodeTemplate hostOf(NodeTemplate node) {
        for (RequirementAssignment requirement : node.requirements()) {
            RequirementDefinition definition = node.type() == null ? null : registry.requirements(node.type()).get(requirement.name());
            String relationship = requirement.relationship() != null ? requirement.relationship()
                    : definition == null ? null : definition.relationship();
            RelationshipTemplate template = relationship == null ? null : topology.relationshipTemplates().get(relationship);
            String relationshipType = template != null ? template.type() : relationship;
            if (relationshipType != null && registry.derivesFrom(TypeKind.RELATIONSHIP, relationshipType, "tosca.relationships.HostedOn")
                    && requirement.node() != null) {
                return topology.nodeTemplates().get(requirement.node());
            }
        }
        return null;
    }

    /** Indexes and keys after a property name must walk a list, map or data type. */
    private void checkNested(String type, Schema entrySchema, List<Value> path, String what, String function) {
        String current = type;
        Schema schema = entrySchema;
        for (Value step : path) {
            if (current == null) {
                return;
            }
            String primitive = registry.primitiveOf(current);
            Object key = step instanceof Value.Scalar s ? s.value() : null;
            if ("list".equals(primitive) && key instanceof Long) {
                current = schema == null ? null : schema.type();
                schema = schema == null ? null : schema.entrySchema();
            } else if ("map".equals(primitive) && key instanceof String) {
                current = schema == null ? null : schema.type();
                schema = schema == null ? null : schema.entrySchema();
            } else if (primitive == null && key instanceof String name) {
                PropertyDefinition definition = registry.properties(TypeKind.DATA, current).get(name);
                if (definition == null) {
                    error(step.at(), "tosca.function.arguments", function + ": the " + what + " (" + current + ") has no field '" + name
                            + "'.");
                    return;
                }
                current = definition.type();
                schema = definition.entrySchema();
            } else {
                error(step.at(), "tosca.function.arguments", function + ": '" + Value.text(step) + "' cannot index the " + what
                        + ", which is a " + current + (primitive != null && primitive.equals("list") ? " (index it with a whole number)"
                                : "") + ".");
                return;
            }
        }
    }

    // --- helpers -----------------------------------------------------------------------------

    private TypeDefinition resolve(TypeKind kind, String name, Source at, String what) {
        if (name == null) {
            error(at, "tosca.missing-key", "The " + what + " has no 'type'; name its " + kind.label() + ".");
            return null;
        }
        TypeDefinition type = registry.find(kind, name);
        if (type == null) {
            unknownType(at, kind, name, what);
        }
        return type;
    }

    private void unknownType(Source at, TypeKind kind, String name, String what) {
        Set<String> known = kind == TypeKind.DATA ? new HashSet<>(registry.names(kind)) : registry.names(kind);
        if (kind == TypeKind.DATA) {
            known.addAll(TypeRegistry.PRIMITIVES);
        }
        error(at, "tosca.type.unknown", "The " + kind.label() + " '" + name + "' of " + what + " is not defined; define it under "
                + kind.section() + " or import the file that does." + Names.suggestion(name, known));
    }

    private static Source keyAt(Value value) {
        return value.at();
    }

    private static boolean isNull(Value value) {
        return value instanceof Value.Scalar scalar && scalar.isNull();
    }

    private static String display(Value value) {
        String text = value instanceof Value.Scalar s ? s.text() : String.valueOf(value.toJava());
        return text.length() > 60 ? text.substring(0, 57) + "..." : text;
    }

    private void error(Source at, String code, String message) {
        Source where = at == null ? Source.unknown("") : at;
        diagnostics.add(Diagnostic.error(where.file(), where.line(), where.column(), code, message));
    }
}
