package org.vitruvian.language;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.vitruvian.core.diagnostics.Diagnostic;
import org.vitruvian.core.diagnostics.Severity;
import org.vitruvian.language.internal.LineMap;
import org.vitruvian.language.internal.YNode;
import org.vitruvian.language.internal.YamlEditor;
import org.vitruvian.language.internal.YamlTree;
import org.vitruvian.model.yaml.ModelDiagnostics;
import org.vitruvian.model.yaml.YamlDiagnostic;
import org.vitruvian.model.yaml.YamlResource;
import org.vitruvian.model.yaml.YamlResourceFactory;

/**
 * A model document being edited: its text, the model read from it (with the position of every
 * object and value) and its YAML structure. {@link #setText} reads it again; a document that
 * does not parse keeps its text, has no {@link #root()} and says why in
 * {@link #readDiagnostics()}. Each reading is a {@link Snapshot}, so a reader on another thread
 * sees one consistent text and model.
 *
 * <p>Files the document refers to (a workflow's imports) are read through one resource set
 * kept across readings, so they are not read again on every keystroke.
 */
public final class LanguageDocument {

    /** One reading of the text: immutable once made. */
    public static final class Snapshot {
        private final String text;
        private final int version;
        private YamlTree tree;
        private final YamlResource resource;
        private final LineMap lines;
        private final List<Diagnostic> diagnostics;
        private YamlEditor editor;

        Snapshot(String text, int version, YamlResource resource, List<Diagnostic> diagnostics) {
            this.text = text;
            this.version = version;
            this.resource = resource;
            this.lines = new LineMap(text);
            this.diagnostics = diagnostics;
        }

        public String text() {
            return text;
        }

        public int version() {
            return version;
        }

        /** The model's root object, or null when the text could not be read as a model. */
        public EObject root() {
            return resource.getContents().isEmpty() ? null : resource.getContents().get(0);
        }

        public YamlResource resource() {
            return resource;
        }

        /**
         * The YAML structure with offsets (internal: for this bundle and its tests). Parsed on
         * first use: reading diagnostics on every keystroke does not need it.
         */
        public synchronized YamlTree tree() {
            if (tree == null) {
                tree = YamlTree.parse(text);
            }
            return tree;
        }

        public LineMap lines() {
            return lines;
        }

        public List<Diagnostic> readDiagnostics() {
            return diagnostics;
        }

        public synchronized DocumentEdits edits() {
            if (editor == null) {
                editor = new YamlEditor(tree());
            }
            return DocumentEdits.of(editor);
        }
    }

    private final URI uri;
    private final ResourceSet resourceSet;
    private volatile Snapshot snapshot;

    /** A document for {@code uri} (a file URI, so relative references resolve) with {@code text}. */
    public LanguageDocument(URI uri, String text) {
        this.uri = uri;
        this.resourceSet = newResourceSet();
        this.snapshot = read(text, 0);
    }

    /** The document of a file as it is on disk. */
    public static LanguageDocument open(Path file) throws IOException {
        return new LanguageDocument(URI.createFileURI(file.toAbsolutePath().normalize().toString()),
                Files.readString(file, StandardCharsets.UTF_8));
    }

    public URI uri() {
        return uri;
    }

    /** The file name diagnostics carry, as {@code vitruvian validate} would print it. */
    public String displayName() {
        return ModelDiagnostics.display(uri);
    }

    public Snapshot snapshot() {
        return snapshot;
    }

    public String text() {
        return snapshot.text;
    }

    public int version() {
        return snapshot.version;
    }

    public EObject root() {
        return snapshot.root();
    }

    /** Problems found while reading: YAML syntax, unknown keys, wrong types, unresolved names. */
    public List<Diagnostic> readDiagnostics() {
        return snapshot.diagnostics;
    }

    /** Edits of the current text. */
    public DocumentEdits edits() {
        return snapshot.edits();
    }

    /** The resource set the document's model and the files it refers to live in. */
    public ResourceSet resourceSet() {
        return resourceSet;
    }

    /** Replaces the whole text and reads it again. */
    public synchronized Snapshot setText(String text) {
        snapshot = read(text, snapshot.version + 1);
        return snapshot;
    }

    /** Makes {@code edits} (computed on the current text) and reads the result. */
    public synchronized Snapshot apply(List<TextEdit> edits) {
        return setText(TextEdit.apply(snapshot.text, edits));
    }

    // --- from model objects to text ------------------------------------------------------------

    /**
     * The path of a model object of this document: items by their name when they have one,
     * otherwise by position ({@code steps[mesh].parameters[body-mass]}, {@code links[4]}).
     */
    public ModelPath pathOf(EObject object) {
        List<ModelPath.Segment> segments = new ArrayList<>();
        EObject at = object;
        while (at.eContainer() != null) {
            EReference reference = at.eContainmentFeature();
            EObject container = at.eContainer();
            if (reference.isMany()) {
                List<?> siblings = (List<?>) container.eGet(reference);
                String id = EcoreUtil.getID(at);
                long same = id == null ? 0 : siblings.stream().filter(s -> id.equals(EcoreUtil.getID((EObject) s))).count();
                segments.add(same == 1 ? new ModelPath.Match(null, id) : new ModelPath.Index(siblings.indexOf(at)));
            }
            segments.add(new ModelPath.Key(reference.getName()));
            at = container;
        }
        Collections.reverse(segments);
        return new ModelPath(segments);
    }

    /** The text of the value at {@code path}, or null when the path names nothing. */
    public TextRange rangeOf(ModelPath path) {
        Snapshot current = snapshot;
        if (current.tree().root() == null) {
            return null;
        }
        YNode node = new YamlEditor(current.tree()).resolve(path).node();
        return node == null ? null : new TextRange(node.start(), node.end() - node.start());
    }

    /** Where a model object is written. */
    public TextRange rangeOf(EObject object) {
        return rangeOf(pathOf(object));
    }

    /** Sets an object's feature: {@code set(step.getResources(), cores, 8)}. */
    public List<TextEdit> set(EObject object, EStructuralFeature feature, Object value) {
        return edits().set(pathOf(object).key(feature.getName()), value);
    }

    /** Appends {@code item} (an EObject or its map form) to a list feature of {@code owner}. */
    public List<TextEdit> add(EObject owner, EStructuralFeature list, Object item) {
        return edits().add(pathOf(owner).key(list.getName()), item);
    }

    /** Removes a model object (a step, a link) from the text. */
    public List<TextEdit> remove(EObject object) {
        return edits().remove(pathOf(object));
    }

    // --- reading -------------------------------------------------------------------------------

    private Snapshot read(String text, int version) {
        Resource old = resourceSet.getResource(uri, false);
        if (old != null) {
            old.unload();
            resourceSet.getResources().remove(old);
        }
        YamlResource resource = new YamlResource(uri);
        resourceSet.getResources().add(resource);
        List<Diagnostic> diagnostics = new ArrayList<>();
        try {
            resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Map.of());
        } catch (IOException e) {
            diagnostics.add(Diagnostic.error(displayName(), 0, 0, "io.read", "Cannot read the document: " + e.getMessage()));
        }
        for (Resource.Diagnostic error : resource.getErrors()) {
            diagnostics.add(toDiagnostic(error, Severity.ERROR));
        }
        for (Resource.Diagnostic warning : resource.getWarnings()) {
            diagnostics.add(toDiagnostic(warning, Severity.WARNING));
        }
        return new Snapshot(text, version, resource, List.copyOf(diagnostics));
    }

    private Diagnostic toDiagnostic(Resource.Diagnostic problem, Severity severity) {
        String code = problem instanceof YamlDiagnostic yaml ? yaml.code() : "io.read";
        return new Diagnostic(displayName(), Math.max(0, problem.getLine()), Math.max(0, problem.getColumn()), severity, code,
                problem.getMessage());
    }

    static ResourceSet newResourceSet() {
        ResourceSet resourceSet = new ResourceSetImpl();
        YamlResourceFactory factory = new YamlResourceFactory();
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("yaml", factory);
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("yml", factory);
        return resourceSet;
    }
}
