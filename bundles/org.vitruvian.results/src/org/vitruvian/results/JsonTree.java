package org.vitruvian.results;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A JSON report as a tree of named nodes, the way a viewer shows it: members of an object by
 * their names, elements of an array by their index, in the file's order.
 */
public final class JsonTree {

    /** What a node holds. */
    public enum Kind {
        OBJECT, ARRAY, STRING, NUMBER, BOOLEAN, NULL
    }

    /**
     * One value of the report.
     *
     * @param name     the member's name, "[i]" for an array element, "" for the root
     * @param text     a scalar's text as the file has it (strings unquoted); for objects and arrays a summary
     * @param children members or elements, empty for scalars
     */
    public record Node(String name, Kind kind, String text, List<Node> children) {

        public boolean isScalar() {
            return kind != Kind.OBJECT && kind != Kind.ARRAY;
        }

        /** The member of an object with this name. */
        public Optional<Node> member(String memberName) {
            if (kind != Kind.OBJECT) {
                return Optional.empty();
            }
            return children.stream().filter(c -> c.name.equals(memberName)).findFirst();
        }

        /** A number's value; NaN for anything else. */
        public double number() {
            return kind == Kind.NUMBER ? Double.parseDouble(text) : Double.NaN;
        }
    }

    private JsonTree() {
    }

    public static Node read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ResultFileException(file, "cannot be read (" + e.getMessage() + ")", e);
        }
        return parse(file, text);
    }

    /** Parses {@code text}; errors name {@code file} with the line and column. */
    public static Node parse(Path file, String text) {
        Parser parser = new Parser(file, text);
        parser.space();
        Node root = parser.value("");
        parser.space();
        if (parser.at < text.length()) {
            throw parser.error("has more after the end of the JSON value; a report holds one value");
        }
        return root;
    }

    private static final class Parser {
        private final Path file;
        private final String s;
        private int at;

        Parser(Path file, String s) {
            this.file = file;
            this.s = s;
        }

        Node value(String name) {
            if (at >= s.length()) {
                throw error("ends where a value belongs");
            }
            char c = s.charAt(at);
            switch (c) {
                case '{':
                    return object(name);
                case '[':
                    return array(name);
                case '"':
                    return new Node(name, Kind.STRING, string(), List.of());
                case 't':
                    return literal(name, "true", Kind.BOOLEAN);
                case 'f':
                    return literal(name, "false", Kind.BOOLEAN);
                case 'n':
                    return literal(name, "null", Kind.NULL);
                default:
                    if (c == '-' || (c >= '0' && c <= '9')) {
                        return number(name);
                    }
                    throw error("has '" + c + "' where a value belongs");
            }
        }

        private Node object(String name) {
            at++;
            List<Node> members = new ArrayList<>();
            space();
            if (peek() == '}') {
                at++;
                return new Node(name, Kind.OBJECT, "{}", List.of());
            }
            while (true) {
                space();
                if (peek() != '"') {
                    throw error("has '" + (at < s.length() ? s.charAt(at) : ' ') + "' where a member's quoted name belongs");
                }
                String key = string();
                space();
                expect(':');
                space();
                members.add(value(key));
                space();
                char c = next("',' or '}'");
                if (c == '}') {
                    return new Node(name, Kind.OBJECT, "{" + members.size() + " members}", List.copyOf(members));
                }
                if (c != ',') {
                    at--;
                    throw error("has '" + c + "' where ',' or '}' belongs");
                }
            }
        }

        private Node array(String name) {
            at++;
            List<Node> elements = new ArrayList<>();
            space();
            if (peek() == ']') {
                at++;
                return new Node(name, Kind.ARRAY, "[]", List.of());
            }
            while (true) {
                space();
                elements.add(value("[" + elements.size() + "]"));
                space();
                char c = next("',' or ']'");
                if (c == ']') {
                    return new Node(name, Kind.ARRAY, "[" + elements.size() + " elements]", List.copyOf(elements));
                }
                if (c != ',') {
                    at--;
                    throw error("has '" + c + "' where ',' or ']' belongs");
                }
            }
        }

        private Node literal(String name, String word, Kind kind) {
            if (!s.startsWith(word, at)) {
                throw error("has an unknown word where a value belongs (true, false, null, a number, a string, [ or {)");
            }
            at += word.length();
            return new Node(name, kind, word, List.of());
        }

        private Node number(String name) {
            int start = at;
            while (at < s.length() && "+-0123456789.eE".indexOf(s.charAt(at)) >= 0) {
                at++;
            }
            String text = s.substring(start, at);
            try {
                Double.parseDouble(text);
            } catch (NumberFormatException e) {
                at = start;
                throw error("has '" + text + "', which is not a number");
            }
            return new Node(name, Kind.NUMBER, text, List.of());
        }

        private String string() {
            at++;
            StringBuilder out = new StringBuilder();
            while (true) {
                if (at >= s.length()) {
                    throw error("ends inside a string; close it with '\"'");
                }
                char c = s.charAt(at++);
                if (c == '"') {
                    return out.toString();
                }
                if (c != '\\') {
                    out.append(c);
                    continue;
                }
                char e = next("an escape");
                switch (e) {
                    case 'n' -> out.append('\n');
                    case 't' -> out.append('\t');
                    case 'r' -> out.append('\r');
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'u' -> {
                        if (at + 4 > s.length()) {
                            throw error("ends inside a \\u escape");
                        }
                        try {
                            out.append((char) Integer.parseInt(s.substring(at, at + 4), 16));
                        } catch (NumberFormatException x) {
                            throw error("has a \\u escape without four hexadecimal digits");
                        }
                        at += 4;
                    }
                    default -> out.append(e);
                }
            }
        }

        void space() {
            while (at < s.length() && Character.isWhitespace(s.charAt(at))) {
                at++;
            }
        }

        private char peek() {
            return at < s.length() ? s.charAt(at) : '\0';
        }

        private char next(String expected) {
            if (at >= s.length()) {
                throw error("ends where " + expected + " belongs");
            }
            return s.charAt(at++);
        }

        private void expect(char c) {
            if (peek() != c) {
                throw error("has '" + peek() + "' where '" + c + "' belongs");
            }
            at++;
        }

        ResultFileException error(String what) {
            int line = 1;
            int column = 1;
            for (int i = 0; i < Math.min(at, s.length()); i++) {
                if (s.charAt(i) == '\n') {
                    line++;
                    column = 1;
                } else {
                    column++;
                }
            }
            return new ResultFileException(file, line, column, what);
        }
    }
}
