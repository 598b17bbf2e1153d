package org.vitruvian.compat.internal;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dotted version numbers as MPI, glibc, CUDA and GPU drivers write them (4.1.5, 2.36, 12.2,
 * 535.104.05), compared part by part as numbers: 2.9 is older than 2.28, which a text
 * comparison gets wrong.
 */
public final class Versions {

    // A suffix after the numbers (4.1.5rc1, 2.0.1a1, 1.2.4-1.el8) does not change the release it names.
    private static final Pattern DOTTED = Pattern.compile("v?(\\d+(?:\\.\\d+)*).*", Pattern.CASE_INSENSITIVE);

    private Versions() {
    }

    /** The numeric parts, or empty when the text does not start with a number. */
    public static Optional<int[]> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = DOTTED.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Arrays.stream(m.group(1).split("\\.")).mapToInt(Integer::parseInt).toArray());
        } catch (NumberFormatException tooLong) {
            return Optional.empty();
        }
    }

    /** Missing parts count as zero, so 12.2 equals 12.2.0. */
    public static int compare(int[] a, int[] b) {
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            int x = i < a.length ? a[i] : 0;
            int y = i < b.length ? b[i] : 0;
            if (x != y) {
                return Integer.compare(x, y);
            }
        }
        return 0;
    }

    /** Empty when either version cannot be read. */
    public static Optional<Integer> compare(String a, String b) {
        Optional<int[]> x = parse(a);
        Optional<int[]> y = parse(b);
        return x.isPresent() && y.isPresent() ? Optional.of(compare(x.get(), y.get())) : Optional.empty();
    }
}
