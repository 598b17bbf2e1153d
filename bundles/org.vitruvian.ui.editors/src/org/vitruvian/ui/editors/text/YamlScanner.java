package org.vitruvian.ui.editors.text;

import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.rules.EndOfLineRule;
import org.eclipse.jface.text.rules.ICharacterScanner;
import org.eclipse.jface.text.rules.IRule;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.IWordDetector;
import org.eclipse.jface.text.rules.RuleBasedScanner;
import org.eclipse.jface.text.rules.SingleLineRule;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.jface.text.rules.WordRule;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;

/**
 * Colours YAML as Eclipse's own editors colour code: keys bold purple (as Java keywords),
 * strings blue, comments green, numbers and constants dark. Works line by line, so a keystroke
 * repaints only its line. Every YAML editor of Vitruvian (the model editors, the TOSCA editor)
 * uses it, so that they look alike.
 */
public final class YamlScanner extends RuleBasedScanner {

    static final RGB KEY = new RGB(127, 0, 85);
    static final RGB STRING = new RGB(42, 0, 255);
    static final RGB COMMENT = new RGB(63, 127, 95);
    static final RGB CONSTANT = new RGB(0, 0, 192);
    static final RGB PUNCTUATION = new RGB(100, 100, 100);

    public YamlScanner() {
        IToken key = token(KEY, SWT.BOLD);
        IToken string = token(STRING, SWT.NORMAL);
        IToken comment = token(COMMENT, SWT.ITALIC);
        IToken constant = token(CONSTANT, SWT.NORMAL);
        IToken punctuation = token(PUNCTUATION, SWT.BOLD);

        WordRule constants = new WordRule(new IWordDetector() {
            @Override
            public boolean isWordStart(char c) {
                return Character.isLetter(c) || c == '~';
            }

            @Override
            public boolean isWordPart(char c) {
                return Character.isLetter(c);
            }
        }, Token.UNDEFINED);
        // YAML 1.2 (what the model files and TOSCA are read as): yes and no are text, not booleans.
        for (String word : new String[] { "true", "false", "null", "True", "False", "Null", "~" }) {
            constants.addWord(word, constant);
        }
        setRules(new IRule[] { new AtValueStart(new SingleLineRule("\"", "\"", string, '\\')),
                new AtValueStart(new SingleLineRule("'", "'", string)), new CommentRule(comment), new KeyRule(key),
                new DocumentMarkerRule(punctuation), new AtValueStart(new ScalarNumberRule(constant)), new AtValueStart(constants) });
    }

    private static IToken token(RGB rgb, int style) {
        return new Token(new TextAttribute(new Color(rgb), null, style));
    }

    /**
     * A rule that applies only where a YAML value can start (after white space or YAML
     * punctuation), so the apostrophe in {@code hospital's} or the 2 in {@code CT2S} inside plain
     * text is not taken for a string or a number.
     */
    private static final class AtValueStart implements IRule {

        private final IRule rule;

        AtValueStart(IRule rule) {
            this.rule = rule;
        }

        @Override
        public IToken evaluate(ICharacterScanner scanner) {
            if (scanner.getColumn() > 0) {
                scanner.unread();
                int before = scanner.read();
                if (!(Character.isWhitespace(before) || "[{,:-".indexOf(before) >= 0)) {
                    return Token.UNDEFINED;
                }
            }
            return rule.evaluate(scanner);
        }
    }

    /** A number that is the whole scalar ({@code 70}, {@code 1e-8}, {@code -0.5}), not the digits of a word such as {@code 1.x}. */
    private static final class ScalarNumberRule implements IRule {

        private final IToken token;

        ScalarNumberRule(IToken token) {
            this.token = token;
        }

        @Override
        public IToken evaluate(ICharacterScanner scanner) {
            int read = 0;
            int digits = 0;
            int c = scanner.read();
            while (c != ICharacterScanner.EOF && (Character.isDigit(c) || ".eE+-".indexOf(c) >= 0)) {
                digits += Character.isDigit(c) ? 1 : 0;
                read++;
                c = scanner.read();
            }
            boolean ends = c == ICharacterScanner.EOF || Character.isWhitespace(c) || ",]}#".indexOf(c) >= 0;
            scanner.unread();
            if (digits > 0 && ends) {
                return token;
            }
            for (int i = 0; i < read; i++) {
                scanner.unread();
            }
            return Token.UNDEFINED;
        }
    }

    /** A comment starts at '#' at the start of a line or after white space (in YAML, 'a#b' is no comment). */
    private static final class CommentRule extends EndOfLineRule {

        CommentRule(IToken token) {
            super("#", token);
        }

        @Override
        public IToken evaluate(ICharacterScanner scanner, boolean resume) {
            if (scanner.getColumn() > 0) {
                scanner.unread();
                int before = scanner.read();
                if (!Character.isWhitespace(before) && before != ICharacterScanner.EOF) {
                    return Token.UNDEFINED;
                }
            }
            return super.evaluate(scanner, resume);
        }
    }

    /** A mapping key: a plain word followed by ':' and a space or the end of the line. */
    private static final class KeyRule implements IRule {

        private final IToken token;

        KeyRule(IToken token) {
            this.token = token;
        }

        @Override
        public IToken evaluate(ICharacterScanner scanner) {
            if (scanner.getColumn() > 0) {
                scanner.unread();
                int before = scanner.read();
                if (isKeyPart(before)) {
                    return Token.UNDEFINED;
                }
            }
            int read = 0;
            int c = scanner.read();
            while (c != ICharacterScanner.EOF && isKeyPart(c)) {
                read++;
                c = scanner.read();
            }
            boolean key = false;
            if (read > 0 && c == ':') {
                int next = scanner.read();
                key = next == ' ' || next == '\t' || next == '\n' || next == '\r' || next == ICharacterScanner.EOF;
                scanner.unread();
            }
            scanner.unread(); // the character after the key ( ':' or whatever stopped it)
            if (key) {
                return token;
            }
            for (int i = 0; i < read; i++) {
                scanner.unread();
            }
            return Token.UNDEFINED;
        }

        private static boolean isKeyPart(int c) {
            return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.' || c == '/';
        }
    }

    /** {@code ---} and {@code ...} at the start of a line, and the '-' of a list item. */
    private static final class DocumentMarkerRule implements IRule {

        private final IToken token;

        DocumentMarkerRule(IToken token) {
            this.token = token;
        }

        @Override
        public IToken evaluate(ICharacterScanner scanner) {
            int c = scanner.read();
            if (c == '-') {
                int next = scanner.read();
                if (next == ' ' || next == '\n' || next == '\r' || next == ICharacterScanner.EOF) {
                    scanner.unread();
                    return token;
                }
                scanner.unread();
            }
            scanner.unread();
            return Token.UNDEFINED;
        }
    }
}
