package org.vitruvian.ui.launch.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitruvian.tests.support.RunFixture;
import org.vitruvian.ui.runs.RunsViews;

/**
 * Makes docs/images/runs-view-slurm.png for docs/user-guide.md: the small test workflow
 * launched on the loopback Slurm site, completed in the Runs view with its Slurm job ids. Not a
 * test (surefire's patterns do not match it); run it with
 * {@code -Dtest=SlurmRunScreenshot -Dvitruvian.test.vmargs="... -Dscreenshot.dir=docs/images"}
 * while the loopback HPC is up.
 */
class SlurmRunScreenshot {

    @TempDir
    Path folder;

    @Test
    void screenshot() throws Exception {
        Path repo = Path.of(System.getProperty("vitruvian.repo"));
        Path out = Path.of(System.getProperty("screenshot.dir", repo.resolve("docs/images").toString()));
        try (RunFixture fixture = new RunFixture(folder)) {
            LoopbackSlurm.install(fixture.home());
            Ui.page().getWorkbenchWindow().getShell().setBounds(0, 0, 1440, 900);
            ILaunchConfiguration configuration = LoopbackSlurm.launchCopyTwice(fixture);
            Ui.waitUntil("the launch to start a run", () -> LoopbackSlurm.runId(configuration) != null);
            String runId = LoopbackSlurm.runId(configuration);
            Ui.waitUntil("the Runs view", () -> Ui.page().findView(RunsViews.VIEW_ID) != null);
            org.eclipse.ui.IViewPart view = Ui.page().findView(RunsViews.VIEW_ID);
            Tree tree = RunsViewRows.tree(view);
            Ui.waitUntil("the Slurm run to complete", () -> RunsViewRows.describe(tree),
                    () -> "Completed (2/2)".equals(RunsViewRows.state(RunsViewRows.run(tree, runId))), Duration.ofMinutes(3));
            RunsViewRows.select(tree, RunsViewRows.step(tree, runId, "second"));
            Ui.page().setPartState(Ui.page().getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
            long until = System.nanoTime() + 1_500_000_000L;
            Ui.waitUntil("the workbench to settle", () -> System.nanoTime() > until);
            int rows = 1 + RunsViewRows.run(tree, runId).getItemCount();
            int bottom = tree.toDisplay(0, 0).y + tree.getHeaderHeight() + (rows + 2) * tree.getItemHeight() + 8;
            save(Ui.page().getWorkbenchWindow().getShell(), bottom, out.resolve("runs-view-slurm.png"));
            Ui.page().setPartState(Ui.page().getReference(view), IWorkbenchPage.STATE_RESTORED);
            Ui.page().hideView(view);
        }
    }

    private static void save(Shell shell, int bottom, Path file) throws Exception {
        Files.createDirectories(file.getParent());
        Rectangle bounds = shell.getBounds();
        bounds.height = Math.min(bounds.height, bottom - bounds.y);
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
