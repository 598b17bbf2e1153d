package org.vitruvian.execution.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.vitruvian.execution.FileRecord;
import org.vitruvian.execution.RecordedJson;
import org.vitruvian.execution.RunRecord;
import org.vitruvian.execution.RunRecord.GitState;
import org.vitruvian.execution.RunRecord.PolicyRef;
import org.vitruvian.execution.RunRecord.ProvenanceRecord;
import org.vitruvian.execution.RunRecord.WorkflowRef;
import org.vitruvian.execution.RunState;
import org.vitruvian.execution.StepProgress;
import org.vitruvian.execution.StepRecord;
import org.vitruvian.execution.StepState;

/**
 * The JSON form of run records, the one place that knows it. It writes the layout Vitruvian
 * has always written (scripts and test.sh read it) and reads records of earlier releases:
 * keys they lack read as unset, states they hold that this release does not know read as
 * {@link StepState#UNKNOWN}.
 */
public final class RunRecordJson {

    private RunRecordJson() {
    }

    public static Map<String, Object> toJson(RunRecord run) {
        Map<String, Object> json = new LinkedHashMap<>();
        if (run.workflow() != null) {
            Map<String, Object> workflow = new LinkedHashMap<>();
            workflow.put("name", run.workflow().name());
            workflow.put("version", run.workflow().version());
            workflow.put("file", string(run.workflow().file()));
            json.put("workflow", workflow);
        }
        json.put("site", run.site());
        json.put("created", string(run.created()));
        json.put("parameters", run.parameters());
        Map<String, Object> inputs = new LinkedHashMap<>();
        run.inputs().forEach((name, file) -> inputs.put(name, file(file)));
        json.put("inputs", inputs);
        json.put("outputs", run.outputs());
        if (run.policy() != null) {
            Map<String, Object> policy = new LinkedHashMap<>();
            policy.put("name", run.policy().name());
            policy.put("location", run.policy().location());
            policy.put("sha256", run.policy().sha256());
            json.put("policy", policy);
        }
        json.put("trust", run.trust());
        json.put("compatibility", run.compatibility());
        if (run.provenance() != null) {
            Map<String, Object> provenance = new LinkedHashMap<>();
            provenance.put("files", run.provenance().files().stream().map(RunRecordJson::file).toList());
            GitState git = run.provenance().git();
            provenance.put("git", git == null ? null : gitJson(git));
            provenance.put("java", run.provenance().java());
            json.put("provenance", provenance);
        }
        json.put("state", run.state().name());
        putIfSet(json, "detail", run.detail());
        if (!run.refusal().isEmpty()) {
            json.put("refusal", run.refusal());
        }
        if (run.images() != null && !run.images().isEmpty()) {
            json.put("images", run.images());
        }
        if (!run.steps().isEmpty() || run.state() != RunState.REFUSED) {
            Map<String, Object> steps = new LinkedHashMap<>();
            run.steps().forEach(step -> steps.put(step.name(), step(step)));
            json.put("steps", steps);
        }
        putIfSet(json, "ended", string(run.ended()));
        json.put("id", run.id());
        json.put("updated", string(run.updated()));
        return json;
    }

    private static Map<String, Object> gitJson(GitState git) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("commit", git.commit());
        value.put("dirty", git.dirty());
        return value;
    }

    private static Map<String, Object> step(StepRecord step) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("state", step.state().name());
        json.put("site", step.site());
        json.put("adapter", step.adapter());
        json.put("service", step.service());
        json.put("parameters", step.parameters());
        json.put("after", step.after());
        json.put("command", step.command());
        json.put("environment", step.environment());
        json.put("workDir", string(step.workDir()));
        json.put("walltime", step.walltime() == null ? null : step.walltime().toString());
        putIfSet(json, "image", step.image());
        putIfSet(json, "cores", step.cores());
        putIfSet(json, "memory", step.memory());
        if (!step.partitions().isEmpty()) {
            json.put("partitions", step.partitions());
        }
        json.put("outputs", paths(step.outputs()));
        json.put("inputs", paths(step.inputs()));
        if (!step.deployed().isEmpty()) {
            Map<String, Object> deployed = new LinkedHashMap<>();
            step.deployed().forEach((name, file) -> deployed.put(name, file(file)));
            json.put("deployed", deployed);
        }
        json.put("retries", step.retries());
        json.put("attempt", step.attempt());
        putIfSet(json, "clientId", step.clientId());
        putIfSet(json, "jobId", step.jobId());
        putIfSet(json, "started", string(step.started()));
        if (step.progress() != null) {
            Map<String, Object> progress = new LinkedHashMap<>();
            progress.put("fraction", step.progress().fraction());
            progress.put("message", step.progress().message());
            json.put("progress", progress);
        }
        json.put("detail", step.detail());
        putIfSet(json, "reason", step.reason());
        putIfSet(json, "exitCode", step.exitCode());
        putIfSet(json, "signal", step.signal());
        putIfSet(json, "retryAt", string(step.retryAt()));
        if (step.faults() > 0) {
            json.put("faults", step.faults());
        }
        putIfSet(json, "ended", string(step.ended()));
        if (!step.produced().isEmpty()) {
            Map<String, Object> produced = new LinkedHashMap<>();
            step.produced().forEach((name, file) -> produced.put(name, file(file)));
            json.put("produced", produced);
        }
        return json;
    }

    public static Map<String, Object> file(FileRecord file) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("path", string(file.path()));
        if (file.folder()) {
            value.put("folder", true);
        }
        value.put("bytes", file.bytes());
        value.put("sha256", file.sha256());
        return value;
    }

    // --- reading --------------------------------------------------------------------------

    public static RunRecord fromJson(Map<String, Object> json) {
        RunRecord.Builder run = RunRecord.builder();
        run.id(text(json.get("id")));
        Map<String, Object> workflow = map(json.get("workflow"));
        if (!workflow.isEmpty()) {
            run.workflow(new WorkflowRef(text(workflow.get("name")), text(workflow.get("version")), path(workflow.get("file"))));
        }
        run.site(text(json.get("site")));
        run.created(instant(json.get("created")));
        run.updated(instant(json.get("updated")));
        run.ended(instant(json.get("ended")));
        run.state(RunState.parse(text(json.get("state"))));
        run.detail(text(json.get("detail")));
        run.parameters(strings(json.get("parameters")));
        run.inputs(files(json.get("inputs")));
        run.outputs(strings(json.get("outputs")));
        Map<String, Object> policy = map(json.get("policy"));
        if (!policy.isEmpty()) {
            run.policy(new PolicyRef(text(policy.get("name")), text(policy.get("location")), text(policy.get("sha256"))));
        }
        run.trust(RecordedJson.of(json.getOrDefault("trust", List.of())));
        run.compatibility(RecordedJson.of(json.getOrDefault("compatibility", List.of())));
        Map<String, Object> provenance = map(json.get("provenance"));
        if (!provenance.isEmpty()) {
            run.provenance(provenance(provenance));
        }
        if (json.get("images") != null) {
            run.images(RecordedJson.of(json.get("images")));
        }
        run.refusal(list(json.get("refusal")).stream().map(String::valueOf).toList());
        map(json.get("steps")).forEach((name, step) -> run.step(step(name, map(step))));
        return run.build();
    }

    /** Provenance as {@code Provenance.of} describes it. */
    static ProvenanceRecord provenance(Map<String, Object> provenance) {
        List<FileRecord> files = list(provenance.get("files")).stream().map(f -> f instanceof FileRecord made ? made : file(map(f)))
                .toList();
        Map<String, Object> git = map(provenance.get("git"));
        return new ProvenanceRecord(files, git.isEmpty() ? null : new GitState(text(git.get("commit")),
                Boolean.TRUE.equals(git.get("dirty"))), text(provenance.get("java")));
    }

    private static StepRecord.Builder step(String name, Map<String, Object> json) {
        StepRecord.Builder step = StepRecord.builder(name);
        step.state(StepState.parse(text(json.get("state"))));
        step.site(text(json.get("site")));
        step.adapter(text(json.get("adapter")));
        step.service(text(json.get("service")));
        step.parameters(strings(json.get("parameters")));
        step.after(list(json.get("after")).stream().map(String::valueOf).toList());
        step.partitions(list(json.get("partitions")).stream().map(String::valueOf).toList());
        step.command(list(json.get("command")).stream().map(String::valueOf).toList());
        step.environment(strings(json.get("environment")));
        step.workDir(path(json.get("workDir")));
        String walltime = text(json.get("walltime"));
        try {
            step.walltime(walltime == null ? null : Duration.parse(walltime));
        } catch (DateTimeParseException e) {
            step.walltime(null);
        }
        step.image(text(json.get("image")));
        step.cores(json.get("cores") instanceof Number n ? n.intValue() : null);
        step.memory(json.get("memory") instanceof Number n ? n.longValue() : null);
        step.outputs(mapValues(strings(json.get("outputs")), Path::of));
        step.inputs(mapValues(strings(json.get("inputs")), Path::of));
        step.deployed(files(json.get("deployed")));
        step.retries(json.get("retries") instanceof Number n ? n.intValue() : 0);
        step.attempt(json.get("attempt") instanceof Number n ? n.intValue() : 0);
        step.clientId(text(json.get("clientId")));
        step.jobId(text(json.get("jobId")));
        step.started(instant(json.get("started")));
        step.ended(instant(json.get("ended")));
        step.exitCode(json.get("exitCode") instanceof Number n ? n.intValue() : null);
        step.signal(json.get("signal") instanceof Number n ? n.intValue() : null);
        step.reason(text(json.get("reason")));
        step.detail(text(json.get("detail")));
        Map<String, Object> progress = map(json.get("progress"));
        if (progress.get("fraction") instanceof Number fraction) {
            step.progress(new StepProgress(fraction.doubleValue(), text(progress.get("message"))));
        }
        step.retryAt(instant(json.get("retryAt")));
        step.faults(json.get("faults") instanceof Number n ? n.intValue() : 0);
        step.produced(files(json.get("produced")));
        return step;
    }

    private static FileRecord file(Map<String, Object> json) {
        return new FileRecord(path(json.get("path")), Boolean.TRUE.equals(json.get("folder")),
                json.get("bytes") instanceof Number n ? n.longValue() : null, text(json.get("sha256")));
    }

    private static Map<String, FileRecord> files(Object json) {
        Map<String, FileRecord> files = new LinkedHashMap<>();
        map(json).forEach((name, file) -> files.put(name, file(map(file))));
        return files;
    }

    private static <V> Map<String, V> mapValues(Map<String, String> map, Function<String, V> convert) {
        Map<String, V> converted = new LinkedHashMap<>();
        map.forEach((k, v) -> {
            if (v != null) {
                converted.put(k, convert.apply(v));
            }
        });
        return converted;
    }

    private static Map<String, Object> paths(Map<String, Path> paths) {
        Map<String, Object> json = new LinkedHashMap<>();
        paths.forEach((name, path) -> json.put(name, path.toString()));
        return json;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    private static List<?> list(Object value) {
        return value instanceof List<?> list ? list : List.of();
    }

    private static Map<String, String> strings(Object value) {
        Map<String, String> strings = new LinkedHashMap<>();
        map(value).forEach((k, v) -> strings.put(k, v == null ? null : String.valueOf(v)));
        return strings;
    }

    private static String text(Object value) {
        return value == null ? null : String.valueOf(value);
    }

    private static Path path(Object value) {
        return value == null ? null : Path.of(String.valueOf(value));
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(String.valueOf(value));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String string(Object value) {
        return value == null ? null : value.toString();
    }

    private static void putIfSet(Map<String, Object> json, String key, Object value) {
        if (value != null) {
            json.put(key, value);
        }
    }

}
