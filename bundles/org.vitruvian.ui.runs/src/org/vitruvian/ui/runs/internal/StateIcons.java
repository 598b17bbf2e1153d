package org.vitruvian.ui.runs.internal;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;
import org.vitruvian.execution.RunState;
import org.vitruvian.execution.StepState;

/**
 * The state icons of the Runs view, drawn here with SWT's GC (a coloured disc with a white
 * glyph, in the colours users know from CI and Eclipse's JUnit view): green done, red failed,
 * blue under way, grey waiting or cancelled, amber not answering. The disc is drawn twice, once
 * in colour and once white on black, and the second drawing becomes the alpha channel, so the
 * antialiased edge blends into any background. Owned by one view; disposed with it.
 */
final class StateIcons {

    private static final int SIZE = 16;

    private static final RGB GREEN = new RGB(46, 158, 68);
    private static final RGB RED = new RGB(208, 48, 48);
    private static final RGB BLUE = new RGB(45, 115, 200);
    private static final RGB GREY = new RGB(140, 140, 140);
    private static final RGB AMBER = new RGB(220, 150, 20);

    private enum Glyph { CHECK, CROSS, PLAY, DOTS, HOLLOW, STOP, QUESTION, UP }

    private final Map<StepState, Image> steps = new EnumMap<>(StepState.class);
    private final Map<RunState, Image> runs = new EnumMap<>(RunState.class);

    StateIcons(Display display) {
        for (StepState state : StepState.values()) {
            steps.put(state, switch (state) {
                case CREATED -> draw(display, GREY, Glyph.HOLLOW);
                case SUBMITTING, STAGING, SUBMITTED, QUEUED -> draw(display, BLUE, Glyph.DOTS);
                case RUNNING -> draw(display, BLUE, Glyph.PLAY);
                case COMPLETING -> draw(display, BLUE, Glyph.UP);
                case UNKNOWN -> draw(display, AMBER, Glyph.QUESTION);
                case COMPLETED -> draw(display, GREEN, Glyph.CHECK);
                case FAILED -> draw(display, RED, Glyph.CROSS);
                case CANCELLED -> draw(display, GREY, Glyph.STOP);
            });
        }
        runs.put(RunState.RUNNING, steps.get(StepState.RUNNING));
        runs.put(RunState.COMPLETED, steps.get(StepState.COMPLETED));
        runs.put(RunState.FAILED, steps.get(StepState.FAILED));
        runs.put(RunState.CANCELLED, steps.get(StepState.CANCELLED));
        runs.put(RunState.REFUSED, draw(display, RED, Glyph.STOP));
    }

    Image of(StepState state) {
        return steps.get(state);
    }

    Image of(RunState state) {
        return runs.get(state);
    }

    void dispose() {
        steps.values().forEach(Image::dispose);
        runs.get(RunState.REFUSED).dispose();
    }

    private static Image draw(Display display, RGB colour, Glyph glyph) {
        ImageData pixels = paint(display, gc -> {
            Color fill = new Color(colour);
            gc.setBackground(fill);
            gc.fillRectangle(0, 0, SIZE, SIZE);
            if (glyph == Glyph.HOLLOW) {
                // Waiting: a ring, its inside the same colour; the mask makes the hole.
                return;
            }
            gc.setForeground(display.getSystemColor(SWT.COLOR_WHITE));
            gc.setBackground(display.getSystemColor(SWT.COLOR_WHITE));
            gc.setLineWidth(2);
            gc.setLineCap(SWT.CAP_ROUND);
            gc.setLineJoin(SWT.JOIN_ROUND);
            switch (glyph) {
                case CHECK -> gc.drawPolyline(new int[] { 4, 8, 7, 11, 12, 5 });
                case CROSS -> {
                    gc.drawLine(5, 5, 11, 11);
                    gc.drawLine(11, 5, 5, 11);
                }
                case PLAY -> gc.fillPolygon(new int[] { 6, 4, 12, 8, 6, 12 });
                case DOTS -> {
                    gc.fillOval(3, 7, 3, 3);
                    gc.fillOval(7, 7, 3, 3);
                    gc.fillOval(11, 7, 3, 3);
                }
                case STOP -> gc.fillRectangle(5, 5, 7, 7);
                case UP -> {
                    gc.drawLine(8, 12, 8, 5);
                    gc.drawPolyline(new int[] { 5, 8, 8, 5, 11, 8 });
                }
                case QUESTION -> {
                    gc.drawArc(5, 3, 6, 5, 0, 180);
                    gc.drawPolyline(new int[] { 11, 6, 8, 9, 8, 10 });
                    gc.fillOval(7, 12, 2, 2);
                }
                default -> {
                }
            }
        });
        ImageData mask = paint(display, gc -> {
            gc.setBackground(display.getSystemColor(SWT.COLOR_BLACK));
            gc.fillRectangle(0, 0, SIZE, SIZE);
            gc.setBackground(display.getSystemColor(SWT.COLOR_WHITE));
            gc.fillOval(0, 0, SIZE - 1, SIZE - 1);
            if (glyph == Glyph.HOLLOW) {
                gc.setBackground(display.getSystemColor(SWT.COLOR_BLACK));
                gc.fillOval(3, 3, SIZE - 7, SIZE - 7);
            }
        });
        ImageData result = new ImageData(SIZE, SIZE, 24, new org.eclipse.swt.graphics.PaletteData(0xFF0000, 0xFF00, 0xFF));
        for (int y = 0; y < SIZE; y++) {
            for (int x = 0; x < SIZE; x++) {
                RGB rgb = pixels.palette.getRGB(pixels.getPixel(x, y));
                result.setPixel(x, y, result.palette.getPixel(rgb));
                result.setAlpha(x, y, mask.palette.getRGB(mask.getPixel(x, y)).red);
            }
        }
        return new Image(display, result);
    }

    private static ImageData paint(Display display, Consumer<GC> painter) {
        Image image = new Image(display, SIZE, SIZE);
        GC gc = new GC(image);
        try {
            gc.setAntialias(SWT.ON);
            painter.accept(gc);
        } finally {
            gc.dispose();
        }
        ImageData data = image.getImageData();
        image.dispose();
        return data;
    }
}
