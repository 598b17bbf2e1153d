package org.vitruvian.execution;

/** Where a job (one run of one step) stands. */
public enum JobState {
    CREATED, STAGING, SUBMITTED, QUEUED, RUNNING, COMPLETING, COMPLETED, FAILED, CANCELLED,
    /** The target did not answer: never taken as FAILED, asked again later. */
    UNKNOWN;

    public boolean isFinal() {
        return this == COMPLETED || this == FAILED || this == CANCELLED;
    }
}
