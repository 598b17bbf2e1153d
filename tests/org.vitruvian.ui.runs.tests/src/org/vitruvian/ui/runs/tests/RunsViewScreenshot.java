package org.vitruvian.ui.runs.tests;

import java.nio.file.Path;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitruvian.tests.support.RunFixture;
import org.vitruvian.ui.runs.internal.RunsView;

/**
 * Makes docs/images/runs-view.png (bench/ide-runs/run.sh screenshot): three real runs of the
 * test workflows (one completed, one failed, one cancelled) in the Runs view. Not a test (surefire's patterns do not match it); it only
 * drives the view as a user would and saves what the screen shows.
 */
class RunsViewScreenshot {

    @TempDir
    Path folder;

    @Test
    void screenshot() throws Exception {
        try (RunFixture fixture = new RunFixture(folder)) {
            RunsView view = Ui.openView();
            String failed = fixture.start("failing.yaml", Map.of(), Map.of("data", fixture.data("data.txt")));
            watch(view, failed);
            String cancelled = fixture.start("gated.yaml", Map.of("gate", folder.resolve("never").toString()),
                    Map.of("data", fixture.data("data.txt")));
            watch(view, cancelled);
            Ui.waitUntil("the gated step to run", () -> "Running".equals(Ui.text(Ui.stepItem(view, cancelled, "wait"), 1)));
            Ui.select(view.viewer().getTree(), Ui.runItem(view, cancelled));
            view.cancelAction().run();
            String done = fixture.start("workflow.yaml", Map.of("suffix", "first"), Map.of("data", fixture.data("data.txt")));
            watch(view, done);
            Ui.waitUntil("the runs to end", () -> Ui.describe(view),
                    () -> Ui.text(Ui.runItem(view, done), 1).startsWith("Completed")
                            && Ui.text(Ui.runItem(view, failed), 1).startsWith("Failed")
                            && Ui.text(Ui.runItem(view, cancelled), 1).startsWith("Cancelled"));
            Ui.stepItem(view, failed, "crash");
            Ui.select(view.viewer().getTree(), Ui.stepItem(view, done, "second"));
            view.logAction().run();
            Ui.waitUntil("the console to show the step's log", () -> java.util.Arrays.stream(
                    org.eclipse.ui.console.ConsolePlugin.getDefault().getConsoleManager().getConsoles())
                    .anyMatch(c -> c instanceof org.eclipse.ui.console.TextConsole t && t.getName().contains(done)
                            && t.getDocument().getLength() > 0));
            Ui.page().showView(org.vitruvian.ui.runs.RunsViews.VIEW_ID);
            // Maximized (double-click on its tab), as a user watching runs would.
            Ui.page().setPartState(Ui.page().getReference(view), org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED);
            Ui.stepItem(view, cancelled, "wait");
            Ui.select(view.viewer().getTree(), Ui.stepItem(view, done, "second"));
            long until = System.nanoTime() + 1_500_000_000L;
            Ui.waitUntil("the workbench to settle", () -> System.nanoTime() > until);
            org.eclipse.swt.widgets.Tree tree = view.viewer().getTree();
            int treeTop = tree.toDisplay(0, 0).y;
            int rows = 0;
            for (org.eclipse.swt.widgets.TreeItem item : tree.getItems()) {
                rows += 1 + (item.getExpanded() ? item.getItemCount() : 0);
            }
            // The window down to a little below the last row: the rest of a maximized view is empty.
            int bottom = treeTop + tree.getHeaderHeight() + (rows + 1) * tree.getItemHeight() + 8;
            save(Ui.page().getWorkbenchWindow().getShell(), bottom, Path.of(System.getProperty("screenshot.out", "runs-view.png")));
            Ui.page().setPartState(Ui.page().getReference(view), org.eclipse.ui.IWorkbenchPage.STATE_RESTORED);
            Ui.closeView();
        }
    }

    private static void watch(RunsView view, String runId) {
        Ui.waitUntil("run " + runId + " to appear", () -> Ui.runItem(view, runId) != null);
        Ui.select(view.viewer().getTree(), Ui.runItem(view, runId));
        view.watchAction().run();
    }

    private static void save(Shell shell, int bottom, Path file) {
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
