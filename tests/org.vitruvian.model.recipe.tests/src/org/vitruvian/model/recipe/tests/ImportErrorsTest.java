package org.vitruvian.model.recipe.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.vitruvian.core.diagnostics.Diagnostic;
import org.vitruvian.model.recipe.formats.ImportResult;
import org.vitruvian.model.recipe.formats.RecipeFormat;
import org.vitruvian.model.recipe.formats.RecipeImporter;

/** Input a recipe cannot be made from is an error diagnostic that says what to write instead. */
class ImportErrorsTest {

    @Test
    void textInNeitherFormatNamesBothFormatsAtTheFirstLine() {
        ImportResult result = RecipeImporter.read("notes.txt", "# a comment\nname: solver\n");

        assertNull(result.recipe());
        assertEquals("notes.txt:2:1: error: Cannot tell the format from 'name: solver': an Apptainer definition file "
                + "starts with 'Bootstrap: docker', a Containerfile with 'FROM IMAGE' (or ARG). [recipe.import-format]",
                single(result).format());
    }

    @Test
    void anEmptyFileIsAnError() {
        assertEquals("recipe.import-format", single(RecipeImporter.read("empty", "\n# only a comment\n")).code());
    }

    @Test
    void aContainerfileWithoutFromIsAnError() {
        ImportResult result = RecipeImporter.read("Containerfile", "ARG BASE\n");

        assertNull(result.recipe());
        assertTrue(result.diagnostics().stream().anyMatch(d -> d.isError() && d.code().equals("recipe.import-base")
                && d.message().contains("no FROM")), result.diagnostics()::toString);
    }

    @Test
    void aBaseImageOnlyTheBuildKnowsIsAnError() {
        Diagnostic error = single(RecipeImporter.read("Containerfile", "FROM $BASE\n"));

        assertEquals("recipe.import-base", error.code());
        assertTrue(error.message().contains("BASE"), error.message());
    }

    @Test
    void anApptainerBootstrapThatIsNotARegistryImageIsAnError() {
        Diagnostic error = single(RecipeImporter.read("x.def", "Bootstrap: debootstrap\nOSVersion: bookworm\n"
                + "MirrorURL: http://deb.debian.org/debian\n").diagnostics().stream().filter(Diagnostic::isError).toList());

        assertEquals("x.def:1:1: error: 'Bootstrap: debootstrap' does not start from a registry image, which is what a "
                + "recipe builds on; use 'Bootstrap: docker' (or library, oras) with 'From: IMAGE'. [recipe.import-base]",
                error.format());
    }

    @Test
    void anApptainerHeaderWithoutFromIsAnError() {
        assertEquals("recipe.import-base", single(RecipeImporter.read("x.def", "Bootstrap: docker\n\n%post\n  make\n")).code());
    }

    @Test
    void aBrokenVitruvianLineIsAWarningAndTheRestIsImported() {
        ImportResult result = RecipeImporter.read("solver.def", "# vitruvian: {\"name\": \"x\"\nBootstrap: docker\nFrom: debian:12\n");

        assertEquals("solver", result.recipe().getName());
        assertEquals("recipe.import-metadata", single(result).code());
        assertEquals(1, single(result).line());
    }

    @Test
    void theRecipeNameComesFromTheFileNameUnlessTheFileSaysOne() {
        String containerfile = "FROM debian:12\n";
        assertEquals("bone-strength", RecipeImporter.read("recipes/bone-strength.def", "Bootstrap: docker\nFrom: debian:12\n")
                .recipe().getName());
        assertEquals("solver", RecipeImporter.read("Containerfile.solver", containerfile).recipe().getName());
        assertEquals("solver", RecipeImporter.read("solver.Dockerfile", containerfile).recipe().getName());
        assertEquals("mri-rf-heating", RecipeImporter.read("/work/MRI RF heating/Containerfile", containerfile).recipe().getName());
        assertEquals("named", RecipeImporter.read("Containerfile.solver", "# vitruvian: {\"name\":\"named\"}\n" + containerfile)
                .recipe().getName());
    }

    @Test
    void theFormatIsRecognisedFromTheFirstInstruction() {
        assertEquals(Optional.of(RecipeFormat.APPTAINER), RecipeImporter.detect("# comment\n\nBootstrap: docker\n"));
        assertEquals(Optional.of(RecipeFormat.APPTAINER), RecipeImporter.detect("%post\n  make\n"));
        assertEquals(Optional.of(RecipeFormat.CONTAINERFILE), RecipeImporter.detect("# syntax=docker/dockerfile:1\nFROM alpine\n"));
        assertEquals(Optional.of(RecipeFormat.CONTAINERFILE), RecipeImporter.detect("arg BASE=alpine\nfrom $BASE\n"));
        assertEquals(Optional.empty(), RecipeImporter.detect("apiVersion: vitruvian/v1\n"));
    }

    private static Diagnostic single(ImportResult result) {
        return single(result.diagnostics());
    }

    private static Diagnostic single(List<Diagnostic> diagnostics) {
        assertEquals(1, diagnostics.size(), diagnostics::toString);
        return diagnostics.get(0);
    }
}
