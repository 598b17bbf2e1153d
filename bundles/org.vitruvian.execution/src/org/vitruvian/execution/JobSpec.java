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
 */
public record JobSpec(String runId, String step, String clientId, Site site, List<String> command, Path workDir,
        Map<String, String> environment, String image, Duration walltime) {
}
