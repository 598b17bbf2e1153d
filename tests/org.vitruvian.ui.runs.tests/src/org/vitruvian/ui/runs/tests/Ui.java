package org.vitruvian.ui.runs.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.vitruvian.ui.runs.RunsViews;
import org.vitruvian.ui.runs.internal.RunNode;
import org.vitruvian.ui.runs.internal.RunsView;

/** Driving the Runs view in the real workbench: waiting with a deadline while the UI thread keeps dispatching. */
final class Ui {

    /** Test workflows take milliseconds per step; this is only there to fail instead of hanging. */
    static final Duration DEADLINE = Duration.ofSeconds(60);

    private Ui() {
    }

    static Display display() {
        return PlatformUI.getWorkbench().getDisplay();
    }

    static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    /** Dispatches UI events until {@code condition} holds, failing with {@code what} (and the state it saw) at the deadline. */
    static void waitUntil(String what, Supplier<String> state, BooleanSupplier condition) {
        Display display = display();
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("waited " + DEADLINE.toSeconds() + " s for " + what + "; saw: " + state.get());
            }
            if (!display.readAndDispatch()) {
                // Wake up at least every 20 ms to look again, even when nothing happens on the display.
                display.timerExec(20, () -> { });
                display.sleep();
            }
        }
    }

    static void waitUntil(String what, BooleanSupplier condition) {
        waitUntil(what, () -> "(nothing more)", condition);
    }

    static RunsView openView() throws PartInitException {
        RunsView view = (RunsView) page().showView(RunsViews.VIEW_ID);
        waitUntil("the Runs view to read the store", view::isLoaded);
        return view;
    }

    static void closeView() {
        var reference = page().findViewReference(RunsViews.VIEW_ID);
        if (reference != null) {
            page().hideView(reference);
        }
        // The next view must find the engine with no listener left, so it watches the next test's store.
        waitUntil("the closed Runs view to stop listening",
                () -> org.eclipse.core.runtime.jobs.Job.getJobManager().find(RunsView.DETACH_FAMILY).length == 0);
    }

    /** The tree row of a run, or null while the tree does not show it. */
    static TreeItem runItem(RunsView view, String runId) {
        for (TreeItem item : view.viewer().getTree().getItems()) {
            if (item.getData() instanceof RunNode node && node.id().equals(runId)) {
                return item;
            }
        }
        return null;
    }

    /** The row of a step of a run, expanding the run's row as a user would; null while not shown. */
    static TreeItem stepItem(RunsView view, String runId, String step) {
        TreeItem run = runItem(view, runId);
        if (run == null) {
            return null;
        }
        RunNode node = (RunNode) run.getData();
        if (!run.getExpanded()) {
            view.viewer().setExpandedState(node, true);
        }
        for (TreeItem item : run.getItems()) {
            if (item.getData() instanceof RunNode.StepNode s && s.name().equals(step)) {
                return item;
            }
        }
        return null;
    }

    static String text(TreeItem item, int column) {
        return item == null || item.isDisposed() ? null : item.getText(column);
    }

    /** Selects a row as a click does: the tree's selection and the Selection event the viewer listens to. */
    static void select(Tree tree, TreeItem item) {
        tree.setFocus();
        tree.setSelection(item);
        Event event = new Event();
        event.item = item;
        tree.notifyListeners(SWT.Selection, event);
    }

    /** Everything the tree shows, for failure messages. */
    static String describe(RunsView view) {
        StringBuilder s = new StringBuilder();
        for (TreeItem run : view.viewer().getTree().getItems()) {
            s.append('\n').append(run.getText(0)).append(" | ").append(run.getText(1));
            for (TreeItem step : run.getItems()) {
                s.append("\n  ").append(step.getText(0)).append(" | ").append(step.getText(1)).append(" | ").append(step.getText(5));
            }
        }
        return s.toString();
    }
}
