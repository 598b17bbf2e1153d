package org.vitruvian.model.recipe.formats.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The word rules of Containerfile instructions that take words (ENV, LABEL, COPY, FROM), as
 * BuildKit and Buildah apply them: quotes are removed, the escape character escapes the next
 * character, and {@code $NAME} / {@code ${NAME}} are replaced by build arguments and earlier
 * ENV values. Inside double quotes only {@code "}, {@code $} and the escape character can be
 * escaped; a line break cannot be written at all.
 */
public final class ContainerfileWords {

    /** A processed word, and the variables it used that had no known value. */
    public record Processed(String value, Set<String> unresolved, String error) {

        public boolean ok() {
            return error == null && unresolved.isEmpty();
        }
    }

    private ContainerfileWords() {
    }

    /** {@code "value"} with {@code \ " $} escaped, for ENV and LABEL values. */
    public static String doubleQuoted(String value) {
        StringBuilder text = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' || c == '"' || c == '$') {
                text.append('\\');
            }
            text.append(c);
        }
        return text.append('"').toString();
    }

    /**
     * A COPY path with every character the word rules would interpret escaped, so that the
     * builder reads back exactly {@code path} (spaces still need the JSON form, which the
     * caller chooses).
     */
    public static String escapedPath(String path) {
        StringBuilder text = new StringBuilder(path.length());
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '\\' || c == '$' || c == '\'' || c == '"') {
                text.append('\\');
            }
            text.append(c);
        }
        return text.toString();
    }

    /**
     * Splits instruction arguments at unquoted white space, keeping quotes and escapes in the
     * words (they are processed per word later), as the Dockerfile parser does for ENV/LABEL.
     */
    public static List<String> split(String text, char escape) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote == 0 && Character.isWhitespace(c)) {
                if (!word.isEmpty()) {
                    words.add(word.toString());
                    word.setLength(0);
                }
                continue;
            }
            word.append(c);
            if (c == escape && i + 1 < text.length() && quote != '\'') {
                word.append(text.charAt(++i));
            } else if (quote == 0 && (c == '"' || c == '\'')) {
                quote = c;
            } else if (c == quote) {
                quote = 0;
            }
        }
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        return words;
    }

    /** Applies the word rules to one word with the given variables. */
    public static Processed process(String word, char escape, Map<String, String> variables) {
        StringBuilder out = new StringBuilder();
        Set<String> unresolved = new LinkedHashSet<>();
        int n = word.length();
        int i = 0;
        while (i < n) {
            char c = word.charAt(i);
            if (c == '\'') {
                int close = word.indexOf('\'', i + 1);
                if (close < 0) {
                    return new Processed(out.toString(), unresolved, "a single quote is not closed");
                }
                out.append(word, i + 1, close);
                i = close + 1;
            } else if (c == '"') {
                i++;
                boolean closed = false;
                while (i < n) {
                    char d = word.charAt(i);
                    if (d == '"') {
                        closed = true;
                        i++;
                        break;
                    }
                    if (d == '$') {
                        i = dollar(word, i, variables, out, unresolved);
                        continue;
                    }
                    if (d == escape && i + 1 < n) {
                        char next = word.charAt(i + 1);
                        if (next == '"' || next == '$' || next == escape) {
                            out.append(next);
                            i += 2;
                            continue;
                        }
                    }
                    out.append(d);
                    i++;
                }
                if (!closed) {
                    return new Processed(out.toString(), unresolved, "a double quote is not closed");
                }
            } else if (c == '$') {
                i = dollar(word, i, variables, out, unresolved);
            } else if (c == escape) {
                if (i + 1 < n) {
                    out.append(word.charAt(i + 1));
                }
                i += 2;
            } else {
                out.append(c);
                i++;
            }
        }
        return new Processed(out.toString(), unresolved, null);
    }

    private static int dollar(String word, int at, Map<String, String> variables, StringBuilder out, Set<String> unresolved) {
        int n = word.length();
        int i = at + 1;
        if (i < n && word.charAt(i) == '{') {
            int close = word.indexOf('}', i);
            if (close < 0) {
                unresolved.add(word.substring(at));
                return n;
            }
            String inside = word.substring(i + 1, close);
            if (inside.matches("[A-Za-z_][A-Za-z0-9_]*") && variables.containsKey(inside)) {
                out.append(variables.get(inside));
            } else {
                // ${NAME:-default} and friends depend on values only the build knows
                unresolved.add(inside.replaceAll("[^A-Za-z0-9_].*", ""));
            }
            return close + 1;
        }
        int begin = i;
        while (i < n && (Character.isLetterOrDigit(word.charAt(i)) || word.charAt(i) == '_')) {
            i++;
        }
        if (i == begin) {
            out.append('$');
            return i;
        }
        String name = word.substring(begin, i);
        if (variables.containsKey(name)) {
            out.append(variables.get(name));
        } else {
            unresolved.add(name);
        }
        return i;
    }
}
