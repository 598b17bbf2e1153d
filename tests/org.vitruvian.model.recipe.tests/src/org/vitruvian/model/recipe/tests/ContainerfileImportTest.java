package org.vitruvian.model.recipe.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.vitruvian.model.common.CpuArchitecture;
import org.vitruvian.model.recipe.ContainerRecipe;
import org.vitruvian.model.recipe.PackageManager;
import org.vitruvian.model.recipe.formats.ImportResult;
import org.vitruvian.model.recipe.formats.RecipeFormat;
import org.vitruvian.model.recipe.formats.RecipeImporter;

/** A hand-written multi-stage Containerfile: what becomes the recipe, and a warning at the line of all else. */
class ContainerfileImportTest {

    private final ImportResult result = RecipeImporter.read("hand-written.Containerfile",
            TestData.text("hand-written.Containerfile"));
    private final ContainerRecipe recipe = result.recipe();

    @Test
    void everythingARecipeCannotHoldIsReportedAtItsLine() {
        assertFalse(result.hasErrors());
        assertEquals(RecipeFormat.CONTAINERFILE, result.format());
        assertEquals(List.of(
                "2:1 recipe.import-instruction", // ARG BASE=debian:12
                "3:1 recipe.import-stage", // FROM ${BASE} AS build ... (the stage)
                "9:1 recipe.import-instruction", // ARG VERSION=1.4
                "12:1 recipe.import-variable", // ENV PATH=/opt/solver/bin:$PATH
                "20:1 recipe.import-option", // RUN --mount=...
                "21:1 recipe.import-copy", // COPY --from=build
                "22:1 recipe.import-option", // COPY --chown=...
                "23:1 recipe.import-instruction", // WORKDIR
                "28:1 recipe.import-instruction", // USER
                "29:1 recipe.import-instruction", // EXPOSE
                "31:1 recipe.import-cmd"), // CMD next to an ENTRYPOINT
                result.diagnostics().stream().map(ApptainerImportTest::where).toList());
        assertEquals("hand-written.Containerfile:3:1: warning: Stage 'build' (lines 3-6) is not the final image; a recipe "
                + "describes one image, so only the last stage (line 8) is imported and this one is dropped. "
                + "[recipe.import-stage]", result.diagnostics().get(1).format());
    }

    @Test
    void theLastStageGivesTheBaseImageWithBuildArgumentDefaultsFilledIn() {
        assertEquals("debian:12", recipe.getBase().getImage());
        assertEquals("hand-written", recipe.getName());
        assertEquals(Map.of("org.opencontainers.image.version", "1.4", "org.opencontainers.image.title", "bone solver"),
                recipe.getLabels().map());
    }

    @Test
    void continuedInstallLinesBecomePackages() {
        assertEquals(List.of(PackageManager.APT, PackageManager.PIP), recipe.getPackages().stream().map(p -> p.getManager()).toList());
        assertEquals(List.of("libgomp1", "openmpi-bin"), recipe.getPackages().get(0).getNames());
        assertEquals(List.of("meshio"), recipe.getPackages().get(1).getNames());
    }

    @Test
    void instructionsMapToTheirRecipeValues() {
        assertEquals(Map.of("SOLVER_HOME", "/opt/solver", "LANG", "C.UTF-8"), recipe.getEnvironment().map());
        assertEquals(List.of("config/solver conf.yaml -> /etc/solver/"),
                recipe.getFiles().stream().map(f -> f.getSource() + " -> " + f.getDestination()).toList());
        assertEquals(List.of("mkdir -p /work/out\nchmod 777 /work/out"), recipe.getBuild());
        assertEquals(List.of("solver", "--config", "/etc/solver/solver conf.yaml"), recipe.getRun());
    }

    @Test
    void envValuesAreSeenFromTheNextInstructionOnAsInTheBuild() {
        ContainerRecipe imported = RecipeImporter.read("x", "FROM debian:12\nENV A=hello\nENV A=bye B=$A\nENV C=${A}\n").recipe();

        assertEquals(Map.of("A", "bye", "B", "hello", "C", "bye"), imported.getEnvironment().map());
    }

    @Test
    void thePlatformGivesTheArchitecture() {
        ContainerRecipe arm = RecipeImporter.read("x", "FROM --platform=linux/arm64/v8 debian:12\n").recipe();

        assertEquals(CpuArchitecture.AARCH64, arm.getArchitecture());
    }

    @Test
    void aCmdWithoutEntrypointBecomesTheRunCommandWithAWarning() {
        ImportResult imported = RecipeImporter.read("x", "FROM debian:12\nCMD python3 -m solver\n");

        assertEquals(List.of("/bin/sh", "-c", "python3 -m solver"), imported.recipe().getRun());
        assertEquals(List.of("2:1 recipe.import-cmd"), imported.diagnostics().stream().map(ApptainerImportTest::where).toList());
    }

    @Test
    void installsThatChangeWhatGetsInstalledStayBuildCommands() {
        ContainerRecipe imported = RecipeImporter.read("x", "FROM debian:12\n"
                + "RUN apt-get install -y gcc\n" // without --no-install-recommends: re-exporting would install less
                + "RUN pip install -r requirements.txt\n").recipe();

        assertEquals(List.of(), imported.getPackages());
        assertEquals(List.of("apt-get install -y gcc", "pip install -r requirements.txt"), imported.getBuild());
    }
}
