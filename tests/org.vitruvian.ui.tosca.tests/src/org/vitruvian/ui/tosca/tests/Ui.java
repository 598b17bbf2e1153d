package org.vitruvian.ui.tosca.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;

/**
 * Drives the workbench as a user does (keys posted to the X server with {@link Display#post})
 * and waits by spinning the event loop until a condition holds or a deadline passes, never by
 * sleeping. The same approach as the model editors' tests; SWTBot is not on Maven Central.
 */
final class Ui {

    /** Generous for a loaded 2-core machine; a passing wait returns as soon as its condition holds. */
    static final Duration TIMEOUT = Duration.ofSeconds(30);

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
                display.timerExec(20, () -> {
                });
                display.sleep();
            }
        }
    }

    /** Gives the control's window the keyboard (Xvfb has no window manager to do it) and the control the focus. */
    static void focus(Control control) {
        Shell shell = control.getShell();
        shell.forceActive();
        waitUntil("the window is active", () -> display().getActiveShell() == shell);
        control.setFocus();
        waitUntil("the control has the focus", control::isFocusControl);
    }

    static void flush() {
        Display display = display();
        for (int i = 0; i < 1000 && display.readAndDispatch(); i++) {
            // keep going
        }
    }

    /** Types letters, digits and '.' (no shifted characters but capitals). */
    static void type(String text) {
        for (char c : text.toCharArray()) {
            boolean shift = Character.isUpperCase(c);
            if (shift) {
                post(keyEvent(SWT.KeyDown, SWT.SHIFT, (char) 0));
            }
            post(keyEvent(SWT.KeyDown, 0, c));
            post(keyEvent(SWT.KeyUp, 0, c));
            if (shift) {
                post(keyEvent(SWT.KeyUp, SWT.SHIFT, (char) 0));
            }
        }
        flush();
    }

    /** Presses a key by key code (e.g. {@link SWT#END}, or {@link SWT#BS}, which goes as its character too). */
    static void key(int keyCode) {
        char character = keyCode == SWT.BS ? SWT.BS : (char) 0;
        post(keyEvent(SWT.KeyDown, keyCode, character));
        post(keyEvent(SWT.KeyUp, keyCode, character));
        flush();
    }

    /** Moves the mouse to a point of the control (in its coordinates). */
    static void move(Control control, int x, int y) {
        org.eclipse.swt.graphics.Point at = control.toDisplay(x, y);
        Event move = new Event();
        move.type = SWT.MouseMove;
        move.x = at.x;
        move.y = at.y;
        post(move);
        flush();
    }

    /** Presses Ctrl with a character, e.g. Ctrl+Z or Ctrl+Space. */
    static void ctrl(char letter) {
        post(keyEvent(SWT.KeyDown, SWT.CTRL, (char) 0));
        post(keyEvent(SWT.KeyDown, 0, letter));
        post(keyEvent(SWT.KeyUp, 0, letter));
        post(keyEvent(SWT.KeyUp, SWT.CTRL, (char) 0));
        flush();
    }

    /** Saves the screen as {@code target/screenshots/NAME.png} (or under -Dvitruvian.screenshots) and returns the file. */
    static Path screenshot(String name) {
        flush();
        Display display = display();
        // Paint what is pending (annotations, redrawn canvases) before the screen is read.
        for (Shell shell : display.getShells()) {
            shell.update();
        }
        flush();
        Rectangle bounds = display.getBounds();
        Image image = new Image(display, bounds.width, bounds.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, 0, 0);
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { image.getImageData() };
            Path folder = Path.of(System.getProperty("vitruvian.screenshots", "target/screenshots"));
            Files.createDirectories(folder);
            Path file = folder.resolve(name + ".png");
            loader.save(file.toString(), SWT.IMAGE_PNG);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            gc.dispose();
            image.dispose();
        }
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
