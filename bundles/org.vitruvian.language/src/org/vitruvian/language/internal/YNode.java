package org.vitruvian.language.internal;

import java.util.List;

/**
 * One node of a YAML document with where it stands in the text, in UTF-16 offsets:
 * {@code start} is its first character, {@code end} the end of its last content character
 * (trailing comments, blank lines and the line break after it are not part of it, unlike the
 * parser's own end mark of block collections). Scalars know their quoting, collections whether
 * they are written in flow style ({@code [a, b]}, {@code {k: v}}).
 */
public final class YNode {

    public enum Kind { MAPPING, SEQUENCE, SCALAR }

    public enum Style { PLAIN, SINGLE_QUOTED, DOUBLE_QUOTED, LITERAL, FOLDED }

    /** A key and its value in a mapping. */
    public record Entry(YNode key, YNode value) {
    }

    final Kind kind;
    final int start;
    int end;
    final boolean flow;
    final Style style;
    final String value;
    final boolean isNull;
    final List<Entry> entries;
    final List<YNode> items;

    YNode(Kind kind, int start, int end, boolean flow, Style style, String value, boolean isNull, List<Entry> entries,
            List<YNode> items) {
        this.kind = kind;
        this.start = start;
        this.end = end;
        this.flow = flow;
        this.style = style;
        this.value = value;
        this.isNull = isNull;
        this.entries = entries;
        this.items = items;
    }

    public Kind kind() {
        return kind;
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    public boolean isFlow() {
        return flow;
    }

    public Style style() {
        return style;
    }

    /** A scalar's value; null for collections. */
    public String value() {
        return value;
    }

    /** An empty or {@code null}/{@code ~} scalar: the key is there with no value. */
    public boolean isNull() {
        return isNull;
    }

    public List<Entry> entries() {
        return entries;
    }

    public List<YNode> items() {
        return items;
    }

    public boolean isMapping() {
        return kind == Kind.MAPPING;
    }

    public boolean isSequence() {
        return kind == Kind.SEQUENCE;
    }

    public boolean isScalar() {
        return kind == Kind.SCALAR;
    }

    /** The entry for {@code key} in a mapping, or null. */
    public Entry entry(String key) {
        if (entries == null) {
            return null;
        }
        for (Entry entry : entries) {
            if (entry.key().isScalar() && key.equals(entry.key().value())) {
                return entry;
            }
        }
        return null;
    }

    /** The value under {@code key} in a mapping, or null. */
    public YNode get(String key) {
        Entry entry = entry(key);
        return entry == null ? null : entry.value();
    }

    /** The scalar text under {@code key}, or null. */
    public String text(String key) {
        YNode node = get(key);
        return node != null && node.isScalar() && !node.isNull ? node.value : null;
    }

    public boolean contains(int offset) {
        return offset >= start && offset <= end;
    }

    @Override
    public String toString() {
        return kind + "@" + start + ".." + end + (value != null ? "'" + value + "'" : "");
    }
}
