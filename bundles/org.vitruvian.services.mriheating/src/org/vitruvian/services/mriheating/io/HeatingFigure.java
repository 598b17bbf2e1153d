package org.vitruvian.services.mriheating.io;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

import javax.imageio.ImageIO;

/**
 * The report's figure: the 10 g SAR and the temperature rise on the horizontal plane through the
 * device (x across, z along the bore), each on its own colour scale, and the rise over time at
 * the hottest point and at the background point. Text is drawn with the JVM's logical font; a
 * runtime without fonts (a bare container) still gets the maps and curves, without labels.
 */
public final class HeatingFigure {

    /** A map on a rectangle of cells: values[a][b], a along x (rows drawn top to bottom), b along z. */
    public record Map2d(String title, String unit, float[][] values, double cell, double x0, double z0, int markA,
            int markB) {
    }

    private HeatingFigure() {
    }

    public static void write(Map2d sar, Map2d rise, double[] time, double[] hottest, double[] background, String caption,
            OutputStream out) throws IOException {
        int scale = Math.max(2, Math.min(8, 360 / Math.max(sar.values().length, sar.values()[0].length)));
        int mapW = sar.values()[0].length * scale, mapH = sar.values().length * scale;
        int width = Math.max(2 * mapW + 3 * 60 + 120, 900);
        int height = 60 + mapH + 60 + 260 + 40;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        draw(g, sar, 40, 40, scale);
        draw(g, rise, 40 + mapW + 120, 40, scale);
        plot(g, 70, 60 + mapH + 70, width - 110, 220, time, hottest, background);
        text(g, caption, 10, height - 12, 12);
        g.dispose();
        ImageIO.write(image, "png", out);
    }

    private static void draw(Graphics2D g, Map2d map, int left, int top, int scale) {
        float[][] v = map.values();
        float max = 0;
        for (float[] row : v) {
            for (float x : row) {
                max = Math.max(max, x);
            }
        }
        for (int a = 0; a < v.length; a++) {
            for (int b = 0; b < v[a].length; b++) {
                g.setColor(colour(max > 0 ? v[a][b] / max : 0));
                g.fillRect(left + b * scale, top + a * scale, scale, scale);
            }
        }
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(1.5f));
        if (map.markA() >= 0) {
            int cx = left + map.markB() * scale + scale / 2, cy = top + map.markA() * scale + scale / 2;
            g.drawOval(cx - 6, cy - 6, 12, 12);
        }
        int w = v[0].length * scale, h = v.length * scale;
        // colour bar
        for (int y = 0; y < h; y++) {
            g.setColor(colour(1 - (double) y / h));
            g.fillRect(left + w + 8, top + y, 14, 1);
        }
        g.setColor(Color.BLACK);
        g.drawRect(left, top, w, h);
        text(g, map.title(), left, top - 10, 14);
        text(g, String.format(Locale.ROOT, "%.3g %s", max, map.unit()), left + w + 26, top + 10, 11);
        text(g, "0", left + w + 26, top + h, 11);
        text(g, String.format(Locale.ROOT, "z (along the bore) %.0f..%.0f mm", map.z0() * 1000,
                (map.z0() + v[0].length * map.cell()) * 1000), left, top + h + 16, 11);
        text(g, String.format(Locale.ROOT, "x %.0f..%.0f mm", map.x0() * 1000, (map.x0() + v.length * map.cell()) * 1000),
                left, top + h + 30, 11);
    }

    private static void plot(Graphics2D g, int left, int top, int w, int h, double[] t, double[] a, double[] b) {
        double tMax = t.length > 0 ? t[t.length - 1] : 1;
        double yMax = 1e-9;
        for (double v : a) {
            yMax = Math.max(yMax, v);
        }
        for (double v : b) {
            yMax = Math.max(yMax, v);
        }
        g.setColor(Color.BLACK);
        g.drawRect(left, top, w, h);
        curve(g, left, top, w, h, t, a, tMax, yMax, new Color(200, 30, 30));
        curve(g, left, top, w, h, t, b, tMax, yMax, new Color(30, 80, 200));
        g.setColor(Color.BLACK);
        text(g, "temperature rise (K) over time (s): hottest point (red), background (blue)", left, top - 8, 12);
        text(g, String.format(Locale.ROOT, "%.3g", yMax), left - 45, top + 10, 11);
        text(g, "0", left - 15, top + h, 11);
        text(g, String.format(Locale.ROOT, "%.0f s", tMax), left + w - 40, top + h + 16, 11);
    }

    private static void curve(Graphics2D g, int left, int top, int w, int h, double[] t, double[] y, double tMax, double yMax,
            Color colour) {
        g.setColor(colour);
        g.setStroke(new BasicStroke(2f));
        for (int i = 1; i < t.length; i++) {
            g.drawLine(left + (int) (w * t[i - 1] / tMax), top + h - (int) (h * y[i - 1] / yMax), left + (int) (w * t[i] / tMax),
                    top + h - (int) (h * y[i] / yMax));
        }
    }

    /** A perceptually ordered dark-to-bright scale (black, purple, red, orange, yellow, white). */
    static Color colour(double f) {
        f = Math.max(0, Math.min(1, f));
        double[][] stops = { { 0, 0, 0 }, { 80, 20, 120 }, { 200, 40, 60 }, { 245, 130, 20 }, { 250, 220, 60 }, { 255, 255, 230 } };
        double p = f * (stops.length - 1);
        int i = Math.min(stops.length - 2, (int) p);
        double u = p - i;
        return new Color((int) (stops[i][0] + u * (stops[i + 1][0] - stops[i][0])),
                (int) (stops[i][1] + u * (stops[i + 1][1] - stops[i][1])), (int) (stops[i][2] + u * (stops[i + 1][2] - stops[i][2])));
    }

    private static void text(Graphics2D g, String s, int x, int y, int size) {
        try {
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, size));
            g.drawString(s, x, y);
        } catch (RuntimeException | Error e) {
            // No font in this runtime: the figure keeps its maps and curves.
        }
    }
}
