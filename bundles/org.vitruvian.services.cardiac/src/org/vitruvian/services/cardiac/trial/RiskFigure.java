package org.vitruvian.services.cardiac.trial;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.vitruvian.services.cardiac.model.Trace;
import org.vitruvian.services.support.BitmapFont;
import org.vitruvian.services.support.AtomicFiles;

/**
 * The drug trial's figure, drawn pixel by pixel (no fonts needed on compute nodes): left, every
 * model's APD90 at each concentration (grey: normal, red: repolarisation abnormality, drawn at the
 * top) with the share of abnormal models above; right, the action potentials of a few models
 * without the drug (grey) and at the highest concentration (red).
 */
public final class RiskFigure {

    private static final int WIDTH = 1200;
    private static final int HEIGHT = 560;
    private static final int WHITE = 0xFFFFFF;
    private static final int BLACK = 0x202020;
    private static final int GREY = 0x8090A0;
    private static final int LIGHT = 0xE0E4E8;
    private static final int RED = 0xD03020;

    /** What to draw: per concentration the APD90s and abnormality flags, and traces to compare. */
    public record Data(String compound, double[] concentrations, double[][] apd90, boolean[][] abnormal,
            double[] abnormalShare, List<Trace> controlTraces, List<Trace> drugTraces, double drugConcentration) {
    }

    private RiskFigure() {
    }

    public static void write(Data data, Path file) throws IOException {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        rect(image, 0, 0, WIDTH, HEIGHT, WHITE);
        BitmapFont.draw(image, "IN-SILICO DRUG TRIAL: " + data.compound(), 20, 14, 3, BLACK);
        apdPanel(image, data, 70, 70, 560, 420);
        tracePanel(image, data, 720, 70, 450, 420);
        AtomicFiles.write(file, out -> {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("no PNG writer in this Java runtime");
            }
        });
    }

    private static void apdPanel(BufferedImage image, Data data, int x0, int y0, int w, int h) {
        int n = data.concentrations().length;
        double max = 100;
        for (double[] row : data.apd90()) {
            for (double v : row) {
                if (Double.isFinite(v)) {
                    max = Math.max(max, v);
                }
            }
        }
        max = Math.ceil(max * 1.1 / 100) * 100;
        frame(image, x0, y0, w, h);
        BitmapFont.draw(image, "APD90 MS, ABNORMAL AT TOP", x0, y0 - 24, 2, BLACK);
        for (int tick = 0; tick <= max; tick += (max > 1000 ? 500 : 100)) {
            int y = y0 + h - (int) Math.round(tick / max * (h - 40));
            hline(image, x0 + 1, x0 + w - 1, y, LIGHT);
            String label = Integer.toString(tick);
            BitmapFont.draw(image, label, x0 - 8 - BitmapFont.width(label, 1) * 2, y - 7, 2, BLACK);
        }
        for (int c = 0; c < n; c++) {
            int cx = x0 + (int) ((c + 0.5) * w / n);
            double[] values = data.apd90()[c];
            for (int m = 0; m < values.length; m++) {
                // A deterministic jitter spreads the models sideways so that overlapping dots stay visible.
                int dx = (int) (((m * 0.618034) % 1.0 - 0.5) * Math.min(60, w / n * 0.7));
                if (data.abnormal()[c][m] || !Double.isFinite(values[m])) {
                    rect(image, cx + dx - 2, y0 + 8, 5, 5, RED);
                } else {
                    int y = y0 + h - (int) Math.round(values[m] / max * (h - 40));
                    rect(image, cx + dx - 2, y - 2, 5, 5, GREY);
                }
            }
            String share = String.format(Locale.ROOT, "%.0f%%", 100 * data.abnormalShare()[c]);
            BitmapFont.draw(image, share, cx - BitmapFont.width(share, 2) / 2, y0 + 20, 2,
                    data.abnormalShare()[c] > 0 ? RED : GREY);
            String label = concentration(data.concentrations()[c]);
            BitmapFont.draw(image, label, cx - BitmapFont.width(label, 2) / 2, y0 + h + 10, 2, BLACK);
        }
        BitmapFont.draw(image, "CONCENTRATION UM", x0 + w / 2 - BitmapFont.width("CONCENTRATION UM", 2) / 2,
                y0 + h + 34, 2, BLACK);
    }

    private static void tracePanel(BufferedImage image, Data data, int x0, int y0, int w, int h) {
        frame(image, x0, y0, w, h);
        BitmapFont.draw(image, "V MV: CONTROL GREY, " + concentration(data.drugConcentration()) + " UM RED", x0, y0 - 24,
                2, BLACK);
        double tMax = 1000;
        for (Trace trace : data.controlTraces()) {
            tMax = Math.max(tMax, trace.time(trace.size() - 1));
        }
        double vMin = -100;
        double vMax = 60;
        for (int v = -80; v <= 40; v += 40) {
            int y = y0 + h - (int) Math.round((v - vMin) / (vMax - vMin) * h);
            hline(image, x0 + 1, x0 + w - 1, y, LIGHT);
            BitmapFont.draw(image, Integer.toString(v), x0 - 10 - BitmapFont.width(Integer.toString(v), 2), y - 7, 2, BLACK);
        }
        for (Trace trace : data.controlTraces()) {
            plot(image, trace, x0, y0, w, h, tMax, vMin, vMax, GREY);
        }
        for (Trace trace : data.drugTraces()) {
            plot(image, trace, x0, y0, w, h, tMax, vMin, vMax, RED);
        }
        String label = "TIME MS, 0-" + (int) tMax;
        BitmapFont.draw(image, label, x0 + w / 2 - BitmapFont.width(label, 2) / 2, y0 + h + 10, 2, BLACK);
    }

    private static void plot(BufferedImage image, Trace trace, int x0, int y0, int w, int h, double tMax, double vMin,
            double vMax, int rgb) {
        int lastX = -1;
        int lastY = -1;
        for (int px = 0; px < w; px++) {
            double t = px * tMax / w;
            double v = trace.voltageAt(t);
            int y = y0 + h - (int) Math.round((Math.max(vMin, Math.min(vMax, v)) - vMin) / (vMax - vMin) * h);
            int x = x0 + px;
            if (lastX >= 0) {
                int from = Math.min(lastY, y);
                int to = Math.max(lastY, y);
                for (int yy = from; yy <= to; yy++) {
                    rect(image, x, yy, 2, 2, rgb);
                }
            }
            lastX = x;
            lastY = y;
        }
    }

    static String concentration(double uM) {
        if (uM == 0) {
            return "0";
        }
        String text = new java.math.BigDecimal(uM).round(new java.math.MathContext(2)).stripTrailingZeros()
                .toPlainString();
        return text;
    }

    private static void frame(BufferedImage image, int x0, int y0, int w, int h) {
        hline(image, x0, x0 + w, y0, BLACK);
        hline(image, x0, x0 + w, y0 + h, BLACK);
        for (int y = y0; y <= y0 + h; y++) {
            set(image, x0, y, BLACK);
            set(image, x0 + w, y, BLACK);
        }
    }

    private static void hline(BufferedImage image, int x0, int x1, int y, int rgb) {
        for (int x = x0; x <= x1; x++) {
            set(image, x, y, rgb);
        }
    }

    private static void rect(BufferedImage image, int x, int y, int w, int h, int rgb) {
        for (int dy = 0; dy < h; dy++) {
            for (int dx = 0; dx < w; dx++) {
                set(image, x + dx, y + dy, rgb);
            }
        }
    }

    private static void set(BufferedImage image, int x, int y, int rgb) {
        if (x >= 0 && y >= 0 && x < image.getWidth() && y < image.getHeight()) {
            image.setRGB(x, y, rgb);
        }
    }
}
