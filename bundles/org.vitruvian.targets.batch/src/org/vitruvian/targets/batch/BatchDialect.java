package org.vitruvian.targets.batch;

import java.util.List;
import java.util.Map;

import org.vitruvian.execution.spi.JobSpec;
import org.vitruvian.execution.spi.JobStatus;
import org.vitruvian.execution.spi.TargetException;
import org.vitruvian.model.site.Scheduler;

/**
 * What differs between batch schedulers reached over SSH: how a job script asks for resources,
 * what the submit command prints, and how the queue and the accounting describe jobs. Everything
 * else (staging, the job folder, the exit code file, one SSH session per site) is
 * {@link BatchAdapter}'s. Each method builds a shell command line or parses what one printed;
 * none runs anything, so a dialect is tested on recorded outputs as well as on a real scheduler.
 */
public interface BatchDialect {

    /** The adapter's name in run records, e.g. {@code sge}. */
    String name();

    /** The scheduler of the sites this dialect serves. */
    Scheduler scheduler();

    /** The scheduler's name for people, e.g. {@code Grid Engine}. */
    String displayName();

    /**
     * The directive lines at the top of the job script ({@code #$ ...}, {@code #PBS ...}): the
     * job's name, its log files, its folder, and the walltime, cores, memory and queues it asks for.
     * Values are checked or quoted here: the scheduler reads these lines without a shell.
     */
    List<String> directives(JobSpec job, String jobFolder, String jobName) throws TargetException;

    /** Shell lines run first in the job script, before anything of the job's (none by default). */
    default List<String> prologue() {
        return List.of();
    }

    /** Whether {@code id} is a job id of this scheduler, as the submit command prints it. */
    boolean isJobId(String id);

    /**
     * One shell command that prints the state of the user's jobs among {@code ids}: those in
     * the queue, and, where the scheduler keeps them there, those that ended. Its exit code is
     * 0 when the scheduler answered.
     */
    String queueCommand(String user, List<String> ids);

    /** The queue command's output as job id to status, for the jobs it lists. */
    Map<String, JobStatus> parseQueue(String output);

    /**
     * One shell command that prints what the scheduler's accounting knows of {@code ids}, jobs
     * that left the queue without leaving an exit code; empty when the queue command says all.
     */
    String endedCommand(List<String> ids);

    /** The accounting's output as job id to status, for the jobs it knows. */
    Map<String, JobStatus> parseEnded(String output);

    /** One shell command that prints the id of the user's queued job named {@code jobName}, if any. */
    String findCommand(String user, String jobName);

    /** The command that cancels a job, {@code id} already checked with {@link #isJobId}. */
    String cancelCommand(String id);

    /** Whether the scheduler's complaint says it is down or busy for a while (worth trying again). */
    boolean schedulerUnavailable(String output);

    /** The longest job name the scheduler accepts. */
    default int maxJobName() {
        return 128;
    }
}
