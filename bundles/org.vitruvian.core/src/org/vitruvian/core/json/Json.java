package org.vitruvian.core.json;

import java.util.Iterator;
import java.util.Map;

/**
 * Writes JSON from plain Java values (Map, List/Iterable, String, Number, Boolean, null,
 * {@link JsonValue}). Every {@code --json} output and every record Vitruvian writes goes through
 * here, so escaping is done in exactly one place. Reading JSON is done with the YAML 1.2 parser,
 * of which JSON is a subset.
 */
public final class Json {

    private Json() {
    }

    /** Indented, with a trailing newline: the form printed to a terminal and stored in files. */
    public static String stringify(Object value) {
        StringBuilder out = new StringBuilder();
        write(out, value, 0, true);
        return out.append('\n').toString();
    }

    /** On one line, for line-oriented logs. */
    public static String compact(Object value) {
        StringBuilder out = new StringBuilder();
        write(out, value, 0, false);
        return out.toString();
    }

    private static void write(StringBuilder out, Object value, int depth, boolean pretty) {
        if (value instanceof JsonValue json) {
            value = json.toJsonValue();
        }
        if (value == null) {
            out.append("null");
        } else if (value instanceof String text) {
            quote(out, text);
        } else if (value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof Double d && !Double.isFinite(d) || value instanceof Float f && !Float.isFinite(f)) {
            // JSON has no NaN or infinity; null is what every JSON reader accepts.
            out.append("null");
        } else if (value instanceof Number) {
            out.append(value);
        } else if (value instanceof Enum<?> e) {
            quote(out, e.name());
        } else if (value instanceof Map<?, ?> map) {
            writeObject(out, map, depth, pretty);
        } else if (value instanceof Iterable<?> items) {
            writeArray(out, items.iterator(), depth, pretty);
        } else if (value instanceof Object[] items) {
            writeArray(out, java.util.Arrays.asList(items).iterator(), depth, pretty);
        } else {
            quote(out, value.toString());
        }
    }

    private static void writeObject(StringBuilder out, Map<?, ?> map, int depth, boolean pretty) {
        if (map.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            newline(out, depth + 1, pretty);
            quote(out, String.valueOf(entry.getKey()));
            out.append(pretty ? ": " : ":");
            write(out, entry.getValue(), depth + 1, pretty);
        }
        newline(out, depth, pretty);
        out.append('}');
    }

    private static void writeArray(StringBuilder out, Iterator<?> items, int depth, boolean pretty) {
        if (!items.hasNext()) {
            out.append("[]");
            return;
        }
        out.append('[');
        boolean first = true;
        while (items.hasNext()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            newline(out, depth + 1, pretty);
            write(out, items.next(), depth + 1, pretty);
        }
        newline(out, depth, pretty);
        out.append(']');
    }

    private static void newline(StringBuilder out, int depth, boolean pretty) {
        if (pretty) {
            out.append('\n').append("  ".repeat(depth));
        }
    }

    /** Appends {@code text} as a JSON string literal (RFC 8259 escaping). */
    public static void quote(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
