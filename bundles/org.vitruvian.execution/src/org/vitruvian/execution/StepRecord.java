package org.vitruvian.execution;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One step of a run as recorded: what was planned for it when the run started (site, command,
 * files, resources) and how its job stands now. Immutable; the engine makes a changed copy
 * with {@link #toBuilder()}.
 *
 * @param adapter     the name of the target adapter that runs it
 * @param service     the service's id and version, e.g. {@code bone.solve 1.2.0}
 * @param parameters  the values the command was built from, by parameter name
 * @param after       the steps whose outputs it reads
 * @param outputs     where each output port's file will be, by port
 * @param inputs      the files it reads, by input port
 * @param deployed    program files deployed from the step's recipe, by their path in the image
 * @param retries     how many times a failed job is submitted again
 * @param attempt     the attempt now under way or last made (0 before the first)
 * @param clientId    Vitruvian's id of the attempt's job, recorded before the target is asked
 * @param jobId       the target's id of the job
 * @param exitCode    the exit code the target reported, or null when it gave none
 * @param signal      the signal that ended the job, when the target says one did (a walltime kill), else null
 * @param reason      for FAILED, the failure's kind (a {@link org.vitruvian.execution.spi.FailureReason} name,
 *                    or {@code SUBMISSION} when the target refused the job)
 * @param detail      what the target or the engine said, for the user
 * @param retryAt     after a transient fault, when the engine tries again; null otherwise
 * @param faults      transient faults in a row met while submitting the current attempt
 * @param produced    the outputs as they were when the step completed
 * @param partitions  the site's partitions the plan found the step fits, any of which it may go to;
 *                    empty when the site states none
 */
public record StepRecord(String name, StepState state, String site, String adapter, String service, Map<String, String> parameters,
        List<String> after, List<String> command, Map<String, String> environment, Path workDir, Duration walltime, String image,
        Integer cores, Long memory, Map<String, Path> outputs, Map<String, Path> inputs, Map<String, FileRecord> deployed,
        int retries, int attempt, String clientId, String jobId, Instant started, Instant ended, Integer exitCode, Integer signal,
        String reason, String detail, StepProgress progress, Instant retryAt, int faults, Map<String, FileRecord> produced,
        List<String> partitions) {

    public StepRecord {
        parameters = immutable(parameters);
        after = after == null ? List.of() : List.copyOf(after);
        command = command == null ? List.of() : List.copyOf(command);
        environment = immutable(environment);
        outputs = immutable(outputs);
        inputs = immutable(inputs);
        deployed = immutable(deployed);
        produced = immutable(produced);
        partitions = partitions == null ? List.of() : List.copyOf(partitions);
        state = state == null ? StepState.CREATED : state;
    }

    private static <V> Map<String, V> immutable(Map<String, V> map) {
        // Order matters to users (ports and files in the order the models gave them), so no Map.copyOf.
        return map == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    public static Builder builder(String name) {
        Builder builder = new Builder();
        builder.name = name;
        return builder;
    }

    /** The mutable form of a step while the engine changes it under the run's lock. */
    public static final class Builder {
        private String name;
        private StepState state = StepState.CREATED;
        private String site;
        private String adapter;
        private String service;
        private Map<String, String> parameters = Map.of();
        private List<String> after = List.of();
        private List<String> command = List.of();
        private Map<String, String> environment = Map.of();
        private Path workDir;
        private Duration walltime;
        private String image;
        private Integer cores;
        private Long memory;
        private Map<String, Path> outputs = Map.of();
        private Map<String, Path> inputs = Map.of();
        private Map<String, FileRecord> deployed = Map.of();
        private int retries;
        private int attempt;
        private String clientId;
        private String jobId;
        private Instant started;
        private Instant ended;
        private Integer exitCode;
        private Integer signal;
        private String reason;
        private String detail;
        private StepProgress progress;
        private Instant retryAt;
        private int faults;
        private Map<String, FileRecord> produced = Map.of();
        private List<String> partitions = List.of();

        private Builder() {
        }

        private Builder(StepRecord s) {
            name = s.name;
            state = s.state;
            site = s.site;
            adapter = s.adapter;
            service = s.service;
            parameters = s.parameters;
            after = s.after;
            command = s.command;
            environment = s.environment;
            workDir = s.workDir;
            walltime = s.walltime;
            image = s.image;
            cores = s.cores;
            memory = s.memory;
            outputs = s.outputs;
            inputs = s.inputs;
            deployed = s.deployed;
            retries = s.retries;
            attempt = s.attempt;
            clientId = s.clientId;
            jobId = s.jobId;
            started = s.started;
            ended = s.ended;
            exitCode = s.exitCode;
            signal = s.signal;
            reason = s.reason;
            detail = s.detail;
            progress = s.progress;
            retryAt = s.retryAt;
            faults = s.faults;
            produced = s.produced;
            partitions = s.partitions;
        }

        public String name() { return name; }
        public StepState state() { return state; }
        public String site() { return site; }
        public String adapter() { return adapter; }
        public int attempt() { return attempt; }
        public int retries() { return retries; }
        public int faults() { return faults; }
        public String clientId() { return clientId; }
        public String jobId() { return jobId; }
        public Instant retryAt() { return retryAt; }
        public Map<String, Path> outputs() { return outputs; }
        public List<String> after() { return after; }
        public Path workDir() { return workDir; }
        public String detail() { return detail; }

        public Builder state(StepState value) { state = value; return this; }
        public Builder site(String value) { site = value; return this; }
        public Builder adapter(String value) { adapter = value; return this; }
        public Builder service(String value) { service = value; return this; }
        public Builder parameters(Map<String, String> value) { parameters = value; return this; }
        public Builder after(List<String> value) { after = value; return this; }
        public Builder command(List<String> value) { command = value; return this; }
        public Builder environment(Map<String, String> value) { environment = value; return this; }
        public Builder workDir(Path value) { workDir = value; return this; }
        public Builder walltime(Duration value) { walltime = value; return this; }
        public Builder image(String value) { image = value; return this; }
        public Builder cores(Integer value) { cores = value; return this; }
        public Builder memory(Long value) { memory = value; return this; }
        public Builder outputs(Map<String, Path> value) { outputs = value; return this; }
        public Builder inputs(Map<String, Path> value) { inputs = value; return this; }
        public Builder deployed(Map<String, FileRecord> value) { deployed = value; return this; }
        public Builder retries(int value) { retries = value; return this; }
        public Builder attempt(int value) { attempt = value; return this; }
        public Builder clientId(String value) { clientId = value; return this; }
        public Builder jobId(String value) { jobId = value; return this; }
        public Builder started(Instant value) { started = value; return this; }
        public Builder ended(Instant value) { ended = value; return this; }
        public Builder exitCode(Integer value) { exitCode = value; return this; }
        public Builder signal(Integer value) { signal = value; return this; }
        public Builder reason(String value) { reason = value; return this; }
        public Builder detail(String value) { detail = value; return this; }
        public Builder progress(StepProgress value) { progress = value; return this; }
        public Builder retryAt(Instant value) { retryAt = value; return this; }
        public Builder faults(int value) { faults = value; return this; }
        public Builder produced(Map<String, FileRecord> value) { produced = value; return this; }
        public Builder partitions(List<String> value) { partitions = value; return this; }

        public StepRecord build() {
            return new StepRecord(name, state, site, adapter, service, parameters, after, command, environment, workDir, walltime,
                    image, cores, memory, outputs, inputs, deployed, retries, attempt, clientId, jobId, started, ended, exitCode, signal,
                    reason, detail, progress, retryAt, faults, produced, partitions);
        }
    }
}
