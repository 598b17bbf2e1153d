package org.vitruvian.tosca.model;

import java.util.List;
import java.util.Map;

/**
 * The definitions TOSCA types are made of (TOSCA 1.3 section 3.6): properties, attributes,
 * requirements, capabilities, interfaces, operations, artifacts and constraints. Grouped in
 * one holder because they are small and always used together.
 */
public final class Definitions {

    private Definitions() {
    }

    /** A constraint clause such as {@code greater_or_equal: 1} (3.6.3). */
    public record Constraint(String operator, Value argument, Source at) {
    }

    /** The type of the entries of a list or map, or of its keys (3.6.4). */
    public record Schema(String type, Source at, String description, List<Constraint> constraints, Schema entrySchema) {
    }

    /** A property, attribute, input or parameter definition (3.6.10, 3.6.12, 3.6.14). */
    public record PropertyDefinition(String name, Source at, String type, Source typeAt, String description, boolean required,
            Value defaultValue, Value value, List<Constraint> constraints, Schema entrySchema, Schema keySchema, String status) {
    }

    /** min and max occurrences; max is {@link #UNBOUNDED} for UNBOUNDED. */
    public record Occurrences(int min, int max, Source at) {
        public static final int UNBOUNDED = Integer.MAX_VALUE;

        public static Occurrences of(int min, int max) {
            return new Occurrences(min, max, null);
        }
    }

    /** A requirement of a node type (3.6.3). */
    public record RequirementDefinition(String name, Source at, String capability, Source capabilityAt, String node, Source nodeAt,
            String relationship, Source relationshipAt, Occurrences occurrences) {
    }

    /** A capability of a node type (3.6.2). */
    public record CapabilityDefinition(String name, Source at, String type, Source typeAt, String description,
            Map<String, PropertyDefinition> properties, Map<String, PropertyDefinition> attributes, List<String> validSourceTypes,
            Occurrences occurrences) {
    }

    /** An operation of an interface type or definition (3.6.17). */
    public record OperationDefinition(String name, Source at, String description, Value implementation, Map<String, Value> inputs,
            Map<String, Value> outputs) {
    }

    /** An interface of a type, or its assignment in a template (3.6.20, 3.6.21). */
    public record InterfaceDefinition(String name, Source at, String type, Source typeAt, Map<String, Value> inputs,
            Map<String, OperationDefinition> operations) {
    }

    /** An artifact definition (3.6.7); {@code file} is the path or URL of its content. */
    public record ArtifactDefinition(String name, Source at, String type, Source typeAt, String file, Source fileAt, String repository,
            String deployPath) {
    }
}
