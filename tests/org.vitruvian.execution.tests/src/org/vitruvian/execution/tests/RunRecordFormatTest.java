package org.vitruvian.execution.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.vitruvian.execution.RunRecord;
import org.vitruvian.execution.RunState;
import org.vitruvian.execution.RunStore;
import org.vitruvian.execution.StepProgress;
import org.vitruvian.execution.StepRecord;
import org.vitruvian.execution.StepState;

/**
 * Run folders written by the release before typed runs (data/legacy-runs: a real run.json of
 * the two-step test workflow on 'local') still load, with every field where it was, and a
 * record read and written again keeps its layout.
 */
class RunRecordFormatTest {

    private static final String LEGACY = "20261203-193844-03e819d2";

    @TempDir
    Path folder;

    private RunStore store() throws IOException {
        Path run = folder.resolve("runs").resolve(LEGACY);
        Files.createDirectories(run);
        try (InputStream in = FrameworkUtil.getBundle(getClass()).getEntry("data/legacy-runs/" + LEGACY + "/run.json").openStream()) {
            Files.copy(in, run.resolve("run.json"));
        }
        return new RunStore(folder.resolve("runs"));
    }

    @Test
    void aRecordOfTheEarlierReleaseLoadsWithEveryField() throws IOException {
        RunRecord run = store().read(LEGACY);

        assertEquals(LEGACY, run.id());
        assertEquals(RunState.COMPLETED, run.state());
        assertEquals("count-twice", run.workflow().name());
        assertNull(run.workflow().version());
        assertEquals("local", run.site());
        assertEquals("5891b5b522d5df086d0ff0b110fbd9d21bb4fc7163af34d08286a2e846f6be03", run.inputs().get("data").sha256());
        assertEquals(Map.of("result", "second.out"), run.outputs());
        assertEquals("compbiomed-table-2", run.policy().name());
        assertEquals("51ecd56f66879864db08b28a9a4e3f7bee91428f", run.provenance().git().commit());
        assertEquals(2, run.provenance().files().size());
        assertEquals(List.of("first", "second"), run.stepNames());
        StepRecord first = run.step("first").orElseThrow();
        assertEquals(StepState.COMPLETED, first.state());
        assertEquals("local", first.adapter());
        assertEquals(Map.of("seconds", "3"), first.parameters());
        assertEquals(1, first.attempt());
        assertEquals(0, first.exitCode());
        assertEquals(new StepProgress(0.5, "waiting"), first.progress());
        assertEquals(6L, first.produced().get("out").bytes());
        assertEquals(List.of("first"), run.step("second").orElseThrow().after());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRecordReadAndWrittenAgainKeepsItsLayout() throws IOException {
        RunStore store = store();
        Path file = folder.resolve("runs").resolve(LEGACY).resolve("run.json");
        Map<String, Object> before = LocalRunTest.parse(file);

        store.update(LEGACY, (run, save) -> {
        });
        Map<String, Object> after = LocalRunTest.parse(file);

        after.remove("updated");
        before.remove("updated");
        assertEquals(before, after);
    }

    /** A walltime kill has a signal and no exit code; the partitions are where the job was allowed to go. */
    @Test
    void theSignalAndThePartitionsOfAStepAreWrittenAndReadBack() throws IOException {
        RunStore store = store();
        store.update(LEGACY, (run, save) -> run.steps().get("first").exitCode(null).signal(15).partitions(List.of("debug", "long")));
        StepRecord first = store.read(LEGACY).step("first").orElseThrow();
        assertNull(first.exitCode());
        assertEquals(15, first.signal());
        assertEquals(List.of("debug", "long"), first.partitions());
        String json = Files.readString(folder.resolve("runs").resolve(LEGACY).resolve("run.json"));
        assertTrue(json.contains("\"signal\": 15"), json);
    }

    @Test
    void everyStateTheEngineWritesCanBeReadBack() throws IOException {
        RunStore store = store();
        for (StepState state : StepState.values()) {
            store.update(LEGACY, (run, save) -> run.steps().get("first").state(state));
            assertEquals(state, store.read(LEGACY).step("first").orElseThrow().state());
        }
    }

    @Test
    void aStateFromALaterReleaseReadsAsUnknownNotAsAnError() throws IOException {
        store();
        Path file = folder.resolve("runs").resolve(LEGACY).resolve("run.json");
        Files.writeString(file, Files.readString(file).replace("\"state\": \"COMPLETED\",\n      \"site\"",
                "\"state\": \"PREEMPTED\",\n      \"site\""));
        assertEquals(StepState.UNKNOWN, new RunStore(folder.resolve("runs")).read(LEGACY).step("first").orElseThrow().state());
    }
}
