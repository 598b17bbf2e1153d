package org.vitruvian.tosca.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.vitruvian.core.diagnostics.Diagnostic;
import org.vitruvian.tosca.model.Definitions.ArtifactDefinition;
import org.vitruvian.tosca.model.Definitions.CapabilityDefinition;
import org.vitruvian.tosca.model.Definitions.Constraint;
import org.vitruvian.tosca.model.Definitions.InterfaceDefinition;
import org.vitruvian.tosca.model.Definitions.Occurrences;
import org.vitruvian.tosca.model.Definitions.OperationDefinition;
import org.vitruvian.tosca.model.Definitions.PropertyDefinition;
import org.vitruvian.tosca.model.Definitions.RequirementDefinition;
import org.vitruvian.tosca.model.Definitions.Schema;
import org.vitruvian.tosca.model.ServiceTemplate;
import org.vitruvian.tosca.model.ServiceTemplate.ImportDefinition;
import org.vitruvian.tosca.model.ServiceTemplate.Repository;
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
 * Turns the YAML tree of one file into the typed {@link ServiceTemplate}, reporting keys the
 * grammar does not have and values of the wrong shape. Types and names are not resolved here:
 * that is the checker's job, once imports are read.
 */
public final class TemplateReader {

    /** The versions of the Simple Profile read (TOSCA 1.3 section 3.10.3.1 and its predecessors). */
    public static final List<String> VERSIONS = List.of("tosca_simple_yaml_1_0", "tosca_simple_yaml_1_1", "tosca_simple_yaml_1_2",
            "tosca_simple_yaml_1_3");

    private static final Set<String> TOP_LEVEL = Set.of("tosca_definitions_version", "namespace", "tosca_default_namespace",
            "template_name", "template_author", "template_version", "metadata", "description", "dsl_definitions", "repositories",
            "imports", "artifact_types", "data_types", "capability_types", "interface_types", "relationship_types", "node_types",
            "group_types", "policy_types", "topology_template");
    private static final Set<String> TOPOLOGY = Set.of("description", "inputs", "node_templates", "relationship_templates", "groups",
            "policies", "outputs", "substitution_mappings", "workflows");
    private static final Set<String> NODE_TEMPLATE = Set.of("type", "description", "metadata", "directives", "properties", "attributes",
            "requirements", "capabilities", "interfaces", "artifacts", "node_filter", "copy");
    private static final Set<String> PROPERTY = Set.of("type", "description", "required", "default", "value", "status", "constraints",
            "key_schema", "entry_schema", "metadata", "external-schema");
    private static final Set<String> OPERATORS = Set.of("equal", "greater_than", "greater_or_equal", "less_than", "less_or_equal",
            "in_range", "valid_values", "length", "min_length", "max_length", "pattern", "schema");

    private final String file;
    private final List<Diagnostic> diagnostics;

    public TemplateReader(String file, List<Diagnostic> diagnostics) {
        this.file = file;
        this.diagnostics = diagnostics;
    }

    public ServiceTemplate read(Value root) {
        if (!(root instanceof Value.Mapping document)) {
            error(root.at(), "tosca.not-a-template", "The file is not a TOSCA service template: it must be a mapping that starts with "
                    + "'tosca_definitions_version: tosca_simple_yaml_1_3'.");
            return null;
        }
        for (Value.Entry entry : document.entries()) {
            if (!TOP_LEVEL.contains(entry.name())) {
                error(entry.key().at(), "tosca.unknown-key", "'" + entry.name() + "' is not a section of a service template; use one of: "
                        + String.join(", ", sorted(TOP_LEVEL)) + "." + Names.suggestion(entry.name(), TOP_LEVEL));
            }
        }
        Value version = document.get("tosca_definitions_version");
        String versionText = Value.text(version);
        Source versionAt = version == null ? document.at() : version.at();
        if (version == null) {
            error(document.at(), "tosca.version", "Missing 'tosca_definitions_version'; start the file with "
                    + "'tosca_definitions_version: tosca_simple_yaml_1_3'.");
        } else if (!VERSIONS.contains(versionText)) {
            error(version.at(), "tosca.version", "'tosca_definitions_version' is '" + versionText + "'; Vitruvian reads "
                    + String.join(", ", VERSIONS) + "." + Names.suggestion(String.valueOf(versionText), VERSIONS));
        }
        Map<String, String> metadata = stringMap(document.get("metadata"), "metadata");
        for (String legacy : List.of("template_name", "template_author", "template_version")) {
            String text = Value.text(document.get(legacy));
            if (text != null) {
                metadata.putIfAbsent(legacy, text);
            }
        }
        List<ImportDefinition> imports = imports(document.get("imports"));
        Map<String, Repository> repositories = new LinkedHashMap<>();
        for (Value.Entry entry : entries(document.get("repositories"), "repositories")) {
            if (entry.value() instanceof Value.Mapping repo) {
                known(repo, Set.of("description", "url", "credential"), "a repository");
                String url = Value.text(repo.get("url"));
                if (url == null) {
                    error(repo.at(), "tosca.missing-key", "Repository '" + entry.name() + "' has no 'url'; add it.");
                }
                repositories.put(entry.name(), new Repository(entry.name(), entry.key().at(), url, Value.text(repo.get("description"))));
            } else {
                repositories.put(entry.name(), new Repository(entry.name(), entry.key().at(), Value.text(entry.value()), null));
            }
        }
        Map<TypeKind, Map<String, TypeDefinition>> types = new EnumMap<>(TypeKind.class);
        for (TypeKind kind : TypeKind.values()) {
            Map<String, TypeDefinition> ofKind = new LinkedHashMap<>();
            for (Value.Entry entry : entries(document.get(kind.section()), kind.section())) {
                TypeDefinition type = type(kind, entry);
                if (type != null) {
                    ofKind.put(type.name(), type);
                }
            }
            types.put(kind, ofKind);
        }
        TopologyTemplate topology = document.has("topology_template") ? topology(document.get("topology_template")) : null;
        return new ServiceTemplate(file, versionText, versionAt, metadata, Value.text(document.get("description")), imports,
                repositories, document.get("dsl_definitions"), types, topology, document);
    }

    // --- imports -----------------------------------------------------------------------------

    private List<ImportDefinition> imports(Value value) {
        List<ImportDefinition> imports = new ArrayList<>();
        if (value == null) {
            return imports;
        }
        if (!(value instanceof Value.Sequence sequence)) {
            error(value.at(), "tosca.shape", "'imports' is a list; write each import on a line starting with '- '.");
            return imports;
        }
        for (Value item : sequence.items()) {
            if (item instanceof Value.Scalar scalar && !scalar.isNull()) {
                imports.add(new ImportDefinition(scalar.text(), scalar.at(), null, null, null));
            } else if (item instanceof Value.Mapping mapping) {
                // Either the 1.2+ form {file: ..., repository: ...} or the 1.0 form {NAME: FILE} / {NAME: {file: ...}}.
                Value.Mapping definition = mapping;
                if (!mapping.has("file") && mapping.entries().size() == 1) {
                    Value inner = mapping.entries().get(0).value();
                    if (inner instanceof Value.Scalar scalar) {
                        imports.add(new ImportDefinition(scalar.text(), scalar.at(), null, null, null));
                        continue;
                    }
                    if (inner instanceof Value.Mapping innerMapping) {
                        definition = innerMapping;
                    }
                }
                known(definition, Set.of("file", "repository", "namespace_prefix", "namespace_uri"), "an import");
                String fileName = Value.text(definition.get("file"));
                if (fileName == null) {
                    error(definition.at(), "tosca.import", "This import has no 'file'; name the file to import.");
                    continue;
                }
                imports.add(new ImportDefinition(fileName, definition.get("file").at(), Value.text(definition.get("repository")),
                        Value.text(definition.get("namespace_prefix")), Value.text(definition.get("namespace_uri"))));
            } else {
                error(item.at(), "tosca.import", "An import is a file name or a mapping with 'file'.");
            }
        }
        return imports;
    }

    // --- types -------------------------------------------------------------------------------

    private TypeDefinition type(TypeKind kind, Value.Entry entry) {
        if (!(entry.value() instanceof Value.Mapping body)) {
            if (entry.value() instanceof Value.Scalar scalar && scalar.isNull()) {
                return emptyType(kind, entry.name(), entry.key().at());
            }
            error(entry.value().at(), "tosca.shape", "The " + kind.label() + " '" + entry.name() + "' must be a mapping of its keys.");
            return null;
        }
        known(body, keysOf(kind), "a " + kind.label());
        Value derived = body.get("derived_from");
        Map<String, PropertyDefinition> properties = propertyDefinitions(body.get("properties"), "properties");
        List<RequirementDefinition> requirements = kind == TypeKind.NODE ? requirementDefinitions(body.get("requirements"))
                : List.of();
        Map<String, CapabilityDefinition> capabilities = kind == TypeKind.NODE ? capabilityDefinitions(body.get("capabilities"))
                : Map.of();
        Map<String, OperationDefinition> operations = new LinkedHashMap<>();
        if (kind == TypeKind.INTERFACE) {
            for (Value.Entry op : entries(body, null)) {
                if (!Set.of("derived_from", "version", "metadata", "description", "inputs", "operations", "notifications")
                        .contains(op.name())) {
                    operations.put(op.name(), operation(op));
                }
            }
            for (Value.Entry op : entries(body.get("operations"), "operations")) {
                operations.put(op.name(), operation(op));
            }
        }
        Schema entrySchema = schema(body.get("entry_schema"));
        return new TypeDefinition(kind, entry.name(), entry.key().at(), Value.text(derived), derived == null ? null : derived.at(),
                Value.text(body.get("version")), Value.text(body.get("description")), stringMap(body.get("metadata"), "metadata"),
                properties, propertyDefinitions(body.get("attributes"), "attributes"), requirements, capabilities,
                interfaceDefinitions(body.get("interfaces")), artifacts(body.get("artifacts")), operations,
                constraints(body.get("constraints")), entrySchema, names(body.get("valid_source_types")),
                names(body.get("valid_target_types")), names(body.get("members")), names(body.get("targets")),
                Value.text(body.get("mime_type")), names(body.get("file_ext")));
    }

    private static TypeDefinition emptyType(TypeKind kind, String name, Source at) {
        return new TypeDefinition(kind, name, at, null, null, null, null, Map.of(), Map.of(), Map.of(), List.of(), Map.of(), Map.of(),
                Map.of(), Map.of(), List.of(), null, List.of(), List.of(), List.of(), List.of(), null, List.of());
    }

    private static Set<String> keysOf(TypeKind kind) {
        Set<String> common = Set.of("derived_from", "version", "metadata", "description");
        Set<String> own = switch (kind) {
            case ARTIFACT -> Set.of("mime_type", "file_ext", "properties");
            case DATA -> Set.of("constraints", "properties", "key_schema", "entry_schema");
            case CAPABILITY -> Set.of("properties", "attributes", "valid_source_types");
            case INTERFACE -> null;
            case RELATIONSHIP -> Set.of("properties", "attributes", "interfaces", "valid_target_types");
            case NODE -> Set.of("properties", "attributes", "requirements", "capabilities", "interfaces", "artifacts");
            case GROUP -> Set.of("properties", "attributes", "members", "requirements", "capabilities", "interfaces");
            case POLICY -> Set.of("properties", "targets", "triggers");
        };
        if (own == null) {
            return null;
        }
        Set<String> all = new java.util.HashSet<>(common);
        all.addAll(own);
        return all;
    }

    Map<String, PropertyDefinition> propertyDefinitions(Value value, String section) {
        Map<String, PropertyDefinition> definitions = new LinkedHashMap<>();
        for (Value.Entry entry : entries(value, section)) {
            PropertyDefinition definition = propertyDefinition(entry);
            if (definition != null) {
                definitions.put(definition.name(), definition);
            }
        }
        return definitions;
    }

    PropertyDefinition propertyDefinition(Value.Entry entry) {
        if (!(entry.value() instanceof Value.Mapping body)) {
            error(entry.value().at(), "tosca.shape", "The definition of '" + entry.name()
                    + "' must be a mapping with at least 'type', e.g. 'type: string'.");
            return null;
        }
        known(body, PROPERTY, "a property definition");
        Value type = body.get("type");
        Value required = body.get("required");
        boolean isRequired = true;
        if (required != null) {
            if (required instanceof Value.Scalar scalar && scalar.value() instanceof Boolean b) {
                isRequired = b;
            } else {
                error(required.at(), "tosca.value-type", "'required' of '" + entry.name() + "' takes true or false, got '"
                        + Value.text(required) + "'.");
            }
        }
        return new PropertyDefinition(entry.name(), entry.key().at(), Value.text(type), type == null ? entry.key().at() : type.at(),
                Value.text(body.get("description")), isRequired, body.get("default"), body.get("value"),
                constraints(body.get("constraints")), schema(body.get("entry_schema")), schema(body.get("key_schema")),
                Value.text(body.get("status")));
    }

    private Schema schema(Value value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Value.Scalar scalar) {
            return new Schema(scalar.text(), scalar.at(), null, List.of(), null);
        }
        if (value instanceof Value.Mapping body) {
            known(body, Set.of("type", "description", "constraints", "entry_schema", "key_schema"), "an entry schema");
            Value type = body.get("type");
            return new Schema(Value.text(type), type == null ? body.at() : type.at(), Value.text(body.get("description")),
                    constraints(body.get("constraints")), schema(body.get("entry_schema")));
        }
        error(value.at(), "tosca.shape", "An entry schema is a type name or a mapping with 'type'.");
        return null;
    }

    List<Constraint> constraints(Value value) {
        List<Constraint> constraints = new ArrayList<>();
        if (value == null) {
            return constraints;
        }
        if (!(value instanceof Value.Sequence sequence)) {
            error(value.at(), "tosca.shape", "'constraints' is a list of clauses such as '- greater_or_equal: 1'.");
            return constraints;
        }
        for (Value item : sequence.items()) {
            if (item instanceof Value.Mapping clause && clause.entries().size() == 1) {
                Value.Entry entry = clause.entries().get(0);
                if (!OPERATORS.contains(entry.name())) {
                    error(entry.key().at(), "tosca.constraint", "'" + entry.name() + "' is not a constraint operator; use one of: "
                            + String.join(", ", sorted(OPERATORS)) + "." + Names.suggestion(entry.name(), OPERATORS));
                    continue;
                }
                constraints.add(new Constraint(entry.name(), entry.value(), entry.key().at()));
            } else {
                error(item.at(), "tosca.constraint", "A constraint is one clause such as 'greater_or_equal: 1'.");
            }
        }
        return constraints;
    }

    private List<RequirementDefinition> requirementDefinitions(Value value) {
        List<RequirementDefinition> requirements = new ArrayList<>();
        for (Value.Entry entry : listOfSingleEntries(value, "requirements")) {
            if (entry.value() instanceof Value.Scalar scalar) {
                requirements.add(new RequirementDefinition(entry.name(), entry.key().at(), scalar.text(), scalar.at(), null, null, null,
                        null, null));
                continue;
            }
            if (!(entry.value() instanceof Value.Mapping body)) {
                error(entry.value().at(), "tosca.shape", "Requirement '" + entry.name() + "' is a capability type or a mapping.");
                continue;
            }
            known(body, Set.of("capability", "node", "relationship", "occurrences", "description", "node_filter"),
                    "a requirement definition");
            Value capability = body.get("capability");
            if (capability == null) {
                error(body.at(), "tosca.missing-key", "Requirement '" + entry.name() + "' has no 'capability'; name the capability type "
                        + "it needs.");
            }
            Value node = body.get("node");
            Value relationship = body.get("relationship");
            String relationshipType = Value.text(relationship);
            Source relationshipAt = relationship == null ? null : relationship.at();
            if (relationship instanceof Value.Mapping relationshipBody) {
                Value relType = relationshipBody.get("type");
                relationshipType = Value.text(relType);
                relationshipAt = relType == null ? relationshipBody.at() : relType.at();
            }
            requirements.add(new RequirementDefinition(entry.name(), entry.key().at(), Value.text(capability),
                    capability == null ? null : capability.at(), Value.text(node), node == null ? null : node.at(), relationshipType,
                    relationshipAt, occurrences(body.get("occurrences"))));
        }
        return requirements;
    }

    Occurrences occurrences(Value value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Value.Sequence range && range.items().size() == 2 && range.items().get(0) instanceof Value.Scalar min
                && min.value() instanceof Long low && range.items().get(1) instanceof Value.Scalar max
                && (max.value() instanceof Long || "UNBOUNDED".equals(max.text()))) {
            int high = max.value() instanceof Long l ? l.intValue() : Occurrences.UNBOUNDED;
            if (low < 0 || high < low) {
                error(value.at(), "tosca.occurrences", "Occurrences [" + low + ", " + max.text() + "] are not a range; write [MIN, MAX] "
                        + "with 0 <= MIN <= MAX.");
            }
            return new Occurrences(low.intValue(), high, value.at());
        }
        error(value.at(), "tosca.occurrences", "Occurrences are written [MIN, MAX] with whole numbers, MAX may be UNBOUNDED.");
        return null;
    }

    private Map<String, CapabilityDefinition> capabilityDefinitions(Value value) {
        Map<String, CapabilityDefinition> capabilities = new LinkedHashMap<>();
        for (Value.Entry entry : entries(value, "capabilities")) {
            if (entry.value() instanceof Value.Scalar scalar) {
                capabilities.put(entry.name(), new CapabilityDefinition(entry.name(), entry.key().at(), scalar.text(), scalar.at(), null,
                        Map.of(), Map.of(), List.of(), null));
                continue;
            }
            if (!(entry.value() instanceof Value.Mapping body)) {
                error(entry.value().at(), "tosca.shape", "Capability '" + entry.name() + "' is a capability type or a mapping with 'type'.");
                continue;
            }
            known(body, Set.of("type", "description", "properties", "attributes", "valid_source_types", "occurrences"),
                    "a capability definition");
            Value type = body.get("type");
            if (type == null) {
                error(body.at(), "tosca.missing-key", "Capability '" + entry.name() + "' has no 'type'; name its capability type.");
            }
            capabilities.put(entry.name(), new CapabilityDefinition(entry.name(), entry.key().at(), Value.text(type),
                    type == null ? body.at() : type.at(), Value.text(body.get("description")),
                    propertyDefinitions(body.get("properties"), "properties"), propertyDefinitions(body.get("attributes"), "attributes"),
                    names(body.get("valid_source_types")), occurrences(body.get("occurrences"))));
        }
        return capabilities;
    }

    Map<String, InterfaceDefinition> interfaceDefinitions(Value value) {
        Map<String, InterfaceDefinition> interfaces = new LinkedHashMap<>();
        for (Value.Entry entry : entries(value, "interfaces")) {
            if (!(entry.value() instanceof Value.Mapping body)) {
                if (entry.value() instanceof Value.Scalar scalar && scalar.isNull()) {
                    interfaces.put(entry.name(), new InterfaceDefinition(entry.name(), entry.key().at(), null, null, Map.of(), Map.of()));
                    continue;
                }
                error(entry.value().at(), "tosca.shape", "Interface '" + entry.name() + "' must be a mapping of its type and operations.");
                continue;
            }
            Value type = body.get("type");
            Map<String, Value> inputs = valueMap(body.get("inputs"), "inputs");
            Map<String, OperationDefinition> operations = new LinkedHashMap<>();
            for (Value.Entry op : body.entries()) {
                if (!Set.of("type", "inputs", "operations", "notifications", "description").contains(op.name())) {
                    operations.put(op.name(), operation(op));
                }
            }
            for (Value.Entry op : entries(body.get("operations"), "operations")) {
                operations.put(op.name(), operation(op));
            }
            interfaces.put(entry.name(), new InterfaceDefinition(entry.name(), entry.key().at(), Value.text(type),
                    type == null ? null : type.at(), inputs, operations));
        }
        return interfaces;
    }

    private OperationDefinition operation(Value.Entry entry) {
        if (entry.value() instanceof Value.Mapping body) {
            known(body, Set.of("description", "implementation", "inputs", "outputs"), "an operation");
            return new OperationDefinition(entry.name(), entry.key().at(), Value.text(body.get("description")), body.get("implementation"),
                    valueMap(body.get("inputs"), "inputs"), valueMap(body.get("outputs"), "outputs"));
        }
        // Short form: the value is the implementation artifact (or nothing).
        Value implementation = entry.value() instanceof Value.Scalar scalar && scalar.isNull() ? null : entry.value();
        return new OperationDefinition(entry.name(), entry.key().at(), null, implementation, Map.of(), Map.of());
    }

    private Map<String, ArtifactDefinition> artifacts(Value value) {
        Map<String, ArtifactDefinition> artifacts = new LinkedHashMap<>();
        for (Value.Entry entry : entries(value, "artifacts")) {
            if (entry.value() instanceof Value.Scalar scalar) {
                artifacts.put(entry.name(), new ArtifactDefinition(entry.name(), entry.key().at(), null, null, scalar.text(), scalar.at(),
                        null, null));
            } else if (entry.value() instanceof Value.Mapping body) {
                known(body, Set.of("type", "file", "repository", "description", "deploy_path", "artifact_version", "checksum",
                        "checksum_algorithm", "properties"), "an artifact");
                Value type = body.get("type");
                Value artifactFile = body.get("file");
                if (artifactFile == null) {
                    error(body.at(), "tosca.missing-key", "Artifact '" + entry.name() + "' has no 'file'; name its file or URL.");
                }
                artifacts.put(entry.name(), new ArtifactDefinition(entry.name(), entry.key().at(), Value.text(type),
                        type == null ? null : type.at(), Value.text(artifactFile), artifactFile == null ? body.at() : artifactFile.at(),
                        Value.text(body.get("repository")), Value.text(body.get("deploy_path"))));
            } else {
                error(entry.value().at(), "tosca.shape", "Artifact '" + entry.name() + "' is a file name or a mapping with 'type' and 'file'.");
            }
        }
        return artifacts;
    }

    // --- topology ----------------------------------------------------------------------------

    private TopologyTemplate topology(Value value) {
        if (!(value instanceof Value.Mapping body)) {
            if (!(value instanceof Value.Scalar s && s.isNull())) {
                error(value.at(), "tosca.shape", "'topology_template' must be a mapping with node_templates and its other sections.");
            }
            return new TopologyTemplate(value.at(), null, Map.of(), Map.of(), Map.of(), Map.of(), List.of(), Map.of(), null, null);
        }
        known(body, TOPOLOGY, "the topology template");
        Map<String, NodeTemplate> nodes = new LinkedHashMap<>();
        for (Value.Entry entry : entries(body.get("node_templates"), "node_templates")) {
            NodeTemplate node = nodeTemplate(entry);
            if (node != null) {
                nodes.put(node.name(), node);
            }
        }
        Map<String, RelationshipTemplate> relationships = new LinkedHashMap<>();
        for (Value.Entry entry : entries(body.get("relationship_templates"), "relationship_templates")) {
            if (entry.value() instanceof Value.Mapping rel) {
                known(rel, Set.of("type", "description", "metadata", "properties", "attributes", "interfaces", "copy"),
                        "a relationship template");
                Value type = rel.get("type");
                relationships.put(entry.name(), new RelationshipTemplate(entry.name(), entry.key().at(), Value.text(type),
                        type == null ? rel.at() : type.at(), Value.text(rel.get("description")), valueMap(rel.get("properties"), "properties"),
                        valueMap(rel.get("attributes"), "attributes"), interfaceDefinitions(rel.get("interfaces"))));
            } else {
                error(entry.value().at(), "tosca.shape", "Relationship template '" + entry.name() + "' must be a mapping with 'type'.");
            }
        }
        Map<String, Group> groups = new LinkedHashMap<>();
        for (Value.Entry entry : entries(body.get("groups"), "groups")) {
            if (entry.value() instanceof Value.Mapping group) {
                known(group, Set.of("type", "description", "metadata", "properties", "attributes", "members", "interfaces"), "a group");
                Value type = group.get("type");
                groups.put(entry.name(), new Group(entry.name(), entry.key().at(), Value.text(type), type == null ? group.at() : type.at(),
                        Value.text(group.get("description")), valueMap(group.get("properties"), "properties"),
                        scalars(group.get("members"), "members"), interfaceDefinitions(group.get("interfaces"))));
            } else {
                error(entry.value().at(), "tosca.shape", "Group '" + entry.name() + "' must be a mapping with 'type' and 'members'.");
            }
        }
        List<Policy> policies = new ArrayList<>();
        for (Value.Entry entry : listOfSingleEntries(body.get("policies"), "policies")) {
            if (entry.value() instanceof Value.Mapping policy) {
                known(policy, Set.of("type", "description", "metadata", "properties", "targets", "triggers"), "a policy");
                Value type = policy.get("type");
                policies.add(new Policy(entry.name(), entry.key().at(), Value.text(type), type == null ? policy.at() : type.at(),
                        Value.text(policy.get("description")), valueMap(policy.get("properties"), "properties"),
                        scalars(policy.get("targets"), "targets"), policy.get("triggers")));
            } else {
                error(entry.value().at(), "tosca.shape", "Policy '" + entry.name() + "' must be a mapping with 'type'.");
            }
        }
        Map<String, Output> outputs = new LinkedHashMap<>();
        for (Value.Entry entry : entries(body.get("outputs"), "outputs")) {
            if (entry.value() instanceof Value.Mapping output) {
                known(output, Set.of("type", "description", "value", "required", "status", "constraints", "entry_schema", "key_schema",
                        "default", "metadata"), "an output");
                Value value2 = output.get("value");
                if (value2 == null) {
                    error(output.at(), "tosca.missing-key", "Output '" + entry.name() + "' has no 'value'; give the value it reports.");
                }
                outputs.put(entry.name(), new Output(entry.name(), entry.key().at(), Value.text(output.get("type")),
                        Value.text(output.get("description")), value2));
            } else {
                error(entry.value().at(), "tosca.shape", "Output '" + entry.name() + "' must be a mapping with 'value'.");
            }
        }
        return new TopologyTemplate(body.at(), Value.text(body.get("description")), propertyDefinitions(body.get("inputs"), "inputs"),
                nodes, relationships, groups, policies, outputs, body.get("substitution_mappings"), body.get("workflows"));
    }

    private NodeTemplate nodeTemplate(Value.Entry entry) {
        if (!(entry.value() instanceof Value.Mapping body)) {
            error(entry.value().at(), "tosca.shape", "Node template '" + entry.name() + "' must be a mapping with 'type'.");
            return null;
        }
        known(body, NODE_TEMPLATE, "a node template");
        Value type = body.get("type");
        if (type == null && !body.has("copy")) {
            error(entry.key().at(), "tosca.missing-key", "Node template '" + entry.name() + "' has no 'type'; name its node type.");
        }
        List<RequirementAssignment> requirements = new ArrayList<>();
        for (Value.Entry requirement : listOfSingleEntries(body.get("requirements"), "requirements")) {
            requirements.add(requirementAssignment(requirement));
        }
        Map<String, CapabilityAssignment> capabilities = new LinkedHashMap<>();
        for (Value.Entry capability : entries(body.get("capabilities"), "capabilities")) {
            if (capability.value() instanceof Value.Mapping cap) {
                known(cap, Set.of("properties", "attributes", "occurrences"), "a capability assignment");
                capabilities.put(capability.name(), new CapabilityAssignment(capability.name(), capability.key().at(),
                        valueMap(cap.get("properties"), "properties"), valueMap(cap.get("attributes"), "attributes")));
            } else if (capability.value() instanceof Value.Scalar s && s.isNull()) {
                capabilities.put(capability.name(), new CapabilityAssignment(capability.name(), capability.key().at(), Map.of(), Map.of()));
            } else {
                error(capability.value().at(), "tosca.shape", "Capability '" + capability.name() + "' takes 'properties' and 'attributes'.");
            }
        }
        return new NodeTemplate(entry.name(), entry.key().at(), Value.text(type), type == null ? entry.key().at() : type.at(),
                Value.text(body.get("description")), stringMap(body.get("metadata"), "metadata"), names(body.get("directives")),
                valueMap(body.get("properties"), "properties"), valueMap(body.get("attributes"), "attributes"), requirements, capabilities,
                interfaceDefinitions(body.get("interfaces")), artifacts(body.get("artifacts")), body.get("node_filter"),
                Value.text(body.get("copy")));
    }

    private RequirementAssignment requirementAssignment(Value.Entry entry) {
        if (entry.value() instanceof Value.Scalar scalar) {
            return new RequirementAssignment(entry.name(), entry.key().at(), scalar.isNull() ? null : scalar.text(), scalar.at(), null, null,
                    null, null, Map.of(), Map.of(), null, null);
        }
        if (!(entry.value() instanceof Value.Mapping body)) {
            error(entry.value().at(), "tosca.shape", "Requirement '" + entry.name() + "' is a node template name or a mapping with 'node'.");
            return new RequirementAssignment(entry.name(), entry.key().at(), null, null, null, null, null, null, Map.of(), Map.of(), null,
                    null);
        }
        known(body, Set.of("node", "capability", "relationship", "node_filter", "occurrences"), "a requirement assignment");
        Value node = body.get("node");
        Value capability = body.get("capability");
        Value relationship = body.get("relationship");
        String relationshipName = Value.text(relationship);
        Source relationshipAt = relationship == null ? null : relationship.at();
        Map<String, Value> relationshipProperties = Map.of();
        Map<String, InterfaceDefinition> relationshipInterfaces = Map.of();
        if (relationship instanceof Value.Mapping relBody) {
            known(relBody, Set.of("type", "properties", "interfaces"), "a requirement's relationship");
            Value relType = relBody.get("type");
            relationshipName = Value.text(relType);
            relationshipAt = relType == null ? relBody.at() : relType.at();
            relationshipProperties = valueMap(relBody.get("properties"), "properties");
            relationshipInterfaces = interfaceDefinitions(relBody.get("interfaces"));
        }
        return new RequirementAssignment(entry.name(), entry.key().at(), Value.text(node), node == null ? null : node.at(),
                Value.text(capability), capability == null ? null : capability.at(), relationshipName, relationshipAt,
                relationshipProperties, relationshipInterfaces, body.get("node_filter"), body.get("occurrences"));
    }

    // --- shapes ------------------------------------------------------------------------------

    /** The entries of a mapping section; anything else is reported (a null section is empty). */
    List<Value.Entry> entries(Value value, String section) {
        if (value == null || value instanceof Value.Scalar s && s.isNull()) {
            return List.of();
        }
        if (value instanceof Value.Mapping mapping) {
            return mapping.entries();
        }
        error(value.at(), "tosca.shape", "'" + section + "' must be a mapping of names to definitions.");
        return List.of();
    }

    /** Requirements and policies are lists of single-entry mappings ({@code - NAME: ...}). */
    private List<Value.Entry> listOfSingleEntries(Value value, String section) {
        if (value == null || value instanceof Value.Scalar s && s.isNull()) {
            return List.of();
        }
        if (!(value instanceof Value.Sequence sequence)) {
            error(value.at(), "tosca.shape", "'" + section + "' is a list of '- NAME: ...' entries.");
            return List.of();
        }
        List<Value.Entry> result = new ArrayList<>();
        for (Value item : sequence.items()) {
            if (item instanceof Value.Mapping mapping && mapping.entries().size() == 1) {
                result.add(mapping.entries().get(0));
            } else {
                error(item.at(), "tosca.shape", "Each entry of '" + section + "' is one '- NAME: ...' mapping.");
            }
        }
        return result;
    }

    private Map<String, Value> valueMap(Value value, String section) {
        Map<String, Value> map = new LinkedHashMap<>();
        for (Value.Entry entry : entries(value, section)) {
            map.put(entry.name(), entry.value());
        }
        return map;
    }

    private Map<String, String> stringMap(Value value, String section) {
        Map<String, String> map = new LinkedHashMap<>();
        for (Value.Entry entry : entries(value, section)) {
            map.put(entry.name(), entry.value() instanceof Value.Scalar s && !s.isNull() ? s.text() : null);
        }
        return map;
    }

    private List<String> names(Value value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof Value.Sequence sequence) {
            List<String> names = new ArrayList<>();
            for (Value item : sequence.items()) {
                if (Value.text(item) != null) {
                    names.add(Value.text(item));
                }
            }
            return names;
        }
        if (Value.text(value) != null) {
            return List.of(Value.text(value));
        }
        return List.of();
    }

    private List<Value.Scalar> scalars(Value value, String section) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof Value.Sequence sequence)) {
            error(value.at(), "tosca.shape", "'" + section + "' is a list of names.");
            return List.of();
        }
        List<Value.Scalar> result = new ArrayList<>();
        for (Value item : sequence.items()) {
            if (item instanceof Value.Scalar scalar && !scalar.isNull()) {
                result.add(scalar);
            } else {
                error(item.at(), "tosca.shape", "Each entry of '" + section + "' is a name.");
            }
        }
        return result;
    }

    /** Reports keys the grammar does not have; {@code allowed} null means any key. */
    private void known(Value.Mapping mapping, Set<String> allowed, String what) {
        if (allowed == null) {
            return;
        }
        for (Value.Entry entry : mapping.entries()) {
            if (!allowed.contains(entry.name())) {
                error(entry.key().at(), "tosca.unknown-key", "'" + entry.name() + "' is not a key of " + what + "; use one of: "
                        + String.join(", ", sorted(allowed)) + "." + Names.suggestion(entry.name(), allowed));
            }
        }
    }

    private static List<String> sorted(Collection<String> names) {
        return names.stream().sorted().toList();
    }

    private void error(Source at, String code, String message) {
        diagnostics.add(Diagnostic.error(at.file(), at.line(), at.column(), code, message));
    }
}
