package org.vitruvian.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.vitruvian.app.tests.CliRunner.Result;
import org.vitruvian.core.services.ServiceHandle;
import org.vitruvian.core.services.Services;
import org.vitruvian.execution.RunState;
import org.vitruvian.execution.Runs;
import org.vitruvian.execution.StepState;
import org.vitruvian.execution.spi.TargetAdapter;
import org.vitruvian.execution.spi.TargetException;
import org.vitruvian.tests.support.FakeTargetAdapter;

/**
 * What every command says of runs whose target misbehaved, through the real command tree, with
 * a FAKE target adapter (a scripted scheduler; the step's command runs for real) on a site named
 * fake-site: a refused submission, a step whose outputs are still being copied back.
 */
class RunFaultsCliTest {

    @TempDir
    Path folder;

    FakeTargetAdapter fake;
    ServiceRegistration<TargetAdapter> registration;

    @BeforeEach
    void setUp() throws IOException {
        Path home = folder.resolve("home");
        System.setProperty("vitruvian.home", home.toString());
        Files.createDirectories(home.resolve("sites"));
        Path site = CliRunner.data("provenance/workbench.yaml", home.resolve("sites"));
        Files.writeString(home.resolve("sites/fake-site.yaml"), Files.readString(site).replaceFirst("(?m)^id: .*$", "id: fake-site"));
        for (String name : List.of("workflow.yaml", "upper.yaml", "text.txt")) {
            CliRunner.data("provenance/" + name, folder);
        }
        fake = new FakeTargetAdapter("fake-");
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(Constants.SERVICE_RANKING, 100);
        registration = FrameworkUtil.getBundle(getClass()).getBundleContext().registerService(TargetAdapter.class, fake, properties);
    }

    @AfterEach
    void tearDown() {
        registration.unregister();
        System.clearProperty("vitruvian.home");
    }

    private static String runId(Result result) {
        Matcher id = Pattern.compile("Run (\\S+) started\\.").matcher(result.out());
        assertTrue(id.find(), () -> "no run id printed: " + result.out() + result.err());
        return id.group(1);
    }

    @Test
    void aRefusedSubmissionPrintsTheRunIdAndItsCauseAndEveryCommandReadsTheRun() throws IOException {
        fake.script("upper").refuseSubmission(TargetException.permanent("mkdir: cannot create directory '/scratch/vitruvian': Permission denied"));

        Result run = CliRunner.run("run", folder.resolve("workflow.yaml").toString(), "--site", "fake-site", "--input",
                "text=" + folder.resolve("text.txt"));
        assertEquals(1, run.exitCode(), run.out() + run.err());
        String id = runId(run);
        assertTrue(run.out().contains("upper: FAILED ([SUBMISSION] cannot submit to fake-site: mkdir: cannot create directory"), run.out());
        assertTrue(run.out().contains("Run " + id + " FAILED: 0/1 steps done."), run.out());

        Result status = CliRunner.run("status", id);
        assertEquals(0, status.exitCode(), status.err());
        assertTrue(status.out().contains("Permission denied"), status.out());
        Result json = CliRunner.run("status", id, "--json");
        assertEquals(0, json.exitCode(), json.err());
        Map<?, ?> record = (Map<?, ?>) new Load(LoadSettings.builder().build()).loadFromString(json.out());
        Map<?, ?> step = (Map<?, ?>) ((Map<?, ?>) record.get("steps")).get("upper");
        assertEquals("FAILED", step.get("state"));
        assertEquals("SUBMISSION", step.get("reason"));
        assertTrue(String.valueOf(step.get("detail")).contains("Permission denied"), String.valueOf(step));
        for (String[] command : List.of(new String[] { "logs", id }, new String[] { "resume", id }, new String[] { "history" },
                new String[] { "cancel", id })) {
            Result result = CliRunner.run(command);
            assertTrue(result.exitCode() <= 1, () -> String.join(" ", command) + ": exit " + result.exitCode() + ": " + result.err());
            assertTrue(!result.err().contains("internal error"), () -> String.join(" ", command) + ": " + result.err());
        }
        Result crate = CliRunner.run("provenance", id, "--ro-crate", folder.resolve("crate").toString());
        assertEquals(0, crate.exitCode(), crate.err());
        assertTrue(Files.readString(folder.resolve("crate/ro-crate-metadata.json")).contains("Permission denied"));
        assertEquals(1, fake.submitCalls("upper"), "a permanent fault is not tried again");
    }

    @Test
    void logsFollowWaitsForTheLogsOfAStepWhoseOutputsAreStillBeingCopiedBack() throws IOException {
        Path service = folder.resolve("upper.yaml");
        Files.writeString(service, Files.readString(service).replace("'tr a-z A-Z", "'echo the last line; tr a-z A-Z"));
        fake.script("upper").failStageOut(3);
        Result started = CliRunner.run("run", folder.resolve("workflow.yaml").toString(), "--site", "fake-site", "--input",
                "text=" + folder.resolve("text.txt"), "--detach");
        assertEquals(0, started.exitCode(), started.err());
        String id = runId(started);
        try (ServiceHandle<Runs> runs = Services.await(getClass(), Runs.class)) {
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (runs.get().advance(id).step("upper").orElseThrow().state() != StepState.COMPLETING) {
                if (System.nanoTime() > deadline) {
                    fail("the step never started copying back: " + runs.get().store().read(id).steps());
                }
            }
        }

        Result logs = CliRunner.run("logs", id, "upper", "--follow");
        assertEquals(0, logs.exitCode(), logs.err());
        // The fake's "site" keeps the step's log until the copy back succeeds.
        assertTrue(logs.out().contains("the last line"), logs.out());
        try (ServiceHandle<Runs> runs = Services.await(getClass(), Runs.class)) {
            assertEquals(StepState.COMPLETED, runs.get().store().read(id).step("upper").orElseThrow().state(),
                    "logs --follow returned before the step ended: " + logs.out());
            assertEquals(RunState.COMPLETED, runs.get().store().read(id).state());
        }
    }

    /** 'vitruvian clean': refused while the run's jobs may still use their files, done on every site once it ended. */
    @Test
    void cleanWaitsForTheRunToEndThenRemovesItsFilesFromTheSite() {
        fake.script("upper").running(1_000_000);
        Result started = CliRunner.run("run", folder.resolve("workflow.yaml").toString(), "--site", "fake-site", "--input",
                "text=" + folder.resolve("text.txt"), "--detach");
        String id = runId(started);
        Result early = CliRunner.run("clean", id);
        assertEquals(1, early.exitCode(), early.out() + early.err());
        assertTrue(early.err().contains("vitruvian cancel " + id), early.err());
        assertEquals(List.of(), fake.cleanedRuns(), "nothing may be removed under a running job");

        assertEquals(0, CliRunner.run("cancel", id).exitCode());
        Result clean = CliRunner.run("clean", id);
        assertEquals(0, clean.exitCode(), clean.out() + clean.err());
        assertTrue(clean.out().contains("removed its files from fake-site"), clean.out());
        assertEquals(List.of(id), fake.cleanedRuns());
    }

    @Test
    void historyListsTheNewestRunFirstEvenWithinOneSecond() {
        String[] ids = new String[3];
        for (int i = 0; i < ids.length; i++) {
            Result started = CliRunner.run("run", folder.resolve("workflow.yaml").toString(), "--site", "fake-site", "--input",
                    "text=" + folder.resolve("text.txt"), "--detach");
            ids[i] = runId(started);
        }
        Result history = CliRunner.run("history");
        assertEquals(0, history.exitCode(), history.err());
        int newest = history.out().indexOf(ids[2]);
        int middle = history.out().indexOf(ids[1]);
        int oldest = history.out().indexOf(ids[0]);
        assertTrue(newest >= 0 && newest < middle && middle < oldest, history.out());
    }
}
