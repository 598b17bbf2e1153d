package org.vitruvian.model.common;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and writes the sizes and durations people write in model files. The messages of the
 * exceptions are shown to users as diagnostics, so they say what is accepted.
 */
public final class Units {

    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*([KMGTP]i?B?|B)?", Pattern.CASE_INSENSITIVE);
    private static final String[] SIZE_UNITS = { "B", "KiB", "MiB", "GiB", "TiB", "PiB" };

    private static final Pattern COMPACT_DURATION = Pattern.compile("(?:(\\d+)d)?(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+)s)?");
    // Slurm's forms: MM:SS, HH:MM:SS, D-HH, D-HH:MM, D-HH:MM:SS.
    private static final Pattern CLOCK_DURATION = Pattern.compile("(?:(\\d+)-)?(\\d+)(?::(\\d+))?(?::(\\d+))?");

    private Units() {
    }

    /** {@code 512MiB}, {@code 4GiB}, {@code 4G}, {@code 4GB} (binary units throughout), or a number of bytes. */
    public static long parseByteSize(String text) {
        Matcher m = text == null ? null : SIZE.matcher(text.strip());
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("expected a size such as 512MiB, 4GiB or 1TiB, got '" + text + "'");
        }
        long amount = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "B" : m.group(2).toUpperCase(Locale.ROOT);
        int power = "KMGTP".indexOf(unit.charAt(0)) + 1;
        if (unit.equals("B")) {
            power = 0;
        }
        long factor = 1L << (10 * power);
        if (amount > Long.MAX_VALUE / factor) {
            throw new IllegalArgumentException("size '" + text + "' is too large");
        }
        return amount * factor;
    }

    /** The largest binary unit that states the size exactly: {@code 4294967296} is {@code 4GiB}. */
    public static String formatByteSize(long bytes) {
        int unit = 0;
        long amount = bytes;
        while (unit < SIZE_UNITS.length - 1 && amount != 0 && amount % 1024 == 0) {
            amount /= 1024;
            unit++;
        }
        return amount + SIZE_UNITS[unit];
    }

    /** {@code 90s}, {@code 30m}, {@code 2h}, {@code 1d12h}, or Slurm's {@code HH:MM:SS} and {@code D-HH:MM:SS}. */
    public static Duration parseDuration(String text) {
        String value = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        Matcher compact = COMPACT_DURATION.matcher(value);
        if (!value.isEmpty() && compact.matches() && !value.chars().allMatch(Character::isDigit)) {
            return Duration.ofDays(number(compact.group(1))).plusHours(number(compact.group(2)))
                    .plusMinutes(number(compact.group(3))).plusSeconds(number(compact.group(4)));
        }
        Matcher clock = CLOCK_DURATION.matcher(value);
        if (clock.matches() && (value.contains(":") || value.contains("-"))) {
            long days = number(clock.group(1));
            long[] parts = { number(clock.group(2)), number(clock.group(3)), number(clock.group(4)) };
            if (clock.group(1) != null) {
                // D-HH[:MM[:SS]]
                return Duration.ofDays(days).plusHours(parts[0]).plusMinutes(parts[1]).plusSeconds(parts[2]);
            }
            if (clock.group(4) != null) {
                return Duration.ofHours(parts[0]).plusMinutes(parts[1]).plusSeconds(parts[2]);
            }
            return Duration.ofMinutes(parts[0]).plusSeconds(parts[1]);
        }
        throw new IllegalArgumentException(
                "expected a duration such as 90s, 30m, 2h, 1d12h or 02:00:00 (a bare number has no unit), got '" + text + "'");
    }

    /** Compact form without zero parts: {@code PT36H30M} is {@code 1d12h30m}; zero is {@code 0s}. */
    public static String formatDuration(Duration duration) {
        if (duration == null) {
            return null;
        }
        long seconds = duration.getSeconds();
        if (seconds == 0) {
            return "0s";
        }
        StringBuilder text = new StringBuilder();
        append(text, seconds / 86_400, "d");
        append(text, seconds % 86_400 / 3_600, "h");
        append(text, seconds % 3_600 / 60, "m");
        append(text, seconds % 60, "s");
        return text.toString();
    }

    /** Slurm's {@code --time} form, {@code D-HH:MM:SS}. */
    public static String slurmTime(Duration duration) {
        long seconds = duration.getSeconds();
        return String.format(Locale.ROOT, "%d-%02d:%02d:%02d", seconds / 86_400, seconds % 86_400 / 3_600, seconds % 3_600 / 60,
                seconds % 60);
    }

    private static void append(StringBuilder text, long amount, String unit) {
        if (amount != 0) {
            text.append(amount).append(unit);
        }
    }

    private static long number(String digits) {
        return digits == null ? 0 : Long.parseLong(digits);
    }
}
