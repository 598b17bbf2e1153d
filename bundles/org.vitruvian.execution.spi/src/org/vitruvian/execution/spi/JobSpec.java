package org.vitruvian.execution.spi;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.vitruvian.model.site.Site;

/**
 * One job for a target: everything an adapter needs, nothing it must look up. Immutable; made
 * with {@link #builder(String, String, String)}.
 *
 * @param runId       the run the job belongs to
 * @param step        the step it runs
 * @param clientId    Vitruvian's id of the job, recorded before submitting; adapters attach it to
 *                    the job so that {@link TargetAdapter#find} can tell after a crash whether it was
 *                    submitted
 * @param site        the site, as its model says; adapters read it and never change it
 * @param command     the command, one element per argument; nothing goes through a shell
 * @param workDir     the job's folder on this machine: inputs are staged into it, outputs come back to it
 * @param environment variables set for the command
 * @param image       the container image to run in, or null for a plain process
 * @param walltime    the longest the job may run, or null
 * @param inputs      the files the command reads, by input name, as paths on this machine, with the
 *                    program files deployed from the step's recipe named {@code deployed:<image path>} (a
 *                    container target makes them visible at the same paths)
 * @param cores       the cores the job may use, or null for no limit
 * @param memory      the memory in bytes the job may use, or null for no limit
 * @param partitions  the site's partitions (queues) the job may go to, any of them; empty to leave
 *                    the choice to the scheduler (a site that states no partitions)
 */
public record JobSpec(String runId, String step, String clientId, Site site, List<String> command, Path workDir,
        Map<String, String> environment, String image, Duration walltime, Map<String, Path> inputs, Integer cores,
        Long memory, List<String> partitions) {

    /** Inputs of a job named so are program files deployed from the step's recipe, not data. */
    public static final String DEPLOYED_INPUT_PREFIX = "deployed:";

    public JobSpec {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(clientId, "clientId");
        command = command == null ? List.of() : List.copyOf(command);
        environment = environment == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(environment));
        inputs = inputs == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
        partitions = partitions == null ? List.of() : List.copyOf(partitions);
    }

    public static Builder builder(String runId, String step, String clientId) {
        return new Builder(runId, step, clientId);
    }

    public Builder toBuilder() {
        return new Builder(runId, step, clientId).site(site).command(command).workDir(workDir).environment(environment).image(image)
                .walltime(walltime).inputs(inputs).cores(cores).memory(memory).partitions(partitions);
    }

    /** Builds a {@link JobSpec}; what is not given is empty or unlimited. */
    public static final class Builder {
        private final String runId;
        private final String step;
        private final String clientId;
        private Site site;
        private List<String> command = List.of();
        private Path workDir;
        private Map<String, String> environment = Map.of();
        private String image;
        private Duration walltime;
        private Map<String, Path> inputs = Map.of();
        private Integer cores;
        private Long memory;
        private List<String> partitions = List.of();

        private Builder(String runId, String step, String clientId) {
            this.runId = runId;
            this.step = step;
            this.clientId = clientId;
        }

        public Builder site(Site value) { site = value; return this; }
        public Builder command(List<String> value) { command = value; return this; }
        public Builder command(String... value) { command = List.of(value); return this; }
        public Builder workDir(Path value) { workDir = value; return this; }
        public Builder environment(Map<String, String> value) { environment = value; return this; }
        public Builder image(String value) { image = value; return this; }
        public Builder walltime(Duration value) { walltime = value; return this; }
        public Builder inputs(Map<String, Path> value) { inputs = value; return this; }
        public Builder cores(Integer value) { cores = value; return this; }
        public Builder memory(Long value) { memory = value; return this; }
        public Builder partitions(List<String> value) { partitions = value; return this; }

        public JobSpec build() {
            return new JobSpec(runId, step, clientId, site, command, workDir, environment, image, walltime, inputs, cores, memory, partitions);
        }
    }
}
