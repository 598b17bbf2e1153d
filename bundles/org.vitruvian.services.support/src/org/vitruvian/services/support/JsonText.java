package org.vitruvian.services.support;

import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * JSON text (RFC 8259) from maps, lists, strings, numbers and booleans. The service has no
 * dependencies, so that its jar runs on any JVM, hence this small writer rather than a library.
 */
public final class JsonText {

    private JsonText() {
    }

    /** Indented by two spaces, one member per line, ending with a newline. */
    public static String of(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out, 0);
        return out.append('\n').toString();
    }

    private static void write(Object value, StringBuilder out, int indent) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String text) {
            string(text, out);
        } else if (value instanceof Boolean flag) {
            out.append(flag);
        } else if (value instanceof Double || value instanceof Float) {
            double number = ((Number) value).doubleValue();
            out.append(Double.isFinite(number) ? number(number) : "null");
        } else if (value instanceof Number number) {
            out.append(number.longValue());
        } else if (value instanceof Map<?, ?> map) {
            if (map.isEmpty()) {
                out.append("{}");
                return;
            }
            out.append("{\n");
            Iterator<? extends Map.Entry<?, ?>> entries = map.entrySet().iterator();
            while (entries.hasNext()) {
                Map.Entry<?, ?> entry = entries.next();
                pad(out, indent + 1);
                string(String.valueOf(entry.getKey()), out);
                out.append(": ");
                write(entry.getValue(), out, indent + 1);
                out.append(entries.hasNext() ? ",\n" : "\n");
            }
            pad(out, indent);
            out.append('}');
        } else if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                out.append("[]");
                return;
            }
            boolean flat = list.stream().allMatch(item -> item instanceof Number);
            out.append(flat ? "[" : "[\n");
            for (int i = 0; i < list.size(); i++) {
                if (!flat) {
                    pad(out, indent + 1);
                }
                write(list.get(i), out, indent + 1);
                if (i < list.size() - 1) {
                    out.append(flat ? ", " : ",\n");
                }
            }
            if (!flat) {
                out.append('\n');
                pad(out, indent);
            }
            out.append(']');
        } else if (value instanceof double[] numbers) {
            write(java.util.Arrays.stream(numbers).boxed().toList(), out, indent);
        } else {
            throw new IllegalArgumentException("no JSON form for " + value.getClass().getName());
        }
    }

    /** Shortest form that reads back to the same double, without an exponent for everyday magnitudes. */
    public static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        String text = Double.toString(value);
        if (text.contains("E") && Math.abs(value) >= 1e-4 && Math.abs(value) < 1e15) {
            text = new java.math.BigDecimal(text).toPlainString();
        }
        return text.replace('E', 'e').toLowerCase(Locale.ROOT);
    }

    private static void string(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static void pad(StringBuilder out, int indent) {
        out.append("  ".repeat(indent));
    }
}
