package org.vitruvian.tosca.model;

import java.util.List;
import java.util.Map;

import org.vitruvian.tosca.model.Definitions.ArtifactDefinition;
import org.vitruvian.tosca.model.Definitions.InterfaceDefinition;
import org.vitruvian.tosca.model.Definitions.PropertyDefinition;

/** The topology template and its templates (TOSCA 1.3 sections 3.8 and 3.9). */
public final class Topology {

    private Topology() {
    }

    /** A capability's property and attribute values in a node template. */
    public record CapabilityAssignment(String name, Source at, Map<String, Value> properties, Map<String, Value> attributes) {
    }

    /**
     * A requirement of a node template (3.8.2): the target node (a template name or a node type),
     * the capability (a name or a type), the relationship (a template name or a relationship
     * type, with its property values and interfaces) and a node filter.
     */
    public record RequirementAssignment(String name, Source at, String node, Source nodeAt, String capability, Source capabilityAt,
            String relationship, Source relationshipAt, Map<String, Value> relationshipProperties,
            Map<String, InterfaceDefinition> relationshipInterfaces, Value nodeFilter, Value occurrences) {
    }

    public record NodeTemplate(String name, Source at, String type, Source typeAt, String description, Map<String, String> metadata,
            List<String> directives, Map<String, Value> properties, Map<String, Value> attributes,
            List<RequirementAssignment> requirements, Map<String, CapabilityAssignment> capabilities,
            Map<String, InterfaceDefinition> interfaces, Map<String, ArtifactDefinition> artifacts, Value nodeFilter, String copy) {
    }

    public record RelationshipTemplate(String name, Source at, String type, Source typeAt, String description,
            Map<String, Value> properties, Map<String, Value> attributes, Map<String, InterfaceDefinition> interfaces) {
    }

    /** A group (3.6.5); members are node template names. */
    public record Group(String name, Source at, String type, Source typeAt, String description, Map<String, Value> properties,
            List<Value.Scalar> members, Map<String, InterfaceDefinition> interfaces) {
    }

    /** A policy (3.6.6); targets are node template or group names. */
    public record Policy(String name, Source at, String type, Source typeAt, String description, Map<String, Value> properties,
            List<Value.Scalar> targets, Value triggers) {
    }

    /** An output parameter: a value, usually a function call, with an optional type. */
    public record Output(String name, Source at, String type, String description, Value value) {
    }

    /** The topology template (3.9): everything but substitution mappings and workflows is typed. */
    public record TopologyTemplate(Source at, String description, Map<String, PropertyDefinition> inputs,
            Map<String, NodeTemplate> nodeTemplates, Map<String, RelationshipTemplate> relationshipTemplates,
            Map<String, Group> groups, List<Policy> policies, Map<String, Output> outputs, Value substitutionMappings,
            Value workflows) {
    }
}
