package org.vitruvian.language.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.vitruvian.model.yaml.YamlLimits;

/**
 * A YAML document's node tree with text offsets, for editing the text in place and for the
 * language services. Parsing fails softly: {@link #root()} is null and {@link #error()} says
 * where the text stops being YAML.
 */
public final class YamlTree {

    /** Where and why the text is not YAML; offsets in UTF-16 units. */
    public record SyntaxError(int offset, int line, int column, String message) {
    }

    private final String text;
    private final YNode root;
    private final SyntaxError error;
    /** Code point index to UTF-16 index; null when the text has no surrogate pairs (then they agree). */
    private final int[] charIndex;

    private YamlTree(String text, YNode root, SyntaxError error, int[] charIndex) {
        this.text = text;
        this.root = root;
        this.error = error;
        this.charIndex = charIndex;
    }

    public static YamlTree parse(String text) {
        int[] charIndex = null;
        if (text.codePointCount(0, text.length()) != text.length()) {
            charIndex = new int[text.codePointCount(0, text.length()) + 1];
            int cp = 0;
            for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
                charIndex[cp++] = i;
            }
            charIndex[cp] = text.length();
        }
        LoadSettings settings = LoadSettings.builder().setCodePointLimit(YamlLimits.MAX_BYTES)
                .setMaxAliasesForCollections(YamlLimits.MAX_ALIASES).setAllowRecursiveKeys(false).build();
        try {
            Optional<Node> document = new Compose(settings).composeString(text);
            YamlTree shell = new YamlTree(text, null, null, charIndex);
            YNode root = document.map(node -> shell.convert(node, 0)).orElse(null);
            return new YamlTree(text, root, null, charIndex);
        } catch (MarkedYamlEngineException e) {
            Mark mark = e.getProblemMark().or(e::getContextMark).orElse(null);
            String problem = e.getProblem() == null ? String.valueOf(e.getMessage()) : e.getProblem();
            YamlTree shell = new YamlTree(text, null, null, charIndex);
            int offset = mark == null ? 0 : shell.offset(mark);
            return new YamlTree(text, null, new SyntaxError(offset, mark == null ? 1 : mark.getLine() + 1,
                    mark == null ? 1 : mark.getColumn() + 1, problem.strip()), charIndex);
        } catch (YamlEngineException | StackOverflowError e) {
            return new YamlTree(text, null, new SyntaxError(0, 1, 1, String.valueOf(e.getMessage()).strip()), charIndex);
        }
    }

    public String text() {
        return text;
    }

    /** The document's root node; null when the text does not parse or is empty. */
    public YNode root() {
        return root;
    }

    public SyntaxError error() {
        return error;
    }

    private int offset(Mark mark) {
        int index = mark.getIndex();
        if (charIndex == null) {
            return Math.min(index, text.length());
        }
        return charIndex[Math.min(index, charIndex.length - 1)];
    }

    private YNode convert(Node node, int depth) {
        if (depth > YamlLimits.MAX_DEPTH) {
            throw new YamlEngineException("The document nests deeper than " + YamlLimits.MAX_DEPTH + " levels");
        }
        int start = node.getStartMark().map(this::offset).orElse(0);
        int parserEnd = node.getEndMark().map(this::offset).orElse(start);
        if (node instanceof ScalarNode scalar) {
            YNode.Style style = switch (scalar.getScalarStyle()) {
                case SINGLE_QUOTED -> YNode.Style.SINGLE_QUOTED;
                case DOUBLE_QUOTED -> YNode.Style.DOUBLE_QUOTED;
                case LITERAL -> YNode.Style.LITERAL;
                case FOLDED -> YNode.Style.FOLDED;
                default -> YNode.Style.PLAIN;
            };
            int end = parserEnd;
            if (style == YNode.Style.LITERAL || style == YNode.Style.FOLDED) {
                // A block scalar's end mark lies after its line breaks (and any blank lines).
                while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                    end--;
                }
            }
            boolean isNull = Tag.NULL.equals(scalar.getTag()) && scalar.getScalarStyle() == ScalarStyle.PLAIN;
            if (isNull && scalar.getValue().isEmpty()) {
                end = start;
            }
            return new YNode(YNode.Kind.SCALAR, start, end, false, style, scalar.getValue(), isNull, null, null);
        }
        if (node instanceof MappingNode mapping) {
            boolean flow = mapping.getFlowStyle() == FlowStyle.FLOW;
            List<YNode.Entry> entries = new ArrayList<>(mapping.getValue().size());
            int end = start;
            for (NodeTuple tuple : mapping.getValue()) {
                YNode key = convert(tuple.getKeyNode(), depth + 1);
                YNode value = convert(tuple.getValueNode(), depth + 1);
                entries.add(new YNode.Entry(key, value));
                end = Math.max(end, Math.max(key.end, value.end));
            }
            return new YNode(YNode.Kind.MAPPING, start, flow ? parserEnd : end, flow, YNode.Style.PLAIN, null, false, entries, null);
        }
        SequenceNode sequence = (SequenceNode) node;
        boolean flow = sequence.getFlowStyle() == FlowStyle.FLOW;
        List<YNode> items = new ArrayList<>(sequence.getValue().size());
        int end = start;
        for (Node item : sequence.getValue()) {
            YNode child = convert(item, depth + 1);
            items.add(child);
            end = Math.max(end, child.end);
        }
        return new YNode(YNode.Kind.SEQUENCE, start, flow ? parserEnd : end, flow, YNode.Style.PLAIN, null, false, null, items);
    }
}
