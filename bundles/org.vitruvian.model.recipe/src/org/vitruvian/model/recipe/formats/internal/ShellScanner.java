package org.vitruvian.model.recipe.formats.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits POSIX shell text into the commands a shell runs one after another, and each command
 * into words and operators. A recipe stores build and test steps as a list of commands while
 * an Apptainer section is one script, so export and import must agree on where one command
 * ends: at a line end that is outside quotes, here-documents, line continuations and compound
 * commands (if/fi, case/esac, loops, braces, parentheses) and not after {@code &&}, {@code ||}
 * or {@code |}. This is a scanner, not a shell: it finds boundaries and literal words, which
 * is all export and import need; anything it cannot classify it leaves as written.
 */
public final class ShellScanner {

    /** A word as the shell would pass it on, or an operator such as {@code &&} or {@code <}. */
    public record Token(boolean operator, String text, String raw, boolean expands, boolean glob, boolean quoted) {

        /** A word the shell passes on exactly as {@link #text()}: no expansion, no pattern. */
        public boolean literal() {
            return !operator && !expands && !glob;
        }

        public boolean isOperator(String op) {
            return operator && text.equals(op);
        }
    }

    /**
     * One command as written, 1-based line and column of its start within the scanned text,
     * and whether it ends properly (no unclosed quote, here-document, block or trailing operator).
     */
    public record Command(String text, int line, int column, List<Token> tokens, boolean complete) {

        /** The words of the command, or an empty list if it holds any operator. */
        public List<Token> words() {
            return tokens.stream().anyMatch(Token::operator) ? List.of() : tokens;
        }
    }

    private record Heredoc(String delimiter, boolean stripTabs) {
    }

    private final String src;
    private final int[] lineStarts;
    private final List<Command> commands = new ArrayList<>();
    private int pos;

    private int start = -1;
    private List<Token> tokens;
    private int depth;
    private int parens;
    private boolean commandPosition = true;
    private String lastOperator;
    private boolean broken;
    private final List<Heredoc> heredocs = new ArrayList<>();

    // the word being read
    private boolean wordExpands;
    private boolean wordGlob;
    private boolean wordQuoted;

    private ShellScanner(String src) {
        this.src = src;
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < src.length(); i++) {
            if (src.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The commands of a script, in order; blank lines and comment lines between them are skipped. */
    public static List<Command> split(String script) {
        ShellScanner scanner = new ShellScanner(script);
        scanner.run();
        return List.copyOf(scanner.commands);
    }

    /**
     * Whether {@code text} reads back as exactly one complete command with exactly this text,
     * so that it can be written into a script between other commands without merging with them.
     */
    public static boolean isSingleCommand(String text) {
        List<Command> found = split(text);
        return found.size() == 1 && found.get(0).complete() && found.get(0).text().equals(text);
    }

    private void run() {
        int n = src.length();
        while (pos < n) {
            char c = src.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\r') {
                pos++;
            } else if (c == '\n') {
                newline();
            } else if (c == '#') {
                while (pos < n && src.charAt(pos) != '\n') {
                    pos++;
                }
            } else if (c == '\\' && pos + 1 < n && src.charAt(pos + 1) == '\n') {
                begin();
                pos += 2;
            } else {
                begin();
                if (isOperatorChar(c)) {
                    operator();
                } else {
                    word();
                }
            }
        }
        if (start >= 0) {
            if (!heredocs.isEmpty()) {
                broken = true;
            }
            end(n);
        }
    }

    private void begin() {
        if (start < 0) {
            start = pos;
            tokens = new ArrayList<>();
            depth = 0;
            parens = 0;
            lastOperator = null;
            broken = false;
            commandPosition = true;
        }
    }

    private void newline() {
        int end = pos;
        pos++;
        if (!heredocs.isEmpty()) {
            end = readHeredocBodies();
        }
        if (start >= 0 && depth <= 0 && parens <= 0 && !continues(lastOperator) && !broken) {
            end(end);
        } else if (start >= 0 && !continues(lastOperator)) {
            lastOperator = "\n";
        }
        commandPosition = true;
    }

    private static boolean continues(String operator) {
        return "&&".equals(operator) || "||".equals(operator) || "|".equals(operator);
    }

    private void end(int end) {
        String text = src.substring(start, Math.min(end, src.length())).stripTrailing();
        boolean complete = !broken && depth <= 0 && parens <= 0 && !continues(lastOperator) && heredocs.isEmpty()
                && !endsWithContinuation(text);
        int line = lineOf(start);
        commands.add(new Command(text, line + 1, start - lineStarts[line] + 1, List.copyOf(tokens), complete));
        start = -1;
        heredocs.clear();
    }

    private static boolean endsWithContinuation(String text) {
        int backslashes = 0;
        for (int i = text.length() - 1; i >= 0 && text.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    private int lineOf(int offset) {
        int low = 0;
        int high = lineStarts.length - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (lineStarts[mid] <= offset) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }

    /** Skips the bodies of pending here-documents; returns the end of the last delimiter line. */
    private int readHeredocBodies() {
        int n = src.length();
        int end = pos - 1;
        for (Heredoc heredoc : heredocs) {
            boolean found = false;
            while (pos < n) {
                int eol = src.indexOf('\n', pos);
                int lineEnd = eol < 0 ? n : eol;
                String line = src.substring(pos, lineEnd);
                if (heredoc.stripTabs()) {
                    line = line.replaceFirst("^\t+", "");
                }
                pos = eol < 0 ? n : eol + 1;
                end = lineEnd;
                if (line.equals(heredoc.delimiter())) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                broken = true;
                end = n;
            }
        }
        heredocs.clear();
        return end;
    }

    private static boolean isOperatorChar(char c) {
        return c == ';' || c == '&' || c == '|' || c == '(' || c == ')' || c == '<' || c == '>';
    }

    private static final String[] OPERATORS = { "<<<", "<<-", ";;&", ";&", "<<", ">>", "&&", "||", ";;", ">&", "<&", ">|",
            "<>", ";", "&", "|", "(", ")", "<", ">" };

    private void operator() {
        String op = null;
        for (String candidate : OPERATORS) {
            if (src.startsWith(candidate, pos)) {
                op = candidate;
                break;
            }
        }
        pos += op.length();
        tokens.add(new Token(true, op, op, false, false, false));
        lastOperator = op;
        switch (op) {
            case "(" -> {
                parens++;
                commandPosition = true;
            }
            case ")" -> {
                parens = Math.max(0, parens - 1);
                commandPosition = true;
            }
            case ";", "&", "&&", "||", "|", ";;", ";&", ";;&" -> commandPosition = true;
            case "<<", "<<-" -> heredocDelimiter(op.equals("<<-"));
            default -> {
                // redirections leave the command position as it was: '>log cmd' is valid
            }
        }
    }

    private void heredocDelimiter(boolean stripTabs) {
        int n = src.length();
        while (pos < n && (src.charAt(pos) == ' ' || src.charAt(pos) == '\t')) {
            pos++;
        }
        if (pos >= n || src.charAt(pos) == '\n' || isOperatorChar(src.charAt(pos))) {
            broken = true;
            return;
        }
        Token delimiter = readWord();
        tokens.add(delimiter);
        heredocs.add(new Heredoc(delimiter.text(), stripTabs));
    }

    private void word() {
        Token token = readWord();
        tokens.add(token);
        lastOperator = null;
        boolean reserved = commandPosition && !token.quoted() && !token.expands();
        String raw = token.raw();
        if (reserved) {
            switch (raw) {
                case "if", "while", "until" -> {
                    depth++;
                    commandPosition = true;
                }
                case "case", "for", "select" -> {
                    depth++;
                    commandPosition = false;
                }
                case "{" -> {
                    depth++;
                    commandPosition = true;
                }
                case "fi", "esac", "done", "}" -> {
                    depth--;
                    commandPosition = false;
                }
                case "then", "do", "else", "elif", "!" -> commandPosition = true;
                default -> commandPosition = raw.matches("[A-Za-z_][A-Za-z0-9_]*=.*");
            }
        } else {
            commandPosition = false;
        }
    }

    private Token readWord() {
        int n = src.length();
        int begin = pos;
        StringBuilder text = new StringBuilder();
        wordExpands = false;
        wordGlob = false;
        wordQuoted = false;
        while (pos < n) {
            char c = src.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || isOperatorChar(c)) {
                break;
            }
            switch (c) {
                case '\\' -> {
                    if (pos + 1 >= n) {
                        // a backslash at the very end continues onto a line that never comes
                        broken = true;
                        pos++;
                    } else if (src.charAt(pos + 1) == '\n') {
                        pos += 2;
                    } else {
                        text.append(src.charAt(pos + 1));
                        wordQuoted = true;
                        pos += 2;
                    }
                }
                case '\'' -> {
                    int close = src.indexOf('\'', pos + 1);
                    wordQuoted = true;
                    if (close < 0) {
                        broken = true;
                        text.append(src, pos + 1, n);
                        pos = n;
                    } else {
                        text.append(src, pos + 1, close);
                        pos = close + 1;
                    }
                }
                case '"' -> doubleQuoted(text);
                case '$' -> dollar(text);
                case '`' -> backticks(text);
                default -> {
                    if (c == '*' || c == '?' || c == '[' || c == '~' && pos == begin) {
                        wordGlob = true;
                    }
                    text.append(c);
                    pos++;
                }
            }
        }
        return new Token(false, text.toString(), src.substring(begin, pos), wordExpands, wordGlob, wordQuoted);
    }

    private void doubleQuoted(StringBuilder text) {
        int n = src.length();
        wordQuoted = true;
        pos++;
        while (pos < n) {
            char c = src.charAt(pos);
            if (c == '"') {
                pos++;
                return;
            }
            if (c == '\\' && pos + 1 < n) {
                char next = src.charAt(pos + 1);
                if (next == '\n') {
                    pos += 2;
                } else if (next == '$' || next == '`' || next == '"' || next == '\\') {
                    text.append(next);
                    pos += 2;
                } else {
                    text.append(c);
                    pos++;
                }
            } else if (c == '$') {
                dollar(text);
            } else if (c == '`') {
                backticks(text);
            } else {
                text.append(c);
                pos++;
            }
        }
        broken = true;
    }

    private void dollar(StringBuilder text) {
        int n = src.length();
        int begin = pos;
        pos++;
        if (pos < n && (src.charAt(pos) == '(' || src.charAt(pos) == '{')) {
            wordExpands = true;
            skipBalanced(src.charAt(pos), src.charAt(pos) == '(' ? ')' : '}');
        } else if (pos < n && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '_')) {
            wordExpands = true;
            if (Character.isDigit(src.charAt(pos))) {
                pos++;
            } else {
                while (pos < n && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '_')) {
                    pos++;
                }
            }
        } else if (pos < n && "@*#?-$!".indexOf(src.charAt(pos)) >= 0) {
            wordExpands = true;
            pos++;
        }
        // a lone '$' is literal
        text.append(src, begin, pos);
    }

    private void backticks(StringBuilder text) {
        int n = src.length();
        int begin = pos;
        wordExpands = true;
        pos++;
        while (pos < n && src.charAt(pos) != '`') {
            pos += src.charAt(pos) == '\\' ? 2 : 1;
        }
        if (pos >= n) {
            broken = true;
            pos = n;
        } else {
            pos++;
        }
        text.append(src, begin, pos);
    }

    /** Skips from an opening bracket to its match, stepping over quoted text inside. */
    private void skipBalanced(char open, char close) {
        int n = src.length();
        int level = 0;
        while (pos < n) {
            char c = src.charAt(pos);
            if (c == '\\') {
                pos += 2;
                continue;
            }
            if (c == '\'') {
                int end = src.indexOf('\'', pos + 1);
                pos = end < 0 ? n : end + 1;
                continue;
            }
            if (c == '"') {
                pos++;
                while (pos < n && src.charAt(pos) != '"') {
                    pos += src.charAt(pos) == '\\' ? 2 : 1;
                }
                pos++;
                continue;
            }
            if (c == '`') {
                pos++;
                while (pos < n && src.charAt(pos) != '`') {
                    pos += src.charAt(pos) == '\\' ? 2 : 1;
                }
                pos++;
                continue;
            }
            pos++;
            if (c == open) {
                level++;
            } else if (c == close && --level == 0) {
                return;
            }
        }
        pos = Math.min(pos, n);
        broken = true;
    }
}
