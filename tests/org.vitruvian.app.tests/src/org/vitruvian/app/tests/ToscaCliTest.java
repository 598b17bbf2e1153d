package org.vitruvian.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitruvian.app.tests.CliRunner.Result;

/** 'vitruvian validate' on TOSCA files, recognised by tosca_definitions_version: one diagnostic per mistake, exit 1. */
class ToscaCliTest {

    private static final String HEADER = "tosca_definitions_version: tosca_simple_yaml_1_3\n";

    @TempDir
    Path folder;

    private Result validate(String name, String text) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, text);
        Result result = CliRunner.run("validate", file.toString());
        assertFalse(result.err().contains("\tat ") || result.out().contains("Exception"), result.out() + result.err());
        return result;
    }

    private void assertOneError(Result result, String file, int line, int column, String code) {
        assertEquals(1, result.exitCode(), result.out());
        String prefix = folder.resolve(file) + ":" + line + ":" + column + ": error: ";
        assertTrue(result.out().lines().anyMatch(l -> l.startsWith(prefix) && l.endsWith("[" + code + "]")),
                "expected " + prefix + "... [" + code + "] in:\n" + result.out());
        assertTrue(result.out().contains("1 file(s) checked: 1 error(s)"), result.out());
    }

    @Test
    void unknownType() throws IOException {
        Result result = validate("t.yaml", HEADER + "topology_template:\n  node_templates:\n    db:\n      type: tosca.nodes.Databse\n");
        assertOneError(result, "t.yaml", 5, 13, "tosca.type.unknown");
        assertTrue(result.out().contains("Did you mean 'tosca.nodes.Database'?"), result.out());
    }

    @Test
    void missingRequiredProperty() throws IOException {
        Result result = validate("t.yaml", HEADER + "topology_template:\n  node_templates:\n    disk:\n      type: tosca.nodes.Storage.BlockStorage\n");
        assertOneError(result, "t.yaml", 4, 5, "tosca.property.missing");
    }

    @Test
    void badScalarUnit() throws IOException {
        Result result = validate("t.yaml", HEADER + "topology_template:\n  node_templates:\n    vm:\n      type: tosca.nodes.Compute\n"
                + "      capabilities:\n        host:\n          properties:\n            disk_size: 10 GQ\n");
        assertOneError(result, "t.yaml", 9, 24, "tosca.value.scalar-unit");
    }

    @Test
    void danglingRequirement() throws IOException {
        Result result = validate("t.yaml", HEADER + "topology_template:\n  node_templates:\n    web:\n      type: tosca.nodes.WebServer\n"
                + "      requirements:\n        - host: nowhere\n");
        assertOneError(result, "t.yaml", 7, 17, "tosca.requirement.dangling");
    }

    @Test
    void getInputOfAnUndefinedInput() throws IOException {
        Result result = validate("t.yaml", HEADER + "topology_template:\n  node_templates:\n    vm:\n      type: tosca.nodes.Compute\n"
                + "      capabilities:\n        host:\n          properties:\n            num_cpus: { get_input: cpus }\n");
        assertOneError(result, "t.yaml", 9, 36, "tosca.function.input");
    }

    @Test
    void derivedFromCycle() throws IOException {
        Result result = validate("t.yaml", HEADER + "data_types:\n  my.A:\n    derived_from: my.B\n  my.B:\n    derived_from: my.A\n");
        assertOneError(result, "t.yaml", 4, 19, "tosca.type.cycle");
    }

    @Test
    void aValidTemplateAndItsResolvedTopology() throws IOException {
        Path file = folder.resolve("ok.yaml");
        Files.writeString(file, HEADER + "topology_template:\n  node_templates:\n    web:\n      type: tosca.nodes.WebServer\n"
                + "      requirements:\n        - host: vm\n    vm:\n      type: tosca.nodes.Compute\n");
        Result validate = CliRunner.run("validate", file.toString());
        assertEquals(0, validate.exitCode(), validate.out());
        Result show = CliRunner.run("tosca", "show", "--json", file.toString());
        assertEquals(0, show.exitCode(), show.out() + show.err());
        assertTrue(show.out().contains("\"type\": \"tosca.nodes.WebServer\""), show.out());
        assertTrue(show.out().contains("\"node\": \"vm\""), show.out());
    }
}
