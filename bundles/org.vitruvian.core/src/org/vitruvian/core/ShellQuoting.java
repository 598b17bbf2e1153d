package org.vitruvian.core;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes values into POSIX shell text so that the shell reads back exactly the value: recipe
 * exports, job scripts and commands shown to users all quote through here.
 */
public final class ShellQuoting {

    /** Characters that mean nothing special to the shell anywhere in a word after the first. */
    private static final Pattern SAFE_WORD = Pattern.compile("[A-Za-z0-9_@%+=:,./-]+");

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private ShellQuoting() {
    }

    /**
     * One shell word: left bare when it is made of harmless characters, otherwise in single
     * quotes, inside which nothing is special; a single quote itself is closed, escaped and
     * reopened ({@code '\''}).
     */
    public static String word(String value) {
        if (!value.isEmpty() && SAFE_WORD.matcher(value).matches()) {
            return value;
        }
        return quoted(value);
    }

    /** One shell word in single quotes, whatever it holds: for job scripts, where every value is quoted. */
    public static String quoted(String value) {
        return "'" + value.replace("'", "'\\''") + "'";
    }

    public static String words(List<String> values) {
        StringBuilder text = new StringBuilder();
        for (String value : values) {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(word(value));
        }
        return text.toString();
    }

    /**
     * A value in double quotes, as in {@code export KEY="value"}: the four characters the shell
     * still interprets inside double quotes ({@code \ " $ `}) are escaped with a backslash. Line
     * breaks stay line breaks, which double quotes keep literally.
     */
    public static String doubleQuoted(String value) {
        StringBuilder text = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' || c == '"' || c == '$' || c == '`') {
                text.append('\\');
            }
            text.append(c);
        }
        return text.append('"').toString();
    }

    /** Whether {@code name} can be an environment variable name in every shell. */
    public static boolean isName(String name) {
        return name != null && NAME.matcher(name).matches();
    }
}
