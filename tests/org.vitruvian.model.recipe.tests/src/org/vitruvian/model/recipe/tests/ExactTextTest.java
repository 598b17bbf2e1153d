package org.vitruvian.model.recipe.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.vitruvian.core.diagnostics.Diagnostic;
import org.vitruvian.model.recipe.ContainerRecipe;
import org.vitruvian.model.recipe.formats.ExportResult;
import org.vitruvian.model.recipe.formats.ImportResult;
import org.vitruvian.model.recipe.formats.RecipeExporter;
import org.vitruvian.model.recipe.formats.RecipeFormat;
import org.vitruvian.model.recipe.formats.RecipeImporter;

/** The exact files a small recipe becomes: section order, quoting and the vitruvian line, pinned. */
class ExactTextTest {

    @Test
    void apptainerDefinitionOfASmallRecipe() {
        ExportResult result = RecipeExporter.export(TestData.recipe("small.yaml"), RecipeFormat.APPTAINER);

        assertEquals(List.of(), result.diagnostics());
        assertEquals(TestData.text("small.def"), result.text());
    }

    @Test
    void containerfileOfASmallRecipe() {
        ExportResult result = RecipeExporter.export(TestData.recipe("small.yaml"), RecipeFormat.CONTAINERFILE);

        assertEquals(TestData.text("small.Containerfile"), result.text());
        assertEquals(List.of("recipe.export-tests", "recipe.export-help"),
                result.diagnostics().stream().map(Diagnostic::code).toList());
        assertTrue(result.diagnostics().get(0).message().startsWith("A Containerfile cannot run tests"));
    }

    @Test
    void bothFilesReadBackAsTheSmallRecipe() {
        ContainerRecipe recipe = TestData.recipe("small.yaml");
        for (String file : List.of("small.def", "small.Containerfile")) {
            ImportResult imported = RecipeImporter.read(file, TestData.text(file));
            assertEquals(List.of(), imported.diagnostics(), file);
            assertTrue(EcoreUtil.equals(recipe, imported.recipe()), () -> file + " reads as\n" + TestData.yaml(imported.recipe()));
        }
    }
}
