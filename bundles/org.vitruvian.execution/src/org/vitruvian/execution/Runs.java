package org.vitruvian.execution;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.vitruvian.core.diagnostics.DiagnosticReport;

/**
 * Plans, starts and advances runs of workflows. A run lives in the {@link RunStore}; any process
 * that reads it (the CLI's status, resume, a second IDE) may advance it, so a run survives the
 * process that started it.
 */
public interface Runs {

    /** What to run, as the user asked. */
    record Request(Path workflow, String siteId, Map<String, String> parameters, Map<String, Path> inputs, Path policy) {
    }

    /**
     * A run that was started, or refused with the reasons (nothing submitted then).
     *
     * @param runId the run's id, also for a refused run whose decisions were recorded; null
     *              only when the models could not be loaded at all
     */
    record Started(String runId, boolean refused, DiagnosticReport report) {
    }

    /**
     * Loads and checks the workflow (models, trust, compatibility), records the decisions in a
     * new run, and, unless a check failed, submits the steps whose inputs are ready.
     */
    Started start(Request request);

    /**
     * Brings the run up to date: reconciles jobs submitted before a crash, asks the targets
     * about running jobs in one call per target, collects outputs, and submits the steps that
     * became ready. Returns the record.
     */
    RunRecord advance(String runId);

    /** Cancels every unfinished job of the run. */
    RunRecord cancel(String runId);

    /**
     * Removes what an ended run left on its sites (scratch folders, copies of inputs); the run
     * folder on this machine, its record and outputs stay.
     *
     * @return the ids of the sites that were cleaned, in the order of the run's steps
     * @throws org.vitruvian.core.VitruvianException when the run has not ended, or a site cannot be cleaned
     */
    List<String> clean(String runId);

    /** The files of the workflow's outputs of a finished run, by output name. */
    Map<String, Path> outputs(String runId);

    /** The log file of each step that has one. */
    Map<String, Path> logs(String runId);

    RunStore store();

    /** The steps of a run in workflow order. */
    List<String> steps(String runId);

    /**
     * Tells {@code listener} of every change to runs of the store from now on: those this
     * process makes at once, and those other processes make as soon as the store shows them.
     */
    void addListener(RunListener listener);

    void removeListener(RunListener listener);
}
