package org.vitruvian.execution.internal;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.vitruvian.core.VitruvianException;
import org.vitruvian.execution.RunEvent;
import org.vitruvian.execution.RunRecord;
import org.vitruvian.execution.RunStore;
import org.vitruvian.execution.StepRecord;
import org.vitruvian.execution.StepState;

/**
 * Notices runs that any process starts or advances in a run store: it watches the store's
 * folder and each run's folder (inotify on Linux), reads only the record that changed, and
 * reports the difference from what it saw last. When the file system drops events (overflow)
 * or offers no watching, it compares the records' modification times instead, which costs a
 * stat per run and still reads only the records that changed.
 */
final class RunStoreWatcher implements AutoCloseable {

    /** How often modification times are compared when events may have been lost. */
    private static final long RESCAN_MILLIS = 2000;

    private final RunStore store;
    private final Consumer<RunEvent> sink;
    private final Map<String, RunRecord> seen = new ConcurrentHashMap<>();
    private final Map<String, Object> locks = new ConcurrentHashMap<>();
    private final Map<String, FileTime> modified = new HashMap<>();
    private final Map<WatchKey, String> runOfKey = new HashMap<>();
    private final Thread thread;
    private volatile boolean closed;
    private WatchService watch;

    RunStoreWatcher(RunStore store, Consumer<RunEvent> sink) {
        this.store = store;
        this.sink = sink;
        this.thread = new Thread(this::loop, "vitruvian-run-store-watcher");
        thread.setDaemon(true);
    }

    void start() {
        try {
            Files.createDirectories(store.root());
            watch = FileSystems.getDefault().newWatchService();
            store.root().register(watch, StandardWatchEventKinds.ENTRY_CREATE);
        } catch (IOException | UnsupportedOperationException e) {
            watch = null;
        }
        // What is there now is the baseline: listeners are told of changes from now on.
        for (String id : runIds()) {
            register(id);
            read(id).ifPresent(run -> seen.put(id, run));
        }
        thread.start();
    }

    /**
     * Tells of {@code now}, a record this process wrote or the file system showed, as the change
     * from what was last told of its run. A record older than that is dropped: the engine saves a
     * step's intent mid-update, and a read of that save can reach here after the update's own
     * news, which would tell listeners of a step going back. One run's news is told in order.
     */
    void offer(RunRecord now) {
        Object lock = locks.computeIfAbsent(now.id(), id -> new Object());
        synchronized (lock) {
            RunRecord last = seen.get(now.id());
            if (last != null && last.updated() != null && now.updated() != null && now.updated().isBefore(last.updated())) {
                return;
            }
            seen.put(now.id(), now);
            RunEvent event = difference(last, now);
            if (event != null) {
                sink.accept(event);
            }
        }
    }

    private void loop() {
        long lastScan = System.nanoTime();
        while (!closed) {
            try {
                WatchKey key = watch == null ? null : watch.poll(RESCAN_MILLIS, TimeUnit.MILLISECONDS);
                if (watch == null) {
                    Thread.sleep(RESCAN_MILLIS);
                }
                boolean overflow = false;
                if (key != null) {
                    String run = runOfKey.get(key);
                    for (WatchEvent<?> event : key.pollEvents()) {
                        if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                            overflow = true;
                        } else if (run == null && event.context() instanceof Path name) {
                            register(name.toString());
                            check(name.toString());
                        } else if (run != null && event.context() instanceof Path name && name.toString().equals("run.json")) {
                            check(run);
                        }
                    }
                    key.reset();
                }
                if (overflow || watch == null || System.nanoTime() - lastScan > TimeUnit.MILLISECONDS.toNanos(RESCAN_MILLIS * 5)) {
                    rescan();
                    lastScan = System.nanoTime();
                }
            } catch (InterruptedException | ClosedWatchServiceException e) {
                return;
            } catch (RuntimeException e) {
                // A record being replaced or a run removed while read: the next event reads it again.
            }
        }
    }

    private void rescan() {
        for (String id : runIds()) {
            register(id);
            check(id);
        }
    }

    private void register(String id) {
        Path folder = store.root().resolve(id);
        if (watch == null || runOfKey.containsValue(id) || !Files.isDirectory(folder)) {
            return;
        }
        try {
            runOfKey.put(folder.register(watch, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY), id);
        } catch (IOException e) {
            // The rescan still finds its changes.
        }
    }

    /** Reads a run's record only when its file changed since it was last read here. */
    private void check(String id) {
        Path file = store.root().resolve(id).resolve("run.json");
        FileTime time;
        try {
            time = Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return;
        }
        if (time.equals(modified.get(id))) {
            return;
        }
        modified.put(id, time);
        read(id).ifPresent(this::offer);
    }

    private java.util.Optional<RunRecord> read(String id) {
        try {
            return java.util.Optional.of(store.read(id));
        } catch (VitruvianException | IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    private List<String> runIds() {
        if (!Files.isDirectory(store.root())) {
            return List.of();
        }
        try (Stream<Path> runs = Files.list(store.root())) {
            return runs.filter(p -> Files.isRegularFile(p.resolve("run.json"))).map(p -> p.getFileName().toString()).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** What changed from {@code before} (null: a run new to the observer) to {@code after}, or null when nothing a user sees did. */
    static RunEvent difference(RunRecord before, RunRecord after) {
        List<RunEvent.StepChange> changes = new ArrayList<>();
        for (StepRecord step : after.steps()) {
            StepRecord old = before == null ? null : before.step(step.name()).orElse(null);
            StepState was = old == null ? null : old.state();
            if (was != step.state() || old != null && !Objects.equals(old.progress(), step.progress())
                    || old != null && !Objects.equals(old.detail(), step.detail())) {
                changes.add(new RunEvent.StepChange(step.name(), was, step.state(), step.progress()));
            }
        }
        if (before != null && before.state() == after.state() && changes.isEmpty()) {
            return null;
        }
        return new RunEvent(after, before == null, before == null ? null : before.state(), changes);
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        if (watch != null) {
            try {
                watch.close();
            } catch (IOException e) {
                // Closing; nothing to tell anyone.
            }
        }
    }
}
