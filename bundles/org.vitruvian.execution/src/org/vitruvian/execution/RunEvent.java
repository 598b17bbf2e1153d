package org.vitruvian.execution;

import java.util.List;

/**
 * A run changed: it appeared, its state changed, or some of its steps changed state or
 * reported progress.
 *
 * @param run      the run as it is now
 * @param created  whether the run is new to the listener (started here, or found in the store)
 * @param changes  the steps that changed, in workflow order; empty when only the run's state did
 */
public record RunEvent(RunRecord run, boolean created, RunState previousState, List<StepChange> changes) {

    public RunEvent {
        changes = List.copyOf(changes);
    }

    /** One step's change: its state before (null for a new run) and now. */
    public record StepChange(String step, StepState before, StepState after, StepProgress progress) {
    }

    public boolean stateChanged() {
        return previousState != run.state();
    }
}
