package org.vitruvian.language.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the caret is, read from the text's lines and indentation rather than from a parse: while
 * a user types, the line being typed is rarely valid YAML yet. Gives the keys from the root to
 * the mapping the caret is in, whether a key or a value is being typed, and the word so far.
 */
public final class CaretContext {

    private static final Pattern KEY_LINE = Pattern.compile("^( *)(- +)?([^\\s#:\\-\\[{'\"][^:#]*?|\"[^\"]*\"|'[^']*')\\s*:(?:\\s|$).*");
    private static final Pattern DASH_LINE = Pattern.compile("^( *)- .*|^( *)-$");

    /** Keys from the root to the mapping (or list) the caret is in. */
    public final List<String> chain;
    /** True when a key is being typed; false for a value. */
    public final boolean atKey;
    /** The key whose value is being typed (null at a key). */
    public final String key;
    /** True when the value is an item of a list written with "- ". */
    public final boolean listItem;
    /** Start of the word being typed, and the word. */
    public final int wordStart;
    public final String word;
    /** Column of the keys of the mapping the caret is in (-1 inside flow collections). */
    public final int keyColumn;
    /** Index of the caret's line, from 0. */
    public final int line;
    private final String[] lines;

    private CaretContext(List<String> chain, boolean atKey, String key, boolean listItem, int wordStart, String word, int keyColumn,
            int line, String[] lines) {
        this.chain = chain;
        this.atKey = atKey;
        this.key = key;
        this.listItem = listItem;
        this.wordStart = wordStart;
        this.word = word;
        this.keyColumn = keyColumn;
        this.line = line;
        this.lines = lines;
    }

    public static CaretContext at(String text, int offset) {
        offset = Math.max(0, Math.min(offset, text.length()));
        int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
        String[] lines = text.split("\n", -1);
        int line = 0;
        for (int i = 0; i < lineStart; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        String prefix = text.substring(lineStart, offset);
        // Inside a flow collection on this line: {id: bone.m|} or [a, b|]
        int depth = 0;
        int open = -1;
        for (int i = prefix.length() - 1; i >= 0; i--) {
            char c = prefix.charAt(i);
            if (c == '}' || c == ']') {
                depth++;
            } else if (c == '{' || c == '[') {
                if (depth == 0) {
                    open = i;
                    break;
                }
                depth--;
            }
        }
        if (open >= 0) {
            String before = prefix.substring(0, open);
            String inside = prefix.substring(open + 1);
            int comma = inside.lastIndexOf(',');
            String segment = inside.substring(comma + 1);
            int segmentStart = lineStart + open + 1 + comma + 1;
            Matcher owner = Pattern.compile("^( *)(- +)?(?:([^\\s:#]+)\\s*:)?\\s*$").matcher(before);
            List<String> chain;
            String ownerKey = null;
            if (owner.matches()) {
                int indent = owner.group(1).length();
                ownerKey = owner.group(3);
                int column = indent + (owner.group(2) == null ? 0 : owner.group(2).length());
                chain = new ArrayList<>(parents(lines, line, ownerKey == null ? indent : column));
                if (ownerKey != null) {
                    chain.add(ownerKey);
                }
            } else {
                chain = new ArrayList<>(parents(lines, line, before.length() - before.stripLeading().length()));
            }
            if (prefix.charAt(open) == '[') {
                String word = segment.stripLeading();
                return new CaretContext(chain, false, chain.isEmpty() ? null : chain.get(chain.size() - 1), true,
                        segmentStart + segment.length() - word.length(), word, -1, line, lines);
            }
            int colon = segment.indexOf(':');
            if (colon >= 0) {
                String word = segment.substring(colon + 1).stripLeading();
                return new CaretContext(chain, false, segment.substring(0, colon).strip(), false,
                        segmentStart + segment.length() - word.length(), word, -1, line, lines);
            }
            String word = segment.stripLeading();
            return new CaretContext(chain, true, null, false, segmentStart + segment.length() - word.length(), word, -1, line, lines);
        }
        Matcher m = Pattern.compile("^( *)(- +)?(.*)$").matcher(prefix);
        m.matches();
        int indent = m.group(1).length();
        boolean dash = m.group(2) != null;
        int column = indent + (dash ? m.group(2).length() : 0);
        String rest = m.group(3);
        List<String> chain = parents(lines, line, column);
        int colon = rest.indexOf(": ");
        if (colon < 0 && rest.endsWith(":")) {
            colon = rest.length() - 1;
        }
        if (colon >= 0) {
            String word = rest.substring(colon + 1).stripLeading();
            return new CaretContext(chain, false, rest.substring(0, colon).strip(), false, offset - word.length(), word, column,
                    line, lines);
        }
        return new CaretContext(chain, true, null, dash, offset - rest.length(), rest, column, line, lines);
    }

    /** The keys of the mappings enclosing a line's content at {@code column}, from the root. */
    static List<String> parents(String[] lines, int line, int column) {
        List<String> chain = new ArrayList<>();
        int col = column;
        for (int i = line - 1; i >= 0 && col > 0; i--) {
            String text = lines[i];
            if (text.isBlank() || text.stripLeading().startsWith("#")) {
                continue;
            }
            Matcher key = KEY_LINE.matcher(text);
            if (key.matches()) {
                int keyColumn = key.group(1).length() + (key.group(2) == null ? 0 : key.group(2).length());
                if (keyColumn < col) {
                    chain.add(unquote(key.group(3).strip()));
                    col = keyColumn;
                }
            }
        }
        Collections.reverse(chain);
        return chain;
    }

    /** The keys already written in the mapping the caret is in (block style). */
    public Set<String> siblingKeys() {
        Set<String> keys = new LinkedHashSet<>();
        if (keyColumn < 0) {
            return keys;
        }
        for (int i = line - 1; i >= 0; i--) {
            int state = sibling(lines[i], keys);
            if (state < 0 || state == 2) {
                break;
            }
        }
        if (!DASH_LINE.matcher(lines[line]).matches()) {
            for (int i = line + 1; i < lines.length; i++) {
                if (DASH_LINE.matcher(lines[i]).matches() && indentOf(lines[i]) < keyColumn) {
                    break;
                }
                if (sibling(lines[i], keys) < 0) {
                    break;
                }
            }
        }
        return keys;
    }

    /** -1: the line ends the mapping; 2: it holds its first key (a "- " line); otherwise 0. */
    private int sibling(String text, Set<String> keys) {
        if (text.isBlank() || text.stripLeading().startsWith("#")) {
            return 0;
        }
        if (indentOf(text) < keyColumn && !DASH_LINE.matcher(text).matches()) {
            return -1;
        }
        Matcher key = KEY_LINE.matcher(text);
        if (key.matches()) {
            int column = key.group(1).length() + (key.group(2) == null ? 0 : key.group(2).length());
            if (column == keyColumn) {
                keys.add(unquote(key.group(3).strip()));
                return key.group(2) != null ? 2 : 0;
            }
            if (column < keyColumn) {
                return -1;
            }
        }
        return 0;
    }

    /** The value of {@code key} written nearest above the caret within the same mapping, e.g. the service id for its version. */
    public String nearby(String key) {
        Pattern pattern = Pattern.compile("(?:^|[\\s{,-])" + Pattern.quote(key) + ":\\s*([^,}\\s#]+)");
        for (int i = line; i >= Math.max(0, line - 3); i--) {
            Matcher m = pattern.matcher(lines[i]);
            if (m.find()) {
                return unquote(m.group(1));
            }
        }
        return null;
    }

    /**
     * The name of the list item that holds the list {@code listKey} the caret is in: for the
     * caret in a step's {@code parameters}, the step's name (its "- name:" line).
     */
    public String enclosingItemName(String listKey) {
        int listColumn = -1;
        for (int i = line; i >= 0; i--) {
            Matcher key = KEY_LINE.matcher(lines[i]);
            if (listColumn < 0) {
                if (key.matches() && key.group(3).strip().equals(listKey) && indentOf(lines[i]) + (key.group(2) == null ? 0
                        : key.group(2).length()) < Math.max(keyColumn, 1)) {
                    listColumn = indentOf(lines[i]) + (key.group(2) == null ? 0 : key.group(2).length());
                }
                continue;
            }
            Matcher name = Pattern.compile("^( *)- +name:\\s*([^\\s#]+)").matcher(lines[i]);
            if (name.find() && name.group(1).length() < listColumn) {
                return unquote(name.group(2));
            }
        }
        return null;
    }

    private static int indentOf(String text) {
        int i = 0;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    static String unquote(String text) {
        if (text.length() >= 2 && (text.startsWith("\"") && text.endsWith("\"") || text.startsWith("'") && text.endsWith("'"))) {
            return text.substring(1, text.length() - 1);
        }
        return text;
    }
}
