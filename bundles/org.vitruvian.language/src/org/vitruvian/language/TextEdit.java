package org.vitruvian.language;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One replacement in a document's text: {@code length} characters (UTF-16 units, as
 * {@link String} and SWT count them) at {@code offset} become {@code replacement}. An insertion
 * has length 0, a deletion an empty replacement. Edits computed together never overlap and
 * refer to the text they were computed on, so they are applied from the last to the first.
 */
public record TextEdit(int offset, int length, String replacement) {

    public TextEdit {
        Objects.requireNonNull(replacement, "replacement");
        if (offset < 0 || length < 0) {
            throw new IllegalArgumentException("offset and length are not negative: " + offset + ", " + length);
        }
    }

    public static TextEdit insert(int offset, String text) {
        return new TextEdit(offset, 0, text);
    }

    public static TextEdit delete(int offset, int length) {
        return new TextEdit(offset, length, "");
    }

    public int end() {
        return offset + length;
    }

    /** The text with the edits made; they must not overlap (as every list this API returns). */
    public static String apply(String text, List<TextEdit> edits) {
        List<TextEdit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt(TextEdit::offset).thenComparingInt(TextEdit::length));
        StringBuilder result = new StringBuilder(text.length() + 64);
        int at = 0;
        for (TextEdit edit : sorted) {
            if (edit.offset() < at || edit.end() > text.length()) {
                throw new IllegalArgumentException("Edits overlap or leave the text (" + text.length() + " characters): " + edit);
            }
            result.append(text, at, edit.offset()).append(edit.replacement());
            at = edit.end();
        }
        return result.append(text, at, text.length()).toString();
    }
}
