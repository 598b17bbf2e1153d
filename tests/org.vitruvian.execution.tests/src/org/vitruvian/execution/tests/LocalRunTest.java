package org.vitruvian.execution.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.vitruvian.core.ExitCode;
import org.vitruvian.core.VitruvianException;

/** A workflow of two steps run for real on this machine through the Runs service. */
class LocalRunTest {

    @TempDir
    Path folder;

    RunFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new RunFixture(folder);
    }

    @AfterEach
    void tearDown() {
        fixture.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void runsBothStepsAndRecordsWhatTheyProduced() throws IOException {
        String runId = fixture.start("workflow.yaml", Map.of(), Map.of("data", fixture.data("data.txt")));
        Map<String, Object> record = fixture.awaitEnd(runId);

        assertEquals("COMPLETED", record.get("state"), () -> String.valueOf(record.get("steps")));
        Path result = fixture.runs().outputs(runId).get("result");
        // The step's literal value reaches the command as one argument, shell characters and all.
        assertEquals("hello\nfirst\nsecond's $HOME; rm -rf /\n", Files.readString(result));
        Map<String, Map<String, Object>> steps = (Map<String, Map<String, Object>>) record.get("steps");
        for (String step : new String[] { "first", "second" }) {
            Map<String, Object> produced = (Map<String, Object>) ((Map<String, Object>) steps.get(step).get("produced")).get("out");
            Path file = Path.of((String) produced.get("path"));
            assertEquals(RunFixture.sha256(file), produced.get("sha256"), step);
            assertEquals(Files.size(file), ((Number) produced.get("bytes")).longValue(), step);
            assertEquals(0, ((Number) steps.get(step).get("exitCode")).intValue(), step);
        }
        // The first step's value comes from the workflow parameter's default, the second's is its own.
        assertEquals(Map.of("suffix", "first"), steps.get("first").get("parameters"));
        assertEquals(Map.of("suffix", "second's $HOME; rm -rf /"), steps.get("second").get("parameters"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aWorkflowWithoutAVersionIsRecordedWithoutOne() {
        Path data = fixture.data("data.txt");
        // The gate is a file that exists, so the step does not wait.
        String runId = fixture.start("gated.yaml", Map.of("gate", data.toString()), Map.of("data", data));
        Map<String, Object> workflow = (Map<String, Object>) fixture.awaitEnd(runId).get("workflow");

        assertEquals("gated-copy", workflow.get("name"));
        assertTrue(workflow.containsKey("version"));
        assertNull(workflow.get("version"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theBuiltInPolicyIsRecordedWithItsDigest() throws IOException {
        Path data = fixture.data("data.txt");
        String runId = fixture.start("gated.yaml", Map.of("gate", data.toString()), Map.of("data", data));
        Map<String, Object> policy = (Map<String, Object>) fixture.awaitEnd(runId).get("policy");

        Bundle trust = Arrays.stream(FrameworkUtil.getBundle(LocalRunTest.class).getBundleContext().getBundles())
                .filter(b -> b.getSymbolicName().equals("org.vitruvian.trust")).findFirst().orElseThrow();
        try (InputStream in = trust.getEntry("policies/compbiomed-table-2.yaml").openStream()) {
            Path copy = folder.resolve("policy.yaml");
            Files.copy(in, copy);
            assertEquals(RunFixture.sha256(copy), policy.get("sha256"));
        }
        assertEquals("platform:/plugin/org.vitruvian.trust/policies/compbiomed-table-2.yaml", policy.get("location"));
    }

    @Test
    void theOutputsOfARunAreTheOnesItsWorkflowHadWhenItRan() throws IOException {
        String runId = fixture.start("workflow.yaml", Map.of(), Map.of("data", fixture.data("data.txt")));
        fixture.awaitEnd(runId);
        Path expected = fixture.home().resolve("runs").resolve(runId).resolve("steps/second/out.txt");

        // Edited after the run: the result now comes from the first step.
        Path workflow = fixture.data("workflow.yaml");
        Files.writeString(workflow, Files.readString(workflow).replace("{from: second.out, to: result}", "{from: first.out, to: result}"));
        assertEquals(Map.of("result", expected), fixture.runs().outputs(runId));

        Files.delete(workflow);
        assertEquals(Map.of("result", expected), fixture.runs().outputs(runId));
    }

    @Test
    void anUnknownRunIsReportedAsUnknownWhetherItIsReadAdvancedOrCancelled() {
        String unknown = "20260101-000000-00000000";
        List<Executable> uses = List.of(() -> fixture.runs().store().read(unknown), () -> fixture.runs().advance(unknown),
                () -> fixture.runs().cancel(unknown));
        for (Executable use : uses) {
            VitruvianException refused = assertThrows(VitruvianException.class, use);
            assertEquals(ExitCode.FAILED, refused.exitCode());
            assertEquals("No run '" + unknown + "'; 'vitruvian history' lists the runs.", refused.getMessage());
        }
        assertFalse(Files.exists(fixture.home().resolve("runs").resolve(unknown)));
    }

    @Test
    void filesOfARecipeWithOneNameInDifferentFoldersAreDeployedApart() throws IOException {
        String runId = fixture.start("two-tools.yaml", Map.of(), Map.of("data", fixture.data("data.txt")));
        assertEquals("COMPLETED", fixture.awaitEnd(runId).get("state"));

        assertEquals("hello\na\nb\n", Files.readString(fixture.runs().outputs(runId).get("said")));
    }
}
