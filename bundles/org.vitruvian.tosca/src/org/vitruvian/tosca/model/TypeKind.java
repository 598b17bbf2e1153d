package org.vitruvian.tosca.model;

/** The eight families of TOSCA types, each with the service-template section that defines them. */
public enum TypeKind {
    ARTIFACT("artifact_types", "artifact type"),
    DATA("data_types", "data type"),
    CAPABILITY("capability_types", "capability type"),
    INTERFACE("interface_types", "interface type"),
    RELATIONSHIP("relationship_types", "relationship type"),
    NODE("node_types", "node type"),
    GROUP("group_types", "group type"),
    POLICY("policy_types", "policy type");

    private final String section;
    private final String label;

    TypeKind(String section, String label) {
        this.section = section;
        this.label = label;
    }

    /** The key of the section that defines types of this kind, e.g. {@code node_types}. */
    public String section() {
        return section;
    }

    /** The words used in messages, e.g. "node type". */
    public String label() {
        return label;
    }
}
