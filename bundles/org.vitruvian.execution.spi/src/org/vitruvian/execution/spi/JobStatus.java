package org.vitruvian.execution.spi;

/**
 * What a target says about a job.
 *
 * @param exitCode the process's exit code once it ended, else null; never made up: a job the
 *                 scheduler killed with a signal has none unless the scheduler gave one
 * @param reason   for FAILED, why; else null
 * @param detail   what the target said, for the user
 * @param signal   the signal that ended the job (Slurm's {@code ExitCode=0:15} is signal 15), else null
 */
public record JobStatus(JobState state, Integer exitCode, FailureReason reason, String detail, Integer signal) {

    /** A status with no signal: how most targets report. */
    public JobStatus(JobState state, Integer exitCode, FailureReason reason, String detail) {
        this(state, exitCode, reason, detail, null);
    }

    public static JobStatus of(JobState state) {
        return new JobStatus(state, null, null, null);
    }

    public static JobStatus unknown(String detail) {
        return new JobStatus(JobState.UNKNOWN, null, null, detail);
    }
}
