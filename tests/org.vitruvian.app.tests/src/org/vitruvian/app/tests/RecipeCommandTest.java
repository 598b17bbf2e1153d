package org.vitruvian.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitruvian.app.tests.CliRunner.Result;

/** 'vitruvian recipe export' and 'vitruvian recipe import' as a user runs them. */
class RecipeCommandTest {

    @TempDir
    Path folder;

    // --- export ----------------------------------------------------------------------------

    @Test
    void exportPrintsTheFileOnStdoutAndWarningsOnStderr() throws IOException {
        Path recipe = CliRunner.data("recipe.yaml", folder);

        Result result = CliRunner.run("recipe", "export", recipe.toString(), "--format", "containerfile");

        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("\nFROM debian:12\n"), result.out());
        assertTrue(result.out().endsWith("ENTRYPOINT [\"/usr/games/cowsay\", \"hello\"]\n"), result.out());
        // The warning points at the tests in the recipe file, in the form editors link to.
        assertEquals(recipe + ":11:3: warning: A Containerfile cannot run tests: the 1 test(s) are written as a comment (and "
                + "kept in the vitruvian line for import); run them against the built image. [recipe.export-tests]",
                result.err().strip());
    }

    @Test
    void exportToApptainerNeedsNoWarnings() throws IOException {
        Result result = CliRunner.run("recipe", "export", CliRunner.data("recipe.yaml", folder).toString(), "-f", "apptainer");

        assertEquals(0, result.exitCode(), result.err());
        assertEquals("", result.err());
        assertTrue(result.out().contains("\nBootstrap: docker\nFrom: debian:12\n\n%post\n"), result.out());
    }

    @Test
    void anUnknownFormatIsAUsageErrorThatNamesTheFormats() throws IOException {
        Result result = CliRunner.run("recipe", "export", CliRunner.data("recipe.yaml", folder).toString(), "--format", "podman");

        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("'podman' is not a recipe format; use one of: apptainer, containerfile"), result.err());
        assertTrue(result.err().contains("Usage: vitruvian recipe export"), result.err());
        assertEquals("", result.out());
    }

    @Test
    void aMissingFormatIsAUsageError() throws IOException {
        Result result = CliRunner.run("recipe", "export", CliRunner.data("recipe.yaml", folder).toString());

        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("--format"), result.err());
    }

    @Test
    void anInvalidRecipeGetsTheUsualDiagnosticsAndExitOne() throws IOException {
        Path recipe = CliRunner.data("recipe-unknown-key.yaml", folder);

        Result result = CliRunner.run("recipe", "export", recipe.toString(), "--format", "apptainer");

        assertEquals(1, result.exitCode());
        assertTrue(result.err().startsWith(recipe + ":6:1: error: Unknown key 'packges'"), result.err());
        assertTrue(result.err().contains("[yaml.unknown-key]"), result.err());
        assertEquals("", result.out());
    }

    @Test
    void anotherKindOfModelCannotBeExported() throws IOException {
        Path site = CliRunner.data("minimal-site.yaml", folder);

        Result result = CliRunner.run("recipe", "export", site.toString(), "--format", "apptainer");

        assertEquals(1, result.exitCode());
        assertEquals(site + ": error: This file is a Site; only a ContainerRecipe can be exported as a container recipe. "
                + "[recipe.export-kind]", result.err().strip());
    }

    @Test
    void exportWithOutputReplacesTheFileAndLeavesNothingElse() throws IOException {
        Path recipe = CliRunner.data("recipe.yaml", folder);
        Path out = folder.resolve("hello.def");
        Files.writeString(out, "an older version\n");

        Result result = CliRunner.run("recipe", "export", recipe.toString(), "--format", "apptainer", "-o", out.toString());

        assertEquals(0, result.exitCode(), result.err());
        assertEquals(CliRunner.run("recipe", "export", recipe.toString(), "--format", "apptainer").out(), Files.readString(out));
        assertEquals(Set.of("recipe.yaml", "hello.def"), files());
    }

    @Test
    void aFailedExportLeavesTheExistingOutputAsItWas() throws IOException {
        Path recipe = CliRunner.data("recipe-multiline-env.yaml", folder);
        Path out = folder.resolve("Containerfile");
        Files.writeString(out, "FROM debian:11\n");

        Result result = CliRunner.run("recipe", "export", recipe.toString(), "--format", "containerfile", "-o", out.toString());

        assertEquals(1, result.exitCode());
        assertTrue(result.err().startsWith(recipe + ":7:3: error: The value of environment variable BANNER has a line break"),
                result.err());
        assertEquals("FROM debian:11\n", Files.readString(out));
        assertEquals(Set.of("recipe-multiline-env.yaml", "Containerfile"), files());
    }

    // --- import ----------------------------------------------------------------------------

    @Test
    void importWritesARecipeThatValidatesAndReportsWhatWasDropped() throws IOException {
        Path definition = CliRunner.data("solver.def", folder);
        Path out = folder.resolve("solver.yaml");

        Result result = CliRunner.run("recipe", "import", definition.toString(), "-o", out.toString());

        assertEquals(0, result.exitCode(), result.err());
        assertEquals(definition + ":8:1: warning: Section %startscript is dropped: it is what an instance runs, and a recipe "
                + "has one run command (%runscript). [recipe.import-section]", result.err().strip());
        assertEquals("wrote " + out + " (ContainerRecipe 'solver' from an Apptainer definition file, 1 warning(s))",
                result.out().strip());
        assertEquals("""
                apiVersion: vitruvian/v1
                kind: ContainerRecipe
                name: solver
                base:
                  image: debian:12
                packages:
                  - manager: apt
                    names: [gcc]
                build: [make -C /opt/solver]
                """, Files.readString(out));
        assertEquals(0, CliRunner.run("validate", out.toString()).exitCode());
    }

    @Test
    void exportThenImportGivesBackTheRecipe() throws IOException {
        Path recipe = CliRunner.data("recipe.yaml", folder);
        Path containerfile = folder.resolve("Containerfile");
        Path back = folder.resolve("back.yaml");

        assertEquals(0, CliRunner.run("recipe", "export", recipe.toString(), "-f", "containerfile", "-o", containerfile.toString())
                .exitCode());
        Result imported = CliRunner.run("recipe", "import", containerfile.toString(), "-o", back.toString());

        assertEquals(0, imported.exitCode(), imported.err());
        assertEquals("", imported.err());
        assertEquals(CliRunner.run("recipe", "export", recipe.toString(), "-f", "apptainer").out(),
                CliRunner.run("recipe", "export", back.toString(), "-f", "apptainer").out());
    }

    @Test
    void aFileInNeitherFormatIsInvalidInputAndNothingIsWritten() throws IOException {
        Path notes = CliRunner.data("notes.txt", folder);
        Path out = folder.resolve("notes.yaml");
        Files.writeString(out, "kept\n");

        Result result = CliRunner.run("recipe", "import", notes.toString(), "-o", out.toString());

        assertEquals(1, result.exitCode());
        assertTrue(result.err().startsWith(notes + ":1:1: error: Cannot tell the format"), result.err());
        assertTrue(result.err().strip().endsWith("[recipe.import-format]"), result.err());
        assertEquals("kept\n", Files.readString(out));
        assertEquals(Set.of("notes.txt", "notes.yaml"), files());
    }

    @Test
    void aMissingInputFileIsInvalidInput() throws IOException {
        Path missing = folder.resolve("nope.def");

        Result result = CliRunner.run("recipe", "import", missing.toString(), "-o", folder.resolve("nope.yaml").toString());

        assertEquals(1, result.exitCode());
        assertTrue(result.err().startsWith(missing + ": error: No such file"), result.err());
        assertEquals(Set.of(), files());
    }

    @Test
    void importNeedsAYamlOutputFile() throws IOException {
        Path definition = CliRunner.data("solver.def", folder);

        Result noOutput = CliRunner.run("recipe", "import", definition.toString());
        Result notYaml = CliRunner.run("recipe", "import", definition.toString(), "-o", folder.resolve("solver.txt").toString());

        assertEquals(2, noOutput.exitCode());
        assertTrue(noOutput.err().contains("Missing required option: '--output=OUT.yaml'"), noOutput.err());
        assertEquals(2, notYaml.exitCode());
        assertTrue(notYaml.err().contains("OUT must end in .yaml or .yml"), notYaml.err());
        assertEquals(Set.of("solver.def"), files());
    }

    @Test
    void anOutputFolderThatDoesNotExistIsAnIoFailure() throws IOException {
        Path definition = CliRunner.data("solver.def", folder);
        Path out = folder.resolve("missing-folder").resolve("solver.yaml");

        Result result = CliRunner.run("recipe", "import", definition.toString(), "-o", out.toString());

        assertEquals(3, result.exitCode());
        assertTrue(result.err().contains("vitruvian recipe import: cannot write " + out + ": the folder "
                + out.getParent() + " does not exist."), result.err());
    }

    // --- the command group -----------------------------------------------------------------

    @Test
    void recipeAloneIsAUsageErrorAndHelpListsBothCommands() {
        Result alone = CliRunner.run("recipe");
        Result help = CliRunner.run("recipe", "--help");

        assertEquals(2, alone.exitCode());
        assertTrue(alone.err().contains("Missing command"), alone.err());
        assertEquals(0, help.exitCode());
        assertTrue(help.out().contains("export") && help.out().contains("import"), help.out());
        assertTrue(CliRunner.run("--help").out().contains("recipe"));
    }

    private Set<String> files() throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        }
    }
}
