package org.vitruvian.model.common;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A version as people write it in model files: one to four dot-separated numbers, optionally
 * followed by {@code -qualifier} (a pre-release such as {@code 2.0.0-rc1}, or a distribution
 * release such as Apptainer's {@code 1.2.4-1.el8}) or {@code +build}. Missing numbers count as
 * zero, so {@code 1.2} equals {@code 1.2.0}. Service versions, MPI, CUDA, ROCm, glibc and
 * driver versions all share this one syntax, so a user learns it once.
 *
 * <p>Ordering follows semantic versioning: a version with a {@code -} qualifier comes before
 * the same numbers without one, qualifiers compare as text, and {@code +build} is ignored.
 */
public final class Version implements Comparable<Version> {

    private static final Pattern SYNTAX = Pattern
            .compile("(\\d{1,9}(?:\\.\\d{1,9}){0,3})(?:-([0-9A-Za-z][0-9A-Za-z.+~_-]*))?(?:\\+([0-9A-Za-z.-]+))?");
    private static final int MAX_NUMBERS = 4;

    private final List<Integer> numbers;
    private final String qualifier;
    private final String text;

    private Version(List<Integer> numbers, String qualifier, String text) {
        this.numbers = numbers;
        this.qualifier = qualifier;
        this.text = text;
    }

    /**
     * Reads a version. The exception's message is shown to users as is, so it says what is accepted.
     *
     * @throws IllegalArgumentException when the text is not a version
     */
    public static Version parse(String text) {
        Matcher m = text == null ? null : SYNTAX.matcher(text.strip());
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a version; write numbers separated by dots, "
                    + "such as 1.2.0, 4.1.5 or 12.2, optionally followed by -qualifier");
        }
        List<Integer> numbers = new ArrayList<>(MAX_NUMBERS);
        for (String part : m.group(1).split("\\.")) {
            numbers.add(Integer.valueOf(part));
        }
        return new Version(Collections.unmodifiableList(numbers), m.group(2), text.strip());
    }

    /** Whether {@link #parse(String)} accepts the text. */
    public static boolean isValid(String text) {
        return text != null && SYNTAX.matcher(text.strip()).matches();
    }

    /** The numbers as written, e.g. [1, 2, 0]. */
    public List<Integer> numbers() {
        return numbers;
    }

    /** The {@code n}th number (0-based), zero when it was not written. */
    public int number(int n) {
        return n < numbers.size() ? numbers.get(n) : 0;
    }

    /** The text after {@code -}, or null. */
    public String qualifier() {
        return qualifier;
    }

    @Override
    public int compareTo(Version other) {
        for (int i = 0; i < MAX_NUMBERS; i++) {
            int c = Integer.compare(number(i), other.number(i));
            if (c != 0) {
                return c;
            }
        }
        if (qualifier == null || other.qualifier == null) {
            return qualifier == null ? (other.qualifier == null ? 0 : 1) : -1;
        }
        return qualifier.compareTo(other.qualifier);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Version version && compareTo(version) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(number(0), number(1), number(2), number(3), qualifier);
    }

    /** The version as it was written. */
    @Override
    public String toString() {
        return text;
    }
}
