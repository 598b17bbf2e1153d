package org.vitruvian.model.yaml.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
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
import org.vitruvian.model.yaml.ModelKinds;

/**
 * Writes EObjects as YAML the same way every time: {@code apiVersion} and {@code kind} first,
 * then every set feature in the order the metamodel declares it, so that loading and saving a
 * file twice gives identical text and diffs stay small.
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
        String kind = ModelKinds.kindOf(root.eClass()).orElseThrow(() -> new IllegalArgumentException(
                root.eClass().getName() + " is not a document kind (no " + ModelKinds.ANNOTATION + " annotation)"));
        List<NodeTuple> tuples = new ArrayList<>();
        tuples.add(tuple("apiVersion", plain(ModelKinds.API_VERSION)));
        tuples.add(tuple("kind", plain(kind)));
        tuples.addAll(features(root));
        DumpSettings settings = DumpSettings.builder().setIndent(2).setIndicatorIndent(2).setIndentWithIndicator(true)
                .setDefaultFlowStyle(FlowStyle.BLOCK).setWidth(100).setSplitLines(false).build();
        StringBuilder text = new StringBuilder();
        new Dump(settings).dumpNode(new MappingNode(Tag.MAP, tuples, FlowStyle.BLOCK), new StreamDataWriter() {
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

    private List<NodeTuple> features(EObject object) {
        List<NodeTuple> tuples = new ArrayList<>();
        for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
            // Required values are written even when equal to their default (an enum's first literal).
            boolean stated = object.eIsSet(feature) || feature.isRequired() && !feature.isMany() && object.eGet(feature, false) != null;
            if (!YamlModelReader.isYamlVisible(feature) || !stated) {
                continue;
            }
            Node value = value(object, feature);
            if (value != null) {
                tuples.add(tuple(ModelKinds.keyOf(feature), value));
            }
        }
        return tuples;
    }

    private Node value(EObject object, EStructuralFeature feature) {
        Object value = object.eGet(feature, false);
        if (feature instanceof EAttribute attribute) {
            if (!attribute.isMany()) {
                return scalar(attribute.getEAttributeType(), value);
            }
            List<Node> items = new ArrayList<>();
            for (Object item : (List<?>) value) {
                items.add(scalar(attribute.getEAttributeType(), item));
            }
            return sequence(items);
        }
        EReference reference = (EReference) feature;
        EClass type = reference.getEReferenceType();
        if (reference.isContainment() && YamlModelReader.isMapEntry(type)) {
            List<NodeTuple> entries = new ArrayList<>();
            for (Object entry : (List<?>) value) {
                EObject e = (EObject) entry;
                entries.add(tuple(String.valueOf(e.eGet(type.getEStructuralFeature("key"))),
                        text(String.valueOf(e.eGet(type.getEStructuralFeature("value"))))));
            }
            return new MappingNode(Tag.MAP, entries, FlowStyle.BLOCK);
        }
        if (reference.isContainment()) {
            if (!reference.isMany()) {
                return new MappingNode(Tag.MAP, features((EObject) value), FlowStyle.BLOCK);
            }
            List<Node> items = new ArrayList<>();
            for (Object child : (List<?>) value) {
                items.add(new MappingNode(Tag.MAP, features((EObject) child), FlowStyle.BLOCK));
            }
            return new SequenceNode(Tag.SEQ, items, FlowStyle.BLOCK);
        }
        if (!reference.isMany()) {
            return reference(type, (EObject) value);
        }
        List<Node> items = new ArrayList<>();
        for (Object target : (List<?>) value) {
            items.add(reference(type, (EObject) target));
        }
        return sequence(items);
    }

    private Node reference(EClass type, EObject target) {
        if (YamlModelReader.isDocumentKind(type)) {
            URI uri = target.eIsProxy() ? ((InternalEObject) target).eProxyURI() : EcoreUtil.getURI(target);
            URI file = uri.trimFragment();
            if (baseUri != null && !baseUri.isRelative() && !file.isRelative()) {
                file = file.deresolve(baseUri, true, true, false);
            }
            return text(file.toString());
        }
        return text(EcoreUtil.getID(target));
    }

    private Node sequence(List<Node> items) {
        int width = 0;
        for (Node item : items) {
            if (!(item instanceof ScalarNode scalar) || scalar.getValue().contains("\n")) {
                return new SequenceNode(Tag.SEQ, items, FlowStyle.BLOCK);
            }
            width += scalar.getValue().length() + 2;
        }
        return new SequenceNode(Tag.SEQ, items, width <= FLOW_LIST_WIDTH ? FlowStyle.FLOW : FlowStyle.BLOCK);
    }

    private static Node scalar(EDataType type, Object value) {
        if (type instanceof EEnum) {
            return plain(value.toString());
        }
        Class<?> c = type.getInstanceClass();
        if (c == int.class || c == Integer.class || (c == long.class || c == Long.class) && !isCustom(type)) {
            return new ScalarNode(Tag.INT, String.valueOf(value), ScalarStyle.PLAIN);
        }
        if (c == double.class || c == Double.class) {
            double number = ((Number) value).doubleValue();
            String text = number == Math.rint(number) && Math.abs(number) < 1e15 ? String.valueOf((long) number)
                    : String.valueOf(number);
            return new ScalarNode(text.contains(".") || text.contains("E") ? Tag.FLOAT : Tag.INT, text, ScalarStyle.PLAIN);
        }
        if (c == boolean.class || c == Boolean.class) {
            return new ScalarNode(Tag.BOOL, String.valueOf(value), ScalarStyle.PLAIN);
        }
        if (c == String.class) {
            return text((String) value);
        }
        return text(EcoreUtil.convertToString(type, value));
    }

    private static boolean isCustom(EDataType type) {
        return !"http://www.eclipse.org/emf/2002/Ecore".equals(type.getEPackage().getNsURI());
    }

    /** Text is written plain where YAML allows it; the emitter quotes what would read back as something else. */
    private static ScalarNode text(String value) {
        ScalarStyle style = value.contains("\n") ? ScalarStyle.LITERAL : ScalarStyle.PLAIN;
        return new ScalarNode(Tag.STR, value, style);
    }

    private static ScalarNode plain(String value) {
        return new ScalarNode(Tag.STR, value, ScalarStyle.PLAIN);
    }

    private static NodeTuple tuple(String key, Node value) {
        return new NodeTuple(plain(key), value);
    }
}
