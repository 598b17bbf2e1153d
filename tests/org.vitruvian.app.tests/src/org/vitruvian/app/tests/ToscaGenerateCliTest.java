package org.vitruvian.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitruvian.app.tests.CliRunner.Result;

/**
 * 'vitruvian tosca generate' on the bone-strength example: the topology checks with Vitruvian and
 * is accepted by the reference, OpenStack tosca-parser 2.6.0 (../shared/tools/tosca-oracle), as
 * a 1.2 file and as a CSAR.
 */
class ToscaGenerateCliTest {

    @TempDir
    Path folder;

    private static Path repository() {
        return Path.of(System.getProperty("vitruvian.repo")).toAbsolutePath().normalize();
    }

    /** The oracle's line for a file: "EXIT\tFILE\tFIRST ERROR". */
    private static String oracle(Path file) throws IOException, InterruptedException {
        Path tool = repository().resolve("../shared/tools/tosca-oracle").normalize();
        Process process = new ProcessBuilder(tool.toString(), file.toString()).redirectErrorStream(true).start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "tosca-oracle did not answer within two minutes");
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), output);
        return output;
    }

    @Test
    void aToscaOneTwoFileThatToscaParserAccepts() throws IOException, InterruptedException {
        Path out = folder.resolve("t.yaml");
        Result generate = CliRunner.run("tosca", "generate", repository().resolve("examples/bone-strength/workflow.yaml").toString(),
                "--tosca-version", "1.2", "-o", out.toString());
        assertEquals(0, generate.exitCode(), generate.out() + generate.err());
        String text = Files.readString(out);
        assertTrue(text.startsWith("tosca_definitions_version: tosca_simple_yaml_1_2\n"), text);
        assertTrue(text.contains("type: vitruvian.nodes.SimulationService"), text);
        Result validate = CliRunner.run("validate", out.toString());
        assertEquals(0, validate.exitCode(), validate.out());
        Result show = CliRunner.run("tosca", "show", "--json", out.toString());
        for (String step : new String[] { "ct-phantom", "calibrate", "segment", "mesh", "solve", "strength" }) {
            assertTrue(show.out().contains("\"name\": \"" + step + "\""), show.out());
        }
        assertTrue(oracle(out).startsWith("0\t"));
    }

    @Test
    void aCsarThatToscaParserAccepts() throws IOException, InterruptedException {
        Path out = folder.resolve("t.csar");
        Result generate = CliRunner.run("tosca", "generate", repository().resolve("examples/bone-strength/workflow.yaml").toString(),
                "--tosca-version", "1.2", "--site", "metrocubo", "--csar", out.toString());
        assertEquals(0, generate.exitCode(), generate.out() + generate.err());
        Result validate = CliRunner.run("validate", out.toString());
        assertEquals(0, validate.exitCode(), validate.out());
        assertTrue(oracle(out).startsWith("0\t"));
    }

    @Test
    void anHpcSiteOfTheCatalogBecomesAnHpcSiteWithItsScheduler() throws IOException, InterruptedException {
        Path out = folder.resolve("hpc.yaml");
        Result generate = CliRunner.run("tosca", "generate", repository().resolve("examples/bone-strength/workflow.yaml").toString(),
                "--site", "archer2", "--tosca-version", "1.2", "-o", out.toString());
        assertEquals(0, generate.exitCode(), generate.out() + generate.err());
        String text = Files.readString(out);
        assertTrue(text.contains("    site:\n      type: vitruvian.nodes.HpcSite\n"), text);
        assertTrue(text.contains("site_id: archer2"), text);
        assertTrue(text.contains("type: vitruvian.nodes.Scheduler.Slurm"), text);
        assertEquals(0, CliRunner.run("validate", out.toString()).exitCode());
        assertTrue(oracle(out).startsWith("0\t"));
    }

    @Test
    void aSiteOutsideTheCatalogIsRefused() {
        Result result = CliRunner.run("tosca", "generate", repository().resolve("examples/bone-strength/workflow.yaml").toString(),
                "--site", "no-such-site", "-o", folder.resolve("t.yaml").toString());
        assertEquals(1, result.exitCode());
        assertTrue(result.err().contains("the site 'no-such-site' is not in the site catalog"), result.err());
    }

    @Test
    void anUnknownVersionIsAUsageError() {
        Result result = CliRunner.run("tosca", "generate", repository().resolve("examples/bone-strength/workflow.yaml").toString(),
                "--tosca-version", "2.0", "-o", folder.resolve("t.yaml").toString());
        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("--tosca-version is '2.0'; use 1.2 or 1.3."), result.err());
    }
}
