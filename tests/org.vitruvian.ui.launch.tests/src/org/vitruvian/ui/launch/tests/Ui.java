package org.vitruvian.ui.launch.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;

/** The workbench under test: waiting with a deadline while the UI thread dispatches, and real key events. */
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

    static void waitUntil(String what, Supplier<String> state, BooleanSupplier condition) {
        waitUntil(what, state, condition, DEADLINE);
    }

    /** As above, for what takes longer than a test workflow: a real simulation for a screenshot. */
    static void waitUntil(String what, BooleanSupplier condition, Duration limit) {
        waitUntil(what, () -> "(nothing more)", condition, limit);
    }

    static void waitUntil(String what, Supplier<String> state, BooleanSupplier condition, Duration limit) {
        Display display = display();
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("waited " + limit.toSeconds() + " s for " + what + "; saw: " + state.get());
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

    /** Types {@code text} into {@code field} as key presses and releases, as a user does, and waits until it shows them. */
    static void type(org.eclipse.swt.widgets.Text field, String text) {
        field.setFocus();
        waitUntil("the field to take the focus", field::isFocusControl);
        String before = field.getText();
        Display display = display();
        for (char c : text.toCharArray()) {
            for (int type : new int[] { SWT.KeyDown, SWT.KeyUp }) {
                Event event = new Event();
                event.type = type;
                event.character = c;
                display.post(event);
            }
        }
        waitUntil("the typed text '" + text + "' to show", field::getText, () -> field.getText().equals(before + text));
    }
}
