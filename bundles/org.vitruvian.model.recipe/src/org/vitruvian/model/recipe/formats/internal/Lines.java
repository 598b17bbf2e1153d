package org.vitruvian.model.recipe.formats.internal;

import java.util.ArrayList;
import java.util.List;

/** Line handling shared by the readers. */
public final class Lines {

    private Lines() {
    }

    /** The lines of a file, without a byte-order mark and without the CR of CRLF line ends. */
    public static List<String> of(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<String> lines = new ArrayList<>();
        for (String line : body.split("\n", -1)) {
            lines.add(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
        }
        if (lines.size() > 1 && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    /**
     * White space as Go's {@code unicode.IsSpace} defines it: Apptainer finds section headers
     * with it, so the exporter must use the same definition to know what Apptainer will see.
     */
    public static boolean isGoSpace(char c) {
        return switch (c) {
            case '\t', '\n', '\u000B', '\f', '\r', ' ', '\u0085', '\u00A0', '\u1680', '\u2028', '\u2029', '\u202F', '\u205F',
                    '\u3000' -> true;
            default -> c >= '\u2000' && c <= '\u200A';
        };
    }

    /** The line without leading Go white space. */
    public static String stripGoSpace(String line) {
        int i = 0;
        while (i < line.length() && isGoSpace(line.charAt(i))) {
            i++;
        }
        int j = line.length();
        while (j > i && isGoSpace(line.charAt(j - 1))) {
            j--;
        }
        return line.substring(i, j);
    }

    /** Number of leading spaces and tabs. */
    public static int indent(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    public static boolean isBlank(String line) {
        return stripGoSpace(line).isEmpty();
    }

    /** Removes leading blank lines and trailing white space. */
    public static String trimBlankLines(String text) {
        String trimmed = text.stripTrailing();
        int start = 0;
        while (true) {
            int eol = trimmed.indexOf('\n', start);
            if (eol < 0 || !trimmed.substring(start, eol).isBlank()) {
                break;
            }
            start = eol + 1;
        }
        return trimmed.substring(start);
    }
}
