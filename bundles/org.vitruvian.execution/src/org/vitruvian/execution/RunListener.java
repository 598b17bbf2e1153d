package org.vitruvian.execution;

/**
 * Told when a run or one of its steps changes, whether this process changed it or another one
 * (the CLI, a second IDE) that uses the same run store. Register one with
 * {@link Runs#addListener}; it is called on a thread of the engine's, never while a run's
 * lock is held, so it may read the store but should return quickly.
 */
@FunctionalInterface
public interface RunListener {

    void runChanged(RunEvent event);
}
