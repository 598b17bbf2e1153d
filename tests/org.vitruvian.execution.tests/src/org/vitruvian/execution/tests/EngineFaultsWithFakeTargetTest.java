package org.vitruvian.execution.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.vitruvian.execution.RunEvent;
import org.vitruvian.execution.RunListener;
import org.vitruvian.execution.RunRecord;
import org.vitruvian.execution.RunState;
import org.vitruvian.execution.RunStore;
import org.vitruvian.execution.Runs;
import org.vitruvian.execution.StepRecord;
import org.vitruvian.execution.StepState;
import org.vitruvian.execution.spi.TargetAdapter;
import org.vitruvian.execution.spi.TargetException;
import org.vitruvian.tests.support.FakeTargetAdapter;
import org.vitruvian.tests.support.RunFixture;

/**
 * The engine's state machine, from the first poll to the final state, against a FAKE target
 * adapter that produces on cue the faults real schedulers produce now and then: refused and
 * lost submissions, outages, vanished jobs, failed copies back, jobs without an exit code. The
 * steps' commands still run for real; only the scheduling is scripted.
 */
class EngineFaultsWithFakeTargetTest {

    private static final String SITE = """
            apiVersion: vitruvian/v1
            kind: Site
            id: fake-cluster
            name: A scripted scheduler for tests
            type: workstation
            resourceClass: desk-side
            scheduler: none
            partitions:
              - {name: local, nodes: 1, coresPerNode: 2, memoryPerNode: 2GiB}
            architecture: x86_64
            os: debian 12
            glibc: "2.36"
            containerRuntimes:
              - {kind: podman, version: 4.3.1, buildAllowed: true, rootful: false}
            """;

    @TempDir
    Path folder;

    RunFixture fixture;
    FakeTargetAdapter fake;
    ServiceRegistration<TargetAdapter> registration;

    @BeforeEach
    void setUp() throws IOException {
        System.setProperty("vitruvian.submitBackoffMillis", "20");
        fixture = new RunFixture(folder);
        Files.writeString(fixture.home().resolve("sites/fake-cluster.yaml"), SITE);
        fake = new FakeTargetAdapter("fake-");
        BundleContext context = FrameworkUtil.getBundle(getClass()).getBundleContext();
        Dictionary<String, Object> properties = new Hashtable<>();
        // Above the local target, which would take this workstation site too: the ranking decides.
        properties.put(Constants.SERVICE_RANKING, 100);
        registration = context.registerService(TargetAdapter.class, fake, properties);
    }

    @AfterEach
    void tearDown() {
        registration.unregister();
        fixture.close();
        System.clearProperty("vitruvian.submitBackoffMillis");
    }

    private String start() {
        Runs.Started started = fixture.runs().start(new Runs.Request(fixture.data("workflow.yaml"), "fake-cluster", Map.of(),
                Map.of("data", fixture.data("data.txt")), null));
        assertFalse(started.refused(), () -> "refused: " + started.report().diagnostics());
        return started.runId();
    }

    /** Advances the run until {@code until} holds, with a deadline, and returns every state each step went through. */
    private RunRecord advanceUntil(String runId, Predicate<RunRecord> until, Map<String, List<StepState>> seen) {
        long deadline = System.nanoTime() + RunFixture.DEADLINE.toNanos();
        // Where start() left the steps (it advances once): the first state each was seen in.
        RunRecord record = fixture.runs().store().read(runId);
        while (true) {
            for (StepRecord step : record.steps()) {
                List<StepState> states = seen.computeIfAbsent(step.name(), k -> new ArrayList<>());
                if (states.isEmpty() || states.get(states.size() - 1) != step.state()) {
                    states.add(step.state());
                }
            }
            if (until.test(record)) {
                return record;
            }
            if (System.nanoTime() > deadline) {
                fail("run " + runId + " did not get there in " + RunFixture.DEADLINE + ": " + record.steps());
            }
            pause();
            record = fixture.runs().advance(runId);
        }
    }

    private RunRecord advanceToEnd(String runId, Map<String, List<StepState>> seen) {
        return advanceUntil(runId, r -> r.state().isFinal(), seen);
    }

    private static StepRecord step(RunRecord record, String name) {
        return record.step(name).orElseThrow();
    }

    @Test
    void aJobGoesThroughEveryStateToCompleted() {
        Map<String, List<StepState>> seen = new java.util.LinkedHashMap<>();
        RunRecord record = advanceToEnd(start(), seen);

        assertEquals(RunState.COMPLETED, record.state(), () -> record.steps().toString());
        assertEquals(List.of(StepState.SUBMITTED, StepState.QUEUED, StepState.RUNNING, StepState.COMPLETED), seen.get("first"));
        assertEquals(1, fake.jobs("first"));
        assertEquals(0, step(record, "first").exitCode());
    }

    @Test
    void transientSubmissionFaultsAreRetriedWithBackoffAndMakeOneJob() {
        fake.script("first").refuseSubmission(new TargetException("Connection refused (fake)"))
                .refuseSubmission(new TargetException("Connection refused (fake)"));
        String runId = start();
        RunRecord waiting = fixture.runs().store().read(runId);
        StepRecord first = step(waiting, "first");
        assertEquals(StepState.SUBMITTING, first.state());
        assertNotNull(first.retryAt(), "a transient fault waits before the next try");
        assertTrue(first.detail().contains("Connection refused"), first.detail());

        RunRecord record = advanceToEnd(runId, new java.util.HashMap<>());
        assertEquals(RunState.COMPLETED, record.state(), () -> record.steps().toString());
        assertEquals(3, fake.submitCalls("first"));
        assertEquals(1, fake.jobs("first"), "one attempt, one job");
        assertNull(step(record, "first").detail(), "the fault is over, so it is no longer shown");
    }

    @Test
    void aPermanentSubmissionFaultFailsTheStepWithItsCauseAndEveryCommandCanReadIt() {
        fake.script("first").refuseSubmission(TargetException.permanent("mkdir: cannot create directory '/scratch/x': Permission denied"));
        String runId = start();
        RunRecord record = advanceToEnd(runId, new java.util.HashMap<>());

        assertEquals(RunState.FAILED, record.state());
        StepRecord first = step(record, "first");
        assertEquals(StepState.FAILED, first.state());
        assertEquals("SUBMISSION", first.reason());
        assertTrue(first.detail().contains("Permission denied"), first.detail());
        assertEquals(1, fake.submitCalls("first"), "a permanent fault is not tried again");
        assertEquals(StepState.CREATED, step(record, "second").state(), "nothing after it was submitted");
        // Every reader of the store takes the record as it is.
        assertEquals(List.of("first", "second"), fixture.runs().steps(runId));
        assertEquals(RunState.FAILED, fixture.runs().cancel(runId).state(), "an ended run stays as it ended");
        assertTrue(fixture.runs().logs(runId).isEmpty());
    }

    @Test
    void anAnswerLostAfterTheJobWasCreatedIsFoundNotSubmittedAgain() {
        fake.script("first").loseSubmissionAnswer();
        RunRecord record = advanceToEnd(start(), new java.util.HashMap<>());

        assertEquals(RunState.COMPLETED, record.state(), () -> record.steps().toString());
        assertEquals(1, fake.submitCalls("first"), "the engine asked the target whether it had the job before submitting again");
        assertEquals(1, fake.jobs("first"));
    }

    @Test
    void anUnreachableSiteMakesStepsUnknownNeverFailedAndTheOutageMessageGoesWhenItIsOver() {
        fake.script("first").running(2).unreachable(1, 3);
        Map<String, List<StepState>> seen = new java.util.LinkedHashMap<>();
        String runId = start();
        RunRecord during = advanceUntil(runId, r -> step(r, "first").state() == StepState.UNKNOWN, seen);
        assertTrue(step(during, "first").detail().contains("cannot reach fake-cluster"), step(during, "first").detail());

        RunRecord record = advanceToEnd(runId, seen);
        assertEquals(RunState.COMPLETED, record.state(), () -> record.steps().toString());
        assertFalse(seen.get("first").contains(StepState.FAILED));
        assertNull(step(record, "first").detail(), "a COMPLETED step does not keep showing the old outage");
        assertEquals(1, fake.jobs("first"));
    }

    @Test
    void aJobThatVanishesFromTheSchedulerFailsWithoutAnInventedExitCode() {
        fake.script("first").vanish();
        RunRecord record = advanceToEnd(start(), new java.util.HashMap<>());

        StepRecord first = step(record, "first");
        assertEquals(StepState.FAILED, first.state());
        assertEquals("NODE_FAILURE", first.reason());
        assertNull(first.exitCode(), "the scheduler gave no exit code, so none is recorded");
        assertTrue(first.detail().contains("gone from the scheduler"), first.detail());
        assertEquals(RunState.FAILED, record.state());
    }

    @Test
    void aJobEndingWithoutAnExitCodeIsNeverTakenAsSuccessful() {
        fake.script("first").endWithoutExitCode();
        RunRecord record = advanceToEnd(start(), new java.util.HashMap<>());

        StepRecord first = step(record, "first");
        assertEquals(StepState.FAILED, first.state());
        assertNull(first.exitCode());
        assertTrue(first.produced().isEmpty());
    }

    @Test
    void outputsThatCannotBeCopiedBackKeepTheStepCompletingUntilTheyCan() {
        fake.script("first").failStageOut(2);
        Map<String, List<StepState>> seen = new java.util.LinkedHashMap<>();
        RunRecord record = advanceToEnd(start(), seen);

        assertEquals(RunState.COMPLETED, record.state(), () -> record.steps().toString());
        assertEquals(List.of(StepState.SUBMITTED, StepState.QUEUED, StepState.RUNNING, StepState.COMPLETING, StepState.COMPLETED),
                seen.get("first"));
        assertFalse(step(record, "first").produced().isEmpty());
    }

    @Test
    void tooManyTransientFaultsInARowFailTheStepAtLast() {
        for (int i = 0; i < 20; i++) {
            fake.script("first").refuseSubmission(new TargetException("Unable to contact slurm controller (fake)"));
        }
        // The backoff doubles from 20 ms; twelve faults take about 40 s at most with the 10-minute cap never reached.
        System.setProperty("vitruvian.submitBackoffMillis", "1");
        RunRecord record = advanceToEnd(start(), new java.util.HashMap<>());

        StepRecord first = step(record, "first");
        assertEquals(StepState.FAILED, first.state());
        assertEquals("SUBMISSION", first.reason());
        assertTrue(first.detail().contains("after 12 tries"), first.detail());
        assertEquals(0, fake.jobs("first"));
    }

    @Test
    void aFailedJobIsRetriedAsANewAttemptWithANewClientId() throws IOException {
        Path workflow = fixture.data("retry.yaml");
        Files.writeString(workflow, Files.readString(fixture.data("workflow.yaml")).replace("  - name: first\n",
                "  - name: first\n    retries: 1\n"));
        fake.script("first").exitCodes(3, 0);
        Runs.Started started = fixture.runs().start(new Runs.Request(workflow, "fake-cluster", Map.of(),
                Map.of("data", fixture.data("data.txt")), null));
        assertFalse(started.refused(), () -> started.report().diagnostics().toString());
        List<String> clientIds = Collections.synchronizedList(new ArrayList<>());
        RunRecord record = advanceUntil(started.runId(), r -> {
            String id = step(r, "first").clientId();
            if (id != null && !clientIds.contains(id)) {
                clientIds.add(id);
            }
            return r.state().isFinal();
        }, new java.util.HashMap<>());

        assertEquals(RunState.COMPLETED, record.state(), () -> record.steps().toString());
        assertEquals(2, step(record, "first").attempt());
        assertEquals(2, clientIds.size(), clientIds::toString);
        assertNotEquals(clientIds.get(0), clientIds.get(1));
        assertEquals(2, fake.jobs("first"));
    }

    @Test
    void cancellingAStepCaughtWhileSubmittingCancelsTheJobTheTargetHas() {
        fake.script("first").loseSubmissionAnswer();
        String runId = start();
        assertEquals(StepState.SUBMITTING, step(fixture.runs().store().read(runId), "first").state());

        RunRecord cancelled = fixture.runs().cancel(runId);
        assertEquals(RunState.CANCELLED, cancelled.state());
        assertEquals(StepState.CANCELLED, step(cancelled, "first").state());
        assertTrue(fake.cancelled("first"), "the job the record did not know of yet was found and cancelled");
    }

    @Test
    void listenersHearOfEveryStepChangeInOrder() {
        List<RunEvent> events = Collections.synchronizedList(new ArrayList<>());
        RunListener listener = events::add;
        fixture.runs().addListener(listener);
        try {
            String runId = start();
            advanceToEnd(runId, new java.util.HashMap<>());
            List<StepState> first = new ArrayList<>();
            synchronized (events) {
                for (RunEvent event : events) {
                    if (!event.run().id().equals(runId)) {
                        continue;
                    }
                    event.changes().stream().filter(c -> c.step().equals("first")).map(RunEvent.StepChange::after)
                            .filter(s -> first.isEmpty() || first.get(first.size() - 1) != s).forEach(first::add);
                }
                assertTrue(events.get(0).created(), "the first event is the run's creation");
                assertEquals(RunState.COMPLETED, events.get(events.size() - 1).run().state());
            }
            // SUBMITTING is written (and may be seen by the store's watcher) between CREATED and SUBMITTED.
            first.removeIf(state -> state == StepState.SUBMITTING);
            assertEquals(List.of(StepState.CREATED, StepState.SUBMITTED, StepState.QUEUED, StepState.RUNNING, StepState.COMPLETED),
                    first);
        } finally {
            fixture.runs().removeListener(listener);
        }
    }

    @Test
    void listenersHearOfRunsThatAnotherProcessChangesInTheSameStore() {
        String runId = start();
        List<RunEvent> events = Collections.synchronizedList(new ArrayList<>());
        RunListener listener = events::add;
        fixture.runs().addListener(listener);
        try {
            // Another process (a CLI) sees the same folder through a store of its own.
            RunStore elsewhere = new RunStore(fixture.home().resolve("runs"));
            elsewhere.update(runId, (run, save) -> run.detail("touched by another process"));
            assertTrue(events.isEmpty() || events.stream().noneMatch(e -> e.run().id().equals(runId) && e.changes().isEmpty()
                    && !e.stateChanged()), "a change nobody would see is not news");
            elsewhere.update(runId, (run, save) -> run.steps().get("first").state(StepState.RUNNING));
            long deadline = System.nanoTime() + RunFixture.DEADLINE.toNanos();
            while (events.stream().noneMatch(e -> e.run().id().equals(runId)
                    && e.changes().stream().anyMatch(c -> c.step().equals("first") && c.after() == StepState.RUNNING))) {
                if (System.nanoTime() > deadline) {
                    fail("no event for the change another process made: " + events);
                }
                pause();
            }
        } finally {
            fixture.runs().removeListener(listener);
        }
    }

    /** Between two polls of a condition that has a deadline. */
    private static void pause() {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail("interrupted");
        }
    }
}
