package org.vitruvian.language.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vitruvian.core.diagnostics.Diagnostic;
import org.vitruvian.core.diagnostics.Severity;
import org.vitruvian.language.Completion;
import org.vitruvian.language.Fold;
import org.vitruvian.language.Hover;
import org.vitruvian.language.LanguageDocument;
import org.vitruvian.language.LanguageServices;
import org.vitruvian.language.ModelPath;
import org.vitruvian.language.QuickFix;
import org.vitruvian.language.Symbol;
import org.vitruvian.language.TextEdit;
import org.vitruvian.language.TextRange;
import org.vitruvian.model.service.DataPort;
import org.vitruvian.model.service.ServiceDefinition;
import org.vitruvian.model.site.Site;
import org.vitruvian.model.workflow.Step;
import org.vitruvian.model.workflow.Workflow;
import org.vitruvian.model.yaml.ModelKinds;
import org.vitruvian.model.yaml.ModelService;
import org.vitruvian.model.yaml.ModelTree;
import org.vitruvian.sites.CatalogSite;
import org.vitruvian.sites.SiteCatalog;
import org.vitruvian.trust.StepTrust;
import org.vitruvian.trust.TrustChecker;
import org.vitruvian.trust.Verdict;

/** The language services, from the metamodels, {@link ModelService}, the site catalog and the trust checker. */
@Component(service = LanguageServices.class)
public final class LanguageServicesImpl implements LanguageServices {

    private static final Pattern DID_YOU_MEAN = Pattern.compile("Did you mean '([^']+)'\\?");
    private static final Pattern MISSING_LINK = Pattern.compile("add a link with 'to: ([^']+)' from a workflow input or step output in [^:]+: (.+)\\.$");

    private final ModelService models;
    private final SiteCatalog catalog;
    private final TrustChecker trust;

    @Activate
    public LanguageServicesImpl(@Reference ModelService models, @Reference SiteCatalog catalog, @Reference TrustChecker trust) {
        this.models = models;
        this.catalog = catalog;
        this.trust = trust;
    }

    // --- diagnostics ---------------------------------------------------------------------------

    @Override
    public List<Diagnostic> diagnostics(LanguageDocument document) {
        LanguageDocument.Snapshot snapshot = document.snapshot();
        SiteCatalog.Snapshot sites = catalog.snapshot();
        List<EObject> siteModels = sites.runnable().stream().map(s -> (EObject) s.site()).toList();
        ModelService.ModelSet loaded = models.loadText(document.uri(), snapshot.text(), siteModels);
        String name = document.displayName();
        List<Diagnostic> found = new ArrayList<>(loaded.report().diagnostics().stream().filter(d -> name.equals(d.file())).toList());
        if (!loaded.hasErrors() && !loaded.models().isEmpty() && loaded.models().get(0).root() instanceof Workflow workflow) {
            found.addAll(pinnedSites(workflow, sites));
        }
        found.sort(Diagnostic.READING_ORDER);
        return found;
    }

    /** Steps pinned to a site: the site must exist, and trust must allow the step there. */
    private List<Diagnostic> pinnedSites(Workflow workflow, SiteCatalog.Snapshot sites) {
        List<Diagnostic> found = new ArrayList<>();
        List<Step> pinned = workflow.getSteps().stream().filter(s -> s.getSite() != null).toList();
        if (pinned.isEmpty()) {
            return found;
        }
        List<String> ids = sites.runnable().stream().map(CatalogSite::id).toList();
        Site fallback = sites.find("local").map(CatalogSite::site).orElse(sites.runnable().isEmpty() ? null : sites.runnable().get(0).site());
        for (Step step : pinned) {
            if (sites.find(step.getSite()).isEmpty()) {
                found.add(at(step, "site", Severity.ERROR, "check.unknown-site", "Step '" + step.getName() + "' is pinned to site '"
                        + step.getSite() + "', which is not in the catalog; known: " + String.join(", ", ids) + "."
                        + didYouMean(step.getSite(), ids)));
            }
        }
        if (fallback == null) {
            return found;
        }
        for (StepTrust decided : trust.check(workflow, step -> placement(step, sites, fallback), trust.defaultPolicy())) {
            Step step = decided.step();
            if (step.getSite() != null && sites.find(step.getSite()).isPresent() && decided.verdict() == Verdict.DENY) {
                List<String> allowed = allowedSites(workflow, step, sites, fallback);
                found.add(at(step, "site", Severity.ERROR, "trust.deny", "Step '" + step.getName() + "' on " + decided.siteId() + ": "
                        + decided.deciding().reason() + (allowed.isEmpty() ? "" : "; trust allows it on: " + String.join(", ", allowed))
                        + "."));
            }
        }
        return found;
    }

    private static Site placement(Step step, SiteCatalog.Snapshot sites, Site fallback) {
        return step.getSite() == null ? fallback : sites.find(step.getSite()).map(CatalogSite::site).orElse(fallback);
    }

    /** The catalog's sites on which the trust policy allows {@code step}, the other steps staying where they are. */
    private List<String> allowedSites(Workflow workflow, Step step, SiteCatalog.Snapshot sites, Site fallback) {
        List<String> allowed = new ArrayList<>();
        for (CatalogSite candidate : sites.runnable()) {
            List<StepTrust> decisions = trust.check(workflow, s -> s == step ? candidate.site() : placement(s, sites, fallback),
                    trust.defaultPolicy());
            if (decisions.stream().anyMatch(d -> d.step() == step && d.verdict() == Verdict.ALLOW)) {
                allowed.add(candidate.id());
            }
        }
        return allowed;
    }

    private Diagnostic at(Step step, String key, Severity severity, String code, String message) {
        var resource = step.eResource() instanceof org.vitruvian.model.yaml.YamlResource yaml ? yaml : null;
        var position = resource == null ? org.vitruvian.model.yaml.SourcePosition.UNKNOWN
                : resource.positionOf(step, step.eClass().getEStructuralFeature(key));
        String file = step.eResource() == null ? "<model>" : org.vitruvian.model.yaml.ModelDiagnostics.display(step.eResource().getURI());
        return new Diagnostic(file, position.line(), position.column(), severity, code, message);
    }

    private static String didYouMean(String typed, List<String> known) {
        return org.vitruvian.model.common.validation.Suggestions.didYouMean(typed, known);
    }

    // --- completion ----------------------------------------------------------------------------

    @Override
    public List<Completion> complete(LanguageDocument document, int offset) {
        LanguageDocument.Snapshot snapshot = document.snapshot();
        String text = snapshot.text();
        CaretContext caret = CaretContext.at(text, offset);
        EClass rootClass = rootClass(text);
        List<Completion> found = new ArrayList<>();
        TextEdit replace = new TextEdit(caret.wordStart, Math.max(0, offset - caret.wordStart), "");
        if (rootClass == null) {
            if (caret.atKey && caret.chain.isEmpty()) {
                found.add(key("apiVersion", "apiVersion: " + ModelKinds.API_VERSION, "the format's version", null, replace));
                found.add(key("kind", "kind: ", "the model kind", String.join(", ", ModelKinds.all().keySet()), replace));
            } else if (!caret.atKey && "kind".equals(caret.key)) {
                ModelKinds.all().keySet().forEach(kind -> found.add(value(kind, Completion.Kind.ENUM, "model kind", null, replace)));
            }
            return filter(found, caret.word);
        }
        // Walk the keys above the caret through the metamodel.
        EClass owner = rootClass;
        EStructuralFeature listFeature = null;
        boolean free = false;
        for (String key : caret.chain) {
            EStructuralFeature feature = owner == null ? null : owner.getEStructuralFeature(key);
            if (feature instanceof EReference ref && ref.isContainment() && !ModelTree.isMapEntry(ref.getEReferenceType())) {
                owner = ref.getEReferenceType();
                listFeature = null;
            } else if (feature != null && (feature.isMany() || !(feature instanceof EReference ref2 && ref2.isContainment()))) {
                listFeature = feature;
            } else {
                free = feature != null;
                owner = null;
            }
        }
        if (free || owner == null) {
            return found;
        }
        if (listFeature != null && (caret.listItem || !caret.atKey)) {
            values(snapshot, document, caret, listFeature, owner, replace, found);
            return filter(found, caret.word);
        }
        if (caret.atKey) {
            Set<String> present = caret.siblingKeys();
            if (owner == rootClass) {
                if (!present.contains("apiVersion")) {
                    found.add(key("apiVersion", "apiVersion: " + ModelKinds.API_VERSION, "the format's version", null, replace));
                }
                if (!present.contains("kind")) {
                    found.add(key("kind", "kind: " + ModelKinds.kindOf(rootClass).orElse(""), "the model kind", null, replace));
                }
            }
            for (EStructuralFeature feature : owner.getEAllStructuralFeatures()) {
                if (ModelTree.isVisible(feature) && !present.contains(feature.getName())) {
                    boolean block = feature instanceof EReference ref && ref.isContainment();
                    found.add(key(feature.getName(), feature.getName() + (block ? ":" : ": "), typeOf(feature), MetamodelDocs.of(feature),
                            replace));
                }
            }
            return filter(found, caret.word);
        }
        EStructuralFeature feature = owner.getEStructuralFeature(caret.key == null ? "" : caret.key);
        if (owner == rootClass && "kind".equals(caret.key)) {
            ModelKinds.all().keySet().forEach(kind -> found.add(value(kind, Completion.Kind.ENUM, "model kind", null, replace)));
        } else if (owner == rootClass && "apiVersion".equals(caret.key)) {
            found.add(value(ModelKinds.API_VERSION, Completion.Kind.VALUE, "the format's version", null, replace));
        } else if (feature != null) {
            values(snapshot, document, caret, feature, owner, replace, found);
        }
        return filter(found, caret.word);
    }

    private void values(LanguageDocument.Snapshot snapshot, LanguageDocument document, CaretContext caret, EStructuralFeature feature,
            EClass owner, TextEdit replace, List<Completion> found) {
        EObject root = snapshot.root();
        String name = owner.getName() + "." + feature.getName();
        if (feature instanceof EAttribute attribute && attribute.getEAttributeType() instanceof EEnum eEnum) {
            for (EEnumLiteral literal : eEnum.getELiterals()) {
                found.add(value(literal.getLiteral(), Completion.Kind.ENUM, eEnum.getName(), MetamodelDocs.of(literal), replace));
            }
        } else if (feature instanceof EAttribute attribute && isBoolean(attribute.getEAttributeType())) {
            found.add(value("true", Completion.Kind.VALUE, "boolean", null, replace));
            found.add(value("false", Completion.Kind.VALUE, "boolean", null, replace));
        }
        switch (name) {
            case "ServiceRef.id" -> importedServices(root).forEach(service -> found.add(value(service.getId(), Completion.Kind.SERVICE,
                    "version " + service.getVersion(), describe(service.getName(), service.getDescription()), replace)));
            case "ServiceRef.version" -> {
                String id = caret.nearby("id");
                importedServices(root).stream().filter(s -> s.getId() != null && s.getId().equals(id)).forEach(service -> {
                    String version = service.getVersion();
                    found.add(value(version, Completion.Kind.VALUE, "the imported version", null, replace));
                    String[] parts = version == null ? new String[0] : version.split("\\.");
                    if (parts.length > 0) {
                        found.add(value(parts[0] + ".x", Completion.Kind.VALUE, "any " + parts[0] + ".* version", null, replace));
                    }
                });
            }
            case "Step.site" -> catalog.snapshot().runnable().forEach(site -> found.add(value(site.id(), Completion.Kind.SITE,
                    site.site().getName(), site.site().getDescription(), replace)));
            case "Link.from", "Link.to" -> ports(root, feature.getName().equals("from"), replace, found);
            case "ParameterValue.name" -> {
                String stepName = caret.enclosingItemName("parameters");
                if (root instanceof Workflow workflow) {
                    workflow.getSteps().stream().filter(s -> s.getName() != null && s.getName().equals(stepName)).findFirst()
                            .flatMap(step -> serviceOf(workflow, step)).ifPresent(service -> service.getParameters()
                                    .forEach(p -> found.add(value(p.getName(), Completion.Kind.PARAMETER, p.getType() + (p.getUnit() == null
                                            ? "" : " in " + p.getUnit()), p.getDescription(), replace))));
                }
            }
            default -> {
            }
        }
        if (feature instanceof EReference ref && !ref.isContainment() && root != null) {
            if (ModelKinds.kindOf(ref.getEReferenceType()).isPresent()) {
                files(document, ref.getEReferenceType(), replace, found);
            } else {
                root.eAllContents().forEachRemaining(object -> {
                    String id = ref.getEReferenceType().isInstance(object) ? EcoreUtil.getID(object) : null;
                    if (id != null) {
                        found.add(value(id, Completion.Kind.REFERENCE, ref.getEReferenceType().getName(), null, replace));
                    }
                });
            }
        }
    }

    private void ports(EObject root, boolean from, TextEdit replace, List<Completion> found) {
        if (!(root instanceof Workflow workflow)) {
            return;
        }
        for (DataPort port : from ? workflow.getInputs() : workflow.getOutputs()) {
            found.add(value(port.getName(), Completion.Kind.PORT, (from ? "workflow input, " : "workflow output, ") + port.getFormat(),
                    port.getDescription(), replace));
        }
        for (Step step : workflow.getSteps()) {
            serviceOf(workflow, step).ifPresent(service -> {
                for (DataPort port : from ? service.getOutputs() : service.getInputs()) {
                    found.add(value(step.getName() + "." + port.getName(), Completion.Kind.PORT, port.getFormat(), port.getDescription(),
                            replace));
                }
            });
        }
    }

    /** Model files of the wanted kind next to the document and in its sub-folders, as relative paths. */
    private void files(LanguageDocument document, EClass kind, TextEdit replace, List<Completion> found) {
        if (!document.uri().isFile()) {
            return;
        }
        Path folder = Path.of(document.uri().toFileString()).getParent();
        String wanted = "kind: " + ModelKinds.kindOf(kind).orElse("");
        try (Stream<Path> walk = Files.walk(folder, 2)) {
            walk.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().limit(200).forEach(p -> {
                try {
                    if (Files.size(p) < 1_000_000 && Files.readString(p).contains(wanted)) {
                        found.add(value(folder.relativize(p).toString(), Completion.Kind.REFERENCE, ModelKinds.kindOf(kind).orElse(""),
                                null, replace));
                    }
                } catch (IOException | RuntimeException e) {
                    // An unreadable file is not proposed.
                }
            });
        } catch (IOException e) {
            // No folder to look in: no file proposals.
        }
    }

    static List<ServiceDefinition> importedServices(EObject root) {
        if (!(root instanceof Workflow workflow)) {
            return List.of();
        }
        List<ServiceDefinition> services = new ArrayList<>();
        for (ServiceDefinition service : workflow.getImports()) {
            if (!service.eIsProxy() && service.getId() != null) {
                services.add(service);
            }
        }
        return services;
    }

    static Optional<ServiceDefinition> serviceOf(Workflow workflow, Step step) {
        if (step.getService() == null) {
            return Optional.empty();
        }
        return importedServices(workflow).stream().filter(s -> s.getId().equals(step.getService().getId())).findFirst();
    }

    private static List<Completion> filter(List<Completion> found, String word) {
        Map<String, Completion> unique = new LinkedHashMap<>();
        for (Completion completion : found) {
            if (word.isEmpty() || completion.label().startsWith(word) || completion.label().contains(word)) {
                unique.putIfAbsent(completion.label(), completion);
            }
        }
        return List.copyOf(unique.values());
    }

    private static Completion key(String label, String insert, String detail, String documentation, TextEdit replace) {
        return new Completion(label, Completion.Kind.KEY, detail, documentation, new TextEdit(replace.offset(), replace.length(), insert));
    }

    private static Completion value(String label, Completion.Kind kind, String detail, String documentation, TextEdit replace) {
        String insert = YamlText.isPlainSafe(label, true) ? label : YamlText.doubleQuoted(label);
        return new Completion(label, kind, detail, documentation, new TextEdit(replace.offset(), replace.length(), insert));
    }

    private static String describe(String name, String description) {
        return name == null ? description : description == null ? name : name + ": " + description;
    }

    // --- hover ---------------------------------------------------------------------------------

    @Override
    public Optional<Hover> hover(LanguageDocument document, int offset) {
        YamlTree tree = document.snapshot().tree();
        EClass rootClass = rootClass(tree.text());
        if (tree.root() == null || rootClass == null) {
            return Optional.empty();
        }
        Located at = locate(tree.root(), rootClass, offset);
        if (at == null || at.feature == null) {
            return Optional.empty();
        }
        EStructuralFeature feature = at.feature;
        StringBuilder markdown = new StringBuilder("**").append(feature.getName()).append("** (").append(typeOf(feature)).append(')');
        if (feature.getLowerBound() > 0) {
            markdown.append(", required");
        }
        String doc = MetamodelDocs.of(feature);
        if (doc != null) {
            markdown.append("\n\n").append(doc);
        }
        if (feature.getEType() instanceof EDataType type && !(type instanceof EEnum) && type.getEPackage() != EcorePackage.eINSTANCE) {
            String unit = MetamodelDocs.of(type);
            if (unit != null) {
                markdown.append("\n\n").append(type.getName()).append(": ").append(unit);
            }
        }
        if (feature.getEType() instanceof EEnum eEnum) {
            markdown.append("\n\nOne of: ").append(String.join(", ", eEnum.getELiterals().stream().map(EEnumLiteral::getLiteral).toList()));
            if (!at.onKey && at.node.isScalar()) {
                EEnumLiteral literal = eEnum.getEEnumLiteralByLiteral(at.node.value());
                String literalDoc = literal == null ? null : MetamodelDocs.of(literal);
                if (literalDoc != null) {
                    markdown.append("\n\n`").append(literal.getLiteral()).append("`: ").append(literalDoc);
                }
            }
        }
        YNode range = at.onKey ? at.key : at.node;
        return Optional.of(new Hover(new TextRange(range.start(), range.end() - range.start()), markdown.toString()));
    }

    /** The key or value at an offset, with the feature it stands for. */
    private record Located(YNode key, YNode node, EStructuralFeature feature, boolean onKey) {
    }

    private static Located locate(YNode node, EClass eClass, int offset) {
        if (node.isSequence()) {
            for (YNode item : node.items()) {
                if (item.contains(offset)) {
                    return locate(item, eClass, offset);
                }
            }
            return null;
        }
        if (!node.isMapping() || eClass == null) {
            return null;
        }
        for (YNode.Entry entry : node.entries()) {
            EStructuralFeature feature = entry.key().isScalar() ? eClass.getEStructuralFeature(entry.key().value()) : null;
            if (entry.key().contains(offset)) {
                return new Located(entry.key(), entry.value(), feature, true);
            }
            if (entry.value().contains(offset) && entry.value().start() <= offset) {
                EClass child = feature instanceof EReference ref && ref.isContainment() && !ModelTree.isMapEntry(ref.getEReferenceType())
                        ? ref.getEReferenceType() : null;
                if (child != null) {
                    return locate(entry.value(), child, offset);
                }
                YNode value = entry.value();
                if (value.isSequence()) {
                    value = value.items().stream().filter(i -> i.contains(offset)).findFirst().orElse(value);
                }
                return new Located(entry.key(), value, feature, false);
            }
        }
        return null;
    }

    // --- outline and folding -------------------------------------------------------------------

    @Override
    public List<Symbol> outline(LanguageDocument document) {
        YamlTree tree = document.snapshot().tree();
        if (tree.root() == null || !tree.root().isMapping()) {
            return List.of();
        }
        return symbols(tree.root(), rootClass(tree.text()), 0);
    }

    private static List<Symbol> symbols(YNode mapping, EClass eClass, int depth) {
        List<Symbol> symbols = new ArrayList<>();
        for (YNode.Entry entry : mapping.entries()) {
            YNode key = entry.key();
            YNode value = entry.value();
            String name = key.isScalar() ? key.value() : "?";
            EStructuralFeature feature = eClass == null ? null : eClass.getEStructuralFeature(name);
            EClass child = feature instanceof EReference ref && ref.isContainment() && !ModelTree.isMapEntry(ref.getEReferenceType())
                    ? ref.getEReferenceType() : null;
            TextRange range = new TextRange(key.start(), Math.max(value.end(), key.end()) - key.start());
            TextRange selection = new TextRange(key.start(), key.end() - key.start());
            List<Symbol> children = new ArrayList<>();
            Symbol.Kind kind = Symbol.Kind.KEY;
            String detail = value.isScalar() ? value.value() : null;
            if (value.isSequence()) {
                kind = Symbol.Kind.LIST;
                detail = value.items().size() + " item" + (value.items().size() == 1 ? "" : "s");
                int index = 0;
                for (YNode item : value.items()) {
                    children.add(item(item, child, index++, depth));
                }
            } else if (value.isMapping() && depth < 4) {
                children.addAll(symbols(value, child, depth + 1));
            }
            symbols.add(new Symbol(name, detail, kind, range, selection, children));
        }
        return symbols;
    }

    private static Symbol item(YNode item, EClass eClass, int index, int depth) {
        TextRange range = new TextRange(item.start(), item.end() - item.start());
        if (item.isMapping()) {
            String idKey = YamlEditor.idKey(eClass);
            YNode.Entry id = item.entry(idKey);
            String name = id != null && id.value().isScalar() ? id.value().value() : null;
            String detail = null;
            if (name == null) {
                // Items without a name (links): their first values say what they are.
                name = item.entries().stream().filter(e -> e.value().isScalar()).limit(2).map(e -> e.value().value())
                        .reduce((a, b) -> a + " → " + b).orElse("[" + index + "]");
            } else if (item.get("service") != null && item.get("service").isMapping()) {
                detail = item.get("service").text("id");
            }
            TextRange selection = id == null ? range : new TextRange(id.value().start(), id.value().end() - id.value().start());
            return new Symbol(name, detail, Symbol.Kind.ITEM, range, selection, depth < 3 ? symbols(item, eClass, depth + 1) : List.of());
        }
        return new Symbol(item.isScalar() ? item.value() : "[" + index + "]", null, Symbol.Kind.VALUE, range, range, List.of());
    }

    @Override
    public List<Fold> folding(LanguageDocument document) {
        LanguageDocument.Snapshot snapshot = document.snapshot();
        YamlTree tree = snapshot.tree();
        List<Fold> folds = new ArrayList<>();
        if (tree.root() != null) {
            folds(tree.root(), snapshot.lines(), folds);
        }
        folds.sort(Comparator.comparingInt(Fold::startLine).thenComparingInt(Fold::endLine));
        return folds;
    }

    private static void folds(YNode node, LineMap lines, List<Fold> folds) {
        if (node.isMapping()) {
            for (YNode.Entry entry : node.entries()) {
                int start = lines.line(entry.key().start());
                int end = lines.line(entry.value().end());
                if (end > start) {
                    folds.add(new Fold(start, end));
                }
                folds(entry.value(), lines, folds);
            }
        } else if (node.isSequence()) {
            for (YNode item : node.items()) {
                int start = lines.line(item.start());
                int end = lines.line(item.end());
                if (end > start && item.isMapping() && !item.entries().isEmpty()) {
                    folds.add(new Fold(start, end));
                }
                if (item.isMapping()) {
                    for (YNode.Entry entry : item.entries()) {
                        int s = lines.line(entry.key().start());
                        int e = lines.line(entry.value().end());
                        if (e > s && s != start) {
                            folds.add(new Fold(s, e));
                        }
                        folds(entry.value(), lines, folds);
                    }
                } else {
                    folds(item, lines, folds);
                }
            }
        }
    }

    // --- quick fixes ---------------------------------------------------------------------------

    @Override
    public List<QuickFix> quickFixes(LanguageDocument document, Diagnostic diagnostic) {
        LanguageDocument.Snapshot snapshot = document.snapshot();
        List<QuickFix> fixes = new ArrayList<>();
        Matcher suggestion = DID_YOU_MEAN.matcher(diagnostic.message());
        if (suggestion.find() && diagnostic.line() > 0) {
            int offset = snapshot.lines().offset(diagnostic.line(), diagnostic.column());
            YNode scalar = scalarAt(snapshot.tree().root(), offset);
            if (scalar != null) {
                String replacement = suggestion.group(1);
                String value = scalar.value();
                if (value.contains(".") && !replacement.contains(".")) {
                    replacement = value.substring(0, value.lastIndexOf('.') + 1) + replacement;
                }
                fixes.add(new QuickFix("Change '" + value + "' to '" + replacement + "'", diagnostic, List.of(new TextEdit(scalar.start(),
                        scalar.end() - scalar.start(), YamlText.scalar(replacement, null, scalar.style(), false)))));
            }
        }
        Matcher link = MISSING_LINK.matcher(diagnostic.message());
        if ("workflow.unlinked-input".equals(diagnostic.code()) && link.find()) {
            for (String from : link.group(2).split(",\\s*")) {
                Map<String, Object> newLink = new LinkedHashMap<>();
                newLink.put("from", from.strip());
                newLink.put("to", link.group(1));
                fixes.add(new QuickFix("Link " + from.strip() + " to " + link.group(1), diagnostic,
                        snapshot.edits().add(ModelPath.parse("links"), newLink)));
            }
        }
        if ("trust.deny".equals(diagnostic.code()) && snapshot.root() instanceof Workflow) {
            Matcher allowed = Pattern.compile("^Step '([^']+)'.*; trust allows it on: (.+)\\.$").matcher(diagnostic.message());
            if (allowed.find()) {
                for (String site : allowed.group(2).split(",\\s*")) {
                    fixes.add(new QuickFix("Pin step '" + allowed.group(1) + "' to site '" + site + "', where trust allows it", diagnostic,
                            snapshot.edits().set(ModelPath.ROOT.key("steps").item(allowed.group(1)).key("site"), site)));
                }
            }
        }
        return fixes;
    }

    private static YNode scalarAt(YNode node, int offset) {
        if (node == null) {
            return null;
        }
        if (node.isScalar()) {
            return node.start() <= offset && offset <= node.end() && !node.isNull() ? node : null;
        }
        if (node.isMapping()) {
            for (YNode.Entry entry : node.entries()) {
                YNode found = entry.key().start() == offset ? entry.key() : null;
                if (found == null && entry.value().start() <= offset && offset <= entry.value().end()) {
                    found = scalarAt(entry.value(), offset);
                }
                if (found == null && entry.key().contains(offset)) {
                    found = entry.key();
                }
                if (found != null) {
                    return found;
                }
            }
        } else {
            for (YNode item : node.items()) {
                if (item.start() <= offset && offset <= item.end()) {
                    return scalarAt(item, offset);
                }
            }
        }
        return null;
    }

    // --- helpers -------------------------------------------------------------------------------

    private static final Pattern KIND = Pattern.compile("(?m)^kind:\\s*['\"]?([A-Za-z]+)");

    static EClass rootClass(String text) {
        Matcher m = KIND.matcher(text);
        return m.find() ? ModelKinds.eClassOf(m.group(1)).orElse(null) : null;
    }

    static String typeOf(EStructuralFeature feature) {
        String many = feature.isMany() ? "list of " : "";
        if (feature instanceof EReference ref) {
            if (ref.isContainment()) {
                return ModelTree.isMapEntry(ref.getEReferenceType()) ? "mapping of names to values"
                        : many + ref.getEReferenceType().getName();
            }
            return many + (ModelKinds.kindOf(ref.getEReferenceType()).isPresent() ? "path of a " + ModelKinds.kindOf(ref.getEReferenceType()).get() + " file"
                    : "name of a " + ref.getEReferenceType().getName());
        }
        EDataType type = ((EAttribute) feature).getEAttributeType();
        Class<?> c = type.getInstanceClass();
        String name;
        if (type instanceof EEnum) {
            name = type.getName();
        } else if (c == int.class || c == Integer.class || c == long.class || c == Long.class) {
            name = "whole number";
        } else if (c == double.class || c == Double.class) {
            name = "number";
        } else if (isBoolean(type)) {
            name = "true or false";
        } else if (c == String.class) {
            name = "text";
        } else {
            name = type.getName();
        }
        return many + name;
    }

    private static boolean isBoolean(EDataType type) {
        return type.getInstanceClass() == boolean.class || type.getInstanceClass() == Boolean.class;
    }
}
