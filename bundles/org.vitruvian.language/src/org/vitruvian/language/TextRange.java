package org.vitruvian.language;

/** A stretch of a document's text, in UTF-16 units from its start. */
public record TextRange(int offset, int length) {

    public static final TextRange EMPTY = new TextRange(0, 0);

    public int end() {
        return offset + length;
    }

    public boolean contains(int at) {
        return at >= offset && at <= end();
    }
}
