package org.vitruvian.ui.runs.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitruvian.execution.RunRecord;
import org.vitruvian.execution.RunState;
import org.vitruvian.execution.RunStore;
import org.vitruvian.execution.StepProgress;
import org.vitruvian.execution.StepRecord;
import org.vitruvian.execution.StepState;
import org.vitruvian.tests.support.HeadlessCli;
import org.vitruvian.tests.support.RunFixture;
import org.vitruvian.ui.runs.internal.RunNode;
import org.vitruvian.ui.runs.internal.RunsView;

/**
 * The Runs view in the real Vitruvian workbench (Tycho's UI harness under Xvfb), over real runs:
 * RunFixture's small workflows run as processes on this machine through the same {@code Runs}
 * service the CLI uses.
 */
class RunsViewTest {

    private static final int NAME = 0;
    private static final int STATE = 1;
    private static final int SITE = 4;
    private static final int JOB = 5;

    @TempDir
    Path folder;

    private RunFixture fixture;

    @BeforeEach
    void fixture() {
        // The fixture points the engine at a fresh Vitruvian home before the view opens and reads it.
        fixture = new RunFixture(folder);
    }

    @AfterEach
    void close() {
        Ui.closeView();
        fixture.close();
    }

    @Test
    void aRunAdvancedOutsideTheViewAppearsAndItsStepsReachCompleted() throws Exception {
        RunsView view = Ui.openView();
        assertEquals(0, view.viewer().getTree().getItemCount(), "a fresh store has no runs");

        // Like 'vitruvian run' next to the IDE: start and advance the run on another thread, not through the view.
        AtomicReference<String> runId = new AtomicReference<>();
        CompletableFuture<RunRecord> cli = CompletableFuture.supplyAsync(() -> {
            String id = fixture.start("workflow.yaml", Map.of("suffix", "from the test"), Map.of("data", fixture.data("data.txt")));
            runId.set(id);
            return fixture.awaitEnd(id);
        });

        Ui.waitUntil("the run to appear in the view", () -> Ui.describe(view),
                () -> runId.get() != null && Ui.runItem(view, runId.get()) != null);
        Ui.waitUntil("the run and both steps to show Completed", () -> Ui.describe(view),
                () -> "Completed (2/2)".equals(Ui.text(Ui.runItem(view, runId.get()), STATE))
                        && "Completed".equals(Ui.text(Ui.stepItem(view, runId.get(), "first"), STATE))
                        && "Completed".equals(Ui.text(Ui.stepItem(view, runId.get(), "second"), STATE)));
        assertEquals(RunState.COMPLETED, cli.get().state());

        TreeItem run = Ui.runItem(view, runId.get());
        assertTrue(run.getText(NAME).startsWith("copy-twice"), run.getText(NAME));
        assertTrue(run.getText(NAME).contains(runId.get()), "the run's row names its id: " + run.getText(NAME));
        assertEquals("workbench", run.getText(SITE));
        TreeItem first = Ui.stepItem(view, runId.get(), "first");
        assertEquals("workbench", first.getText(SITE));
        assertFalse(first.getText(JOB).isBlank(), "a step that ran shows its job id");
        assertEquals(fixture.runs().store().read(runId.get()).step("first").orElseThrow().jobId(), first.getText(JOB));
        assertEquals(RunNode.StepNode.class, first.getData().getClass());
    }

    @Test
    void aRunStartedByVitruvianRunInAnotherProcessAppearsAndReachesCompleted() throws Exception {
        RunsView view = Ui.openView();
        assertEquals(0, view.viewer().getTree().getItemCount(), "a fresh store has no runs");

        // 'vitruvian run' in a JVM of its own, on the same home: the view learns of it only through the store's files.
        Path log = folder.resolve("cli.log");
        Process cli = HeadlessCli.start(fixture.home(), folder.resolve("cli"), log, Map.of("VITRUVIAN_POLL_MS", "100"),
                "run", fixture.data("workflow.yaml").toString(), "--site", "workbench", "--param", "suffix=from the CLI",
                "--input", "data=" + fixture.data("data.txt"));
        try {
            Ui.waitUntil("the CLI's run to appear in the view", () -> Ui.describe(view) + "\nCLI: " + HeadlessCli.output(log),
                    () -> view.viewer().getTree().getItemCount() == 1);
            String id = fixture.runs().store().list().get(0);
            Ui.waitUntil("the CLI's run and both steps to show Completed", () -> Ui.describe(view) + "\nCLI: " + HeadlessCli.output(log),
                    () -> "Completed (2/2)".equals(Ui.text(Ui.runItem(view, id), STATE))
                            && "Completed".equals(Ui.text(Ui.stepItem(view, id, "first"), STATE))
                            && "Completed".equals(Ui.text(Ui.stepItem(view, id, "second"), STATE)));
            assertTrue(cli.waitFor(RunFixture.DEADLINE.toSeconds(), TimeUnit.SECONDS), "the CLI ends: " + HeadlessCli.output(log));
            assertEquals(0, cli.exitValue(), HeadlessCli.output(log));
            assertTrue(HeadlessCli.output(log).contains("Run " + id + " COMPLETED: 2/2 steps done."), HeadlessCli.output(log));
            assertNotEquals(ProcessHandle.current().pid(), cli.pid());
            assertTrue(Ui.runItem(view, id).getText(NAME).startsWith("copy-twice"), Ui.runItem(view, id).getText(NAME));
            assertEquals("workbench", Ui.runItem(view, id).getText(SITE));
        } finally {
            cli.destroy();
        }
    }

    @Test
    void aRecordChangedBehindTheViewsBackAppearsAndItsChangesShow() throws Exception {
        RunsView view = Ui.openView();
        // A second RunStore on the same folder, without an engine or events: the view sees only the files change.
        RunStore other = new RunStore(fixture.home().resolve("runs"));
        Instant now = Instant.now();
        String id = other.create(RunRecord.builder().id(other.newId()).workflow(new RunRecord.WorkflowRef("elsewhere", "1.0.0", null))
                .site("workbench").created(now).state(RunState.RUNNING)
                .step(StepRecord.builder("solve").state(StepState.RUNNING).site("workbench").jobId("4242").started(now)
                        .progress(new StepProgress(0.4, "iteration 40")))
                .build());

        Ui.waitUntil("the other process's run to appear", () -> Ui.describe(view),
                () -> "Running".equals(Ui.text(Ui.stepItem(view, id, "solve"), STATE)));
        assertEquals("4242", Ui.text(Ui.stepItem(view, id, "solve"), JOB));

        other.update(id, (run, save) -> {
            run.steps().get("solve").state(StepState.COMPLETED).ended(Instant.now()).progress(new StepProgress(1, "done"));
            run.state(RunState.COMPLETED).ended(Instant.now());
        });
        Ui.waitUntil("the other process's change to show", () -> Ui.describe(view),
                () -> "Completed".equals(Ui.text(Ui.stepItem(view, id, "solve"), STATE))
                        && "Completed (1/1)".equals(Ui.text(Ui.runItem(view, id), STATE)));
    }

    @Test
    void cancelFromTheViewStopsTheRunningJob() throws Exception {
        RunsView view = Ui.openView();
        Path gate = folder.resolve("gate-never-opened");
        String id = fixture.start("gated.yaml", Map.of("gate", gate.toString()), Map.of("data", fixture.data("data.txt")));
        Ui.waitUntil("the gated run to appear", () -> Ui.describe(view), () -> Ui.runItem(view, id) != null);

        // Nobody else advances this run: the view's Watch does, as 'vitruvian resume' would.
        Ui.select(view.viewer().getTree(), Ui.runItem(view, id));
        assertTrue(view.watchAction().isEnabled(), "a running run can be watched");
        view.watchAction().run();
        Ui.waitUntil("the waiting step to run", () -> Ui.describe(view),
                () -> "Running".equals(Ui.text(Ui.stepItem(view, id, "wait"), STATE)));
        long pid = jobProcess(id);
        assertTrue(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "the step's process runs before the cancel");

        Ui.select(view.viewer().getTree(), Ui.runItem(view, id));
        assertTrue(view.cancelAction().isEnabled(), "a running run can be cancelled");
        view.cancelAction().run();

        Ui.waitUntil("the run and its step to show Cancelled", () -> Ui.describe(view),
                () -> Ui.text(Ui.runItem(view, id), STATE).startsWith("Cancelled")
                        && "Cancelled".equals(Ui.text(Ui.stepItem(view, id, "wait"), STATE)));
        Ui.waitUntil("the step's process to end", () -> "process " + pid + " still alive",
                () -> !ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
        assertEquals(RunState.CANCELLED, fixture.runs().store().read(id).state());
        Ui.select(view.viewer().getTree(), Ui.runItem(view, id));
        assertFalse(view.cancelAction().isEnabled(), "a cancelled run cannot be cancelled again");
        assertTrue(view.exportAction().isEnabled(), "a cancelled run has ended and can be exported");
    }

    /** The pid the local target recorded for the step's job (pid-CLIENTID in its folder), waited for. */
    private long jobProcess(String runId) throws IOException {
        StepRecord step = fixture.runs().store().read(runId).step("wait").orElseThrow();
        assertNotNull(step.workDir());
        Path pidFile = step.workDir().resolve("pid-" + step.clientId());
        Ui.waitUntil("the job to record its pid in " + pidFile, () -> Files.isRegularFile(pidFile));
        return Long.parseLong(Files.readString(pidFile).strip());
    }
}
