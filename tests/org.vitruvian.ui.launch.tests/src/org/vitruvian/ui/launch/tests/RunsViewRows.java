package org.vitruvian.ui.launch.tests;

import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.IAction;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IViewPart;

/**
 * The Runs view as a user sees it, through its widgets and toolbar only (its implementation is
 * the runs bundle's own): the tree's rows by their text, selection by a Selection event, and the
 * toolbar's actions by their labels.
 */
final class RunsViewRows {

    private RunsViewRows() {
    }

    /** The view's tree: the control of the viewer the view offers as its selection provider. */
    static Tree tree(IViewPart view) {
        if (view.getSite().getSelectionProvider() instanceof org.eclipse.jface.viewers.Viewer viewer
                && viewer.getControl() instanceof Tree tree) {
            return tree;
        }
        throw new IllegalStateException("the Runs view offers no tree viewer");
    }

    /** The row of a run (its text names the run's id), or null while the view does not show it. */
    static TreeItem run(Tree tree, String runId) {
        for (TreeItem item : tree.getItems()) {
            if (item.getText(0).contains(runId)) {
                return item;
            }
        }
        return null;
    }

    /** The row of a step of a run ("solve  (bone.solve 1.2.0)"), expanding the run's row; null while not shown. */
    static TreeItem step(Tree tree, String runId, String step) {
        TreeItem run = run(tree, runId);
        if (run == null) {
            return null;
        }
        if (!run.getExpanded()) {
            run.setExpanded(true);
            Event event = new Event();
            event.item = run;
            tree.notifyListeners(SWT.Expand, event);
        }
        for (TreeItem item : run.getItems()) {
            if (item.getText(0).equals(step) || item.getText(0).startsWith(step + " ")) {
                return item;
            }
        }
        return null;
    }

    static String state(TreeItem item) {
        return item == null || item.isDisposed() ? null : item.getText(1);
    }

    /** Selects a row as a click does: the tree's selection and the Selection event the viewer listens to. */
    static void select(Tree tree, TreeItem item) {
        tree.setFocus();
        tree.setSelection(item);
        Event event = new Event();
        event.item = item;
        tree.notifyListeners(SWT.Selection, event);
    }

    /** The view's toolbar action with this label (as its tooltip or text shows it, without the mnemonic). */
    static IAction action(IViewPart view, String label) {
        for (IContributionItem item : view.getViewSite().getActionBars().getToolBarManager().getItems()) {
            if (item instanceof ActionContributionItem a && a.getAction().getText() != null
                    && a.getAction().getText().replace("&", "").equals(label)) {
                return a.getAction();
            }
        }
        throw new IllegalStateException("the Runs view's toolbar has no '" + label + "'");
    }

    static String describe(Tree tree) {
        StringBuilder s = new StringBuilder();
        for (TreeItem run : tree.getItems()) {
            s.append('\n').append(run.getText(0)).append(" | ").append(run.getText(1));
        }
        return s.toString();
    }
}
