package org.vitruvian.tosca.model;

import java.util.List;
import java.util.Map;

import org.vitruvian.tosca.model.Topology.TopologyTemplate;

/**
 * One TOSCA service template file (TOSCA 1.3 section 3.10). The types of each kind are kept
 * in the order written; {@code topology} is null when the file only defines types.
 *
 * @param file   the file as the user named it (a CSAR entry is written ARCHIVE!ENTRY)
 * @param source the document as read, for the writer and for sections the model keeps as values
 */
public record ServiceTemplate(String file, String version, Source versionAt, Map<String, String> metadata, String description,
        List<ImportDefinition> imports, Map<String, Repository> repositories, Value dslDefinitions,
        Map<TypeKind, Map<String, TypeDefinition>> types, TopologyTemplate topology, Value.Mapping source) {

    /** An import (3.6.8): a file relative to the importing one, or a URL. */
    public record ImportDefinition(String file, Source at, String repository, String namespacePrefix, String namespaceUri) {
    }

    /** A repository of artifacts (3.6.9). */
    public record Repository(String name, Source at, String url, String description) {
    }

    public Map<String, TypeDefinition> types(TypeKind kind) {
        return types.getOrDefault(kind, Map.of());
    }
}
