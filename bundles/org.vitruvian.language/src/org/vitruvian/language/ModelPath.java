package org.vitruvian.language;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a value sits in a model document, written as the YAML reads:
 * {@code steps[mesh].resources.cores} is the key {@code cores} of the mapping under
 * {@code resources} of the item of {@code steps} whose name is {@code mesh}. A list item is
 * chosen by its name ({@code [mesh]}, the item's id key), by any key's value
 * ({@code [from=mesh.model]}) or by its 0-based index ({@code [3]}).
 */
public record ModelPath(List<Segment> segments) {

    /** One step of a path. */
    public sealed interface Segment permits Key, Index, Match {
    }

    /** A key of a mapping. */
    public record Key(String name) implements Segment {
        @Override
        public String toString() {
            return name;
        }
    }

    /** A list item by position, from 0. */
    public record Index(int index) implements Segment {
        @Override
        public String toString() {
            return "[" + index + "]";
        }
    }

    /** A list item whose key {@code key} has the value {@code value}; a null key means the item's id key (its name). */
    public record Match(String key, String value) implements Segment {
        @Override
        public String toString() {
            return "[" + (key == null ? "" : key + "=") + value + "]";
        }
    }

    public static final ModelPath ROOT = new ModelPath(List.of());

    public ModelPath {
        segments = List.copyOf(segments);
    }

    /**
     * Reads the text form. Keys are separated by dots, items chosen in brackets; a name inside
     * brackets may contain dots ({@code links[from=mesh.model]}).
     */
    public static ModelPath parse(String path) {
        List<Segment> segments = new ArrayList<>();
        int i = 0;
        int n = path.length();
        while (i < n) {
            char c = path.charAt(i);
            if (c == '.') {
                if (i == 0 || i == n - 1 || path.charAt(i + 1) == '.' || path.charAt(i + 1) == '[') {
                    throw new EditException("Path '" + path + "': a dot must stand between two keys.");
                }
                i++;
                continue;
            }
            if (c == '[') {
                int close = path.indexOf(']', i);
                if (close < 0) {
                    throw new EditException("Path '" + path + "': '[' at " + i + " is not closed with ']'.");
                }
                String inside = path.substring(i + 1, close).strip();
                if (inside.isEmpty()) {
                    throw new EditException("Path '" + path + "': '[]' names no item; write [name], [key=value] or [index].");
                }
                if (inside.chars().allMatch(Character::isDigit)) {
                    segments.add(new Index(Integer.parseInt(inside)));
                } else if (inside.contains("=")) {
                    int eq = inside.indexOf('=');
                    segments.add(new Match(inside.substring(0, eq).strip(), inside.substring(eq + 1).strip()));
                } else {
                    segments.add(new Match(null, inside));
                }
                i = close + 1;
                continue;
            }
            int end = i;
            while (end < n && path.charAt(end) != '.' && path.charAt(end) != '[') {
                end++;
            }
            segments.add(new Key(path.substring(i, end)));
            i = end;
        }
        return new ModelPath(segments);
    }

    public ModelPath key(String name) {
        return append(new Key(name));
    }

    public ModelPath item(int index) {
        return append(new Index(index));
    }

    /** The item named {@code name} (its id key). */
    public ModelPath item(String name) {
        return append(new Match(null, name));
    }

    public ModelPath item(String key, String value) {
        return append(new Match(key, value));
    }

    public ModelPath parent() {
        if (segments.isEmpty()) {
            throw new EditException("The document root has no parent.");
        }
        return new ModelPath(segments.subList(0, segments.size() - 1));
    }

    public Segment last() {
        return segments.isEmpty() ? null : segments.get(segments.size() - 1);
    }

    public boolean isRoot() {
        return segments.isEmpty();
    }

    private ModelPath append(Segment segment) {
        List<Segment> more = new ArrayList<>(segments);
        more.add(segment);
        return new ModelPath(more);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (Segment segment : segments) {
            if (segment instanceof Key && !text.isEmpty()) {
                text.append('.');
            }
            text.append(segment);
        }
        return text.toString();
    }
}
