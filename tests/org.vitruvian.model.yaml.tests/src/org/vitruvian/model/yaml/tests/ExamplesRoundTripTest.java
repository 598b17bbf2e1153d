package org.vitruvian.model.yaml.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.junit.jupiter.api.Test;
import org.vitruvian.model.yaml.YamlResource;
import org.vitruvian.model.yaml.YamlResourceFactory;

/** Every example a user may copy loads, saves and loads again to the very same text. */
class ExamplesRoundTripTest {

    private static List<Path> examples() throws IOException {
        String repo = System.getProperty("vitruvian.repo");
        assertNotNull(repo, "the build passes the checkout to tests as -Dvitruvian.repo (see vitruvian.test.vmargs)");
        try (Stream<Path> files = Files.walk(Path.of(repo, "examples"))) {
            return files.filter(f -> f.toString().endsWith(".yaml")).filter(f -> !f.toString().contains("/invalid/"))
                    .filter(f -> !f.toString().contains("/target/")).sorted().toList();
        }
    }

    /** Reads {@code text} as if it were the file at {@code file}, so relative references resolve the same way. */
    private static YamlResource read(Path file, String text) throws IOException {
        ResourceSet resources = new ResourceSetImpl();
        resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("yaml", new YamlResourceFactory());
        YamlResource resource = (YamlResource) resources.createResource(URI.createFileURI(file.toAbsolutePath().toString()));
        resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Map.of());
        return resource;
    }

    @Test
    void everyExampleSurvivesLoadSaveLoadUnchanged() throws IOException {
        List<Path> examples = examples();
        assertTrue(examples.size() >= 20, "found only " + examples.size() + " examples");
        for (Path example : examples) {
            YamlResource first = read(example, Files.readString(example));
            assertEquals(List.of(), first.getErrors(), example.toString());
            String once = first.toYaml();
            String twice = read(example, once).toYaml();
            assertEquals(once, twice, example.toString());
        }
    }
}
