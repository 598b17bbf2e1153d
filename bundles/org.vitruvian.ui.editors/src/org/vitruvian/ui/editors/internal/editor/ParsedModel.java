package org.vitruvian.ui.editors.internal.editor;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.vitruvian.model.yaml.YamlDiagnostic;
import org.vitruvian.model.yaml.YamlResource;
import org.vitruvian.model.yaml.YamlResourceFactory;

/**
 * The model an editor's text stands for, read by the same metamodel-driven reader as every
 * other tool ({@link YamlResource}), from the editor's text rather than the file, so the Design
 * page shows what the Source page holds before it is saved.
 *
 * @param root        the model, or null when the text gives none
 * @param errors      what the reader found wrong, with lines and columns
 * @param unavailable why the Design page cannot show this text (it does not parse as a model), or null
 */
public record ParsedModel(String text, EObject root, YamlResource resource, List<YamlDiagnostic> errors, String unavailable) {

    /** Problems after which the text is no model the Design page could edit without losing something. */
    private static final Set<String> UNUSABLE = Set.of("yaml.syntax", "yaml.duplicate-key", "yaml.too-deep", "yaml.too-large",
            "yaml.too-many-aliases", "yaml.ambiguous", "model.not-a-mapping", "model.empty", "model.kind", "model.api-version",
            "io.encoding");

    /** Reads {@code text} as the model file at {@code fileUri} (references resolve relative to it). */
    public static ParsedModel parse(String text, URI fileUri) {
        ResourceSet resourceSet = new ResourceSetImpl();
        YamlResourceFactory factory = new YamlResourceFactory();
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("yaml", factory);
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("yml", factory);
        YamlResource resource = new YamlResource(fileUri);
        resourceSet.getResources().add(resource);
        try {
            resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
        } catch (IOException e) {
            return new ParsedModel(text, null, resource, List.of(), "The text cannot be read: " + e.getMessage());
        }
        List<YamlDiagnostic> errors = resource.getErrors().stream().filter(YamlDiagnostic.class::isInstance)
                .map(YamlDiagnostic.class::cast).toList();
        EObject root = resource.getContents().isEmpty() ? null : resource.getContents().get(0);
        String unavailable = null;
        for (Resource.Diagnostic error : errors) {
            if (error instanceof YamlDiagnostic yaml && UNUSABLE.contains(yaml.code())) {
                unavailable = "Line " + yaml.line() + (yaml.column() > 0 ? ", column " + yaml.column() : "") + ": "
                        + yaml.message() + " [" + yaml.code() + "]";
                break;
            }
        }
        if (unavailable == null && root == null) {
            unavailable = errors.isEmpty() ? "The text holds no model." : errors.get(0).message();
        }
        return new ParsedModel(text, unavailable == null ? root : null, resource, errors, unavailable);
    }

    public boolean isAvailable() {
        return unavailable == null;
    }
}
