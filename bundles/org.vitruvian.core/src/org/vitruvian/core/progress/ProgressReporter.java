package org.vitruvian.core.progress;

/**
 * Progress of long work, reported by headless code without knowing who shows it: the CLI
 * prints lines, the IDE drives a progress monitor. Implementations must be thread-safe
 * because workers report from their own threads.
 */
public interface ProgressReporter {

    /** Starts a task of {@code totalWork} units; a negative total means the amount is unknown. */
    void begin(String task, int totalWork);

    void worked(int units);

    /** A human-readable status line, e.g. what is being waited for. */
    void message(String text);

    void done();

    /** Whether the user asked to stop; long loops check this between units of work. */
    default boolean isCancelled() {
        return false;
    }

    /** A reporter that shows nothing, for callers that do not care. */
    static ProgressReporter silent() {
        return SilentProgress.INSTANCE;
    }

    /** Splits {@code units} of this reporter's work into a child task with its own total. */
    default ProgressReporter split(int units) {
        return new SubProgress(this, units);
    }
}
