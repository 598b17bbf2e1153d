package org.vitruvian.core.progress;

/**
 * Maps a child's own scale onto a share of the parent's units, so that nested work can be
 * reported without the callee knowing how much of the whole it is.
 */
final class SubProgress implements ProgressReporter {

    private final ProgressReporter parent;
    private final int parentUnits;
    private int childTotal = -1;
    private long childDone;
    private int reportedToParent;

    SubProgress(ProgressReporter parent, int parentUnits) {
        this.parent = parent;
        this.parentUnits = Math.max(0, parentUnits);
    }

    @Override
    public synchronized void begin(String task, int totalWork) {
        childTotal = totalWork;
        childDone = 0;
        parent.message(task);
    }

    @Override
    public synchronized void worked(int units) {
        if (childTotal <= 0) {
            return;
        }
        childDone = Math.min(childTotal, childDone + units);
        int due = (int) (parentUnits * childDone / childTotal);
        if (due > reportedToParent) {
            parent.worked(due - reportedToParent);
            reportedToParent = due;
        }
    }

    @Override
    public void message(String text) {
        parent.message(text);
    }

    @Override
    public synchronized void done() {
        if (parentUnits > reportedToParent) {
            parent.worked(parentUnits - reportedToParent);
            reportedToParent = parentUnits;
        }
    }

    @Override
    public boolean isCancelled() {
        return parent.isCancelled();
    }
}
