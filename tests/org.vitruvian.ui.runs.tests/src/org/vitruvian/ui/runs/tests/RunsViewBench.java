package org.vitruvian.ui.runs.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitruvian.execution.RunRecord;
import org.vitruvian.execution.RunState;
import org.vitruvian.execution.RunStore;
import org.vitruvian.execution.StepProgress;
import org.vitruvian.execution.StepRecord;
import org.vitruvian.execution.StepState;
import org.vitruvian.ui.runs.internal.RunsView;

/**
 * The Runs view's benchmark (bench/ide-runs/run.sh, figures in docs/performance.md), in the real
 * workbench. Not a test: its name matches none of surefire's test patterns, so only
 * {@code -Dtest=RunsViewBench} runs it, and it asserts nothing about time; it prints.
 *
 * <ol>
 * <li>Open: a store of RUNS generated run records (six steps each); the time from asking the
 * workbench to show the view until the tree holds every run, and until its first rows show.</li>
 * <li>Churn: with the view open, another "process" (a second {@link RunStore} on the same
 * folder, as the CLI has) changes steps of running runs RATE times a second for SECONDS
 * seconds; a heartbeat timer on the display thread measures the longest gap between its beats.</li>
 * </ol>
 */
class RunsViewBench {

    private static final int RUNS = Integer.getInteger("bench.runs", 1000);
    private static final int RATE = Integer.getInteger("bench.rate", 100);
    private static final int SECONDS = Integer.getInteger("bench.seconds", 10);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 3);
    private static final int HEARTBEAT_MILLIS = 5;
    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
    private static final String[] STEPS = { "phantom", "calibrate", "segment", "mesh", "solve", "strength" };

    @TempDir
    Path folder;

    private final StringBuilder report = new StringBuilder();

    @Test
    void openAndChurn() throws Exception {
        Path home = folder.resolve("home");
        RunStore store = new RunStore(home.resolve("runs"));
        long generating = System.nanoTime();
        List<String> running = generate(store);
        print("generated %d run records (%d running) in %.1f s", RUNS, running.size(), (System.nanoTime() - generating) / 1e9);
        System.setProperty("vitruvian.home", home.toString());
        try {
            Ui.closeView();
            for (int round = 1; round <= ROUNDS; round++) {
                open(round);
                if (round < ROUNDS) {
                    Ui.closeView();
                }
            }
            churn(store, running);
        } finally {
            Ui.closeView();
            System.clearProperty("vitruvian.home");
            String out = System.getProperty("bench.out");
            if (out != null) {
                Files.writeString(Path.of(out), report.toString());
            }
        }
    }

    private void open(int round) throws Exception {
        Heartbeat beat = new Heartbeat(Ui.display());
        long start = System.nanoTime();
        RunsView view = (RunsView) Ui.page().showView(org.vitruvian.ui.runs.RunsViews.VIEW_ID);
        long shown = System.nanoTime();
        long[] at = { 0, 0, 0 };
        int screenful = Math.min(RUNS, 25);
        Ui.waitUntil("the view to read " + RUNS + " runs", () -> view.readCount() + " read", () -> {
            long now = System.nanoTime();
            if (at[0] == 0 && view.viewer().getTree().getItemCount() == RUNS) {
                at[0] = now;
            }
            if (at[1] == 0 && newestRead(view, screenful)) {
                at[1] = now;
            }
            if (at[2] == 0 && view.readCount() == RUNS) {
                at[2] = now;
            }
            return at[0] != 0 && at[1] != 0 && at[2] != 0;
        });
        beat.stop();
        print("open round %d: showView returned after %d ms; all %d runs listed as rows after %d ms; the newest %d complete (record read) after %d ms;"
                + " every record read after %d ms; longest UI-thread gap %d ms, longest batch %d ms",
                round, ms(shown - start), RUNS, ms(at[0] - start), screenful, ms(at[1] - start), ms(at[2] - start), beat.longestGapMillis(),
                view.takeLongestBatchMillis());
    }

    /** Whether the first {@code count} rows, as the tree orders them, show their records. */
    private static boolean newestRead(RunsView view, int count) {
        org.eclipse.swt.widgets.TreeItem[] items = view.viewer().getTree().getItems();
        if (items.length < count) {
            return false;
        }
        for (int i = 0; i < count; i++) {
            if (!(items[i].getData() instanceof org.vitruvian.ui.runs.internal.RunNode node) || !node.isRead()) {
                return false;
            }
        }
        return true;
    }

    private void churn(RunStore store, List<String> running) throws Exception {
        RunsView view = Ui.openView();
        Ui.waitUntil("the view to read every run", () -> view.readCount() == RUNS);
        Display display = Ui.display();
        // The same heartbeat with nothing changing: what this machine's scheduler and the JVM cost on their own.
        Heartbeat idle = new Heartbeat(display);
        long idleEnd = System.nanoTime() + Duration.ofSeconds(SECONDS).toNanos();
        Ui.waitUntil("the idle period to pass", () -> System.nanoTime() > idleEnd);
        idle.stop();
        view.takeLongestBatchMillis();
        print("idle (view open, nothing changing) for %d s: %d beats, longest gap %d ms, gaps over 50 ms: %d, 99th percentile %d ms",
                SECONDS, idle.beats(), idle.longestGapMillis(), idle.gapsOver(50), idle.percentileMillis(0.99));
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger changes = new AtomicInteger();
        List<Long> writeMicros = new ArrayList<>();
        Thread writer = new Thread(() -> {
            long period = 1_000_000_000L / RATE;
            long next = System.nanoTime();
            long end = next + Duration.ofSeconds(SECONDS).toNanos();
            int i = 0;
            while (System.nanoTime() < end && !stop.get()) {
                String id = running.get(i % running.size());
                String step = STEPS[(i / running.size()) % STEPS.length];
                double fraction = (i % 100) / 100.0;
                StepState state = i % 2 == 0 ? StepState.RUNNING : StepState.QUEUED;
                long t = System.nanoTime();
                store.update(id, (run, save) -> run.steps().get(step).state(state).progress(new StepProgress(fraction, "step " + fraction)));
                synchronized (writeMicros) {
                    writeMicros.add((System.nanoTime() - t) / 1000);
                }
                changes.incrementAndGet();
                i++;
                next += period;
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    try {
                        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
        }, "bench-other-process");
        Heartbeat beat = new Heartbeat(display);
        long start = System.nanoTime();
        writer.start();
        Ui.waitUntil("the writer to finish", () -> !writer.isAlive());
        double seconds = (System.nanoTime() - start) / 1e9;
        // The last change reaches the tree within a batch or two of the watcher noticing it.
        String last = running.get((changes.get() - 1) % running.size());
        RunRecord lastRecord = store.read(last);
        long settle = System.nanoTime();
        Ui.waitUntil("the view to show the last change", () -> view.node(last) != null && view.node(last).record().equals(lastRecord));
        long settled = System.nanoTime();
        beat.stop();
        long[] writes;
        synchronized (writeMicros) {
            writes = writeMicros.stream().mapToLong(Long::longValue).sorted().toArray();
        }
        print("churn: %d step changes in %.1f s (%.0f per second) by another RunStore; record update median %.1f ms",
                changes.get(), seconds, changes.get() / seconds, writes.length == 0 ? 0 : writes[writes.length / 2] / 1000.0);
        print("churn: UI-thread heartbeat every %d ms: %d beats, longest gap %d ms, gaps over 50 ms: %d, 99th percentile %d ms",
                HEARTBEAT_MILLIS, beat.beats(), beat.longestGapMillis(), beat.gapsOver(50), beat.percentileMillis(0.99));
        print("churn: the last change showed %d ms after the writer stopped; longest batch the view applied %d ms",
                ms(settled - settle), view.takeLongestBatchMillis());
    }

    /** RUNS records over the last RUNS minutes, newest first in the ids; every 50th still running. */
    private static List<String> generate(RunStore store) {
        List<String> running = new ArrayList<>();
        Instant now = Instant.now();
        for (int n = 0; n < RUNS; n++) {
            Instant created = now.minus(Duration.ofMinutes(RUNS - n));
            boolean live = n % 50 == 0;
            String id = ID_TIME.format(created) + String.format(Locale.ROOT, "-b%07d", n);
            RunRecord.Builder run = RunRecord.builder().id(id).workflow(new RunRecord.WorkflowRef("bone-strength", "1.0.0", null))
                    .site(n % 3 == 0 ? "loopback-slurm" : "local").created(created).state(live ? RunState.RUNNING : n % 17 == 0 ? RunState.FAILED : RunState.COMPLETED)
                    .ended(live ? null : created.plusSeconds(70));
            for (int s = 0; s < STEPS.length; s++) {
                StepState state = live ? (s < 2 ? StepState.COMPLETED : s == 2 ? StepState.RUNNING : StepState.CREATED)
                        : n % 17 == 0 && s == 4 ? StepState.FAILED : n % 17 == 0 && s == 5 ? StepState.CANCELLED : StepState.COMPLETED;
                run.step(StepRecord.builder(STEPS[s]).state(state).site(run.build().site()).service("bone." + STEPS[s] + " 1.0.0")
                        .jobId(state == StepState.CREATED ? null : String.valueOf(10_000 + n * 10 + s))
                        .started(state == StepState.CREATED ? null : created.plusSeconds(10L * s))
                        .ended(state.isFinal() ? created.plusSeconds(10L * s + 9) : null)
                        .progress(state == StepState.CREATED ? null : new StepProgress(state.isFinal() ? 1 : 0.3, "working")));
            }
            store.create(run.build());
            if (live) {
                running.add(id);
            }
        }
        return running;
    }

    private void print(String format, Object... args) {
        String line = String.format(Locale.ROOT, format, args);
        System.out.println("[bench] " + line);
        report.append(line).append('\n');
    }

    private static long ms(long nanos) {
        return Math.round(nanos / 1e6);
    }

    /** A timer on the display thread that notes how long each gap between its beats really was. */
    private static final class Heartbeat {
        private final Display display;
        private final List<Long> gaps = new ArrayList<>();
        private long last = System.nanoTime();
        private boolean stopped;

        Heartbeat(Display display) {
            this.display = display;
            display.timerExec(HEARTBEAT_MILLIS, this::beat);
        }

        private void beat() {
            if (stopped) {
                return;
            }
            long now = System.nanoTime();
            gaps.add(now - last);
            last = now;
            display.timerExec(HEARTBEAT_MILLIS, this::beat);
        }

        void stop() {
            stopped = true;
        }

        int beats() {
            return gaps.size();
        }

        long longestGapMillis() {
            return ms(gaps.stream().mapToLong(Long::longValue).max().orElse(0));
        }

        long gapsOver(long millis) {
            return gaps.stream().filter(g -> g > millis * 1_000_000).count();
        }

        long percentileMillis(double p) {
            long[] sorted = gaps.stream().mapToLong(Long::longValue).sorted().toArray();
            return sorted.length == 0 ? 0 : ms(sorted[Math.min(sorted.length - 1, (int) (sorted.length * p))]);
        }
    }

}
