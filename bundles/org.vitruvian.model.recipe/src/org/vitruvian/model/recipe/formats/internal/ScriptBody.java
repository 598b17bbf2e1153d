package org.vitruvian.model.recipe.formats.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Lines of a script taken from a file, with the file line each came from, so that a command
 * found in the joined text can be reported at its line in the file. The indentation common to
 * all lines is removed, as a reader of a hand-indented section expects.
 */
final class ScriptBody {

    private final List<String> lines = new ArrayList<>();
    private final List<Integer> fileLines = new ArrayList<>();
    private int indent;

    void add(String line, int fileLine) {
        lines.add(line);
        fileLines.add(fileLine);
    }

    boolean isEmpty() {
        return lines.stream().allMatch(ScriptBody::isBlank);
    }

    /** Blank as the shell sees it: only spaces and tabs (a no-break space is a word character to sh). */
    private static boolean isBlank(String line) {
        return Lines.indent(line) == line.length();
    }

    /** The text with common indentation and trailing blank lines removed. */
    String text() {
        int last = lines.size();
        while (last > 0 && isBlank(lines.get(last - 1))) {
            last--;
        }
        indent = Integer.MAX_VALUE;
        for (int i = 0; i < last; i++) {
            if (!isBlank(lines.get(i))) {
                indent = Math.min(indent, Lines.indent(lines.get(i)));
            }
        }
        if (indent == Integer.MAX_VALUE) {
            indent = 0;
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < last; i++) {
            String line = lines.get(i);
            if (i > 0) {
                text.append('\n');
            }
            // Blank lines may be shorter than the indentation, or hold white space a here-document keeps.
            text.append(line.substring(Math.min(indent, Lines.indent(line))));
        }
        return text.toString();
    }

    /** The file line of a 1-based line of {@link #text()}. */
    int fileLine(int line) {
        return line >= 1 && line <= fileLines.size() ? fileLines.get(line - 1) : 0;
    }

    /** The file column of a 1-based column of {@link #text()}. */
    int fileColumn(int column) {
        return column + indent;
    }

    int size() {
        return lines.size();
    }

    /** The i-th line as it stands in the file (0-based), before any indentation is removed. */
    String rawLine(int i) {
        return lines.get(i);
    }

    /** The file line of the i-th line (0-based). */
    int rawFileLine(int i) {
        return fileLines.get(i);
    }
}
