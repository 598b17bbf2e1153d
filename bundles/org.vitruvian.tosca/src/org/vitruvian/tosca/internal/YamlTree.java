package org.vitruvian.tosca.internal;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.parser.Parser;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import org.snakeyaml.engine.v2.schema.CoreSchema;
import org.vitruvian.core.diagnostics.Diagnostic;
import org.vitruvian.tosca.ToscaLimits;
import org.vitruvian.tosca.model.Source;
import org.vitruvian.tosca.model.Value;

/**
 * Reads YAML text into a {@link Value} tree that keeps the line and column of every element,
 * within {@link ToscaLimits}: the size is bounded by the code-point limit, nesting and aliases
 * are counted as the composer pulls events (as YamlModelReader does for models), so a hostile
 * file stops before it overflows the stack or expands.
 */
public final class YamlTree {

    /** The tree (null when the text is not usable YAML) and the problem that made it unusable. */
    public record Result(Value root, Diagnostic error) {
    }

    private YamlTree() {
    }

    private static Diagnostic tooLarge(String file) {
        return error(file, null, "tosca.too-large", "The file is larger than " + ToscaLimits.MAX_BYTES / (1024 * 1024)
                + " MiB; move its types into imported files, or split the topology with substitution mappings.");
    }

    public static Result read(String file, String text) {
        // Refused before scanning: the scanner would read the whole oversized text first, which takes
        // minutes for one long scalar.
        if (text.length() > ToscaLimits.MAX_BYTES && text.codePointCount(0, text.length()) > ToscaLimits.MAX_BYTES) {
            return new Result(null, tooLarge(file));
        }
        LoadSettings settings = LoadSettings.builder().setLabel(file).setCodePointLimit(ToscaLimits.MAX_BYTES)
                .setMaxAliasesForCollections(ToscaLimits.MAX_ALIASES).setAllowDuplicateKeys(false).setAllowRecursiveKeys(false)
                .setSchema(new CoreSchema()).build();
        Optional<Node> document;
        try {
            document = new Composer(settings, new LimitedParser(new ParserImpl(settings, new StreamReader(settings, text))))
                    .getSingleNode();
        } catch (LimitExceeded e) {
            return new Result(null, error(file, e.mark, e.code, e.getMessage()));
        } catch (MarkedYamlEngineException e) {
            Mark mark = e.getProblemMark().or(e::getContextMark).orElse(null);
            String problem = e.getProblem() == null ? e.getMessage() : e.getProblem();
            String context = e.getContext() == null ? "" : " (" + e.getContext() + ")";
            return new Result(null, error(file, mark, "tosca.yaml", "Invalid YAML: " + firstLine(problem) + context + "."));
        } catch (YamlEngineException e) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("code point") || message.contains("exceeds the limit")) {
                return new Result(null, tooLarge(file));
            }
            return new Result(null, error(file, null, "tosca.yaml", "Invalid YAML: " + firstLine(message) + "."));
        }
        if (document.isEmpty()) {
            return new Result(null, Diagnostic.error(file, 1, 1, "tosca.empty",
                    "The file is empty; a TOSCA service template starts with 'tosca_definitions_version: tosca_simple_yaml_1_3'."));
        }
        try {
            return new Result(convert(file, document.get(), new ArrayList<>()), null);
        } catch (LimitExceeded e) {
            return new Result(null, error(file, e.mark, e.code, e.getMessage()));
        }
    }

    private static Value convert(String file, Node node, List<Node> path) {
        Source at = source(file, node.getStartMark());
        if (node instanceof ScalarNode scalar) {
            return new Value.Scalar(typed(scalar), scalar.getValue(), at);
        }
        if (node instanceof SequenceNode sequence) {
            List<Value> items = new ArrayList<>();
            for (Node item : sequence.getValue()) {
                items.add(convert(file, item, path));
            }
            return new Value.Sequence(List.copyOf(items), at);
        }
        MappingNode mapping = (MappingNode) node;
        List<Value.Entry> entries = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            Value.Scalar key = keyNode instanceof ScalarNode k ? new Value.Scalar(typed(k), k.getValue(), source(file, k.getStartMark()))
                    : new Value.Scalar(null, "", source(file, keyNode.getStartMark()));
            if (!keys.add(key.text())) {
                throw new LimitExceeded(keyNode.getStartMark().orElse(null), "tosca.yaml", "Invalid YAML: '" + key.text()
                        + "' appears twice in this mapping; keep one.");
            }
            entries.add(new Value.Entry(key, convert(file, tuple.getValueNode(), path)));
        }
        return new Value.Mapping(List.copyOf(entries), at);
    }

    /** The YAML core schema's value of a plain scalar; quoted scalars are always strings. */
    private static Object typed(ScalarNode scalar) {
        Tag tag = scalar.getTag();
        String text = scalar.getValue();
        try {
            if (Tag.NULL.equals(tag)) {
                return null;
            }
            if (Tag.BOOL.equals(tag)) {
                return Boolean.valueOf(text.equalsIgnoreCase("true"));
            }
            if (Tag.INT.equals(tag)) {
                String digits = text.replace("_", "");
                BigInteger number = digits.startsWith("0x") ? new BigInteger(digits.substring(2), 16)
                        : digits.startsWith("0o") ? new BigInteger(digits.substring(2), 8) : new BigInteger(digits);
                return number.bitLength() < 64 ? (Object) number.longValue() : number;
            }
            if (Tag.FLOAT.equals(tag)) {
                String lower = text.toLowerCase(java.util.Locale.ROOT);
                if (lower.endsWith(".nan")) {
                    return Double.NaN;
                }
                if (lower.endsWith(".inf")) {
                    return lower.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
                }
                return Double.valueOf(text);
            }
        } catch (NumberFormatException e) {
            return text;
        }
        return text;
    }

    static Source source(String file, Optional<Mark> mark) {
        return mark.map(m -> new Source(file, m.getLine() + 1, m.getColumn() + 1)).orElse(Source.unknown(file));
    }

    private static Diagnostic error(String file, Mark mark, String code, String message) {
        return Diagnostic.error(file, mark == null ? 0 : mark.getLine() + 1, mark == null ? 0 : mark.getColumn() + 1, code, message);
    }

    private static String firstLine(String text) {
        String line = text == null ? "unknown problem" : text.strip().lines().findFirst().orElse("");
        return line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
    }

    private static final class LimitExceeded extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient Mark mark;
        final String code;

        LimitExceeded(Mark mark, String code, String message) {
            super(message, null, false, false);
            this.mark = mark;
            this.code = code;
        }
    }

    /** Counts nesting and aliases as the composer pulls events, and stops it at the limits. */
    private static final class LimitedParser implements Parser {
        private final Parser delegate;
        private int depth;
        private int aliases;

        LimitedParser(Parser delegate) {
            this.delegate = delegate;
        }

        @Override
        public boolean checkEvent(Event.ID id) {
            return delegate.checkEvent(id);
        }

        @Override
        public Event peekEvent() {
            return delegate.peekEvent();
        }

        @Override
        public boolean hasNext() {
            return delegate.hasNext();
        }

        @Override
        public Event next() {
            Event event = delegate.next();
            switch (event.getEventId()) {
                case MappingStart, SequenceStart -> {
                    if (++depth > ToscaLimits.MAX_DEPTH) {
                        throw new LimitExceeded(event.getStartMark().orElse(null), "tosca.too-deep", "The document nests deeper than "
                                + ToscaLimits.MAX_DEPTH + " levels; no service template needs that, so the file is refused.");
                    }
                }
                case MappingEnd, SequenceEnd -> depth--;
                case Alias -> {
                    if (++aliases > ToscaLimits.MAX_ALIASES) {
                        throw new LimitExceeded(event.getStartMark().orElse(null), "tosca.too-many-aliases", "The document uses more than "
                                + ToscaLimits.MAX_ALIASES + " aliases (*name); write the values out instead.");
                    }
                }
                default -> {
                }
            }
            return event;
        }
    }
}
