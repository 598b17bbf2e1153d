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
import java.util.stream.Stream;

import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.vitruvian.core.ExitCode;
import org.vitruvian.core.VitruvianException;
import org.vitruvian.core.VitruvianHome;
import org.vitruvian.core.json.Json;
import org.vitruvian.execution.internal.RunRecordJson;

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

    /** A fresh run id; its folder may be prepared before the record is {@linkplain #create(RunRecord) created}. */
    public String newId() {
        return ID_TIME.format(Instant.now()) + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * Writes the first record of a run in one step: a run exists (is listed, can be resumed)
     * only once its record is complete, so a crash while preparing leaves no half-made run.
     * A record without an id gets a {@linkplain #newId() new one}.
     *
     * @return the run's id
     */
    public String create(RunRecord record) {
        String id = record.id() == null ? newId() : record.id();
        Path folder = folder(id);
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new VitruvianException(ExitCode.ENVIRONMENT, "Cannot create the run folder " + folder + ": " + e.getMessage(), e);
        }
        RunRecord first = record.toBuilder().id(id).build();
        update(id, (run, save) -> {
            RunRecord.Builder given = first.toBuilder();
            copy(given, run);
        });
        return id;
    }

    private static void copy(RunRecord.Builder from, RunRecord.Builder to) {
        RunRecord built = from.build();
        to.id(built.id()).workflow(built.workflow()).site(built.site()).created(built.created()).ended(built.ended())
                .state(built.state()).detail(built.detail()).parameters(built.parameters()).inputs(built.inputs())
                .outputs(built.outputs()).policy(built.policy()).trust(built.trust()).compatibility(built.compatibility())
                .provenance(built.provenance()).images(built.images()).refusal(built.refusal());
        to.steps().clear();
        built.steps().forEach(step -> to.step(step.toBuilder()));
    }

    public boolean exists(String runId) {
        return Files.isRegularFile(folder(runId).resolve("run.json"));
    }

    /** The current record, read without the lock (it is always complete on disk). */
    public RunRecord read(String runId) {
        Path file = folder(runId).resolve("run.json");
        if (!Files.isRegularFile(file)) {
            throw new VitruvianException(ExitCode.FAILED, "No run '" + runId + "'; 'vitruvian history' lists the runs.");
        }
        try {
            return RunRecordJson.fromJson(parse(Files.readString(file, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new VitruvianException(ExitCode.ENVIRONMENT, "Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** The record exactly as it is on disk, for {@code --json} output and tools. */
    public String readJson(String runId) {
        return Json.stringify(RunRecordJson.toJson(read(runId)));
    }

    /** A change to a run made under its lock. */
    public interface Change {
        /**
         * Changes {@code run} in place. {@code save} writes the run as it is at that moment
         * while the lock is still held (e.g. a job's client id before the job is submitted, so
         * a crash right after submitting leaves a record that says so).
         */
        void apply(RunRecord.Builder run, Runnable save);
    }

    /**
     * Changes a record under the run's lock: {@code change} gets the current record (empty for
     * a new run) in its mutable form; the result is written before the lock is released.
     */
    public RunRecord update(String runId, Change change) {
        Path folder = folder(runId);
        Path file = folder.resolve("run.json");
        // Runs get their folder before their first record, so without one there is no such run
        // (rather than a record that cannot be written).
        if (!Files.isDirectory(folder)) {
            throw new VitruvianException(ExitCode.FAILED, "No run '" + runId + "'; 'vitruvian history' lists the runs.");
        }
        try (FileChannel lockFile = FileChannel.open(folder.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = lockFile.lock()) {
            RunRecord current = Files.isRegularFile(file) ? RunRecordJson.fromJson(parse(Files.readString(file, StandardCharsets.UTF_8)))
                    : RunRecord.builder().id(runId).build();
            RunRecord.Builder run = current.toBuilder();
            change.apply(run, () -> write(folder, file, run));
            return write(folder, file, run);
        } catch (IOException e) {
            throw new VitruvianException(ExitCode.ENVIRONMENT, "Cannot write the run record " + file + ": " + e.getMessage(), e);
        }
    }

    private static RunRecord write(Path folder, Path file, RunRecord.Builder run) {
        RunRecord record = run.updated(Instant.now()).build();
        Path temp = folder.resolve("run.json.tmp");
        try {
            Files.writeString(temp, Json.stringify(RunRecordJson.toJson(record)), StandardCharsets.UTF_8);
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new VitruvianException(ExitCode.ENVIRONMENT, "Cannot write the run record " + file + ": " + e.getMessage(), e);
        }
        return record;
    }

    /**
     * Every run id, newest first by the time the run was created. Ids start with the second
     * they were made in, so runs made in the same second are told apart by their records.
     */
    public List<String> list() {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> runs = Files.list(root)) {
            List<String> ids = new ArrayList<>(runs.filter(p -> Files.isRegularFile(p.resolve("run.json")))
                    .map(p -> p.getFileName().toString()).toList());
            ids.sort(Comparator.comparing((String id) -> id.length() >= 15 ? id.substring(0, 15) : id)
                    .thenComparing(this::createdOrEpoch).reversed());
            return ids;
        } catch (IOException e) {
            throw new VitruvianException(ExitCode.ENVIRONMENT, "Cannot list " + root + ": " + e.getMessage(), e);
        }
    }

    /** When a run was created; its record never changes that, so each is read once per process. */
    private Instant createdOrEpoch(String id) {
        return CREATED.computeIfAbsent(root.resolve(id), folder -> {
            try {
                Instant created = read(id).created();
                return created == null ? Instant.EPOCH : created;
            } catch (VitruvianException e) {
                return Instant.EPOCH;
            }
        });
    }

    private static final Map<Path, Instant> CREATED = new java.util.concurrent.ConcurrentHashMap<>();

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
