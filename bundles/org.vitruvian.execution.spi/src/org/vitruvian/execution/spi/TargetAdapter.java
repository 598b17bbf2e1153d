package org.vitruvian.execution.spi;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.vitruvian.model.recipe.ContainerRecipe;
import org.vitruvian.model.site.Site;

/**
 * Runs jobs on one kind of target (this machine, a Slurm cluster over SSH, a Kubernetes
 * cluster, ...). Register an implementation as an OSGi service; the engine picks the first
 * adapter, by service ranking, that {@linkplain #supports supports} a site. Everything an adapter needs from a site comes from its Site
 * model. Every adapter, third-party ones included, passes the contract tests in
 * org.vitruvian.execution.tck.
 */
public interface TargetAdapter {

    /** What an adapter can do; the bridge skips what a target lacks. */
    enum Capability {
        STAGE_IN, STAGE_OUT, DEPLOY, SUBMIT, BATCH_STATUS, LOGS, CANCEL, CLEAN_UP, CONTAINERS
    }

    /** A short name for messages and records, e.g. {@code local}. */
    String name();

    Set<Capability> capabilities();

    /** Whether this adapter runs jobs on {@code site}. */
    boolean supports(Site site);

    /**
     * Starts the job and returns the target's job id. Must not block until the job ends.
     *
     * @throws TargetException when the target cannot be reached or refuses the job
     */
    String submit(JobSpec job) throws TargetException;

    /** The target's id of the job with this client id, if it was submitted (for recovery after a crash). */
    Optional<String> find(Site site, JobSpec job) throws TargetException;

    /** The state of many jobs in one call (one squeue, one process scan), by target job id. */
    Map<String, JobStatus> status(Site site, Collection<JobSpec> jobs, Map<String, String> jobIds) throws TargetException;

    void cancel(Site site, JobSpec job, String jobId) throws TargetException;

    /** The job's standard output so far, as a file on this machine. */
    Path log(Site site, JobSpec job) throws IOException;

    /** Copies outputs back into the job's workDir, when the target is elsewhere. */
    default void stageOut(Site site, JobSpec job) throws TargetException {
    }

    /**
     * Removes what a run left on the site: copies of its inputs, its job folders, outputs that
     * were already copied back. Called only once no job of the run is active. Adapters that
     * keep nothing away from this machine (their jobs' folders are the run's own) have nothing
     * to do; those that do declare {@link Capability#CLEAN_UP}.
     *
     * @throws TargetException when the site cannot be reached or refuses
     */
    default void clean(Site site, String runId) throws TargetException {
    }

    /**
     * Makes the image of a container recipe available to jobs on {@code site}, building it
     * unless an identical one exists. Called once per recipe and run, before anything is
     * submitted, for adapters with {@link Capability#CONTAINERS}.
     *
     * @param folder a folder of the run's for build contexts and logs
     * @throws TargetException when the image cannot be made; the run is refused with the message
     */
    default ContainerImage image(Site site, ContainerRecipe recipe, Path folder) throws TargetException {
        throw TargetException.permanent("the target adapter '" + name() + "' runs no containers");
    }
}
