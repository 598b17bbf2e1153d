package org.vitruvian.model.recipe.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vitruvian.model.recipe.ContainerRecipe;
import org.vitruvian.model.recipe.PackageManager;
import org.vitruvian.model.recipe.PackageSet;
import org.vitruvian.model.recipe.formats.ExportResult;
import org.vitruvian.model.recipe.formats.ImportResult;
import org.vitruvian.model.recipe.formats.RecipeExporter;
import org.vitruvian.model.recipe.formats.RecipeFormat;
import org.vitruvian.model.recipe.formats.RecipeImporter;

/** Exporting a recipe and importing the file gives back the recipe, with every feature set. */
class RoundTripTest {

    @ParameterizedTest
    @EnumSource(RecipeFormat.class)
    void importingAnExportedFileGivesBackTheRecipe(RecipeFormat format) {
        ContainerRecipe original = TestData.recipe("full-recipe.yaml");
        ExportResult exported = RecipeExporter.export(original, format);
        assertFalse(exported.hasErrors(), () -> exported.diagnostics().toString());

        // A different file name: the name must come from the file's vitruvian line.
        ImportResult imported = RecipeImporter.read("some-other-name.txt", exported.text());

        assertEquals(List.of(), imported.diagnostics(), "nothing is lost, so nothing is reported");
        assertEquals(format, imported.format());
        assertEquals(TestData.yaml(original), TestData.yaml(imported.recipe()));
        assertTrue(new EcoreUtil.EqualityHelper().equals(original, imported.recipe()));
    }

    @ParameterizedTest
    @EnumSource(RecipeFormat.class)
    void exportingAnImportedRecipeWritesTheSameFile(RecipeFormat format) {
        String first = RecipeExporter.export(TestData.recipe("full-recipe.yaml"), format).text();
        ContainerRecipe imported = RecipeImporter.read("bone-strength", first).recipe();

        assertEquals(first, RecipeExporter.export(imported, format).text());
    }

    @ParameterizedTest
    @EnumSource(RecipeFormat.class)
    void anArchitectureLeftUnsetStaysUnset(RecipeFormat format) {
        ContainerRecipe original = TestData.recipe("small.yaml");
        ContainerRecipe imported = RecipeImporter.read("hello", RecipeExporter.export(original, format).text()).recipe();

        assertFalse(imported.isSetArchitecture());
        assertTrue(EcoreUtil.equals(original, imported), () -> TestData.yaml(imported));
    }

    @ParameterizedTest
    @EnumSource(RecipeFormat.class)
    void repeatedRunWordsAndCommandsAreKept(RecipeFormat format) {
        ContainerRecipe original = TestData.recipe("repeats.yaml");
        assertEquals(List.of("mpirun", "-np", "4", "solver", "--threads", "4"), original.getRun());
        assertEquals(3, original.getBuild().size());

        ContainerRecipe imported = RecipeImporter.read("repeats", RecipeExporter.export(original, format).text()).recipe();

        assertEquals(TestData.yaml(original), TestData.yaml(imported));
    }

    @Test
    void theFullRecipeUsesEveryFeatureOfTheMetamodel() {
        // Guards the round trips above: a feature added to the metamodel must be added to the test data.
        ContainerRecipe recipe = TestData.recipe("full-recipe.yaml");
        for (EObject object : List.<EObject> of(recipe, recipe.getBase(), recipe.getMpi(), recipe.getGpu(),
                recipe.getPackages().get(0), recipe.getFiles().get(0))) {
            for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
                // A required enum holding its first literal counts as set: the file states it.
                boolean stated = object.eIsSet(feature) || feature.isRequired() && object.eGet(feature) != null;
                assertTrue(stated, object.eClass().getName() + "." + feature.getName() + " is not set in full-recipe.yaml");
            }
        }
        assertEquals(Set.copyOf(PackageManager.VALUES),
                recipe.getPackages().stream().map(PackageSet::getManager).collect(Collectors.toSet()), "every package manager");
    }
}
