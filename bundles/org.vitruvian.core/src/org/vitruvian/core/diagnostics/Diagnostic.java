package org.vitruvian.core.diagnostics;

import java.util.Comparator;
import java.util.Objects;

/**
 * One finding about a user's file: where it is, how bad it is, a stable code that tools and
 * documentation can refer to, and a message that says what to do about it.
 *
 * @param file   path as the user gave it (so the message matches what they typed)
 * @param line   1-based line, or 0 when the finding concerns the whole file
 * @param column 1-based column, or 0 when unknown
 * @param code   stable identifier such as {@code yaml.syntax}; never reworded once released
 */
public record Diagnostic(String file, int line, int column, Severity severity, String code, String message) {

    /** Order in which a user reads diagnostics: by file, then position. */
    public static final Comparator<Diagnostic> READING_ORDER = Comparator.comparing(Diagnostic::file)
            .thenComparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column);

    public Diagnostic {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column are 1-based, or 0 when unknown");
        }
    }

    public static Diagnostic error(String file, int line, int column, String code, String message) {
        return new Diagnostic(file, line, column, Severity.ERROR, code, message);
    }

    public static Diagnostic warning(String file, int line, int column, String code, String message) {
        return new Diagnostic(file, line, column, Severity.WARNING, code, message);
    }

    public static Diagnostic info(String file, int line, int column, String code, String message) {
        return new Diagnostic(file, line, column, Severity.INFO, code, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * The compiler-style form that editors and CI logs recognise:
     * {@code FILE:LINE:COL: error: MESSAGE [CODE]}. Unknown positions are left out rather than
     * printed as zeros, which editors would jump to.
     */
    public String format() {
        StringBuilder text = new StringBuilder(file);
        if (line > 0) {
            text.append(':').append(line);
            if (column > 0) {
                text.append(':').append(column);
            }
        }
        return text.append(": ").append(severity.label()).append(": ").append(message)
                .append(" [").append(code).append(']').toString();
    }

    @Override
    public String toString() {
        return format();
    }
}
