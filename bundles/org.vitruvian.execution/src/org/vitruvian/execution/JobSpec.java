package org.vitruvian.execution;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.vitruvian.model.site.Site;

/**
 * One job for a target: everything an adapter needs, nothing it must look up.
 *
 * @param clientId    Vitruvian's id of the job, recorded before submitting; adapters attach it to
 *                    the job so that {@link TargetAdapter#find} can tell after a crash whether it was
 *                    submitted
 * @param command     the command, one element per argument; nothing goes through a shell
 * @param workDir     the job's folder on this machine: inputs are staged into it, outputs come back to it
 * @param image       the container image to run in, or null for a plain process
 * @param walltime    the longest the job may run, or null
 * @param inputs      the files the command reads, by input name, as paths on this machine, with the
 *                    program files deployed from the step's recipe named {@code deployed:<image path>} (a
 *                    container target makes them visible at the same paths)
 * @param cores       the cores the job may use, or null for no limit
 * @param memory      the memory in bytes the job may use, or null for no limit
 */
public record JobSpec(String runId, String step, String clientId, Site site, List<String> command, Path workDir,
        Map<String, String> environment, String image, Duration walltime, Map<String, Path> inputs, Integer cores,
        Long memory) {

    public JobSpec {
        inputs = inputs == null ? Map.of() : inputs;
    }

    /** A job without inputs to mount and without resource limits. */
    public JobSpec(String runId, String step, String clientId, Site site, List<String> command, Path workDir,
            Map<String, String> environment, String image, Duration walltime) {
        this(runId, step, clientId, site, command, workDir, environment, image, walltime, Map.of(), null, null);
    }
}
