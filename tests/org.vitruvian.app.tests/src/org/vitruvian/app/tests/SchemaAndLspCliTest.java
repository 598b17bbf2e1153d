package org.vitruvian.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The language commands are registered: 'schema' writes a kind's JSON Schema, 'lsp' documents itself. */
class SchemaAndLspCliTest {

    @Test
    void schemaWritesTheWorkflowKindsJsonSchema(@TempDir Path folder) throws Exception {
        CliRunner.Result printed = CliRunner.run("schema", "workflow");
        assertEquals(0, printed.exitCode(), printed.err());
        assertTrue(printed.out().contains("\"title\": \"Vitruvian Workflow\""), printed.out());
        assertTrue(printed.out().contains("\"http://json-schema.org/draft-07/schema#\""), printed.out());
        Path file = folder.resolve("workflow.schema.json");
        CliRunner.Result written = CliRunner.run("schema", "Workflow", "-o", file.toString());
        assertEquals(0, written.exitCode(), written.err());
        assertEquals(printed.out().strip(), Files.readString(file).strip());
    }

    @Test
    void anUnknownKindNamesTheKnownOnes() {
        CliRunner.Result result = CliRunner.run("schema", "flow");
        assertEquals(1, result.exitCode());
        assertTrue(result.err().contains("No model kind 'flow'; use one of: ContainerRecipe, ServiceDefinition, Site, TrustPolicy, Workflow."),
                result.err());
    }

    @Test
    void lspIsACommand() {
        CliRunner.Result result = CliRunner.run("help", "lsp");
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("Usage: vitruvian lsp"), result.out());
        assertTrue(CliRunner.run("--help").out().contains("lsp"));
    }
}
