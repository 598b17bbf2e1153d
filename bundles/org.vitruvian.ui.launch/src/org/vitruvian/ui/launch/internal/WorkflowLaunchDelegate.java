package org.vitruvian.ui.launch.internal;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.model.LaunchConfigurationDelegate;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.vitruvian.core.VitruvianException;
import org.vitruvian.core.services.ServiceHandle;
import org.vitruvian.core.services.ServiceUnavailableException;
import org.vitruvian.core.services.Services;
import org.vitruvian.execution.Runs;
import org.vitruvian.ui.runs.RunsViews;

/**
 * Starts a run as 'vitruvian run' does, through the same {@link Runs#start} (models, trust,
 * compatibility, staging, submission). The platform calls this in its launch job, off the UI
 * thread. A refused run opens a dialog with the reasons and leaves nothing submitted; a started
 * one shows in the Runs view and is followed by a {@link RunProgressJob}.
 */
public final class WorkflowLaunchDelegate extends LaunchConfigurationDelegate {

    /** Launch attribute with the id of the run the launch started (absent when refused). */
    public static final String RUN_ID = "org.vitruvian.ui.launch.runId";

    @Override
    public boolean buildForLaunch(ILaunchConfiguration configuration, String mode, IProgressMonitor monitor) {
        // Workflows are read from their files as they are; there is nothing to build.
        return false;
    }

    @Override
    public void launch(ILaunchConfiguration configuration, String mode, ILaunch launch, IProgressMonitor monitor)
            throws CoreException {
        Runs.Request request = LaunchSettings.request(configuration);
        SubMonitor progress = SubMonitor.convert(monitor, "Checking and submitting " + request.workflow().getFileName()
                + " on " + request.siteId(), 1);
        Runs.Started started;
        try (ServiceHandle<Runs> runs = Services.await(WorkflowLaunchDelegate.class, Runs.class)) {
            started = runs.get().start(request);
        } catch (VitruvianException | ServiceUnavailableException e) {
            // A user's mistake (a file that is not there, an unknown site): the service's words, no stack trace.
            throw new CoreException(Status.error(e.getMessage()));
        }
        progress.worked(1);
        if (started.runId() != null) {
            launch.setAttribute(RUN_ID, started.runId());
        }
        if (started.refused()) {
            RefusedDialog.openLater(configuration.getName(), request, started);
            return;
        }
        showRunsView();
        new RunProgressJob(started.runId(), configuration.getName()).schedule();
    }

    private static void showRunsView() {
        PlatformUI.getWorkbench().getDisplay().asyncExec(() -> {
            IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
            if (window == null || window.getActivePage() == null) {
                return;
            }
            try {
                window.getActivePage().showView(RunsViews.VIEW_ID, null, IWorkbenchPage.VIEW_VISIBLE);
            } catch (PartInitException e) {
                // The run goes on and shows whenever the view is opened; nothing for the user to do.
            }
        });
    }
}
