package org.vitruvian.language.internal;

import java.util.Arrays;

/**
 * Offsets to lines and columns and back. Lines and columns are 1-based with columns counted in
 * code points, as diagnostics and the YAML reader count them; {@link #utf16Column} gives the
 * 0-based UTF-16 column that LSP and SWT count.
 */
public final class LineMap {

    private final String text;
    private final int[] starts;

    public LineMap(String text) {
        this.text = text;
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        starts = new int[count];
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts[line++] = i + 1;
            }
        }
    }

    public int lineCount() {
        return starts.length;
    }

    /** 1-based line of {@code offset}. */
    public int line(int offset) {
        int index = Arrays.binarySearch(starts, Math.max(0, Math.min(offset, text.length())));
        return (index >= 0 ? index : -index - 2) + 1;
    }

    /** 1-based column of {@code offset}, in code points. */
    public int column(int offset) {
        int start = lineStart(line(offset));
        return text.codePointCount(start, Math.min(offset, text.length())) + 1;
    }

    /** 0-based column of {@code offset} in UTF-16 units. */
    public int utf16Column(int offset) {
        return Math.min(offset, text.length()) - lineStart(line(offset));
    }

    public int lineStart(int line) {
        return starts[Math.max(0, Math.min(line, starts.length) - 1)];
    }

    /** The offset after the last character of the line, before its line break. */
    public int lineEnd(int line) {
        int end = line < starts.length ? starts[line] - 1 : text.length();
        return end > 0 && end <= text.length() && end > lineStart(line) && text.charAt(end - 1) == '\r' ? end - 1 : end;
    }

    /** The offset of a 1-based line and code-point column; positions past the line's end stop at it. */
    public int offset(int line, int column) {
        if (line < 1) {
            return 0;
        }
        if (line > starts.length) {
            return text.length();
        }
        int start = lineStart(line);
        int end = lineEnd(line);
        int at = start;
        for (int c = 1; c < column && at < end; c++) {
            at = text.offsetByCodePoints(at, 1);
        }
        return at;
    }

    /** The offset of a 0-based line and UTF-16 column, as LSP gives them. */
    public int offsetOfUtf16(int line0, int character) {
        if (line0 < 0) {
            return 0;
        }
        if (line0 >= starts.length) {
            return text.length();
        }
        return Math.min(starts[line0] + Math.max(0, character), lineEnd(line0 + 1));
    }
}
