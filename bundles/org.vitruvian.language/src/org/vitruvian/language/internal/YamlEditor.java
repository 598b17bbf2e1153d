package org.vitruvian.language.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.vitruvian.language.EditException;
import org.vitruvian.language.ModelPath;
import org.vitruvian.language.TextEdit;
import org.vitruvian.model.yaml.ModelKinds;
import org.vitruvian.model.yaml.ModelTree;

/**
 * Computes the smallest text edits that change a YAML model document: only the characters of
 * the value, key or item concerned change, so comments, key order, quoting and blank lines
 * elsewhere stay as written. New keys go where the metamodel orders them, new items after the
 * last item, in the style (block or flow, indentation) of their neighbours.
 */
public final class YamlEditor {

    private final String text;
    private final YamlTree tree;
    private final EClass rootClass;
    private final int mapIndent;
    private final int sequenceIndent;

    public YamlEditor(String text) {
        this(YamlTree.parse(text));
    }

    public YamlEditor(YamlTree tree) {
        this.tree = tree;
        this.text = tree.text();
        YNode root = tree.root();
        String kind = root != null && root.isMapping() ? root.text("kind") : null;
        this.rootClass = kind == null ? null : ModelKinds.eClassOf(kind).orElse(null);
        int[] indents = detectIndents(root);
        this.mapIndent = indents[0];
        this.sequenceIndent = indents[1];
    }

    public YamlTree tree() {
        return tree;
    }

    public EClass rootClass() {
        return rootClass;
    }

    // --- resolving paths -----------------------------------------------------------------------

    /** What a path leads to: the nodes along it (null from the first missing one) and the types. */
    public final class Resolution {
        final ModelPath path;
        final YNode[] nodes;
        final YNode.Entry[] entries;
        final EClass[] classes;
        final EStructuralFeature[] features;
        int found;

        Resolution(ModelPath path) {
            int n = path.segments().size();
            this.path = path;
            this.nodes = new YNode[n + 1];
            this.entries = new YNode.Entry[n + 1];
            this.classes = new EClass[n + 1];
            this.features = new EStructuralFeature[n + 1];
        }

        public boolean complete() {
            return found == path.segments().size();
        }

        public YNode node() {
            return complete() ? nodes[found] : null;
        }

        public EClass eClass() {
            return classes[found];
        }

        public EStructuralFeature feature() {
            return features[found];
        }
    }

    public Resolution resolve(ModelPath path) {
        YNode root = tree.root();
        if (root == null) {
            throw new EditException(tree.error() == null ? "The document is empty; it has no model to edit."
                    : "The document is not valid YAML at line " + tree.error().line() + ", column " + tree.error().column()
                            + " (" + tree.error().message() + "); fix that first.");
        }
        Resolution r = new Resolution(path);
        r.nodes[0] = root;
        r.classes[0] = rootClass;
        List<ModelPath.Segment> segments = path.segments();
        for (int i = 0; i < segments.size(); i++) {
            YNode at = r.nodes[i];
            ModelPath.Segment segment = segments.get(i);
            EClass eClass = r.classes[i];
            EStructuralFeature feature = r.features[i];
            if (segment instanceof ModelPath.Key key) {
                EStructuralFeature next = eClass == null ? null : eClass.getEStructuralFeature(key.name());
                r.features[i + 1] = next;
                r.classes[i + 1] = next instanceof EReference ref && ref.isContainment() && !ModelTree.isMapEntry(ref.getEReferenceType())
                        ? ref.getEReferenceType() : null;
                YNode.Entry entry = at.isMapping() ? at.entry(key.name()) : null;
                if (entry == null) {
                    r.found = i;
                    return r;
                }
                r.entries[i + 1] = entry;
                r.nodes[i + 1] = entry.value();
            } else {
                r.features[i + 1] = feature;
                r.classes[i + 1] = eClass;
                if (!at.isSequence()) {
                    r.found = i;
                    return r;
                }
                YNode item = findItem(at, segment, eClass);
                if (item == null) {
                    r.found = i;
                    return r;
                }
                r.nodes[i + 1] = item;
            }
        }
        r.found = segments.size();
        return r;
    }

    private YNode findItem(YNode sequence, ModelPath.Segment segment, EClass itemClass) {
        if (segment instanceof ModelPath.Index index) {
            return index.index() < sequence.items().size() ? sequence.items().get(index.index()) : null;
        }
        ModelPath.Match match = (ModelPath.Match) segment;
        String key = match.key() != null ? match.key() : idKey(itemClass);
        for (YNode item : sequence.items()) {
            if (item.isMapping() && match.value().equals(item.text(key))) {
                return item;
            }
            if (match.key() == null && item.isScalar() && match.value().equals(item.value())) {
                return item;
            }
        }
        return null;
    }

    static String idKey(EClass eClass) {
        if (eClass != null && eClass.getEIDAttribute() != null) {
            return eClass.getEIDAttribute().getName();
        }
        return "name";
    }

    private Resolution require(ModelPath path) {
        Resolution r = resolve(path);
        if (!r.complete()) {
            throw missing(r);
        }
        return r;
    }

    private EditException missing(Resolution r) {
        ModelPath upTo = new ModelPath(r.path.segments().subList(0, r.found + 1));
        return new EditException("'" + upTo + "' is not in the document" + (r.found == 0 ? "" : "; '"
                + new ModelPath(r.path.segments().subList(0, r.found)) + "' has no such " + (upTo.last() instanceof ModelPath.Key
                        ? "key" : "item")) + ".");
    }

    // --- operations ----------------------------------------------------------------------------

    /** Sets the value at {@code path}, creating the key (and mappings above it) when missing. */
    public List<TextEdit> set(ModelPath path, Object value) {
        if (path.isRoot()) {
            throw new EditException("The path is empty; name the key to set.");
        }
        Resolution r = resolve(path);
        value = plain(value);
        if (r.complete()) {
            return replaceValue(r, r.found, value);
        }
        // Build what is missing below the last node found as one nested value.
        List<ModelPath.Segment> segments = path.segments();
        Object nested = value;
        for (int i = segments.size() - 1; i > r.found; i--) {
            if (!(segments.get(i) instanceof ModelPath.Key key)) {
                throw missing(r);
            }
            nested = Map.of(key.name(), nested);
        }
        if (!(segments.get(r.found) instanceof ModelPath.Key key)) {
            throw missing(r);
        }
        YNode parent = r.nodes[r.found];
        if (parent.isScalar() && parent.isNull() && r.entries[r.found] != null) {
            // "resources:" with nothing under it yet.
            return replaceValue(r, r.found, new java.util.LinkedHashMap<>(Map.of(key.name(), nested)));
        }
        if (!parent.isMapping()) {
            throw new EditException("'" + new ModelPath(segments.subList(0, r.found)) + "' is not a mapping, so it has no key '"
                    + key.name() + "'.");
        }
        return List.of(insertKey(parent, r.classes[r.found], key.name(), nested, r.features[r.found + 1]));
    }

    /** Appends an item to the list at {@code path}, creating the list when missing. */
    public List<TextEdit> add(ModelPath path, Object item) {
        item = plain(item);
        Resolution r = resolve(path);
        if (!r.complete() || r.node().isNull()) {
            List<Object> list = new ArrayList<>();
            list.add(item);
            return set(path, list);
        }
        YNode sequence = r.node();
        if (!sequence.isSequence()) {
            throw new EditException("'" + path + "' is not a list; its value is a " + shape(sequence) + ".");
        }
        EClass itemClass = r.eClass();
        if (sequence.isFlow()) {
            String rendered = flow(item, itemClass);
            if (sequence.items().isEmpty()) {
                int open = text.indexOf('[', sequence.start());
                return List.of(TextEdit.insert(open + 1, rendered));
            }
            YNode last = sequence.items().get(sequence.items().size() - 1);
            return List.of(TextEdit.insert(last.end(), ", " + rendered));
        }
        YNode first = sequence.items().get(0);
        YNode last = sequence.items().get(sequence.items().size() - 1);
        int dash = dashBefore(first);
        int dashColumn = column(dash);
        String rendered;
        if (first.isMapping() && first.isFlow() && item instanceof Map) {
            rendered = flow(item, itemClass);
        } else {
            rendered = blockItem(item, itemClass, dashColumn + 2);
        }
        // Items set apart by blank lines get one before the new item too.
        String gap = sequence.items().size() > 1 && blankLineBetween(sequence.items().get(sequence.items().size() - 2).end(),
                dashBefore(last)) ? "\n" : "";
        return List.of(insertLine(last.end(), gap + " ".repeat(dashColumn) + "- " + rendered));
    }

    /** Whether an empty line stands between the lines of two offsets. */
    private boolean blankLineBetween(int from, int to) {
        int line = lineEndAfter(from);
        while (line < to) {
            int next = lineEndAfter(line);
            if (text.substring(line, Math.min(next, to)).isBlank() && next <= lineStart(to)) {
                return true;
            }
            if (next == line) {
                break;
            }
            line = next;
        }
        return false;
    }

    /** A removed range of whole lines, also taking the blank line after it when one stands before it. */
    private TextEdit removeLines(int start, int end) {
        boolean blankBefore = start >= 2 && text.charAt(start - 1) == '\n' && text.charAt(start - 2) == '\n';
        if (blankBefore && end < text.length()) {
            int next = lineEndAfter(end);
            if (text.substring(end, next).isBlank()) {
                end = next;
            }
        }
        return new TextEdit(start, end - start, "");
    }

    /** Removes the key or list item at {@code path}, with its whole lines when it has lines of its own. */
    public List<TextEdit> remove(ModelPath path) {
        if (path.isRoot()) {
            throw new EditException("The path is empty; name the key or item to remove.");
        }
        Resolution r = require(path);
        YNode parent = r.nodes[r.found - 1];
        YNode node = r.node();
        if (path.last() instanceof ModelPath.Key) {
            YNode.Entry entry = r.entries[r.found];
            int index = parent.entries().indexOf(entry);
            if (parent.isFlow()) {
                return List.of(removeFlow(parent.entries().stream().map(YNode.Entry::key).toList(),
                        parent.entries().stream().map(YNode.Entry::value).toList(), index));
            }
            int lineStart = lineStart(entry.key().start());
            if (onlySpaces(lineStart, entry.key().start())) {
                return List.of(removeLines(lineStart, lineEndAfter(entry.value().end())));
            }
            // The first key of a list item shares its line with "- ".
            if (parent.entries().size() == 1) {
                return List.of(new TextEdit(entry.key().start(), entry.value().end() - entry.key().start(), "{}"));
            }
            YNode next = parent.entries().get(index + 1).key();
            return List.of(new TextEdit(entry.key().start(), next.start() - entry.key().start(), ""));
        }
        int index = parent.items().indexOf(node);
        if (parent.isFlow()) {
            return List.of(removeFlow(parent.items(), parent.items(), index));
        }
        if (parent.items().size() == 1 && r.entries[r.found - 1] != null) {
            // The last item: leave an empty list rather than a key with no value.
            YNode.Entry owner = r.entries[r.found - 1];
            int colon = colonAfter(owner.key());
            int end = lineEndAfter(node.end());
            return List.of(new TextEdit(colon + 1, end - colon - 1, " []\n"));
        }
        int lineStart = lineStart(dashBefore(node));
        return List.of(removeLines(lineStart, lineEndAfter(node.end())));
    }

    /** Renames the key at {@code path}, keeping its value and position. */
    public List<TextEdit> renameKey(ModelPath path, String newKey) {
        if (!(path.last() instanceof ModelPath.Key)) {
            throw new EditException("'" + path + "' is a list item, not a key.");
        }
        Resolution r = require(path);
        YNode key = r.entries[r.found].key();
        return List.of(new TextEdit(key.start(), key.end() - key.start(), YamlText.key(newKey)));
    }

    /**
     * Renames the list item at {@code path} (its id key, {@code name}) and every reference to it
     * by name in the same document: name references of the metamodel and {@code step.port}
     * endpoints of links.
     */
    public List<TextEdit> rename(ModelPath path, String newName) {
        Resolution r = require(path);
        YNode item = r.node();
        EClass itemClass = r.eClass();
        String idKey = idKey(itemClass);
        String oldName = item.isMapping() ? item.text(idKey) : null;
        if (oldName == null) {
            throw new EditException("'" + path + "' has no '" + idKey + "' to rename.");
        }
        List<TextEdit> edits = new ArrayList<>(set(path.key(idKey), newName));
        if (itemClass != null) {
            collectReferenceEdits(tree.root(), rootClass, itemClass, oldName, newName, edits);
        }
        return edits;
    }

    private void collectReferenceEdits(YNode node, EClass eClass, EClass target, String oldName, String newName, List<TextEdit> edits) {
        if (node == null || eClass == null) {
            return;
        }
        if (node.isSequence()) {
            for (YNode item : node.items()) {
                collectReferenceEdits(item, eClass, target, oldName, newName, edits);
            }
            return;
        }
        if (!node.isMapping()) {
            return;
        }
        for (YNode.Entry entry : node.entries()) {
            EStructuralFeature feature = entry.key().isScalar() ? eClass.getEStructuralFeature(entry.key().value()) : null;
            if (feature instanceof EReference ref && ref.isContainment()) {
                collectReferenceEdits(entry.value(), ref.getEReferenceType(), target, oldName, newName, edits);
            } else if (feature instanceof EReference ref && ref.getEReferenceType().isSuperTypeOf(target)
                    && ModelKinds.kindOf(ref.getEReferenceType()).isEmpty()) {
                for (YNode value : scalars(entry.value())) {
                    if (oldName.equals(value.value())) {
                        edits.add(replaceScalar(value, newName, feature, value.style()));
                    }
                }
            } else if (feature instanceof EAttribute attribute && References.isPortReference(attribute)
                    && References.portOwner(attribute).isSuperTypeOf(target)) {
                for (YNode value : scalars(entry.value())) {
                    String v = value.value();
                    if (v != null && v.startsWith(oldName + ".")) {
                        edits.add(replaceScalar(value, newName + v.substring(oldName.length()), feature, value.style()));
                    }
                }
            }
        }
    }

    private static List<YNode> scalars(YNode node) {
        if (node.isScalar()) {
            return List.of(node);
        }
        return node.isSequence() ? node.items().stream().filter(YNode::isScalar).toList() : List.of();
    }

    // --- edits ---------------------------------------------------------------------------------

    private List<TextEdit> replaceValue(Resolution r, int depth, Object value) {
        YNode node = r.nodes[depth];
        YNode.Entry entry = r.entries[depth];
        EStructuralFeature feature = r.features[depth];
        EClass eClass = r.classes[depth];
        boolean inFlow = insideFlow(node);
        if (!(value instanceof Map) && !(value instanceof List)) {
            if (node.isScalar() && !node.isNull() && node.style() != YNode.Style.LITERAL && node.style() != YNode.Style.FOLDED) {
                return List.of(replaceScalar(node, value, feature, node.style()));
            }
            if (node.isScalar() && node.isNull() && node.end() > node.start()) {
                return List.of(replaceScalar(node, value, feature, YNode.Style.PLAIN));
            }
            if (entry == null || inFlow) {
                return List.of(new TextEdit(node.start(), node.end() - node.start(), YamlText.scalar(value, feature, YNode.Style.PLAIN, inFlow)));
            }
            int colon = colonAfter(entry.key());
            return List.of(new TextEdit(colon + 1, node.end() - colon - 1, " " + scalarText(value, feature, node.style(), column(entry.key().start()))));
        }
        if (inFlow || entry == null) {
            return List.of(new TextEdit(node.start(), node.end() - node.start(), flow(value, eClass)));
        }
        int colon = colonAfter(entry.key());
        int indent = column(entry.key().start());
        return List.of(new TextEdit(colon + 1, node.end() - colon - 1, blockValue(value, eClass, feature, indent)));
    }

    private TextEdit replaceScalar(YNode node, Object value, EStructuralFeature feature, YNode.Style style) {
        return new TextEdit(node.start(), node.end() - node.start(), YamlText.scalar(value, feature, style, insideFlow(node)));
    }

    /** A scalar after "key:" on a block line: a literal block when it has several lines. */
    private String scalarText(Object value, EStructuralFeature feature, YNode.Style like, int keyColumn) {
        if (value instanceof String s && s.indexOf('\n') >= 0 && !s.contains("\r")) {
            String indent = " ".repeat(keyColumn + mapIndent);
            String body = s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
            boolean leadingSpace = !body.isEmpty() && body.charAt(0) == ' ';
            if (!leadingSpace && body.lines().noneMatch(line -> line.endsWith(" "))) {
                StringBuilder block = new StringBuilder(s.endsWith("\n") ? "|" : "|-");
                for (String line : body.split("\n", -1)) {
                    block.append('\n').append(line.isEmpty() ? "" : indent + line);
                }
                return block.toString();
            }
        }
        YNode.Style quoting = like == YNode.Style.LITERAL || like == YNode.Style.FOLDED ? YNode.Style.PLAIN : like;
        return YamlText.scalar(value, feature, quoting, false);
    }

    private TextEdit insertKey(YNode mapping, EClass eClass, String key, Object value, EStructuralFeature feature) {
        int order = order(eClass, key);
        YNode.Entry previous = null;
        for (YNode.Entry entry : mapping.entries()) {
            if (entry.key().isScalar() && order(eClass, entry.key().value()) <= order) {
                previous = entry;
            }
        }
        EClass valueClass = feature instanceof EReference ref && ref.isContainment() && !ModelTree.isMapEntry(ref.getEReferenceType())
                ? ref.getEReferenceType() : null;
        if (mapping.isFlow()) {
            String rendered = YamlText.key(key) + ": " + flowValue(value, valueClass, feature);
            if (mapping.entries().isEmpty()) {
                return TextEdit.insert(text.indexOf('{', mapping.start()) + 1, rendered);
            }
            if (previous == null) {
                return TextEdit.insert(mapping.entries().get(0).key().start(), rendered + ", ");
            }
            return TextEdit.insert(previous.value().end(), ", " + rendered);
        }
        YNode.Entry first = mapping.entries().get(0);
        int indent = column(first.key().start());
        String line = " ".repeat(indent) + YamlText.key(key) + ":" + blockValue(value, valueClass, feature, indent);
        if (previous == null) {
            int lineStart = lineStart(first.key().start());
            if (onlySpaces(lineStart, first.key().start())) {
                return TextEdit.insert(lineStart, line + "\n");
            }
            previous = first;
        }
        return insertLine(previous.value().end(), line);
    }

    /** Inserts {@code line} as a line of its own after the line holding {@code offset}. */
    private TextEdit insertLine(int offset, String line) {
        int end = lineEndAfter(offset);
        if (end == text.length() && (text.isEmpty() || text.charAt(text.length() - 1) != '\n')) {
            return TextEdit.insert(end, "\n" + line);
        }
        return TextEdit.insert(end, line + "\n");
    }

    private TextEdit removeFlow(List<YNode> starts, List<YNode> ends, int index) {
        int count = starts.size();
        if (count == 1) {
            return new TextEdit(starts.get(0).start(), ends.get(0).end() - starts.get(0).start(), "");
        }
        if (index < count - 1) {
            return new TextEdit(starts.get(index).start(), starts.get(index + 1).start() - starts.get(index).start(), "");
        }
        return new TextEdit(ends.get(index - 1).end(), ends.get(index).end() - ends.get(index - 1).end(), "");
    }

    // --- rendering new values ------------------------------------------------------------------

    /** Turns EObjects into their document form (the same maps and lists the YAML writer styles). */
    @SuppressWarnings("unchecked")
    private static Object plain(Object value) {
        if (value instanceof EObject object) {
            return ModelTree.object(object, object.eResource() == null ? null : object.eResource().getURI());
        }
        if (value instanceof List<?> list) {
            return list.stream().map(YamlEditor::plain).toList();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new java.util.LinkedHashMap<>();
            ((Map<String, Object>) map).forEach((k, v) -> copy.put(k, plain(v)));
            return copy;
        }
        return value;
    }

    /** What follows "key:" for a value in block style, the key being at {@code indent}. */
    private String blockValue(Object value, EClass eClass, EStructuralFeature feature, int indent) {
        if (value instanceof Map<?, ?> map) {
            if (map.isEmpty()) {
                return " {}";
            }
            StringBuilder out = new StringBuilder();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                String key = String.valueOf(e.getKey());
                EStructuralFeature child = eClass == null ? null : eClass.getEStructuralFeature(key);
                out.append('\n').append(" ".repeat(indent + mapIndent)).append(YamlText.key(key)).append(':')
                        .append(blockValue(e.getValue(), childClass(child), child, indent + mapIndent));
            }
            return out.toString();
        }
        if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                return " []";
            }
            StringBuilder out = new StringBuilder();
            int dash = indent + sequenceIndent;
            for (Object item : list) {
                out.append('\n').append(" ".repeat(dash)).append("- ").append(blockItem(item, eClass, dash + 2, feature));
            }
            return out.toString();
        }
        return " " + scalarText(value, feature, YNode.Style.PLAIN, indent);
    }

    private String blockItem(Object item, EClass itemClass, int contentColumn) {
        return blockItem(item, itemClass, contentColumn, null);
    }

    /** A list item after its "- ", its further lines at {@code contentColumn}. */
    private String blockItem(Object item, EClass itemClass, int contentColumn, EStructuralFeature feature) {
        if (item instanceof Map<?, ?> map && !map.isEmpty()) {
            StringBuilder out = new StringBuilder();
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                String key = String.valueOf(e.getKey());
                EStructuralFeature child = itemClass == null ? null : itemClass.getEStructuralFeature(key);
                if (!first) {
                    out.append('\n').append(" ".repeat(contentColumn));
                }
                first = false;
                out.append(YamlText.key(key)).append(':').append(blockValue(e.getValue(), childClass(child), child, contentColumn));
            }
            return out.toString();
        }
        if (item instanceof Map || item instanceof List) {
            return flow(item, itemClass);
        }
        return YamlText.scalar(item, feature, YNode.Style.PLAIN, false);
    }

    private String flow(Object value, EClass eClass) {
        return flowValue(value, eClass, null);
    }

    private String flowValue(Object value, EClass eClass, EStructuralFeature feature) {
        if (value instanceof Map<?, ?> map) {
            StringBuilder out = new StringBuilder("{");
            for (Map.Entry<?, ?> e : map.entrySet()) {
                String key = String.valueOf(e.getKey());
                EStructuralFeature child = eClass == null ? null : eClass.getEStructuralFeature(key);
                if (out.length() > 1) {
                    out.append(", ");
                }
                out.append(YamlText.key(key)).append(": ").append(flowValue(e.getValue(), childClass(child), child));
            }
            return out.append('}').toString();
        }
        if (value instanceof List<?> list) {
            StringBuilder out = new StringBuilder("[");
            for (Object item : list) {
                if (out.length() > 1) {
                    out.append(", ");
                }
                out.append(flowValue(item, eClass, feature));
            }
            return out.append(']').toString();
        }
        return YamlText.scalar(value, feature, YNode.Style.PLAIN, true);
    }

    private static EClass childClass(EStructuralFeature feature) {
        return feature instanceof EReference ref && ref.isContainment() && !ModelTree.isMapEntry(ref.getEReferenceType())
                ? ref.getEReferenceType() : null;
    }

    /** Where a key goes among its siblings: the metamodel's feature order, the header first, unknown keys last. */
    private int order(EClass eClass, String key) {
        if (eClass == rootClass && rootClass != null) {
            if (key.equals("apiVersion")) {
                return -2;
            }
            if (key.equals("kind")) {
                return -1;
            }
        }
        if (eClass == null) {
            return Integer.MAX_VALUE - 1;
        }
        EStructuralFeature feature = eClass.getEStructuralFeature(key);
        return feature == null ? Integer.MAX_VALUE - 1 : eClass.getEAllStructuralFeatures().indexOf(feature);
    }

    // --- text helpers --------------------------------------------------------------------------

    private boolean insideFlow(YNode node) {
        return insideFlow(tree.root(), node, false);
    }

    private static boolean insideFlow(YNode at, YNode node, boolean flow) {
        if (at == node) {
            return flow;
        }
        if (at == null || node.start() < at.start() || node.start() > at.end()) {
            return false;
        }
        if (at.isMapping()) {
            for (YNode.Entry entry : at.entries()) {
                if (entry.key() == node || entry.value() == node) {
                    return flow || at.isFlow();
                }
                if (entry.value().contains(node.start()) && insideFlow(entry.value(), node, flow || at.isFlow())) {
                    return true;
                }
            }
        } else if (at.isSequence()) {
            for (YNode item : at.items()) {
                if (item == node) {
                    return flow || at.isFlow();
                }
                if (item.contains(node.start()) && insideFlow(item, node, flow || at.isFlow())) {
                    return true;
                }
            }
        }
        return false;
    }

    private int dashBefore(YNode item) {
        int i = item.start() - 1;
        while (i >= 0 && text.charAt(i) != '-') {
            i--;
        }
        return Math.max(i, 0);
    }

    private int colonAfter(YNode key) {
        int i = key.end();
        while (i < text.length() && text.charAt(i) != ':') {
            i++;
        }
        return i;
    }

    int lineStart(int offset) {
        int i = offset;
        while (i > 0 && text.charAt(i - 1) != '\n') {
            i--;
        }
        return i;
    }

    /** The offset after the line break that ends the line holding {@code offset}. */
    int lineEndAfter(int offset) {
        int newline = text.indexOf('\n', offset);
        return newline < 0 ? text.length() : newline + 1;
    }

    int column(int offset) {
        return offset - lineStart(offset);
    }

    private boolean onlySpaces(int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) != ' ') {
                return false;
            }
        }
        return true;
    }

    private static String shape(YNode node) {
        return node.isMapping() ? "mapping" : node.isSequence() ? "list" : "single value";
    }

    /** The document's own indentation: of nested mappings, and of list dashes under their key. */
    private int[] detectIndents(YNode root) {
        int[] found = {-1, -1};
        detect(root, found, 0);
        return new int[] {found[0] > 0 ? found[0] : 2, found[1] >= 0 ? found[1] : 2};
    }

    private void detect(YNode node, int[] found, int depth) {
        if (node == null || node.isFlow() || depth > 6 || found[0] > 0 && found[1] >= 0) {
            return;
        }
        if (node.isMapping()) {
            for (YNode.Entry entry : node.entries()) {
                YNode value = entry.value();
                int keyColumn = column(entry.key().start());
                if (value.isMapping() && !value.isFlow() && !value.entries().isEmpty() && found[0] < 0
                        && lineStart(value.start()) != lineStart(entry.key().start())) {
                    found[0] = column(value.entries().get(0).key().start()) - keyColumn;
                }
                if (value.isSequence() && !value.isFlow() && !value.items().isEmpty() && found[1] < 0) {
                    found[1] = column(dashBefore(value.items().get(0))) - keyColumn;
                }
                detect(value, found, depth + 1);
            }
        } else if (node.isSequence()) {
            for (YNode item : node.items()) {
                detect(item, found, depth + 1);
            }
        }
    }
}
