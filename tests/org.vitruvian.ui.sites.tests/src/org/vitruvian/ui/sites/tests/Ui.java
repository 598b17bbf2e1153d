package org.vitruvian.ui.sites.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;

/**
 * Driving the workbench with real events: waiting with a deadline while the UI thread keeps
 * dispatching, and answering dialogs. A dialog opened from a job runs its own event loop inside
 * the test's, so it is answered from a display timer that looks for it, not from the test's code.
 */
final class Ui {

    /** A login over loopback takes well under a second; this is only there to fail instead of hanging. */
    static final Duration DEADLINE = Duration.ofSeconds(60);

    private Ui() {
    }

    static Display display() {
        return PlatformUI.getWorkbench().getDisplay();
    }

    static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    static void waitUntil(String what, Supplier<String> state, BooleanSupplier condition) {
        Display display = display();
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("waited " + DEADLINE.toSeconds() + " s for " + what + "; saw: " + state.get());
            }
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> { });
                display.sleep();
            }
        }
    }

    static void waitUntil(String what, BooleanSupplier condition) {
        waitUntil(what, () -> "(nothing more)", condition);
    }

    /** Every dialog title seen while it runs, checked every 20 ms. */
    static final class ShellWatcher {
        final Set<String> titles = new LinkedHashSet<>();
        private boolean stopped;

        ShellWatcher() {
            tick();
        }

        private void tick() {
            if (stopped) {
                return;
            }
            for (Shell shell : display().getShells()) {
                if (!shell.isDisposed() && shell.isVisible()) {
                    titles.add(shell.getText());
                }
            }
            display().timerExec(20, this::tick);
        }

        void stop() {
            stopped = true;
        }
    }

    /**
     * Once a dialog titled {@code title} is shown, made the active window and laid out, runs
     * {@code answer} on it, once. A dialog still open at the deadline is closed and the failure
     * recorded, so a click that missed fails the test instead of leaving it in the dialog's loop.
     */
    static final class Answer {
        private final String title;
        private final Consumer<Shell> answer;
        private final long deadline = System.nanoTime() + DEADLINE.toNanos();
        private Shell shell;
        volatile boolean done;
        String seen;
        String failure;

        Answer(String title, Consumer<Shell> answer) {
            this.title = title;
            this.answer = answer;
            display().timerExec(20, this::look);
        }

        private void look() {
            if (shell != null && shell.isDisposed()) {
                done = true;
                return;
            }
            if (System.nanoTime() > deadline) {
                failure = "the dialog '" + title + "' " + (shell == null ? "never showed" : "was not answered: " + describe(shell));
                if (shell != null) {
                    shell.close();
                }
                done = true;
                return;
            }
            if (shell == null) {
                for (Shell candidate : display().getShells()) {
                    if (!candidate.isDisposed() && candidate.isVisible() && title.equals(candidate.getText())) {
                        shell = candidate;
                        // Without a window manager a window does not get the pointer and keys by being shown.
                        shell.forceActive();
                    }
                }
            } else if (seen == null && display().getActiveShell() == shell && button(shell, null) != null
                    && button(shell, null).getSize().x > 0) {
                seen = describe(shell);
                answer.accept(shell);
            }
            display().timerExec(20, this::look);
        }

        /** Fails the test when the dialog did not show or was not answered in time. */
        void check() {
            if (failure != null) {
                fail(failure);
            }
        }
    }

    /** Clicks the dialog button labelled {@code label} (mnemonics ignored) with the mouse. */
    static void clickButton(Shell shell, String label) {
        Button button = button(shell, label);
        if (button == null) {
            fail("no button '" + label + "' in '" + shell.getText() + "': " + describe(shell));
        }
        shell.forceActive();
        Rectangle bounds = button.getBounds();
        click(button.getParent().toDisplay(bounds.x + bounds.width / 2, bounds.y + bounds.height / 2), 1);
    }

    /** Presses and releases the left button at a point of the screen, {@code times} times in a row. */
    static void click(Point at, int times) {
        Display display = display();
        Event move = new Event();
        move.type = SWT.MouseMove;
        move.x = at.x;
        move.y = at.y;
        display.post(move);
        for (int i = 0; i < times; i++) {
            // SWT on GTK delivers a posted button event at the event's x and y, not at the pointer.
            Event down = new Event();
            down.type = SWT.MouseDown;
            down.button = 1;
            down.x = at.x;
            down.y = at.y;
            display.post(down);
            Event up = new Event();
            up.type = SWT.MouseUp;
            up.button = 1;
            up.x = at.x;
            up.y = at.y;
            display.post(up);
        }
    }

    /** Presses and releases a key (Enter, Tab, Esc: by key code and character) where the keyboard focus is. */
    static void key(int keyCode) {
        Display display = display();
        Event down = new Event();
        down.type = SWT.KeyDown;
        down.keyCode = keyCode;
        down.character = (char) keyCode;
        display.post(down);
        Event up = new Event();
        up.type = SWT.KeyUp;
        up.keyCode = keyCode;
        up.character = (char) keyCode;
        display.post(up);
    }

    /** Types plain text (letters and digits) where the keyboard focus is. */
    static void type(String text) {
        Display display = display();
        for (char c : text.toCharArray()) {
            Event down = new Event();
            down.type = SWT.KeyDown;
            down.character = c;
            display.post(down);
            Event up = new Event();
            up.type = SWT.KeyUp;
            up.character = c;
            display.post(up);
        }
    }

    /** Clicks the middle of a control (a check box) with the mouse. */
    static void clickControl(Control control) {
        Rectangle bounds = control.getBounds();
        click(control.getParent().toDisplay(bounds.x + bounds.width / 2, bounds.y + bounds.height / 2), 1);
    }

    /** The first control of this type under {@code parent}. */
    static <T extends Control> T find(Composite parent, Class<T> type) {
        for (Control child : parent.getChildren()) {
            if (type.isInstance(child)) {
                return type.cast(child);
            }
            if (child instanceof Composite composite) {
                T found = find(composite, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** The button with this label, or any button when {@code label} is null. */
    static Button button(Composite parent, String label) {
        for (Control child : parent.getChildren()) {
            if (child instanceof Button button && (button.getStyle() & SWT.PUSH) != 0
                    && (label == null || button.getText().replace("&", "").equals(label.replace("&", "")))) {
                return button;
            }
            if (child instanceof Composite composite) {
                Button found = button(composite, label);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** The push buttons' labels, in order. */
    static List<String> buttons(Composite parent) {
        List<String> labels = new ArrayList<>();
        for (Control child : parent.getChildren()) {
            if (child instanceof Button button && (button.getStyle() & SWT.PUSH) != 0) {
                labels.add(button.getText().replace("&", ""));
            } else if (child instanceof Composite composite) {
                labels.addAll(buttons(composite));
            }
        }
        return labels;
    }

    /** Every text the dialog shows (labels and read-only fields), for assertions and failure messages. */
    static String describe(Composite parent) {
        StringBuilder s = new StringBuilder();
        for (Control child : parent.getChildren()) {
            if (child instanceof Text text) {
                s.append(text.getText()).append('\n');
            } else if (child instanceof org.eclipse.swt.widgets.Label label) {
                s.append(label.getText()).append('\n');
            } else if (child instanceof Button button) {
                s.append('[').append(button.getText().replace("&", "")).append("]\n");
            }
            if (child instanceof Composite composite) {
                s.append(describe(composite));
            }
        }
        return s.toString();
    }
}
