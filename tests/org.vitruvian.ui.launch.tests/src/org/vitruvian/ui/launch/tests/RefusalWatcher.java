package org.vitruvian.ui.launch.tests;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.vitruvian.ui.launch.internal.RefusedDialog;

/**
 * Notes every "Run refused" dialog that opens and closes it with Escape, as a user would. The
 * dialog is modal: it runs its own event loop inside whatever the test was dispatching, so only
 * a timer (which that loop runs too) can reach it.
 */
final class RefusalWatcher implements AutoCloseable {

    /** What a dialog showed. */
    record Seen(String title, String reasons) {
    }

    private final Display display;
    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    private final Runnable check = this::check;
    private Shell closing;
    private boolean stopped;

    RefusalWatcher(Display display) {
        this.display = display;
        display.timerExec(50, check);
    }

    private void check() {
        if (stopped) {
            return;
        }
        for (Shell shell : display.getShells()) {
            if (!shell.isDisposed() && shell.isVisible() && shell != closing && shell.getText().startsWith(RefusedDialog.TITLE)
                    && shell.getData() instanceof RefusedDialog dialog) {
                seen.add(new Seen(shell.getText(), dialog.reasons()));
                closing = shell;
                shell.forceActive();
                for (int type : new int[] { SWT.KeyDown, SWT.KeyUp }) {
                    Event escape = new Event();
                    escape.type = type;
                    escape.keyCode = SWT.ESC;
                    display.post(escape);
                }
            }
        }
        display.timerExec(50, check);
    }

    List<Seen> seen() {
        return List.copyOf(seen);
    }

    /** Whether no refusal dialog is open. */
    boolean noneOpen() {
        for (Shell shell : display.getShells()) {
            if (!shell.isDisposed() && shell.isVisible() && shell.getText().startsWith(RefusedDialog.TITLE)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() {
        stopped = true;
    }
}
