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
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.vitruvian.core.ExitCode;
import org.vitruvian.core.VitruvianException;
import org.vitruvian.execution.FileRecord;
import org.vitruvian.execution.RunRecord;
import org.vitruvian.execution.RunState;
import org.vitruvian.execution.StepRecord;
import org.vitruvian.tests.support.RunFixture;

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
    void runsBothStepsAndRecordsWhatTheyProduced() throws IOException {
        String runId = fixture.start("workflow.yaml", Map.of(), Map.of("data", fixture.data("data.txt")));
        RunRecord record = fixture.awaitEnd(runId);

        assertEquals(RunState.COMPLETED, record.state(), () -> String.valueOf(record.steps()));
        Path result = fixture.runs().outputs(runId).get("result");
        // The step's literal value reaches the command as one argument, shell characters and all.
        assertEquals("hello\nfirst\nsecond's $HOME; rm -rf /\n", Files.readString(result));
        for (String name : new String[] { "first", "second" }) {
            StepRecord step = record.step(name).orElseThrow();
            FileRecord produced = step.produced().get("out");
            assertEquals(RunFixture.sha256(produced.path()), produced.sha256(), name);
            assertEquals(Files.size(produced.path()), produced.bytes(), name);
            assertEquals(0, step.exitCode(), name);
        }
        // The first step's value comes from the workflow parameter's default, the second's is its own.
        assertEquals(Map.of("suffix", "first"), record.step("first").orElseThrow().parameters());
        assertEquals(Map.of("suffix", "second's $HOME; rm -rf /"), record.step("second").orElseThrow().parameters());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aWorkflowWithoutAVersionIsRecordedWithoutOne() throws IOException {
        Path data = fixture.data("data.txt");
        // The gate is a file that exists, so the step does not wait.
        String runId = fixture.start("gated.yaml", Map.of("gate", data.toString()), Map.of("data", data));
        RunRecord record = fixture.awaitEnd(runId);

        assertEquals("gated-copy", record.workflow().name());
        assertNull(record.workflow().version());
        // On disk the version is there, and null: not the text "null", not left out.
        Map<String, Object> workflow = (Map<String, Object>) parse(fixture.home().resolve("runs").resolve(runId).resolve("run.json"))
                .get("workflow");
        assertTrue(workflow.containsKey("version"));
        assertNull(workflow.get("version"));
    }

    @Test
    void theBuiltInPolicyIsRecordedWithItsDigest() throws IOException {
        Path data = fixture.data("data.txt");
        String runId = fixture.start("gated.yaml", Map.of("gate", data.toString()), Map.of("data", data));
        RunRecord.PolicyRef policy = fixture.awaitEnd(runId).policy();

        Bundle trust = Arrays.stream(FrameworkUtil.getBundle(LocalRunTest.class).getBundleContext().getBundles())
                .filter(b -> b.getSymbolicName().equals("org.vitruvian.trust")).findFirst().orElseThrow();
        try (InputStream in = trust.getEntry("policies/compbiomed-table-2.yaml").openStream()) {
            Path copy = folder.resolve("policy.yaml");
            Files.copy(in, copy);
            assertEquals(RunFixture.sha256(copy), policy.sha256());
        }
        assertEquals("platform:/plugin/org.vitruvian.trust/policies/compbiomed-table-2.yaml", policy.location());
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
        assertEquals(RunState.COMPLETED, fixture.awaitEnd(runId).state());

        assertEquals("hello\na\nb\n", Files.readString(fixture.runs().outputs(runId).get("said")));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> parse(Path json) throws IOException {
        return (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(Files.readString(json));
    }
}
