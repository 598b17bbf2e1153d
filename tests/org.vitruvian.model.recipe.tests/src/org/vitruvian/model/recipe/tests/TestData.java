package org.vitruvian.model.recipe.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.osgi.framework.FrameworkUtil;
import org.vitruvian.model.recipe.ContainerRecipe;
import org.vitruvian.model.recipe.RecipePackage;
import org.vitruvian.model.yaml.YamlResource;

/** Reads this bundle's data/ folder. */
final class TestData {

    private TestData() {
    }

    static String text(String name) {
        try (InputStream in = FrameworkUtil.getBundle(TestData.class).getEntry("data/" + name).openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A recipe from a YAML file in data/, read the way Vitruvian reads every model. */
    static ContainerRecipe recipe(String name) {
        // The YAML reader finds model kinds in the package registry; make sure this one is there.
        RecipePackage.eINSTANCE.eClass();
        YamlResource resource = new YamlResource(URI.createURI("data/" + name));
        try (InputStream in = FrameworkUtil.getBundle(TestData.class).getEntry("data/" + name).openStream()) {
            resource.load(in, Map.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertEquals(List.of(), resource.getErrors(), name + " must read without errors");
        return (ContainerRecipe) resource.getContents().get(0);
    }

    /** The recipe as YAML, so that a failed comparison shows which value differs. */
    static String yaml(ContainerRecipe recipe) {
        YamlResource resource = new YamlResource(URI.createURI("memory.yaml"));
        resource.getContents().add(EcoreUtil.copy(recipe));
        return resource.toYaml();
    }
}
