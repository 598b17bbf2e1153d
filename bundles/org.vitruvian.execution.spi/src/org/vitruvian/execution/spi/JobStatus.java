package org.vitruvian.execution.spi;

/**
 * What a target says about a job.
 *
 * @param exitCode the process's exit code once it ended, else null
 * @param reason   for FAILED, why; else null
 * @param detail   what the target said, for the user
 */
public record JobStatus(JobState state, Integer exitCode, FailureReason reason, String detail) {

    public static JobStatus of(JobState state) {
        return new JobStatus(state, null, null, null);
    }

    public static JobStatus unknown(String detail) {
        return new JobStatus(JobState.UNKNOWN, null, null, detail);
    }
}
