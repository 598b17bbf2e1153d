package org.vitruvian.ui.launch.tests;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.IDebugUIConstants;
import org.eclipse.debug.ui.ILaunchConfigurationDialog;
import org.eclipse.debug.ui.ILaunchConfigurationTab;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitruvian.tests.support.RunFixture;
import org.vitruvian.ui.launch.WorkflowLaunches;
import org.vitruvian.ui.launch.internal.ParametersTab;

/**
 * Makes docs/images/launch-parameters.png: Run Configurations on the bone-strength workflow, its
 * Parameters tab with a value out of range. Not a test (surefire's patterns do not match it).
 * The dialog is modal, so the pictures are taken from timers its event loop runs.
 */
class LaunchDialogScreenshot {

    @TempDir
    Path folder;

    @Test
    void screenshot() throws Exception {
        Path repo = Path.of(System.getProperty("vitruvian.repo"));
        Path out = Path.of(System.getProperty("screenshot.dir", repo.resolve("docs/images").toString()));
        try (RunFixture fixture = new RunFixture(folder)) {
            ILaunchConfigurationWorkingCopy copy = DebugPlugin.getDefault().getLaunchManager()
                    .getLaunchConfigurationType(WorkflowLaunches.TYPE_ID).newInstance(null, "bone-strength");
            copy.setAttribute(WorkflowLaunches.WORKFLOW, repo.resolve("examples/bone-strength/workflow.yaml").toString());
            copy.setAttribute(WorkflowLaunches.SITE, "local");
            copy.setAttribute(WorkflowLaunches.PARAMETERS, java.util.Map.of("body-mass", "82", "bone-density", "1.8"));
            ILaunchConfiguration configuration = copy.doSave();
            Shell window = Ui.page().getWorkbenchWindow().getShell();
            long start = System.nanoTime();
            Runnable[] step = new Runnable[1];
            step[0] = () -> {
                Shell dialog = dialogShell();
                ILaunchConfigurationDialog launchDialog = dialog != null && dialog.getData() instanceof ILaunchConfigurationDialog d
                        ? d : null;
                ParametersTab parameters = null;
                if (launchDialog != null) {
                    for (ILaunchConfigurationTab tab : launchDialog.getTabs()) {
                        if (tab instanceof ParametersTab p) {
                            parameters = p;
                        }
                    }
                }
                if (parameters != null && parameters.field("body-mass") != null && parameters.field("body-mass").isVisible()
                        && System.nanoTime() - start > 3_000_000_000L) {
                    try {
                        save(dialog, out.resolve("launch-parameters.png"));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    dialog.close();
                    return;
                }
                if (parameters != null && launchDialog.getActiveTab() != parameters) {
                    launchDialog.setActiveTab(parameters);
                }
                if (System.nanoTime() - start > 60_000_000_000L) {
                    System.out.println("[screenshot] gave up: tab " + parameters + " loaded " + (parameters != null && parameters.isLoaded())
                            + ", active " + (launchDialog == null ? null : launchDialog.getActiveTab()));
                    // Closing lets the test go on and fail below instead of waiting for ever.
                    for (Shell shell : Ui.display().getShells()) {
                        if (shell != window && !shell.isDisposed()) {
                            shell.close();
                        }
                    }
                    return;
                }
                Ui.display().timerExec(100, step[0]);
            };
            Ui.display().timerExec(100, step[0]);
            DebugUITools.openLaunchConfigurationDialogOnGroup(window, new org.eclipse.jface.viewers.StructuredSelection(configuration),
                    IDebugUIConstants.ID_RUN_LAUNCH_GROUP);
            configuration.delete();
            org.junit.jupiter.api.Assertions.assertTrue(Files.isRegularFile(out.resolve("launch-parameters.png")),
                    "the Parameters tab never showed the workflow's parameters");
        }
    }

    private static Shell dialogShell() {
        for (Shell shell : Ui.display().getShells()) {
            if (!shell.isDisposed() && shell.isVisible() && shell.getData() instanceof ILaunchConfigurationDialog) {
                return shell;
            }
        }
        return null;
    }

    private static void save(Shell shell, Path file) throws Exception {
        Files.createDirectories(file.getParent());
        Rectangle bounds = shell.getBounds();
        Image image = new Image(shell.getDisplay(), bounds.width, bounds.height);
        GC gc = new GC(shell.getDisplay());
        try {
            gc.copyArea(image, bounds.x, bounds.y);
            ImageLoader loader = new ImageLoader();
            loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
            loader.save(file.toString(), SWT.IMAGE_PNG);
        } finally {
            gc.dispose();
            image.dispose();
        }
        System.out.println("[screenshot] " + file);
    }
}
