package org.vitruvian.tosca.model;

import java.util.List;
import java.util.Map;

import org.vitruvian.tosca.model.Definitions.ArtifactDefinition;
import org.vitruvian.tosca.model.Definitions.CapabilityDefinition;
import org.vitruvian.tosca.model.Definitions.Constraint;
import org.vitruvian.tosca.model.Definitions.InterfaceDefinition;
import org.vitruvian.tosca.model.Definitions.OperationDefinition;
import org.vitruvian.tosca.model.Definitions.PropertyDefinition;
import org.vitruvian.tosca.model.Definitions.RequirementDefinition;
import org.vitruvian.tosca.model.Definitions.Schema;

/**
 * One type of any kind (TOSCA 1.3 section 3.7). A kind uses only the parts that the
 * specification gives it; the others are empty. One record rather than eight because the
 * checker walks every kind's derived_from chain, properties and constraints the same way.
 *
 * @param members           group types: the node types a group may contain
 * @param targets           policy types: the node or group types a policy may apply to
 * @param validSourceTypes  capability types
 * @param validTargetTypes  relationship types
 * @param operations        interface types
 * @param constraints       data types derived from a primitive
 * @param entrySchema       data types derived from list or map
 * @param mimeType          artifact types
 */
public record TypeDefinition(TypeKind kind, String name, Source at, String derivedFrom, Source derivedFromAt, String version,
        String description, Map<String, String> metadata, Map<String, PropertyDefinition> properties,
        Map<String, PropertyDefinition> attributes, List<RequirementDefinition> requirements,
        Map<String, CapabilityDefinition> capabilities, Map<String, InterfaceDefinition> interfaces,
        Map<String, ArtifactDefinition> artifacts, Map<String, OperationDefinition> operations, List<Constraint> constraints,
        Schema entrySchema, List<String> validSourceTypes, List<String> validTargetTypes, List<String> members,
        List<String> targets, String mimeType, List<String> fileExtensions) {
}
