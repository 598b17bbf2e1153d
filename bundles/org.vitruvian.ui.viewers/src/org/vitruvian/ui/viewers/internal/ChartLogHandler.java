package org.vitruvian.ui.viewers.internal;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.ide.IDE;
import org.vitruvian.core.VitruvianException;
import org.vitruvian.core.services.ServiceHandle;
import org.vitruvian.core.services.ServiceUnavailableException;
import org.vitruvian.core.services.Services;
import org.vitruvian.execution.Runs;
import org.vitruvian.ui.runs.StepRef;
import org.vitruvian.ui.viewers.Viewers;

/** Runs view > Chart the Log: the selected step's log (where 'vitruvian logs' reads it) in the chart viewer. */
public final class ChartLogHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        if (!(HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection) || window == null) {
            return null;
        }
        StepRef step = Adapters.adapt(selection.getFirstElement(), StepRef.class);
        if (step == null) {
            return null;
        }
        IWorkbenchPage page = window.getActivePage();
        Job job = Job.create("Finding the log of " + step.step(), monitor -> {
            String problem = null;
            Path log = null;
            try (ServiceHandle<Runs> runs = Services.await(ChartLogHandler.class, Runs.class)) {
                log = runs.get().logs(step.runId()).get(step.step());
                if (log == null || !Files.isRegularFile(log)) {
                    problem = "Step " + step.step() + " of run " + step.runId() + " has no log yet.";
                }
            } catch (VitruvianException | ServiceUnavailableException e) {
                problem = e.getMessage();
            }
            Path found = log;
            String message = problem;
            window.getShell().getDisplay().asyncExec(() -> {
                if (message != null) {
                    MessageDialog.openInformation(window.getShell(), "Chart the Log", message);
                    return;
                }
                try {
                    IDE.openEditor(page, found.toUri(), Viewers.CHART, true);
                } catch (PartInitException e) {
                    MessageDialog.openError(window.getShell(), "Chart the Log", e.getMessage());
                }
            });
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
        return null;
    }
}
