package org.vitruvian.tosca.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.vitruvian.core.diagnostics.Diagnostic;
import org.vitruvian.tosca.ToscaDocument;
import org.vitruvian.tosca.ToscaService;
import org.vitruvian.tosca.model.ServiceTemplate;
import org.vitruvian.tosca.model.TypeDefinition;
import org.vitruvian.tosca.model.TypeKind;

/** Loads, checks and writes TOSCA; see {@link ToscaService}. */
@Component(service = ToscaService.class)
public final class ToscaServiceImpl implements ToscaService {

    /** The normative types, read once from the bundle: they never change while Vitruvian runs. */
    private static volatile ServiceTemplate normative;
    private static volatile ServiceTemplate profile;

    private final UrlCatalog catalog;

    public ToscaServiceImpl() {
        this(UrlCatalog.ofUser());
    }

    public ToscaServiceImpl(UrlCatalog catalog) {
        this.catalog = catalog;
    }

    public static ServiceTemplate normativeTypes() {
        ServiceTemplate types = normative;
        if (types == null) {
            types = readBundled("types/tosca-normative-1.3.yaml");
            normative = types;
        }
        return types;
    }

    /** A YAML file shipped in this bundle, read as a service template; a broken one is a build error. */
    public static ServiceTemplate readBundled(String path) {
        try (InputStream in = ToscaServiceImpl.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the bundle");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<Diagnostic> problems = new ArrayList<>();
            YamlTree.Result tree = YamlTree.read(path, text);
            ServiceTemplate template = tree.root() == null ? null : new TemplateReader(path, problems).read(tree.root());
            if (template == null || !problems.isEmpty()) {
                throw new IllegalStateException(path + " is broken: " + (tree.error() != null ? tree.error() : problems));
            }
            return template;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + path, e);
        }
    }

    @Override
    public ToscaDocument load(Path file, String displayName) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        Loader loader;
        String entry;
        if (Csar.isZip(file) || displayName.endsWith(".csar")) {
            Csar.Content content = Csar.read(file, displayName, diagnostics);
            if (content == null || content.entryDefinitions() == null) {
                return new ToscaDocument(null, List.of(), sorted(diagnostics));
            }
            loader = new Loader(new Loader.Archive(content.files(), displayName), diagnostics, catalog);
            entry = content.entryDefinitions();
        } else {
            Path parent = file.toAbsolutePath().getParent();
            Path shownParent = Path.of(displayName).getParent();
            loader = new Loader(new Loader.Disk(parent, shownParent == null ? "" : shownParent.toString()), diagnostics, catalog);
            entry = file.toAbsolutePath().normalize().toString();
        }
        ServiceTemplate template = loader.load(entry);
        return check(template, loader, diagnostics);
    }

    @Override
    public ToscaDocument check(String text, String displayName, Path base) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        Path shownParent = Path.of(displayName).getParent();
        Loader loader = new Loader(new Loader.Disk(base, shownParent == null ? "" : shownParent.toString()), diagnostics, catalog);
        ServiceTemplate template = loader.loadText(base.resolve(Path.of(displayName).getFileName()).toAbsolutePath().normalize()
                .toString(), text, 0);
        return check(template, loader, diagnostics);
    }

    private static ToscaDocument check(ServiceTemplate template, Loader loader, List<Diagnostic> diagnostics) {
        if (template == null) {
            return new ToscaDocument(null, loader.imported(), sorted(diagnostics));
        }
        TypeRegistry registry = new TypeRegistry();
        registry.addAll(normativeTypes());
        for (ServiceTemplate imported : loader.imported()) {
            registry.addAll(imported);
        }
        for (Loader.Prefixed prefixed : loader.prefixed()) {
            registry.addPrefixed(prefixed.template(), prefixed.prefix());
        }
        registry.addAll(template);
        Checker checker = new Checker(registry, diagnostics);
        for (ServiceTemplate imported : loader.imported()) {
            checker.checkTypes(imported);
        }
        checker.checkTypes(template);
        // An imported topology substitutes a node type for a template of this one (TOSCA 1.3 section 3.8.10):
        // it is checked as well, so that its substitution mappings hold.
        for (ServiceTemplate imported : loader.imported()) {
            if (imported.topology() != null) {
                checker.checkTopology(imported);
            }
        }
        checker.checkTopology(template);
        new ArtifactCheck(loader.origin(), diagnostics).check(template, loader.imported());
        return new ToscaDocument(template, List.copyOf(loader.imported()), sorted(diagnostics));
    }

    private static List<Diagnostic> sorted(List<Diagnostic> diagnostics) {
        return diagnostics.stream().distinct().sorted(Diagnostic.READING_ORDER).toList();
    }

    @Override
    public String write(ServiceTemplate template) {
        return ToscaWriter.write(template);
    }

    @Override
    public String write(Object document) {
        return ToscaWriter.write(document);
    }

    @Override
    public ServiceTemplate vitruvianProfile() {
        ServiceTemplate template = profile;
        if (template == null) {
            template = readBundled("types/vitruvian-profile.yaml");
            profile = template;
        }
        return template;
    }

    @Override
    public Map<String, byte[]> archiveFiles(Path file, String displayName, List<Diagnostic> diagnostics) {
        Csar.Content content = Csar.read(file, displayName, diagnostics);
        return content == null ? null : content.files();
    }

    @Override
    public boolean isArchive(Path file) {
        return Csar.isZip(file);
    }

    @Override
    public boolean isTosca(Path file) {
        if (Csar.isZip(file)) {
            return true;
        }
        try (InputStream in = Files.newInputStream(file)) {
            String head = new String(in.readNBytes(64 * 1024), StandardCharsets.UTF_8);
            return head.lines().anyMatch(line -> line.startsWith("tosca_definitions_version"));
        } catch (IOException e) {
            return false;
        }
    }

    /** Every type of a kind that a topology may use, for completion in editors. */
    public static List<TypeDefinition> normative(TypeKind kind) {
        return List.copyOf(normativeTypes().types(kind).values());
    }
}
