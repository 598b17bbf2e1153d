package org.vitruvian.execution;

/**
 * Where one step of a run stands, as the engine records it. Every state the engine writes is
 * here, so every command can read every record: a step caught between states by a crash or a
 * failed submission is still a state, not an unknown string.
 */
public enum StepState {
    /** Planned; waits for its upstream steps, or for the next try after a transient fault. */
    CREATED,
    /** Its client id is recorded and the target is being asked to take the job. */
    SUBMITTING,
    /** Inputs are being copied to the target (remote targets). */
    STAGING,
    SUBMITTED,
    QUEUED,
    RUNNING,
    /** The target did not answer: never taken as FAILED, asked again later. */
    UNKNOWN,
    /** The job ended well and its outputs are being copied back. */
    COMPLETING,
    COMPLETED,
    FAILED,
    CANCELLED;

    public boolean isFinal() {
        return this == COMPLETED || this == FAILED || this == CANCELLED;
    }

    /** Whether a job may exist for the step at a target now: what must be watched, cancelled or reconciled. */
    public boolean isActive() {
        return !isFinal() && this != CREATED;
    }

    /** The state a target reported, as a step state. */
    public static StepState of(org.vitruvian.execution.spi.JobState state) {
        return valueOf(state.name());
    }

    /**
     * Reads a recorded state. A record written by a later Vitruvian may hold a state this one
     * does not know: it reads as UNKNOWN (asked again, never taken as failed) rather than
     * making the whole run unreadable.
     */
    public static StepState parse(String recorded) {
        if (recorded == null) {
            return CREATED;
        }
        try {
            return valueOf(recorded);
        } catch (IllegalArgumentException e) {
            return UNKNOWN;
        }
    }
}
