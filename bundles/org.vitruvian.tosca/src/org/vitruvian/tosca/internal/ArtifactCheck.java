package org.vitruvian.tosca.internal;

import java.util.List;

import org.vitruvian.core.diagnostics.Diagnostic;
import org.vitruvian.tosca.model.Definitions.ArtifactDefinition;
import org.vitruvian.tosca.model.Definitions.InterfaceDefinition;
import org.vitruvian.tosca.model.Definitions.OperationDefinition;
import org.vitruvian.tosca.model.ServiceTemplate;
import org.vitruvian.tosca.model.Source;
import org.vitruvian.tosca.model.Topology.NodeTemplate;
import org.vitruvian.tosca.model.TypeDefinition;
import org.vitruvian.tosca.model.TypeKind;
import org.vitruvian.tosca.model.Value;

/**
 * Inside a CSAR every artifact and operation implementation a template names by relative path
 * must be in the archive (TOSCA 1.3 section 4.1: the archive is self-contained). Files on disk
 * are not checked: they may be produced later, by the build that makes the archive.
 */
final class ArtifactCheck {

    private final Loader.Origin origin;
    private final List<Diagnostic> diagnostics;

    ArtifactCheck(Loader.Origin origin, List<Diagnostic> diagnostics) {
        this.origin = origin;
        this.diagnostics = diagnostics;
    }

    void check(ServiceTemplate template, List<ServiceTemplate> imported) {
        if (!(origin instanceof Loader.Archive)) {
            return;
        }
        checkTemplate(template);
        imported.forEach(this::checkTemplate);
    }

    private void checkTemplate(ServiceTemplate template) {
        String self = entryPath(template.file());
        for (TypeDefinition type : template.types(TypeKind.NODE).values()) {
            type.artifacts().values().forEach(a -> checkArtifact(self, a.file(), a.fileAt()));
            type.interfaces().values().forEach(i -> checkInterface(self, i));
        }
        if (template.topology() == null) {
            return;
        }
        for (NodeTemplate node : template.topology().nodeTemplates().values()) {
            for (ArtifactDefinition artifact : node.artifacts().values()) {
                checkArtifact(self, artifact.file(), artifact.fileAt());
            }
            node.interfaces().values().forEach(i -> checkInterface(self, i));
        }
    }

    private void checkInterface(String self, InterfaceDefinition definition) {
        for (OperationDefinition operation : definition.operations().values()) {
            Value implementation = operation.implementation();
            if (implementation instanceof Value.Mapping mapping) {
                implementation = mapping.get("primary");
            }
            if (implementation instanceof Value.Scalar scalar && scalar.isString()) {
                checkArtifact(self, scalar.text(), scalar.at());
            }
        }
    }

    private void checkArtifact(String self, String file, Source at) {
        if (file == null || file.isBlank() || Loader.isUrl(file)) {
            if (file != null && Loader.isUrl(file)) {
                diagnostics.add(Diagnostic.error(at.file(), at.line(), at.column(), "tosca.artifact.url", "The artifact '" + file
                        + "' is named by URL; a CSAR must contain its artifacts, so put the file in the archive."));
            }
            return;
        }
        // A relative path is relative to the template that names it (TOSCA 1.3 section 3.6.7), as tosca-parser reads it too.
        String relative = Loader.resolve(self, file);
        if (relative != null && origin.exists(relative)) {
            return;
        }
        if (!file.contains("/") && !file.contains(".")) {
            return; // a name, not a path: an artifact of the type, resolved by the orchestrator
        }
        diagnostics.add(Diagnostic.error(at.file(), at.line(), at.column(), "tosca.artifact.missing", "The artifact '" + file
                + "' is not in the archive; add it or correct the path."));
    }

    private static String entryPath(String display) {
        int bang = display.indexOf('!');
        return bang < 0 ? display : display.substring(bang + 1);
    }
}
