package org.vitruvian.ui.launch.internal;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.vitruvian.core.VitruvianException;
import org.vitruvian.core.services.ServiceHandle;
import org.vitruvian.core.services.ServiceUnavailableException;
import org.vitruvian.core.services.Services;
import org.vitruvian.execution.RunRecord;
import org.vitruvian.execution.Runs;
import org.vitruvian.execution.StepRecord;
import org.vitruvian.execution.StepState;

/**
 * Follows a launched run until it ends, as 'vitruvian run' does after submitting: advances it
 * (which submits the steps whose inputs became ready and collects outputs) and shows the steps
 * done in the Progress view. Cancelling the job stops following, not the run, as Ctrl-C does in
 * the CLI; the Runs view's Watch action picks it up again.
 */
public final class RunProgressJob extends Job {

    /** Family of these jobs, for tests that wait for a launched run to be followed to its end. */
    public static final Object FAMILY = new Object();

    private final String runId;

    RunProgressJob(String runId, String launchName) {
        super("Running " + launchName + " (run " + runId + ")");
        this.runId = runId;
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        try (ServiceHandle<Runs> runs = Services.await(RunProgressJob.class, Runs.class)) {
            RunRecord record = runs.get().advance(runId);
            monitor.beginTask(getName(), record.steps().size());
            int done = 0;
            while (!monitor.isCanceled()) {
                int now = (int) record.completedSteps();
                monitor.worked(now - done);
                done = now;
                monitor.subTask(running(record));
                if (record.state().isFinal()) {
                    return Status.OK_STATUS;
                }
                Thread.sleep(pollMillis());
                record = runs.get().advance(runId);
            }
            return Status.CANCEL_STATUS;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Status.CANCEL_STATUS;
        } catch (VitruvianException | ServiceUnavailableException e) {
            return Status.error("Stopped following run " + runId + ": " + e.getMessage());
        } finally {
            monitor.done();
        }
    }

    /** The running steps with their services' own progress words, as the Runs view shows them. */
    private static String running(RunRecord record) {
        StringBuilder text = new StringBuilder();
        for (StepRecord step : record.steps()) {
            if (step.state() == StepState.RUNNING) {
                text.append(text.isEmpty() ? "" : "; ").append(step.name());
                if (step.progress() != null) {
                    text.append(String.format(" %.0f%% %s", step.progress().fraction() * 100, step.progress().message()));
                }
            }
        }
        return text.isEmpty() ? record.completedSteps() + " of " + record.steps().size() + " steps done" : text.toString();
    }

    /** As the Runs view and 'vitruvian run': vitruvian.pollMillis or VITRUVIAN_POLL_MS, else a second. */
    static long pollMillis() {
        String value = System.getProperty("vitruvian.pollMillis", System.getenv("VITRUVIAN_POLL_MS"));
        try {
            return value == null ? 1000 : Math.max(50, Long.parseLong(value.strip()));
        } catch (NumberFormatException e) {
            return 1000;
        }
    }
}
