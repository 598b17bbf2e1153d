package org.vitruvian.services.support;

import java.awt.image.BufferedImage;
import java.util.Locale;
import java.util.Map;

/**
 * A 5 x 7 pixel font for the figures' labels. Drawing text with AWT fonts needs fontconfig and
 * installed fonts, which container images and compute nodes often lack; these few glyphs need
 * nothing but the image.
 */
public final class BitmapFont {

    private static final Map<Character, String> GLYPHS = Map.ofEntries(
            Map.entry('A', "01110 10001 10001 11111 10001 10001 10001"),
            Map.entry('B', "11110 10001 10001 11110 10001 10001 11110"),
            Map.entry('C', "01110 10001 10000 10000 10000 10001 01110"),
            Map.entry('D', "11110 10001 10001 10001 10001 10001 11110"),
            Map.entry('E', "11111 10000 10000 11110 10000 10000 11111"),
            Map.entry('F', "11111 10000 10000 11110 10000 10000 10000"),
            Map.entry('G', "01110 10001 10000 10111 10001 10001 01111"),
            Map.entry('H', "10001 10001 10001 11111 10001 10001 10001"),
            Map.entry('I', "01110 00100 00100 00100 00100 00100 01110"),
            Map.entry('J', "00111 00010 00010 00010 00010 10010 01100"),
            Map.entry('K', "10001 10010 10100 11000 10100 10010 10001"),
            Map.entry('L', "10000 10000 10000 10000 10000 10000 11111"),
            Map.entry('M', "10001 11011 10101 10101 10001 10001 10001"),
            Map.entry('N', "10001 10001 11001 10101 10011 10001 10001"),
            Map.entry('O', "01110 10001 10001 10001 10001 10001 01110"),
            Map.entry('P', "11110 10001 10001 11110 10000 10000 10000"),
            Map.entry('Q', "01110 10001 10001 10001 10101 10010 01101"),
            Map.entry('R', "11110 10001 10001 11110 10100 10010 10001"),
            Map.entry('S', "01111 10000 10000 01110 00001 00001 11110"),
            Map.entry('T', "11111 00100 00100 00100 00100 00100 00100"),
            Map.entry('U', "10001 10001 10001 10001 10001 10001 01110"),
            Map.entry('V', "10001 10001 10001 10001 10001 01010 00100"),
            Map.entry('W', "10001 10001 10001 10101 10101 10101 01010"),
            Map.entry('X', "10001 10001 01010 00100 01010 10001 10001"),
            Map.entry('Y', "10001 10001 10001 01010 00100 00100 00100"),
            Map.entry('Z', "11111 00001 00010 00100 01000 10000 11111"),
            Map.entry('0', "01110 10001 10011 10101 11001 10001 01110"),
            Map.entry('1', "00100 01100 00100 00100 00100 00100 01110"),
            Map.entry('2', "01110 10001 00001 00010 00100 01000 11111"),
            Map.entry('3', "11111 00010 00100 00010 00001 10001 01110"),
            Map.entry('4', "00010 00110 01010 10010 11111 00010 00010"),
            Map.entry('5', "11111 10000 11110 00001 00001 10001 01110"),
            Map.entry('6', "00110 01000 10000 11110 10001 10001 01110"),
            Map.entry('7', "11111 00001 00010 00100 01000 01000 01000"),
            Map.entry('8', "01110 10001 10001 01110 10001 10001 01110"),
            Map.entry('9', "01110 10001 10001 01111 00001 00010 01100"),
            Map.entry('.', "00000 00000 00000 00000 00000 01100 01100"),
            Map.entry(',', "00000 00000 00000 00000 01100 00100 01000"),
            Map.entry(':', "00000 01100 01100 00000 01100 01100 00000"),
            Map.entry('-', "00000 00000 00000 11111 00000 00000 00000"),
            Map.entry('+', "00000 00100 00100 11111 00100 00100 00000"),
            Map.entry('=', "00000 00000 11111 00000 11111 00000 00000"),
            Map.entry('/', "00000 00001 00010 00100 01000 10000 00000"),
            Map.entry('%', "11000 11001 00010 00100 01000 10011 00011"),
            Map.entry('(', "00010 00100 01000 01000 01000 00100 00010"),
            Map.entry(')', "01000 00100 00010 00010 00010 00100 01000"));

    private BitmapFont() {
    }

    /** Width in pixels of {@code text} drawn at {@code scale}. */
    public static int width(String text, int scale) {
        return text.length() * 6 * scale;
    }

    public static int height(int scale) {
        return 7 * scale;
    }

    /** Draws {@code text} (upper-cased; unknown characters as spaces) with its top-left corner at (x, y). */
    public static void draw(BufferedImage image, String text, int x, int y, int scale, int rgb) {
        String upper = text.toUpperCase(Locale.ROOT);
        for (int c = 0; c < upper.length(); c++) {
            String glyph = GLYPHS.get(upper.charAt(c));
            if (glyph == null) {
                continue;
            }
            String[] rows = glyph.split(" ");
            for (int row = 0; row < 7; row++) {
                for (int column = 0; column < 5; column++) {
                    if (rows[row].charAt(column) == '1') {
                        fill(image, x + (6 * c + column) * scale, y + row * scale, scale, rgb);
                    }
                }
            }
        }
    }

    private static void fill(BufferedImage image, int x, int y, int scale, int rgb) {
        for (int dy = 0; dy < scale; dy++) {
            for (int dx = 0; dx < scale; dx++) {
                int px = x + dx;
                int py = y + dy;
                if (px >= 0 && py >= 0 && px < image.getWidth() && py < image.getHeight()) {
                    image.setRGB(px, py, rgb);
                }
            }
        }
    }
}
