package org.vitruvian.model.yaml.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.events.AliasEvent;
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
import org.vitruvian.model.yaml.ModelKinds;
import org.vitruvian.model.yaml.ModelTree;
import org.vitruvian.model.yaml.SourcePosition;
import org.vitruvian.model.yaml.YamlDiagnostic;
import org.vitruvian.model.yaml.YamlLimits;

/**
 * Turns a YAML document into EObjects using only the metamodel: every key is a structural
 * feature of the object's EClass, and the feature's type says how to read the value. Nothing
 * here knows a particular model. Problems become {@link YamlDiagnostic}s with positions;
 * reading goes on after a problem so that one run reports as many as it can.
 */
public final class YamlModelReader {

    /** The result of reading: the root object (null when the document is unusable) and its problems. */
    public record Result(EObject root, List<YamlDiagnostic> errors, List<YamlDiagnostic> warnings) {
    }

    private record PendingNameReference(EObject owner, EReference reference, String name, ScalarNode node) {
    }

    private final String location;
    private final URI resourceUri;
    private final SourcePositions positions;
    private final List<YamlDiagnostic> errors = new ArrayList<>();
    private final List<YamlDiagnostic> warnings = new ArrayList<>();
    private final List<PendingNameReference> nameReferences = new ArrayList<>();
    private final List<EObject> created = new ArrayList<>();
    private long candidatesExamined;

    public YamlModelReader(String location, URI resourceUri, SourcePositions positions) {
        this.location = location;
        this.resourceUri = resourceUri;
        this.positions = positions;
    }

    public Result read(String text) {
        LoadSettings settings = LoadSettings.builder().setLabel(location).setCodePointLimit(YamlLimits.MAX_BYTES)
                .setMaxAliasesForCollections(YamlLimits.MAX_ALIASES).setAllowDuplicateKeys(false)
                .setAllowRecursiveKeys(false).build();
        Optional<Node> document;
        try {
            LimitedParser parser = new LimitedParser(new ParserImpl(settings, new StreamReader(settings, text)));
            document = new Composer(settings, parser).getSingleNode();
        } catch (LimitExceeded e) {
            error(e.mark, e.code, e.getMessage());
            return result(null);
        } catch (MarkedYamlEngineException e) {
            syntaxError(e);
            return result(null);
        } catch (YamlEngineException e) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("code point") || message.contains("exceeds the limit")) {
                error((Mark) null, "yaml.too-large", "The file is larger than " + YamlLimits.MAX_BYTES / (1024 * 1024)
                        + " MiB; split it into several models.");
            } else {
                error((Mark) null, "yaml.syntax", "Invalid YAML: " + firstLine(message) + ".");
            }
            return result(null);
        }
        if (document.isEmpty()) {
            errors.add(new YamlDiagnostic("model.empty",
                    "The file is empty; a model starts with 'apiVersion: " + ModelKinds.API_VERSION + "' and 'kind: ...'.",
                    location, 1, 1));
            return result(null);
        }
        EObject root = readRoot(document.get());
        if (root != null) {
            resolveNameReferences();
        }
        return result(root);
    }

    private Result result(EObject root) {
        return new Result(root, List.copyOf(errors), List.copyOf(warnings));
    }

    /** A document beyond {@link YamlLimits}, found while it is composed. */
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

    /**
     * Counts nesting and aliases as the composer pulls events, and stops it at the limits: the
     * composer recurses once per nesting level, so a hostile file would overflow the stack, and
     * checking here rather than in a first pass over the events parses the text only once (half
     * the time of reading a large workflow).
     */
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
                    if (++depth > YamlLimits.MAX_DEPTH) {
                        throw new LimitExceeded(event.getStartMark().orElse(null), "yaml.too-deep",
                                "The document nests deeper than " + YamlLimits.MAX_DEPTH
                                        + " levels; no model needs that, so the file is refused.");
                    }
                }
                case MappingEnd, SequenceEnd -> depth--;
                case Alias -> {
                    if (++aliases > YamlLimits.MAX_ALIASES) {
                        throw new LimitExceeded(((AliasEvent) event).getStartMark().orElse(null), "yaml.too-many-aliases",
                                "The document uses more than " + YamlLimits.MAX_ALIASES
                                        + " aliases (*name); write the values out instead.");
                    }
                }
                default -> {
                }
            }
            return event;
        }
    }

    private void syntaxError(MarkedYamlEngineException e) {
        Mark mark = e.getProblemMark().or(e::getContextMark).orElse(null);
        String problem = e.getProblem() == null ? e.getMessage() : e.getProblem();
        String context = e.getContext() == null ? "" : " (" + e.getContext() + ")";
        error(mark, "yaml.syntax", "Invalid YAML: " + firstLine(problem) + context + ".");
    }

    private EObject readRoot(Node node) {
        if (!(node instanceof MappingNode mapping)) {
            error(node, "model.not-a-mapping",
                    "The file is not a Vitruvian model: a model is a YAML mapping of keys to values, starting with "
                            + "'apiVersion: " + ModelKinds.API_VERSION + "'.");
            return null;
        }
        Map<String, EClass> kinds = ModelKinds.all();
        ScalarNode apiVersion = scalarValue(mapping, "apiVersion");
        ScalarNode kind = scalarValue(mapping, "kind");
        boolean headerOk = true;
        if (apiVersion == null) {
            error(mapping, "model.api-version", "Missing 'apiVersion'; add 'apiVersion: " + ModelKinds.API_VERSION + "' first.");
            headerOk = false;
        } else if (!ModelKinds.API_VERSION.equals(apiVersion.getValue())) {
            error(apiVersion, "model.api-version", "'apiVersion' is '" + apiVersion.getValue() + "'; this version of Vitruvian reads '"
                    + ModelKinds.API_VERSION + "'.");
            headerOk = false;
        }
        String choices = String.join(", ", kinds.keySet());
        if (kind == null) {
            error(mapping, "model.kind", "Missing 'kind'; add 'kind: ...' with one of: " + choices + ".");
            return null;
        }
        EClass eClass = kinds.get(kind.getValue());
        if (eClass == null) {
            error(kind, "model.kind", "'kind' is '" + kind.getValue() + "'; use one of: " + choices + "."
                    + suggestion(kind.getValue(), kinds.keySet()));
            return null;
        }
        EObject root = readObject(mapping, eClass, true);
        return headerOk ? root : null;
    }

    private EObject readObject(MappingNode mapping, EClass eClass, boolean isRoot) {
        EObject object = EcoreUtil.create(eClass);
        created.add(object);
        positions.put(object, position(mapping.getStartMark()));
        // What the file states, not eIsSet: an enum's first literal is also its default, so a
        // required "manager: apt" would otherwise look unset.
        java.util.Set<EStructuralFeature> stated = new java.util.HashSet<>();
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
                error(tuple.getKeyNode(), "yaml.key", "Keys must be plain names, not lists or mappings.");
                continue;
            }
            String key = keyNode.getValue();
            // snakeyaml-engine checks duplicate keys only when constructing Java objects, not when composing nodes.
            if (!keys.add(key)) {
                error(keyNode, "yaml.duplicate-key", "'" + key + "' appears twice in this mapping; keep one.");
                continue;
            }
            if (isRoot && (key.equals("apiVersion") || key.equals("kind"))) {
                continue;
            }
            EStructuralFeature feature = featureFor(eClass, key);
            if (feature == null) {
                error(keyNode, "yaml.unknown-key", "Unknown key '" + key + "' in " + eClass.getName() + "; known keys: "
                        + String.join(", ", keysOf(eClass)) + "." + suggestion(key, keysOf(eClass)));
                continue;
            }
            Node value = tuple.getValueNode();
            if (isNull(value)) {
                continue;
            }
            positions.put(object, feature, position(value.getStartMark()));
            stated.add(feature);
            readFeature(object, feature, value);
        }
        for (EStructuralFeature feature : eClass.getEAllStructuralFeatures()) {
            if (feature.getLowerBound() > 0 && !feature.isMany() && !stated.contains(feature) && ModelTree.isVisible(feature)) {
                error(mapping, "yaml.missing-key", describe(object) + " needs '" + feature.getName() + "': "
                        + documentation(feature));
            }
        }
        return object;
    }

    private void readFeature(EObject object, EStructuralFeature feature, Node value) {
        if (feature instanceof EAttribute attribute) {
            if (attribute.isMany()) {
                for (Node item : items(value, attribute)) {
                    Object converted = convert(attribute, item);
                    if (converted != null) {
                        list(object, attribute).add(converted);
                    }
                }
            } else if (value instanceof ScalarNode) {
                Object converted = convert(attribute, value);
                if (converted != null) {
                    object.eSet(attribute, converted);
                }
            } else {
                error(value, "yaml.type", "'" + attribute.getName() + "' takes a single " + typeName(attribute.getEAttributeType())
                        + ", not a " + shape(value) + ".");
            }
            return;
        }
        EReference reference = (EReference) feature;
        EClass type = reference.getEReferenceType();
        if (reference.isContainment()) {
            if (ModelTree.isMapEntry(type)) {
                readMapEntries(object, reference, value);
            } else if (reference.isMany()) {
                for (Node item : items(value, reference)) {
                    EObject child = readChild(reference, item);
                    if (child != null) {
                        list(object, reference).add(child);
                    }
                }
            } else {
                EObject child = readChild(reference, value);
                if (child != null) {
                    object.eSet(reference, child);
                }
            }
            return;
        }
        List<Node> targets = reference.isMany() ? items(value, reference) : List.of(value);
        for (Node target : targets) {
            if (!(target instanceof ScalarNode scalar)) {
                error(target, "yaml.type", "'" + reference.getName() + "' refers to " + article(type.getName()) + " by "
                        + (isDocumentKind(type) ? "its file path" : "its name") + ", not by a " + shape(target) + ".");
                continue;
            }
            if (isDocumentKind(type)) {
                EObject proxy = proxy(type, scalar.getValue());
                if (reference.isMany()) {
                    list(object, reference).add(proxy);
                } else {
                    object.eSet(reference, proxy);
                }
                positions.putValue(object, reference, proxy, position(scalar.getStartMark()));
            } else {
                nameReferences.add(new PendingNameReference(object, reference, scalar.getValue(), scalar));
            }
        }
    }

    private EObject readChild(EReference reference, Node node) {
        if (!(node instanceof MappingNode mapping)) {
            error(node, "yaml.type", "Each entry of '" + reference.getName() + "' is a mapping of keys to values ("
                    + article(reference.getEReferenceType().getName()) + "), not a " + shape(node) + ".");
            return null;
        }
        EClass type = reference.getEReferenceType();
        if (type.isAbstract()) {
            error(node, "yaml.type", "'" + reference.getName() + "' cannot be read: its type " + type.getName() + " is abstract.");
            return null;
        }
        return readObject(mapping, type, false);
    }

    /** Map entries (EMF's Map.Entry classes) are written as a plain YAML mapping: {@code KEY: value}. */
    private void readMapEntries(EObject object, EReference reference, Node node) {
        if (!(node instanceof MappingNode mapping)) {
            error(node, "yaml.type", "'" + reference.getName() + "' is a mapping of names to values (NAME: value), not a "
                    + shape(node) + ".");
            return;
        }
        EClass entryClass = reference.getEReferenceType();
        EStructuralFeature keyFeature = entryClass.getEStructuralFeature("key");
        EStructuralFeature valueFeature = entryClass.getEStructuralFeature("value");
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode repeated && !keys.add(repeated.getValue())) {
                error(repeated, "yaml.duplicate-key", "'" + repeated.getValue() + "' appears twice in this mapping; keep one.");
                continue;
            }
            if (!(tuple.getKeyNode() instanceof ScalarNode key) || !(tuple.getValueNode() instanceof ScalarNode value)) {
                error(tuple.getKeyNode(), "yaml.type", "Entries of '" + reference.getName() + "' are written NAME: value.");
                continue;
            }
            EObject entry = EcoreUtil.create(entryClass);
            entry.eSet(keyFeature, key.getValue());
            entry.eSet(valueFeature, isNull(value) ? "" : value.getValue());
            positions.put(entry, position(key.getStartMark()));
            list(object, reference).add(entry);
        }
    }

    private List<Node> items(Node value, EStructuralFeature feature) {
        if (value instanceof SequenceNode sequence) {
            return sequence.getValue();
        }
        error(value, "yaml.type", "'" + feature.getName() + "' is a list; write it as [a, b] or as lines starting with '- '.");
        return List.of();
    }

    private Object convert(EAttribute attribute, Node node) {
        if (!(node instanceof ScalarNode scalar)) {
            error(node, "yaml.type", "'" + attribute.getName() + "' takes " + typeName(attribute.getEAttributeType()) + "s, not a "
                    + shape(node) + ".");
            return null;
        }
        EDataType type = attribute.getEAttributeType();
        String text = scalar.getValue();
        if (type instanceof EEnum eEnum) {
            EEnumLiteral literal = eEnum.getEEnumLiteralByLiteral(text);
            if (literal == null) {
                List<String> allowed = eEnum.getELiterals().stream().map(EEnumLiteral::getLiteral).toList();
                error(scalar, "yaml.type", "'" + attribute.getName() + "' is '" + text + "'; use one of: " + String.join(", ", allowed)
                        + "." + suggestion(text, allowed));
                return null;
            }
            return literal.getInstance();
        }
        Class<?> instanceClass = type.getInstanceClass();
        try {
            if (instanceClass == int.class || instanceClass == Integer.class) {
                return Integer.valueOf(text.strip());
            }
            if (instanceClass == long.class && type.getEPackage() == EcorePackage.eINSTANCE || instanceClass == Long.class) {
                return Long.valueOf(text.strip());
            }
            if (instanceClass == double.class || instanceClass == Double.class) {
                double number = Double.parseDouble(text.strip());
                if (!Double.isFinite(number) || text.strip().matches("(?i)[+-]?(nan|infinity)")) {
                    throw new NumberFormatException();
                }
                return number;
            }
            if (instanceClass == boolean.class || instanceClass == Boolean.class) {
                String word = text.strip().toLowerCase(Locale.ROOT);
                if (!word.equals("true") && !word.equals("false")) {
                    throw new NumberFormatException();
                }
                return Boolean.valueOf(word);
            }
            if (instanceClass == String.class) {
                return text;
            }
            return EcoreUtil.createFromString(type, text.strip());
        } catch (NumberFormatException e) {
            error(scalar, "yaml.type", "'" + attribute.getName() + "' takes " + article(typeName(type)) + ", got '" + text + "'.");
        } catch (IllegalArgumentException e) {
            error(scalar, "yaml.type", "'" + attribute.getName() + "': " + e.getMessage() + ".");
        }
        return null;
    }

    private EObject proxy(EClass type, String path) {
        InternalEObject proxy = (InternalEObject) EcoreUtil.create(type);
        URI uri = URI.createURI(path);
        if (resourceUri != null && uri.isRelative()) {
            uri = uri.resolve(resourceUri);
        }
        proxy.eSetProxyURI(uri.appendFragment("/"));
        return proxy;
    }

    /**
     * Names are resolved once the whole document is read, so references may point forward. The
     * objects are indexed by name once, so each reference looks only at the objects of its name:
     * scanning every object per reference made a workflow of n steps binding parameters cost n
     * squared.
     */
    private void resolveNameReferences() {
        // By name and concrete class: a step's parameter value named like the workflow parameter it
        // binds must not make every binding look at every value.
        Map<String, Map<EClass, List<EObject>>> byName = new HashMap<>();
        for (EObject object : created) {
            String id = EcoreUtil.getID(object);
            if (id != null) {
                byName.computeIfAbsent(id, k -> new HashMap<>()).computeIfAbsent(object.eClass(), k -> new ArrayList<>()).add(object);
            }
        }
        Map<EClass, List<String>> knownOfType = new HashMap<>();
        for (PendingNameReference pending : nameReferences) {
            EClass type = pending.reference().getEReferenceType();
            List<EObject> candidates = new ArrayList<>();
            for (Map.Entry<EClass, List<EObject>> named : byName.getOrDefault(pending.name(), Map.of()).entrySet()) {
                if (type.isSuperTypeOf(named.getKey())) {
                    candidatesExamined += named.getValue().size();
                    candidates.addAll(named.getValue());
                }
            }
            if (candidates.size() == 1) {
                EObject target = candidates.get(0);
                if (pending.reference().isMany()) {
                    list(pending.owner(), pending.reference()).add(target);
                } else {
                    pending.owner().eSet(pending.reference(), target);
                }
                positions.putValue(pending.owner(), pending.reference(), target, position(pending.node().getStartMark()));
                continue;
            }
            List<String> known = knownOfType.computeIfAbsent(type, t -> created.stream().filter(t::isInstance)
                    .map(EcoreUtil::getID).filter(id -> id != null).distinct().sorted().toList());
            if (candidates.isEmpty()) {
                error(pending.node(), "yaml.unresolved", "No " + type.getName() + " named '" + pending.name() + "'"
                        + (known.isEmpty() ? " is defined in this file." : "; defined here: " + String.join(", ", known) + ".")
                        + suggestion(pending.name(), known));
            } else {
                error(pending.node(), "yaml.ambiguous", candidates.size() + " objects of type " + type.getName() + " are named '"
                        + pending.name() + "'; give them different names.");
            }
        }
    }

    /** How many objects name references were compared with while resolving: grows with the references, not their product with the objects. */
    public long candidatesExamined() {
        return candidatesExamined;
    }

    // --- metamodel helpers -------------------------------------------------------------------

    private static EStructuralFeature featureFor(EClass eClass, String key) {
        EStructuralFeature feature = eClass.getEStructuralFeature(key);
        return feature != null && ModelTree.isVisible(feature) ? feature : null;
    }


    static List<String> keysOf(EClass eClass) {
        return eClass.getEAllStructuralFeatures().stream().filter(ModelTree::isVisible)
                .map(EStructuralFeature::getName).toList();
    }


    static boolean isDocumentKind(EClass eClass) {
        return ModelKinds.kindOf(eClass).isPresent();
    }

    @SuppressWarnings("unchecked")
    private static EList<Object> list(EObject object, EStructuralFeature feature) {
        return (EList<Object>) object.eGet(feature);
    }

    private static ScalarNode scalarValue(MappingNode mapping, String key) {
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode k && key.equals(k.getValue())
                    && tuple.getValueNode() instanceof ScalarNode v) {
                return v;
            }
        }
        return null;
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode scalar && Tag.NULL.equals(scalar.getTag());
    }

    private static String describe(EObject object) {
        String id = EcoreUtil.getID(object);
        return id == null ? object.eClass().getName() : object.eClass().getName() + " '" + id + "'";
    }

    private static String documentation(EStructuralFeature feature) {
        String doc = EcoreUtil.getDocumentation(feature);
        return doc == null ? "add it." : doc;
    }

    private static String typeName(EDataType type) {
        Class<?> c = type.getInstanceClass();
        if (c == int.class || c == Integer.class || c == long.class || c == Long.class) {
            return type.getEPackage() == EcorePackage.eINSTANCE ? "whole number" : type.getName();
        }
        if (c == double.class || c == Double.class) {
            return "number";
        }
        if (c == boolean.class || c == Boolean.class) {
            return "true or false";
        }
        if (c == String.class) {
            return "text value";
        }
        return type.getName();
    }

    private static String shape(Node node) {
        return node instanceof MappingNode ? "mapping" : node instanceof SequenceNode ? "list" : "single value";
    }

    private static String article(String noun) {
        return ("aeiou".indexOf(Character.toLowerCase(noun.charAt(0))) >= 0 ? "an " : "a ") + noun;
    }

    /** " Did you mean 'x'?" when a known word is close to what was typed. */
    static String suggestion(String typed, java.util.Collection<String> known) {
        return known.stream().filter(k -> !k.equals(typed))
                .map(k -> Map.entry(k, distance(typed.toLowerCase(Locale.ROOT), k.toLowerCase(Locale.ROOT))))
                .filter(e -> e.getValue() <= Math.max(1, Math.min(3, typed.length() / 3)))
                .min(Comparator.comparingInt(Map.Entry::getValue)).map(e -> " Did you mean '" + e.getKey() + "'?").orElse("");
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    // --- diagnostics -------------------------------------------------------------------------

    private static SourcePosition position(Optional<Mark> mark) {
        return mark.map(m -> new SourcePosition(m.getLine() + 1, m.getColumn() + 1)).orElse(SourcePosition.UNKNOWN);
    }

    private void error(Node node, String code, String message) {
        error(node == null ? null : node.getStartMark().orElse(null), code, message);
    }

    private void error(Mark mark, String code, String message) {
        int line = mark == null ? 0 : mark.getLine() + 1;
        int column = mark == null ? 0 : mark.getColumn() + 1;
        errors.add(new YamlDiagnostic(code, message, location, line, column));
    }

    private static String firstLine(String text) {
        String line = text == null ? "unknown problem" : text.strip().lines().findFirst().orElse("");
        return line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
    }
}
