package org.vitruvian.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.vitruvian.app.tests.CliRunner.Result;

/** The headless command line as a pipeline sees it: output, exit codes and diagnostic format. */
class CliTest {

    @TempDir
    Path folder;

    @Test
    void versionPrintsTheProductVersionAndSucceeds() {
        Result result = CliRunner.run("--version");
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().matches("Vitruvian \\d+\\.\\d+\\.\\d+( \\(build [^)]+\\))?\\R"), result.out());
    }

    @Test
    void unknownCommandIsAUsageErrorWithUsageOnStderr() {
        Result result = CliRunner.run("no-such-command");
        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("no-such-command"), result.err());
        assertTrue(result.err().contains("Usage: vitruvian"), result.err());
        assertEquals("", result.out());
    }

    @Test
    void noCommandAtAllIsAUsageError() {
        Result result = CliRunner.run();
        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("Missing command"), result.err());
    }

    @Test
    void helpListsCommandsAndExitCodes() {
        Result result = CliRunner.run("--help");
        assertEquals(0, result.exitCode());
        assertTrue(result.out().contains("validate"), result.out());
        assertTrue(result.out().contains("Exit codes:"), result.out());

        Result helpValidate = CliRunner.run("help", "validate");
        assertEquals(0, helpValidate.exitCode());
        assertTrue(helpValidate.out().contains("Usage: vitruvian validate"), helpValidate.out());
    }

    @Test
    void validFileValidatesWithExitZero() throws IOException {
        Path file = CliRunner.data("minimal-site.yaml", folder);
        Result result = CliRunner.run("validate", file.toString());
        assertEquals(0, result.exitCode(), result.out());
        assertTrue(result.out().contains("1 file(s) checked: 0 error(s)"), result.out());
    }

    @Test
    void yamlSyntaxErrorIsReportedAtItsLineAndColumn() throws IOException {
        Path file = CliRunner.data("broken-indentation.yaml", folder);
        Result result = CliRunner.run("validate", file.toString());
        assertEquals(1, result.exitCode());
        String firstLine = result.out().lines().findFirst().orElseThrow();
        assertTrue(firstLine.matches("\\Q" + file + "\\E:5:3: error: Invalid YAML: .+ \\[yaml\\.syntax]"), firstLine);
    }

    @Test
    void unknownKindNamesTheKindsThatExist() throws IOException {
        Path file = CliRunner.data("unknown-kind.yaml", folder);
        Result result = CliRunner.run("validate", file.toString());
        assertEquals(1, result.exitCode());
        assertTrue(result.out().startsWith(file + ":2:7: error: 'kind' is 'Pipeline'; use one of: ContainerRecipe, "
                + "ServiceDefinition, Site, TrustPolicy, Workflow. [model.kind]"), result.out());
    }

    @Test
    void missingFileIsAnErrorNamingTheFile() {
        Result result = CliRunner.run("validate", folder.resolve("nope.yaml").toString());
        assertEquals(1, result.exitCode());
        assertTrue(result.out().startsWith(folder.resolve("nope.yaml") + ": error: No such file"), result.out());
    }

    @Test
    void jsonOutputCarriesTheSameDiagnostics() throws IOException {
        Path file = CliRunner.data("unknown-kind.yaml", folder);
        Result result = CliRunner.run("validate", "--json", file.toString());
        assertEquals(1, result.exitCode());
        @SuppressWarnings("unchecked")
        Map<String, Object> json = (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(result.out());
        assertEquals(1, json.get("errors"));
        @SuppressWarnings("unchecked")
        Map<String, Object> diagnostic = ((List<Map<String, Object>>) json.get("diagnostics")).get(0);
        assertEquals(file.toString(), diagnostic.get("file"));
        assertEquals(2, diagnostic.get("line"));
        assertEquals(7, diagnostic.get("column"));
        assertEquals("error", diagnostic.get("severity"));
        assertEquals("model.kind", diagnostic.get("code"));
    }
}
