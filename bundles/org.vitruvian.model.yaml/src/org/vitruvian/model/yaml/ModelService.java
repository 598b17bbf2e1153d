package org.vitruvian.model.yaml;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.vitruvian.core.diagnostics.DiagnosticReport;
import org.vitruvian.model.common.validation.ModelValidator;

/**
 * Loads Vitruvian model files and checks them: YAML structure against the metamodel, the files
 * they refer to, and every registered validator. The CLI, the IDE and the planner all load
 * models through this service so that they report the same problems the same way.
 */
public interface ModelService {

    /**
     * Validation context key under which validators find the roots of every model loaded
     * together ({@code List<EObject>}), e.g. the sites given next to a workflow. Defined by
     * {@link ModelValidator} so that validators need not depend on the YAML format.
     */
    String LOADED_MODELS = ModelValidator.LOADED_MODELS;

    /** One file's model. {@code root} is null when the file could not be read at all; {@code file} is null for models inside bundles. */
    record LoadedModel(Path file, EObject root) {
    }

    /** Models loaded together, in one resource set, with every problem found in them. */
    record ModelSet(List<LoadedModel> models, ResourceSet resourceSet, DiagnosticReport report) {

        public boolean hasErrors() {
            return report.hasErrors();
        }
    }

    /**
     * Loads the files (and the files they refer to) and validates them. Problems are reported,
     * never thrown; semantic validation runs once the files read without structural errors.
     */
    ModelSet load(List<Path> files);

    /** Loads and validates like {@link #load(List)}, with more models (a site catalog, say) visible to validators. */
    ModelSet load(List<Path> files, List<EObject> context);

    /**
     * Loads and validates models at EMF URIs, e.g. {@code platform:/plugin/BUNDLE/sites/x.yaml} for
     * models shipped inside bundles, like {@link #load(List, List)}.
     */
    ModelSet loadUris(List<org.eclipse.emf.common.util.URI> uris, List<EObject> context);

    /**
     * Loads and validates a model from {@code text}, as if it were the file at {@code uri} (an
     * editor's unsaved text): references relative to {@code uri} are read from disk, and the
     * diagnostics carry the file's name, as {@link #load(List, List)} would report them.
     */
    ModelSet loadText(org.eclipse.emf.common.util.URI uri, String text, List<EObject> context);
}
