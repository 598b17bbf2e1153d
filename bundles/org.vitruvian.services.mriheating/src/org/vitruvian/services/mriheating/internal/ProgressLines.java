package org.vitruvian.services.mriheating.internal;

import java.io.PrintStream;
import java.util.Locale;

import org.vitruvian.services.mriheating.ProgressListener;

/**
 * Progress as the lines Vitruvian reads from a step's output, {@code VITRUVIAN-PROGRESS <fraction> <message>},
 * the fraction never going back, and at most one line a second unless the message changes.
 */
public final class ProgressLines implements ProgressListener {

    public static final String PREFIX = "VITRUVIAN-PROGRESS ";
    private final PrintStream out;
    private double reached;
    private String last = "";
    private long lastTime;

    public ProgressLines(PrintStream out) {
        this.out = out;
    }

    @Override
    public synchronized void progress(double fraction, String message) {
        double value = Math.max(reached, Math.max(0, Math.min(1, fraction)));
        String text = message.replace('\n', ' ').replace('\r', ' ');
        long now = System.nanoTime();
        String head = text.split(" ", 2)[0];
        boolean sameKind = head.equals(last.split(" ", 2)[0]);
        if (value < 1 && sameKind && now - lastTime < 1_000_000_000L) {
            return;
        }
        reached = value;
        last = text;
        lastTime = now;
        out.println(PREFIX + String.format(Locale.ROOT, "%.3f", value) + " " + text);
        out.flush();
    }
}
