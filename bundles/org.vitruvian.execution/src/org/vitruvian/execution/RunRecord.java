package org.vitruvian.execution;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.vitruvian.core.json.JsonValue;
import org.vitruvian.execution.internal.RunRecordJson;

/**
 * A run as recorded in {@code runs/ID/run.json}: what ran (workflow, parameters, inputs with
 * their digests, policy), the decisions taken before anything was submitted, and its steps.
 * Immutable; the engine makes a changed copy with {@link #toBuilder()}.
 *
 * @param outputs    where each workflow output comes from ({@code step.port}), as the workflow said when it ran
 * @param refusal    for a REFUSED run, why, one message each
 * @param trust      the trust decision of each step, with the data path that decided it
 * @param images     container images built for the run
 */
public record RunRecord(String id, WorkflowRef workflow, String site, Instant created, Instant updated, Instant ended,
        RunState state, String detail, Map<String, String> parameters, Map<String, FileRecord> inputs, Map<String, String> outputs,
        PolicyRef policy, RecordedJson trust, RecordedJson compatibility, ProvenanceRecord provenance, RecordedJson images,
        List<String> refusal, List<StepRecord> steps) implements JsonValue {

    /** The record as run.json holds it: what {@code --json} prints and scripts read. */
    @Override
    public Object toJsonValue() {
        return RunRecordJson.toJson(this);
    }

    /** The workflow that ran: name, version (null when it has none) and file. */
    public record WorkflowRef(String name, String version, Path file) {
    }

    /** The trust policy that decided, with its SHA-256. */
    public record PolicyRef(String name, String location, String sha256) {
    }

    /** A git work tree's commit, and whether it had uncommitted changes. */
    public record GitState(String commit, boolean dirty) {
    }

    /** What the run was made from: every model file read with its digest, the sources' git state, the Java that ran it. */
    public record ProvenanceRecord(List<FileRecord> files, GitState git, String java) {
        public ProvenanceRecord {
            files = files == null ? List.of() : List.copyOf(files);
        }
    }

    public RunRecord {
        parameters = parameters == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        inputs = inputs == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
        outputs = outputs == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(outputs));
        refusal = refusal == null ? List.of() : List.copyOf(refusal);
        steps = steps == null ? List.of() : List.copyOf(steps);
        trust = trust == null ? RecordedJson.EMPTY_LIST : trust;
        compatibility = compatibility == null ? RecordedJson.EMPTY_LIST : compatibility;
    }

    public Optional<StepRecord> step(String name) {
        return steps.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** The step names in workflow order. */
    public List<String> stepNames() {
        return steps.stream().map(StepRecord::name).toList();
    }

    public long completedSteps() {
        return steps.stream().filter(s -> s.state() == StepState.COMPLETED).count();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    public static Builder builder() {
        return new Builder(null);
    }

    /** The mutable form of a run while the engine changes it under the run's lock. */
    public static final class Builder {
        private String id;
        private WorkflowRef workflow;
        private String site;
        private Instant created;
        private Instant updated;
        private Instant ended;
        private RunState state = RunState.RUNNING;
        private String detail;
        private Map<String, String> parameters = Map.of();
        private Map<String, FileRecord> inputs = Map.of();
        private Map<String, String> outputs = Map.of();
        private PolicyRef policy;
        private RecordedJson trust;
        private RecordedJson compatibility;
        private ProvenanceRecord provenance;
        private RecordedJson images;
        private List<String> refusal = List.of();
        /** Steps by name, in workflow order, each in its mutable form. */
        private final Map<String, StepRecord.Builder> steps = new LinkedHashMap<>();

        private Builder(RunRecord r) {
            if (r == null) {
                return;
            }
            id = r.id;
            workflow = r.workflow;
            site = r.site;
            created = r.created;
            updated = r.updated;
            ended = r.ended;
            state = r.state;
            detail = r.detail;
            parameters = r.parameters;
            inputs = r.inputs;
            outputs = r.outputs;
            policy = r.policy;
            trust = r.trust;
            compatibility = r.compatibility;
            provenance = r.provenance;
            images = r.images;
            refusal = r.refusal;
            r.steps.forEach(s -> steps.put(s.name(), s.toBuilder()));
        }

        public String id() { return id; }
        public RunState state() { return state; }
        public Map<String, StepRecord.Builder> steps() { return steps; }

        public Builder id(String value) { id = value; return this; }
        public Builder workflow(WorkflowRef value) { workflow = value; return this; }
        public Builder site(String value) { site = value; return this; }
        public Builder created(Instant value) { created = value; return this; }
        public Builder updated(Instant value) { updated = value; return this; }
        public Builder ended(Instant value) { ended = value; return this; }
        public Builder state(RunState value) { state = value; return this; }
        public Builder detail(String value) { detail = value; return this; }
        public Builder parameters(Map<String, String> value) { parameters = value; return this; }
        public Builder inputs(Map<String, FileRecord> value) { inputs = value; return this; }
        public Builder outputs(Map<String, String> value) { outputs = value; return this; }
        public Builder policy(PolicyRef value) { policy = value; return this; }
        public Builder trust(RecordedJson value) { trust = value; return this; }
        public Builder compatibility(RecordedJson value) { compatibility = value; return this; }
        public Builder provenance(ProvenanceRecord value) { provenance = value; return this; }
        public Builder images(RecordedJson value) { images = value; return this; }
        public Builder refusal(List<String> value) { refusal = value; return this; }
        public Builder step(StepRecord.Builder step) { steps.put(step.name(), step); return this; }

        public RunRecord build() {
            List<StepRecord> built = new ArrayList<>();
            steps.values().forEach(s -> built.add(s.build()));
            return new RunRecord(id, workflow, site, created, updated, ended, state, detail, parameters, inputs, outputs, policy, trust,
                    compatibility, provenance, images, refusal, built);
        }
    }
}
