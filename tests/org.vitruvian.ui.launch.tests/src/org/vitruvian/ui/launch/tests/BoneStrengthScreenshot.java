package org.vitruvian.ui.launch.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;

import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitruvian.tests.support.RunFixture;
import org.vitruvian.ui.launch.WorkflowLaunches;
import org.vitruvian.ui.launch.internal.WorkflowLaunchDelegate;
import org.vitruvian.ui.runs.RunsViews;

/**
 * Makes docs/images/runs-bone-strength.png and docs/images/chart-convergence.png: the README's
 * bone-strength workflow launched on {@code local} from a launch configuration, the Runs view
 * with the finished run and its figure open, and the solve step's convergence. Not a test
 * (surefire's patterns do not match it); run it with
 * {@code -Dtest=BoneStrengthScreenshot -Dvitruvian.test.vmargs="... -Dscreenshot.dir=docs/images"}.
 */
class BoneStrengthScreenshot {

    @TempDir
    Path folder;

    @Test
    void screenshot() throws Exception {
        Path repo = Path.of(System.getProperty("vitruvian.repo"));
        Path out = Path.of(System.getProperty("screenshot.dir", repo.resolve("docs/images").toString()));
        try (RunFixture fixture = new RunFixture(folder)) {
            // A laptop's screen, so the pictures read at the README's width.
            Ui.page().getWorkbenchWindow().getShell().setBounds(0, 0, 1440, 900);
            ILaunchManager manager = DebugPlugin.getDefault().getLaunchManager();
            ILaunchConfigurationWorkingCopy copy = manager.getLaunchConfigurationType(WorkflowLaunches.TYPE_ID)
                    .newInstance(null, "bone-strength on local");
            copy.setAttribute(WorkflowLaunches.WORKFLOW, repo.resolve("examples/bone-strength/workflow.yaml").toString());
            copy.setAttribute(WorkflowLaunches.SITE, "local");
            ILaunchConfiguration configuration = copy.doSave();
            DebugUITools.launch(configuration, ILaunchManager.RUN_MODE);
            Ui.waitUntil("the launch to start a run", () -> runId(manager, configuration) != null);
            String runId = runId(manager, configuration);
            Ui.waitUntil("the Runs view", () -> Ui.page().findView(RunsViews.VIEW_ID) != null);
            org.eclipse.ui.IViewPart view = Ui.page().findView(RunsViews.VIEW_ID);
            org.eclipse.swt.widgets.Tree tree = RunsViewRows.tree(view);
            long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
            Ui.waitUntil("the bone-strength run to complete", () -> {
                TreeItem item = RunsViewRows.run(tree, runId);
                String state = item == null ? "" : item.getText(1);
                if (state.startsWith("Failed") || state.startsWith("Cancelled") || System.nanoTime() > deadline) {
                    throw new AssertionError("run " + runId + ": " + state);
                }
                return state.startsWith("Completed");
            }, Duration.ofMinutes(10));

            // The strength step made the workflow's outputs: its row selected shows the run's steps too.
            RunsViewRows.select(tree, RunsViewRows.step(tree, runId, "strength"));
            org.eclipse.jface.action.IAction open = RunsViewRows.action(view, "Open Outputs");
            Ui.waitUntil("Open Outputs", open::isEnabled);
            open.run();
            Ui.waitUntil("the figure to open", () -> figure() != null);
            Ui.page().activate(figure());
            settle();
            save(Ui.page().getWorkbenchWindow().getShell(), out.resolve("runs-bone-strength.png"));

            Ui.page().activate(view);
            RunsViewRows.select(tree, RunsViewRows.step(tree, runId, "solve"));
            PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.vitruvian.ui.viewers.chartLog", null);
            Ui.waitUntil("the convergence chart", () -> Ui.page().getActiveEditor() != null
                    && org.vitruvian.ui.viewers.Viewers.CHART.equals(Ui.page().getActiveEditor().getSite().getId()));
            settle();
            save(Ui.page().getWorkbenchWindow().getShell(), out.resolve("chart-convergence.png"));
            Ui.page().closeAllEditors(false);
            Ui.page().hideView(view);
        }
    }

    private static String runId(ILaunchManager manager, ILaunchConfiguration configuration) {
        return Arrays.stream(manager.getLaunches()).filter(l -> configuration.equals(l.getLaunchConfiguration()))
                .map(l -> l.getAttribute(WorkflowLaunchDelegate.RUN_ID)).filter(id -> id != null).findFirst().orElse(null);
    }

    private static org.eclipse.ui.IEditorPart figure() {
        for (IEditorReference reference : Ui.page().getEditorReferences()) {
            if (org.vitruvian.ui.viewers.Viewers.IMAGE.equals(reference.getId()) && reference.getEditor(false) != null) {
                return reference.getEditor(false);
            }
        }
        return null;
    }

    /** Lets layout and painting finish: the picture is of what a user sees after a moment. */
    private static void settle() {
        long until = System.nanoTime() + 1_500_000_000L;
        Ui.waitUntil("the workbench to settle", () -> System.nanoTime() > until);
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
