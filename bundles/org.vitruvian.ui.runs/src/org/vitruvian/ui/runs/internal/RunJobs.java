package org.vitruvian.ui.runs.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.vitruvian.core.VitruvianException;
import org.vitruvian.core.services.ServiceHandle;
import org.vitruvian.core.services.ServiceUnavailableException;
import org.vitruvian.core.services.Services;
import org.vitruvian.execution.RunRecord;
import org.vitruvian.execution.Runs;
import org.vitruvian.execution.StepRecord;
import org.vitruvian.provenance.RoCrate;
import org.vitruvian.provenance.RoCrateExporter;

/**
 * What the Runs view's actions do, each as an Eclipse job so the UI thread never waits for the
 * store or a site, and each by calling the service the CLI calls for the same command: cancel
 * ({@link Runs#cancel}), resume ({@link Runs#advance} until the run ends), logs, outputs and
 * provenance ({@link RoCrateExporter}). A user's mistake (a run that has not ended, a folder
 * that is not empty) comes back as the service's message in a dialog, never a stack trace.
 */
final class RunJobs {

    /** Family of the jobs that watch a run, so one run is never watched twice. */
    private static final Object WATCH = new Object();

    private RunJobs() {
    }

    /** How often a watched run is advanced: VITRUVIAN_POLL_MS, as for 'vitruvian run', or vitruvian.pollMillis. */
    static long pollMillis() {
        String value = System.getProperty("vitruvian.pollMillis", System.getenv("VITRUVIAN_POLL_MS"));
        try {
            return value == null ? 1000 : Math.max(50, Long.parseLong(value.strip()));
        } catch (NumberFormatException e) {
            return 1000;
        }
    }

    static void cancel(RunsView view, String runId) {
        Job job = Job.create("Cancelling run " + runId, monitor -> {
            try {
                view.show(view.runs().cancel(runId));
                for (Job watch : Job.getJobManager().find(WATCH)) {
                    if (watch instanceof Watch w && w.runId.equals(runId)) {
                        w.cancel();
                    }
                }
                return Status.OK_STATUS;
            } catch (VitruvianException | ServiceUnavailableException e) {
                return Status.error("Could not cancel run " + runId + ": " + e.getMessage());
            }
        });
        job.setUser(true);
        job.schedule();
    }

    static boolean isWatched(String runId) {
        for (Job job : Job.getJobManager().find(WATCH)) {
            if (job instanceof Watch watch && watch.runId.equals(runId)) {
                return true;
            }
        }
        return false;
    }

    static void watch(RunsView view, String runId) {
        if (isWatched(runId)) {
            return;
        }
        Watch watch = new Watch(view, runId);
        watch.addJobChangeListener(new org.eclipse.core.runtime.jobs.JobChangeAdapter() {
            @Override
            public void done(org.eclipse.core.runtime.jobs.IJobChangeEvent event) {
                view.actionsChanged();
            }
        });
        watch.schedule();
        view.actionsChanged();
    }

    /**
     * Advances a run until it ends, as 'vitruvian resume' does. Cancelling this job stops
     * watching, not the run: its jobs run in sessions of their own.
     */
    private static final class Watch extends Job {
        private final RunsView view;
        final String runId;

        Watch(RunsView view, String runId) {
            super("Watching run " + runId);
            this.view = view;
            this.runId = runId;
        }

        @Override
        public boolean belongsTo(Object family) {
            return family == WATCH;
        }

        @Override
        protected IStatus run(IProgressMonitor monitor) {
            monitor.beginTask("Watching run " + runId, IProgressMonitor.UNKNOWN);
            try {
                while (!monitor.isCanceled() && !view.isDisposed()) {
                    RunRecord record = view.runs().advance(runId);
                    view.show(record);
                    monitor.subTask(record.completedSteps() + " of " + record.steps().size() + " steps done");
                    if (record.state().isFinal()) {
                        return Status.OK_STATUS;
                    }
                    Thread.sleep(pollMillis());
                }
                return Status.CANCEL_STATUS;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Status.CANCEL_STATUS;
            } catch (VitruvianException | ServiceUnavailableException e) {
                return Status.error("Stopped watching run " + runId + ": " + e.getMessage());
            } finally {
                monitor.done();
            }
        }
    }

    static void showLog(RunsView view, String runId, String step) {
        Job job = Job.create("Opening the log of " + step, monitor -> {
            try {
                Runs runs = view.runs();
                view.display().asyncExec(() -> LogConsoles.show(runs, runId, step));
                return Status.OK_STATUS;
            } catch (ServiceUnavailableException e) {
                return Status.error(e.getMessage());
            }
        });
        job.setSystem(true);
        job.schedule();
    }

    /**
     * Opens a finished run's outputs (or a completed step's) in the editors the workbench's
     * registry names for them, the system's editor when it names none.
     */
    static void openOutputs(RunsView view, String runId, String step) {
        Job job = Job.create("Finding the outputs of run " + runId, monitor -> {
            Map<String, Path> outputs;
            try {
                if (step == null) {
                    outputs = view.runs().outputs(runId);
                } else {
                    StepRecord record = view.runs().store().read(runId).step(step).orElseThrow(
                            () -> new VitruvianException(org.vitruvian.core.ExitCode.FAILED, "Run " + runId + " has no step " + step + "."));
                    outputs = new LinkedHashMap<>(record.outputs());
                }
            } catch (VitruvianException | ServiceUnavailableException e) {
                view.display().asyncExec(() -> MessageDialog.openInformation(shell(view), "Open Outputs", e.getMessage()));
                return Status.OK_STATUS;
            }
            List<Path> files = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            outputs.forEach((name, path) -> {
                if (Files.isRegularFile(path)) {
                    files.add(path);
                } else {
                    missing.add(name + ": " + path + (Files.isDirectory(path) ? " is a folder" : " is not there"));
                }
            });
            view.display().asyncExec(() -> open(view, files, missing));
            return Status.OK_STATUS;
        });
        job.setUser(false);
        job.schedule();
    }

    private static void open(RunsView view, List<Path> files, List<String> missing) {
        if (view.isDisposed()) {
            return;
        }
        IWorkbenchPage page = view.getSite().getPage();
        for (Path file : files) {
            try {
                IDE.openEditorOnFileStore(page, EFS.getLocalFileSystem().getStore(file.toUri()));
            } catch (PartInitException e) {
                missing.add(file + ": " + e.getMessage());
            }
        }
        if (!missing.isEmpty()) {
            MessageDialog.openInformation(shell(view), "Open Outputs", "Not opened:\n" + String.join("\n", missing));
        }
    }

    /**
     * Asks for a folder and exports the run as an RO-Crate into a new folder inside it, named
     * after the run, as 'vitruvian provenance RUN --to DIR' does with DIR.
     */
    static void export(RunsView view, String runId) {
        DirectoryDialog dialog = new DirectoryDialog(shell(view), org.eclipse.swt.SWT.SAVE);
        dialog.setText("Export RO-Crate");
        dialog.setMessage("The crate of run " + runId + " goes into a new folder ro-crate-" + runId + " in the folder you choose.");
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        Path folder = Path.of(chosen).resolve("ro-crate-" + runId);
        Job job = Job.create("Exporting run " + runId + " as an RO-Crate", monitor -> {
            try (ServiceHandle<RoCrateExporter> exporter = Services.await(RunJobs.class, RoCrateExporter.class)) {
                RoCrate crate = exporter.get().export(runId, folder, null, false);
                view.display().asyncExec(() -> MessageDialog.openInformation(shell(view), "Export RO-Crate",
                        "Run " + runId + " is in " + crate.folder() + ": " + crate.files() + " files, " + bytes(crate.bytes()) + "."));
                return Status.OK_STATUS;
            } catch (VitruvianException | ServiceUnavailableException e) {
                view.display().asyncExec(() -> MessageDialog.openError(shell(view), "Export RO-Crate", e.getMessage()));
                return Status.OK_STATUS;
            }
        });
        job.setUser(true);
        job.schedule();
    }

    static String bytes(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return String.format("%.1f KiB", bytes / 1024.0);
        }
        return String.format("%.1f MiB", bytes / (1024.0 * 1024));
    }

    private static Shell shell(RunsView view) {
        return view.getSite().getShell();
    }
}
