package org.vitruvian.ui.editors.tests;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;

/**
 * Drives the real workbench the way a user does: key and mouse events posted to the X server
 * with {@link Display#post(Event)}, and waits that spin the event loop until a condition holds
 * or a deadline passes (never a fixed sleep). SWTBot is not on Maven Central; this is the part
 * of it these tests need.
 */
final class Ui {

    /** Generous for a loaded 2-core machine; a passing wait returns as soon as its condition holds. */
    static final Duration TIMEOUT = Duration.ofSeconds(30);

    private static final String SHIFTED = "~!@#$%^&*()_+{}|:\"<>?";

    private Ui() {
    }

    static Display display() {
        return Display.getCurrent();
    }

    /** Runs the event loop until {@code condition} holds; fails naming {@code what} after {@link #TIMEOUT}. */
    static void waitUntil(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        Display display = display();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                screenshot("timeout-" + what.replaceAll("[^A-Za-z0-9]+", "-"));
                throw new AssertionError("Timed out after " + TIMEOUT.toSeconds() + " s waiting until " + what);
            }
            if (!display.readAndDispatch()) {
                // Wake up at least every 20 ms to look at the condition again.
                display.timerExec(20, () -> {
                });
                display.sleep();
            }
        }
    }

    /** Waits until {@code supplier} gives a non-null value and returns it. */
    static <T> T waitFor(String what, Supplier<T> supplier) {
        List<T> found = new ArrayList<>(1);
        waitUntil(what, () -> {
            T value = supplier.get();
            if (value != null) {
                found.add(value);
                return true;
            }
            return false;
        });
        return found.get(0);
    }

    /**
     * Makes the control's window the one the X server sends keys to, and gives the control the
     * focus. Without a window manager (Xvfb) a window does not get the keyboard by being shown.
     */
    static void focus(Control control) {
        Shell shell = control.getShell();
        shell.forceActive();
        waitUntil("the window is active", () -> display().getActiveShell() == shell);
        control.setFocus();
        waitUntil("the control has the focus", control::isFocusControl);
    }

    /** Lets the display handle everything queued so far (posted events included). */
    static void flush() {
        Display display = display();
        for (int i = 0; i < 1000 && display.readAndDispatch(); i++) {
            // keep going
        }
    }

    static void type(String text) {
        for (char c : text.toCharArray()) {
            if (c == '\n') {
                key(SWT.CR, 0);
            } else if (c == '\t') {
                key(SWT.TAB, 0);
            } else {
                boolean shift = Character.isUpperCase(c) || SHIFTED.indexOf(c) >= 0;
                if (shift) {
                    post(keyEvent(SWT.KeyDown, SWT.SHIFT, (char) 0));
                }
                post(keyEvent(SWT.KeyDown, 0, c));
                post(keyEvent(SWT.KeyUp, 0, c));
                if (shift) {
                    post(keyEvent(SWT.KeyUp, SWT.SHIFT, (char) 0));
                }
            }
        }
        flush();
    }

    /** Presses a key (an SWT key code such as {@link SWT#END}, or a character) with modifiers (SWT.CTRL, SWT.SHIFT). */
    static void key(int keyCode, int modifiers) {
        for (int modifier : new int[] { SWT.CTRL, SWT.SHIFT, SWT.ALT }) {
            if ((modifiers & modifier) != 0) {
                post(keyEvent(SWT.KeyDown, modifier, (char) 0));
            }
        }
        // Arrows, Home, End and the control keys (Enter, Tab, Esc, Backspace, Delete) go by key code,
        // which GTK's post maps to their keysyms; letters go by character.
        boolean control = keyCode == SWT.CR || keyCode == SWT.TAB || keyCode == SWT.ESC || keyCode == SWT.BS || keyCode == SWT.DEL;
        Event down = (keyCode & SWT.KEYCODE_BIT) != 0 || control ? keyEvent(SWT.KeyDown, keyCode, control ? (char) keyCode : (char) 0)
                : keyEvent(SWT.KeyDown, 0, (char) keyCode);
        post(down);
        Event up = keyEvent(SWT.KeyUp, down.keyCode, down.character);
        post(up);
        for (int modifier : new int[] { SWT.ALT, SWT.SHIFT, SWT.CTRL }) {
            if ((modifiers & modifier) != 0) {
                post(keyEvent(SWT.KeyUp, modifier, (char) 0));
            }
        }
        flush();
    }

    /** A left click in the middle of {@code bounds}, given in {@code control}'s coordinates. */
    static void click(Control control, Rectangle bounds) {
        Point at = control.toDisplay(bounds.x + bounds.width / 2, bounds.y + bounds.height / 2);
        Event move = new Event();
        move.type = SWT.MouseMove;
        move.x = at.x;
        move.y = at.y;
        post(move);
        Event down = new Event();
        down.type = SWT.MouseDown;
        down.button = 1;
        post(down);
        Event up = new Event();
        up.type = SWT.MouseUp;
        up.button = 1;
        post(up);
        flush();
    }

    static void click(Control control) {
        Rectangle size = control.getBounds();
        click(control, new Rectangle(0, 0, size.width, size.height));
    }

    /** Moves the pointer to a display point and waits until the X server has it there. */
    static void moveTo(Point at) {
        Event move = new Event();
        move.type = SWT.MouseMove;
        move.x = at.x;
        move.y = at.y;
        post(move);
        waitUntil("the pointer to reach " + at, () -> display().getCursorLocation().equals(at));
        flush();
    }

    /** Presses the left button where the pointer is, moves to {@code to} in steps, releases: a drag as a hand makes it. */
    static void drag(Point from, Point to) {
        moveTo(from);
        button(SWT.MouseDown);
        int steps = 8;
        for (int i = 1; i <= steps; i++) {
            moveTo(new Point(from.x + (to.x - from.x) * i / steps, from.y + (to.y - from.y) * i / steps));
        }
        button(SWT.MouseUp);
    }

    private static void button(int type) {
        Event event = new Event();
        event.type = type;
        event.button = 1;
        // SWT on GTK delivers a posted button event at the event's x and y, not at the pointer.
        Point at = display().getCursorLocation();
        event.x = at.x;
        event.y = at.y;
        post(event);
        flush();
    }

    /** The first control under {@code root} (itself included) that matches. */
    @SuppressWarnings("unchecked")
    static <T extends Control> T find(Control root, Class<T> type, Predicate<T> matches) {
        if (type.isInstance(root) && !root.isDisposed() && matches.test((T) root)) {
            return (T) root;
        }
        if (root instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                T found = find(child, type, matches);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /**
     * Saves what the screen shows as {@code target/screenshots/NAME.png}, so a reviewer sees
     * what each test saw (the virtual display has no one looking at it).
     */
    static void screenshot(String name) {
        flush();
        Display display = display();
        Rectangle bounds = display.getBounds();
        Image image = new Image(display, bounds.width, bounds.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, 0, 0);
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { image.getImageData() };
            java.nio.file.Path folder = java.nio.file.Path.of(System.getProperty("vitruvian.screenshots", "target/screenshots"));
            java.nio.file.Files.createDirectories(folder);
            loader.save(folder.resolve(name + ".png").toString(), SWT.IMAGE_PNG);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    static Shell activeShell() {
        return display().getActiveShell();
    }

    private static Event keyEvent(int type, int keyCode, char character) {
        Event event = new Event();
        event.type = type;
        event.keyCode = keyCode;
        event.character = character;
        return event;
    }

    private static void post(Event event) {
        if (!display().post(event)) {
            throw new AssertionError("The display refused a posted event (" + event + "); is the X server's XTEST extension there?");
        }
    }
}
