package org.vitruvian.execution;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.vitruvian.core.ExitCode;
import org.vitruvian.core.VitruvianException;
import org.vitruvian.core.VitruvianHome;
import org.vitruvian.core.json.Json;

/**
 * Run records in {@code $VITRUVIAN_HOME/runs/ID/run.json}. The IDE and several CLI processes may
 * use the store at once: every change happens under an exclusive file lock on the run, and is
 * written to a temporary file and moved into place, so a reader never sees half a record and a
 * process killed at any moment leaves the last complete one.
 */
public final class RunStore {

    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final Path root;

    public RunStore(Path root) {
        this.root = root;
    }

    public static RunStore inHome() {
        return new RunStore(VitruvianHome.path().resolve("runs"));
    }

    public Path root() {
        return root;
    }

    public Path folder(String runId) {
        if (!runId.matches("[A-Za-z0-9._-]+")) {
            throw new VitruvianException(ExitCode.USAGE, "'" + runId + "' is not a run id; 'vitruvian history' lists them.");
        }
        return root.resolve(runId);
    }

    /** A fresh run id; its folder may be prepared before the record is {@linkplain #create(String, Map) created}. */
    public String newId() {
        return ID_TIME.format(Instant.now()) + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A new run folder with its first record. */
    public String create(Map<String, Object> record) {
        String id = newId();
        create(id, record);
        return id;
    }

    /**
     * Writes the first record of run {@code id} in one step: a run exists (is listed, can be
     * resumed) only once its record is complete, so a crash while preparing leaves no half-made run.
     */
    public void create(String id, Map<String, Object> record) {
        Path folder = folder(id);
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new VitruvianException(ExitCode.ENVIRONMENT, "Cannot create the run folder " + folder + ": " + e.getMessage(), e);
        }
        Map<String, Object> first = new LinkedHashMap<>(record);
        first.put("id", id);
        update(id, ignored -> first);
    }

    public boolean exists(String runId) {
        return Files.isRegularFile(folder(runId).resolve("run.json"));
    }

    /** The current record, read without the lock (it is always complete on disk). */
    public Map<String, Object> read(String runId) {
        Path file = folder(runId).resolve("run.json");
        if (!Files.isRegularFile(file)) {
            throw new VitruvianException(ExitCode.FAILED, "No run '" + runId + "'; 'vitruvian history' lists the runs.");
        }
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new VitruvianException(ExitCode.ENVIRONMENT, "Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** A change that may save intermediate states of the record while it holds the lock. */
    public interface Change {
        Map<String, Object> apply(Map<String, Object> record, Consumer<Map<String, Object>> save);
    }

    /**
     * Changes a record under the run's lock: {@code change} gets the current record (empty for a
     * new run) and returns the new one, which is written before the lock is released.
     */
    public Map<String, Object> update(String runId, UnaryOperator<Map<String, Object>> change) {
        return update(runId, (record, save) -> change.apply(record));
    }

    /**
     * Like {@link #update(String, UnaryOperator)}, and the change can save the record on the way
     * (e.g. a job's client id before the job is submitted, so a crash right after submitting
     * leaves a record that says so).
     */
    public Map<String, Object> update(String runId, Change change) {
        Path folder = folder(runId);
        Path file = folder.resolve("run.json");
        // Runs get their folder before their first record, so without one there is no such run
        // (rather than a record that cannot be written).
        if (!Files.isDirectory(folder)) {
            throw new VitruvianException(ExitCode.FAILED, "No run '" + runId + "'; 'vitruvian history' lists the runs.");
        }
        try (FileChannel lockFile = FileChannel.open(folder.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = lockFile.lock()) {
            Map<String, Object> current = Files.isRegularFile(file) ? parse(Files.readString(file, StandardCharsets.UTF_8))
                    : new LinkedHashMap<>();
            Map<String, Object> next = change.apply(current, record -> write(folder, file, record));
            write(folder, file, next);
            return next;
        } catch (IOException e) {
            throw new VitruvianException(ExitCode.ENVIRONMENT, "Cannot write the run record " + file + ": " + e.getMessage(), e);
        }
    }

    private static void write(Path folder, Path file, Map<String, Object> record) {
        record.put("updated", Instant.now().toString());
        Path temp = folder.resolve("run.json.tmp");
        try {
            Files.writeString(temp, Json.stringify(record), StandardCharsets.UTF_8);
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new VitruvianException(ExitCode.ENVIRONMENT, "Cannot write the run record " + file + ": " + e.getMessage(), e);
        }
    }

    /** Every run id, newest first. */
    public List<String> list() {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> runs = Files.list(root)) {
            List<String> ids = new ArrayList<>(runs.filter(p -> Files.isRegularFile(p.resolve("run.json")))
                    .map(p -> p.getFileName().toString()).toList());
            ids.sort(Comparator.reverseOrder());
            return ids;
        } catch (IOException e) {
            throw new VitruvianException(ExitCode.ENVIRONMENT, "Cannot list " + root + ": " + e.getMessage(), e);
        }
    }

    /** The newest run, for commands whose RUN argument is optional. */
    public Optional<String> latest() {
        List<String> ids = list();
        return ids.isEmpty() ? Optional.empty() : Optional.of(ids.get(0));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> parse(String text) {
        // JSON is YAML 1.2, so the YAML parser reads the records.
        Object value = new Load(LoadSettings.builder().setCodePointLimit(64 * 1024 * 1024).build()).loadFromString(text);
        return value instanceof Map<?, ?> map ? new LinkedHashMap<>((Map<String, Object>) map) : new LinkedHashMap<>();
    }
}
