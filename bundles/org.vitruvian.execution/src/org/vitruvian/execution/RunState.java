package org.vitruvian.execution;

/** Where a run stands. */
public enum RunState {
    /** Trust, compatibility or preparation refused it: nothing was submitted. */
    REFUSED,
    RUNNING,
    COMPLETED,
    FAILED,
    CANCELLED;

    public boolean isFinal() {
        return this != RUNNING;
    }

    /** Reads a recorded state; an unknown one (from a later release) reads as FAILED, which no command advances. */
    public static RunState parse(String recorded) {
        if (recorded == null) {
            return FAILED;
        }
        try {
            return valueOf(recorded);
        } catch (IllegalArgumentException e) {
            return FAILED;
        }
    }
}
