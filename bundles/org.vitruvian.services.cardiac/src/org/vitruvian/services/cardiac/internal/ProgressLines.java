package org.vitruvian.services.cardiac.internal;

import java.io.PrintStream;
import java.util.Locale;

import org.vitruvian.services.cardiac.ProgressListener;

/**
 * Progress as the lines Vitruvian's execution bridge reads from a step's output:
 * {@code VITRUVIAN-PROGRESS <fraction> <message>}, the fraction from 0 to 1 and never going back.
 */
public final class ProgressLines implements ProgressListener {

    public static final String PREFIX = "VITRUVIAN-PROGRESS ";

    private final PrintStream out;
    private double reached = -1;
    private String lastMessage = "";
    private long lastTime;

    public ProgressLines(PrintStream out) {
        this.out = out;
    }

    /**
     * Prints a line unless it would repeat the last message within a few percent and a second:
     * loops report every slice, and a log of thousands of lines helps nobody.
     */
    @Override
    public synchronized void progress(double fraction, String message) {
        double value = Math.max(reached, Math.max(0, Math.min(1, fraction)));
        String oneLine = message.replace('\n', ' ').replace('\r', ' ');
        long now = System.nanoTime();
        boolean repeat = oneLine.equals(lastMessage) && value - reached < 0.05 && now - lastTime < 1_000_000_000L;
        if (repeat && value < 1) {
            return;
        }
        reached = value;
        lastMessage = oneLine;
        lastTime = now;
        out.println(PREFIX + String.format(Locale.ROOT, "%.3f", reached) + " " + oneLine);
        out.flush();
    }
}
