package org.vitruvian.model.yaml.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.StreamDataWriter;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.vitruvian.model.yaml.ModelTree;

/**
 * Writes a model as YAML the same way every time: {@code apiVersion} and {@code kind} first,
 * then every stated feature in the order the metamodel declares it ({@link ModelTree}), so that
 * loading and saving a file twice gives identical text and diffs stay small.
 */
public final class YamlModelWriter {

    /** Scalar lists up to this length are written on one line: {@code [a, b]}. */
    private static final int FLOW_LIST_WIDTH = 72;

    private final URI baseUri;

    /** @param baseUri URI of the file being written; file references are written relative to it */
    public YamlModelWriter(URI baseUri) {
        this.baseUri = baseUri;
    }

    public String write(EObject root) {
        DumpSettings settings = DumpSettings.builder().setIndent(2).setIndicatorIndent(2).setIndentWithIndicator(true)
                .setDefaultFlowStyle(FlowStyle.BLOCK).setWidth(100).setSplitLines(false).build();
        StringBuilder text = new StringBuilder();
        new Dump(settings).dumpNode(node(ModelTree.document(root, baseUri)), new StreamDataWriter() {
            @Override
            public void write(String str) {
                text.append(str);
            }

            @Override
            public void write(String str, int off, int len) {
                text.append(str, off, off + len);
            }
        });
        return text.toString();
    }

    private static Node node(Object value) {
        if (value instanceof Map<?, ?> map) {
            List<NodeTuple> tuples = new ArrayList<>();
            map.forEach((key, item) -> tuples.add(new NodeTuple(new ScalarNode(Tag.STR, key.toString(), ScalarStyle.PLAIN), node(item))));
            return new MappingNode(Tag.MAP, tuples, FlowStyle.BLOCK);
        }
        if (value instanceof List<?> list) {
            List<Node> items = list.stream().map(YamlModelWriter::node).toList();
            return new SequenceNode(Tag.SEQ, items, isShortScalarList(items) ? FlowStyle.FLOW : FlowStyle.BLOCK);
        }
        if (value instanceof Boolean) {
            return new ScalarNode(Tag.BOOL, value.toString(), ScalarStyle.PLAIN);
        }
        if (value instanceof Long || value instanceof Integer) {
            return new ScalarNode(Tag.INT, value.toString(), ScalarStyle.PLAIN);
        }
        if (value instanceof Double) {
            return new ScalarNode(Tag.FLOAT, value.toString(), ScalarStyle.PLAIN);
        }
        String text = String.valueOf(value);
        // Text is written plain where YAML allows it; the emitter quotes what would read back as something else.
        return new ScalarNode(Tag.STR, text, text.contains("\n") ? ScalarStyle.LITERAL : ScalarStyle.PLAIN);
    }

    private static boolean isShortScalarList(List<Node> items) {
        int width = 0;
        for (Node item : items) {
            if (!(item instanceof ScalarNode scalar) || scalar.getValue().contains("\n")) {
                return false;
            }
            width += scalar.getValue().length() + 2;
        }
        return width <= FLOW_LIST_WIDTH;
    }
}
