package org.vitruvian.execution.spi;

/** What a target says of a job it was given. */
public enum JobState {
    SUBMITTED, QUEUED, RUNNING,
    /** The job ended and the target is still finishing it (Slurm's COMPLETING): not ended yet. */
    COMPLETING,
    COMPLETED, FAILED, CANCELLED,
    /** The target did not answer: never taken as FAILED, asked again later. */
    UNKNOWN;

    public boolean isFinal() {
        return this == COMPLETED || this == FAILED || this == CANCELLED;
    }
}
