package org.vitruvian.language.internal;

import java.util.Locale;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EStructuralFeature;

/** How values are spelled in YAML text: when a string may stay plain, and how it is quoted. */
public final class YamlText {

    /** What YAML 1.2 (and the 1.1 readers some tools still use) would read as null, a boolean or a number. */
    private static final Pattern IMPLICIT = Pattern.compile("~|null|Null|NULL|true|True|TRUE|false|False|FALSE"
            + "|yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF|y|Y|n|N"
            + "|[-+]?[0-9][0-9_]*|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(\\.[0-9]+|[0-9][0-9_]*(\\.[0-9_]*)?)([eE][-+]?[0-9]+)?"
            + "|[-+]?\\.(inf|Inf|INF)|\\.nan|\\.NaN|\\.NAN|[0-9]+:[0-5]?[0-9](:[0-5]?[0-9])*(\\.[0-9]*)?");

    private YamlText() {
    }

    /** Whether {@code value} reads back as this same string when written without quotes. */
    public static boolean isPlainSafe(String value, boolean inFlow) {
        if (value.isEmpty() || !value.equals(value.strip()) || IMPLICIT.matcher(value).matches()) {
            return false;
        }
        char first = value.charAt(0);
        if ("[]{},#&*!|>'\"%@`".indexOf(first) >= 0) {
            return false;
        }
        if ("-?:".indexOf(first) >= 0 && (value.length() == 1 || value.charAt(1) == ' ')) {
            return false;
        }
        if (value.contains(": ") || value.contains(" #") || value.endsWith(":")) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < ' ' || c == 0x7f || c == '\uFEFF' || inFlow && ",[]{}".indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }

    public static String doubleQuoted(String value) {
        StringBuilder text = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> text.append("\\\"");
                case '\\' -> text.append("\\\\");
                case '\n' -> text.append("\\n");
                case '\t' -> text.append("\\t");
                case '\r' -> text.append("\\r");
                default -> {
                    if (c < ' ' || c == 0x7f) {
                        text.append(String.format(Locale.ROOT, "\\x%02x", (int) c));
                    } else {
                        text.append(c);
                    }
                }
            }
        }
        return text.append('"').toString();
    }

    public static String singleQuoted(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    /**
     * The text for a scalar value. Numbers, booleans and enum literals are written plain; so is
     * any value of a feature that is not text (it is read by its type, not as a string). A string
     * keeps the quoting {@code like} had, and is otherwise plain unless it would read back as
     * something else.
     */
    public static String scalar(Object value, EStructuralFeature feature, YNode.Style like, boolean inFlow) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Double d) {
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString(d.longValue()) : d.toString();
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        if (value instanceof Enumerator literal) {
            return literal.getLiteral();
        }
        String text = value.toString();
        boolean typed = feature instanceof EAttribute attribute && !isText(attribute.getEAttributeType());
        if (like == YNode.Style.SINGLE_QUOTED && text.indexOf('\n') < 0 && !hasControl(text)) {
            return singleQuoted(text);
        }
        if (like == YNode.Style.DOUBLE_QUOTED) {
            return doubleQuoted(text);
        }
        if (isPlainSafe(text, inFlow) || typed && !text.isEmpty() && text.equals(text.strip())
                && IMPLICIT.matcher(text).matches()) {
            return text;
        }
        return doubleQuoted(text);
    }

    /** A mapping key as written: plain when it can be. */
    public static String key(String key) {
        return isPlainSafe(key, true) ? key : doubleQuoted(key);
    }

    private static boolean hasControl(String text) {
        return text.chars().anyMatch(c -> c < ' ' && c != '\t');
    }

    static boolean isText(EDataType type) {
        return type.getInstanceClass() == String.class;
    }
}
