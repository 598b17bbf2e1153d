package org.vitruvian.model.yaml.tests;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.osgi.framework.FrameworkUtil;
import org.vitruvian.core.diagnostics.Diagnostic;
import org.vitruvian.core.services.ServiceHandle;
import org.vitruvian.core.services.Services;
import org.vitruvian.model.yaml.ModelService;
import org.vitruvian.model.yaml.ModelService.ModelSet;
import org.vitruvian.model.yaml.YamlResource;
import org.vitruvian.model.yaml.YamlResourceFactory;

/** Loads models the way the product does, through the ModelService component. */
final class Models {

    static ModelSet load(Path... files) {
        try (ServiceHandle<ModelService> models = Services.await(Models.class, ModelService.class)) {
            return models.get().load(List.of(files));
        }
    }

    static List<Diagnostic> problems(Path file) {
        return load(file).report().diagnostics();
    }

    static Path write(Path folder, String name, String text) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    /** Copies data/NAME from this bundle into {@code folder}. */
    static Path data(Path folder, String name) throws IOException {
        Path target = folder.resolve(name);
        try (InputStream in = FrameworkUtil.getBundle(Models.class).getEntry("data/" + name).openStream()) {
            Files.copy(in, target);
        }
        return target;
    }

    /** A fresh resource set that reads YAML, without validation: the resource on its own. */
    static YamlResource read(Path file) {
        ResourceSet resources = new org.eclipse.emf.ecore.resource.impl.ResourceSetImpl();
        resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("yaml", new YamlResourceFactory());
        Resource resource = resources.getResource(URI.createFileURI(file.toAbsolutePath().toString()), true);
        return (YamlResource) resource;
    }

    static EObject root(Path file) {
        return read(file).getContents().get(0);
    }

    private Models() {
    }
}
