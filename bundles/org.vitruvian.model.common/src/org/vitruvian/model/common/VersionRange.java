package org.vitruvian.model.common;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which versions of something are acceptable, as a workflow step asks for a service:
 * <ul>
 * <li>an exact version, {@code 1.2.0} (so {@code 1.2} means {@code 1.2.0} too);</li>
 * <li>an OSGi-style interval, {@code [1.0,2.0)}: square brackets include the bound, round ones
 * exclude it; the upper bound may be left out, {@code [1.4,)}, for "1.4 or newer";</li>
 * <li>a wildcard, {@code 1.x} (any 1.*) or {@code 1.2.x} (any 1.2.*), and {@code *} for any version.</li>
 * </ul>
 */
public final class VersionRange {

    private static final Pattern INTERVAL = Pattern.compile("([\\[(])\\s*([^,\\s]+)\\s*,\\s*([^\\])\\s]*)\\s*([\\])])");
    private static final Pattern WILDCARD = Pattern.compile("(\\d{1,9})(?:\\.(\\d{1,9}))?\\.[xX*]");

    private final Version low;
    private final boolean lowIncluded;
    private final Version high;
    private final boolean highIncluded;
    private final String text;

    private VersionRange(Version low, boolean lowIncluded, Version high, boolean highIncluded, String text) {
        this.low = low;
        this.lowIncluded = lowIncluded;
        this.high = high;
        this.highIncluded = highIncluded;
        this.text = text;
    }

    /**
     * Reads a range; null or blank means any version.
     *
     * @throws IllegalArgumentException with a message for users when the text is not a range
     */
    public static VersionRange parse(String text) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty() || value.equals("*")) {
            return new VersionRange(null, true, null, true, value.isEmpty() ? "*" : value);
        }
        Matcher interval = INTERVAL.matcher(value);
        if (interval.matches()) {
            Version low = bound(interval.group(2), value);
            Version high = interval.group(3).isEmpty() ? null : bound(interval.group(3), value);
            boolean lowIncluded = interval.group(1).equals("[");
            boolean highIncluded = interval.group(4).equals("]");
            if (high != null && (low.compareTo(high) > 0 || low.equals(high) && !(lowIncluded && highIncluded))) {
                throw new IllegalArgumentException("the range '" + value + "' contains no version; its lower bound must be "
                        + "below its upper bound, as in [1.0,2.0)");
            }
            return new VersionRange(low, lowIncluded, high, highIncluded, value);
        }
        Matcher wildcard = WILDCARD.matcher(value);
        if (wildcard.matches()) {
            int major = Integer.parseInt(wildcard.group(1));
            if (wildcard.group(2) == null) {
                return new VersionRange(Version.parse(major + ".0.0"), true, Version.parse((major + 1) + ".0.0"), false, value);
            }
            int minor = Integer.parseInt(wildcard.group(2));
            return new VersionRange(Version.parse(major + "." + minor + ".0"), true,
                    Version.parse(major + "." + (minor + 1) + ".0"), false, value);
        }
        if (Version.isValid(value)) {
            Version exact = Version.parse(value);
            return new VersionRange(exact, true, exact, true, value);
        }
        throw new IllegalArgumentException("'" + value + "' is not a version or range; write an exact version (1.2.0), "
                + "an interval ([1.0,2.0) or [1.4,)) or a wildcard (1.x, 1.2.x)");
    }

    private static Version bound(String text, String range) {
        if (!Version.isValid(text)) {
            throw new IllegalArgumentException("'" + text + "' in the range '" + range + "' is not a version; write bounds "
                    + "such as [1.0,2.0)");
        }
        return Version.parse(text);
    }

    /** Whether {@code version} lies in the range. */
    public boolean includes(Version version) {
        if (low != null) {
            int c = version.compareTo(low);
            if (c < 0 || c == 0 && !lowIncluded) {
                return false;
            }
        }
        if (high != null) {
            // 2.0.0-rc1 sorts before 2.0.0, yet nobody asking for [1.0,2.0) or 1.x wants it.
            if (!highIncluded && version.qualifier() != null && sameNumbers(version, high)) {
                return false;
            }
            int c = version.compareTo(high);
            return c < 0 || c == 0 && highIncluded;
        }
        return true;
    }

    private static boolean sameNumbers(Version a, Version b) {
        for (int i = 0; i < 4; i++) {
            if (a.number(i) != b.number(i)) {
                return false;
            }
        }
        return true;
    }

    /** The range as it was written ({@code *} when none was). */
    @Override
    public String toString() {
        return text;
    }
}
