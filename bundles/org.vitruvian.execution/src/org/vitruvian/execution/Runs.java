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

    /** A run that was started, or refused with the reasons (nothing submitted then). */
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
    Map<String, Object> advance(String runId);

    /** Cancels every unfinished job of the run. */
    Map<String, Object> cancel(String runId);

    /** The files of the workflow's outputs of a finished run, by output name. */
    Map<String, Path> outputs(String runId);

    /** The log file of each step that has one. */
    Map<String, Path> logs(String runId);

    /** An RO-Crate that {@link #exportRoCrate} wrote: its folder, and the files and bytes it holds besides its metadata. */
    record Crate(Path folder, int files, long bytes) {
    }

    /**
     * Writes a run that has ended (COMPLETED, FAILED or CANCELLED) as a Workflow Run RO-Crate in
     * {@code folder}: the workflow with its services and recipes, the inputs and outputs, each
     * with its SHA-256, the parameter values, one action per step, and the trust decisions
     * (docs/cli.md, {@code provenance}). Every file is copied and checked against the digest the
     * run recorded, so the crate holds exactly what ran. The crate is built beside
     * {@code folder} and moved into place, so a failure leaves nothing behind.
     *
     * @param license an SPDX license id or a URL for the crate's content, or null when its owners have not said
     * @param replace whether an earlier crate in {@code folder} may be replaced; any other folder
     *                that is not empty is refused
     * @throws org.vitruvian.core.VitruvianException with {@code FAILED} when the run has not ended,
     *         a file changed since the run or the folder may not be written, {@code ENVIRONMENT}
     *         when reading or writing fails
     */
    Crate exportRoCrate(String runId, Path folder, String license, boolean replace);

    RunStore store();

    /** The steps of a run in workflow order. */
    List<String> steps(String runId);
}
