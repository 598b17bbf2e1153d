package org.vitruvian.ui.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;

/**
 * Real input for the UI tests: mouse and keys go through {@link Display#post}, as the window
 * system would deliver them, and every wait spins the event loop until a condition holds or a
 * deadline passes (no sleeps).
 */
final class Ui {

    static final Duration DEADLINE = Duration.ofSeconds(20);

    /** The last mouse events SWT dispatched, for the failure message of a wait. */
    private static final java.util.Deque<String> TRACE = new java.util.ArrayDeque<>();
    private static boolean tracing;
    /** Mouse events dispatched so far, by type: a posted event is handled once its count goes up. */
    private static final java.util.Map<Integer, Integer> DISPATCHED = new java.util.HashMap<>();

    private static int dispatched(int type) {
        return DISPATCHED.getOrDefault(type, 0);
    }

    static String lastEvents() {
        return TRACE.toString();
    }

    private static void trace() {
        if (!tracing) {
            tracing = true;
            for (int type : new int[] {SWT.MouseDown, SWT.MouseMove, SWT.MouseUp, SWT.MouseEnter}) {
                display().addFilter(type, e -> {
                    DISPATCHED.merge(e.type, 1, Integer::sum);
                    TRACE.addLast((e.type == SWT.MouseDown ? "down" : e.type == SWT.MouseUp ? "up" : e.type == SWT.MouseEnter ? "enter" : "move") + " "
                            + e.widget.getClass().getSimpleName() + " " + e.x + "," + e.y);
                    if (TRACE.size() > 30) {
                        TRACE.removeFirst();
                    }
                });
            }
        }
    }

    private Ui() {
    }

    static Display display() {
        return Display.getDefault();
    }

    /** Runs the event loop until {@code condition} holds; fails naming {@code what} after the deadline. */
    static void waitUntil(String what, BooleanSupplier condition) {
        long end = System.nanoTime() + DEADLINE.toNanos();
        Display display = display();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                fail("Waited " + DEADLINE.toSeconds() + " s for " + what + "; the last mouse events: " + TRACE);
            }
            if (!display.readAndDispatch()) {
                // Wake up at least every 20 ms so that a condition that no event changes is polled.
                display.timerExec(20, () -> {
                });
                display.sleep();
            }
        }
    }

    /** Runs the event loop until the queue is empty, so posted input has been handled. */
    static void settle() {
        Display display = display();
        for (int idle = 0; idle < 3;) {
            idle = display.readAndDispatch() ? 0 : idle + 1;
        }
    }

    static void post(Event event) {
        trace();
        assertTrue(display().post(event), "Display.post refused " + event);
    }

    static void moveTo(Point at) {
        trace();
        if (display().getCursorLocation().equals(at)) {
            return;
        }
        int before = dispatched(SWT.MouseMove) + dispatched(SWT.MouseEnter);
        Event event = new Event();
        event.type = SWT.MouseMove;
        event.x = at.x;
        event.y = at.y;
        post(event);
        settle();
        // The pointer is where it was sent only once the X server has moved it.
        waitUntil("the pointer to reach " + at, () -> display().getCursorLocation().equals(at));
        // The pointer moves at once; the motion reaches the widgets a little later, as a move or,
        // onto another control, as an enter.
        waitUntil("the move to " + at + " to be dispatched", () -> dispatched(SWT.MouseMove) + dispatched(SWT.MouseEnter) > before);
    }

    static void button(int type) {
        trace();
        int before = dispatched(type);
        Event event = new Event();
        event.type = type;
        event.button = 1;
        // SWT on GTK delivers a posted button event at the event's x and y, not at the pointer.
        Point at = display().getCursorLocation();
        event.x = at.x;
        event.y = at.y;
        post(event);
        waitUntil("the button " + (type == SWT.MouseDown ? "press" : "release") + " to be dispatched", () -> dispatched(type) > before);
        settle();
    }

    static void click(Point at) {
        moveTo(at);
        button(SWT.MouseDown);
        button(SWT.MouseUp);
    }

    /** Presses at {@code from}, moves to {@code to} in steps, and leaves the button down: the caller releases it. */
    static void press(Point from, Point to) {
        moveTo(from);
        button(SWT.MouseDown);
        int steps = 8;
        for (int i = 1; i <= steps; i++) {
            moveTo(new Point(from.x + (to.x - from.x) * i / steps, from.y + (to.y - from.y) * i / steps));
        }
    }

    static void release() {
        button(SWT.MouseUp);
    }

    static void drag(Point from, Point to) {
        press(from, to);
        release();
    }

    static void key(int keyCode, char character, int modifier) {
        if (modifier != 0) {
            keyEvent(SWT.KeyDown, modifier, '\0');
        }
        keyEvent(SWT.KeyDown, keyCode, character);
        keyEvent(SWT.KeyUp, keyCode, character);
        if (modifier != 0) {
            keyEvent(SWT.KeyUp, modifier, '\0');
        }
        settle();
    }

    private static void keyEvent(int type, int keyCode, char character) {
        Event event = new Event();
        event.type = type;
        event.keyCode = keyCode;
        event.character = character;
        post(event);
    }
}
