package org.vitruvian.model.yaml.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.common.util.WrappedException;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.vitruvian.core.diagnostics.Diagnostic;
import org.vitruvian.core.diagnostics.DiagnosticReport;
import org.vitruvian.core.diagnostics.Severity;
import org.vitruvian.core.services.ServiceRegistry;
import org.vitruvian.model.common.validation.ModelValidator;
import org.vitruvian.model.yaml.ModelDiagnostics;
import org.vitruvian.model.yaml.ModelKinds;
import org.vitruvian.model.yaml.ModelService;
import org.vitruvian.model.yaml.SourcePosition;
import org.vitruvian.model.yaml.YamlDiagnostic;
import org.vitruvian.model.yaml.YamlLimits;
import org.vitruvian.model.yaml.YamlResource;
import org.vitruvian.model.yaml.YamlResourceFactory;

@Component(service = ModelService.class)
public final class ModelServiceImpl implements ModelService {

    private final ServiceRegistry<ModelValidator> validators = new ServiceRegistry<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addValidator(ModelValidator validator, Map<String, Object> properties) {
        validators.add(validator, properties);
    }

    void removeValidator(ModelValidator validator) {
        validators.remove(validator);
    }

    @Override
    public ModelSet load(List<Path> files) {
        return load(files, List.of());
    }

    @Override
    public ModelSet load(List<Path> files, List<EObject> context) {
        ResourceSet resourceSet = newResourceSet();
        DiagnosticReport report = new DiagnosticReport();
        List<LoadedModel> models = new ArrayList<>();
        for (Path file : files) {
            models.add(new LoadedModel(file, loadFile(resourceSet, file, report)));
        }
        return finish(resourceSet, models, context, report);
    }

    @Override
    public ModelSet loadUris(List<URI> uris, List<EObject> context) {
        ResourceSet resourceSet = newResourceSet();
        DiagnosticReport report = new DiagnosticReport();
        List<LoadedModel> models = new ArrayList<>();
        for (URI uri : uris) {
            models.add(new LoadedModel(uri.isFile() ? Path.of(uri.toFileString()) : null, loadUri(resourceSet, uri, uri.toString(), report)));
        }
        return finish(resourceSet, models, context, report);
    }

    @Override
    public ModelSet loadText(URI uri, String text, List<EObject> context) {
        ResourceSet resourceSet = newResourceSet();
        DiagnosticReport report = new DiagnosticReport();
        Resource resource = resourceSet.createResource(uri);
        EObject root = null;
        try {
            resource.load(new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)), Map.of());
            root = resource.getContents().isEmpty() ? null : resource.getContents().get(0);
        } catch (java.io.IOException e) {
            report.add(Diagnostic.error(ModelDiagnostics.display(uri), 0, 0, "io.read", "Cannot read the text: " + e.getMessage()));
        }
        List<LoadedModel> models = List.of(new LoadedModel(uri.isFile() ? Path.of(uri.toFileString()) : null, root));
        return finish(resourceSet, models, context, report);
    }

    private ModelSet finish(ResourceSet resourceSet, List<LoadedModel> models, List<EObject> context, DiagnosticReport report) {
        checkFileReferences(resourceSet, report);
        // Load problems of every resource, including files reached through references, once each.
        for (Resource resource : List.copyOf(resourceSet.getResources())) {
            for (Resource.Diagnostic error : resource.getErrors()) {
                report.add(toDiagnostic(error, Severity.ERROR, resource));
            }
            for (Resource.Diagnostic warning : resource.getWarnings()) {
                report.add(toDiagnostic(warning, Severity.WARNING, resource));
            }
        }
        if (!report.hasErrors()) {
            validate(resourceSet, models, context, report);
        }
        return new ModelSet(List.copyOf(models), resourceSet, report);
    }

    public static ResourceSet newResourceSet() {
        ResourceSet resourceSet = new ResourceSetImpl();
        YamlResourceFactory factory = new YamlResourceFactory();
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("yaml", factory);
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("yml", factory);
        return resourceSet;
    }

    private EObject loadFile(ResourceSet resourceSet, Path file, DiagnosticReport report) {
        String name = file.toString();
        if (!Files.isRegularFile(file)) {
            report.add(Diagnostic.error(name, 0, 0, "io.not-found",
                    Files.isDirectory(file) ? "This is a folder; give the model files in it." : "No such file; check the path."));
            return null;
        }
        try {
            if (Files.size(file) > YamlLimits.MAX_BYTES) {
                // Refused before reading a byte, however large the file is.
                report.add(Diagnostic.error(name, 0, 0, "yaml.too-large", "The file is larger than "
                        + YamlLimits.MAX_BYTES / (1024 * 1024) + " MiB; split it into several models."));
                return null;
            }
        } catch (java.io.IOException e) {
            report.add(Diagnostic.error(name, 0, 0, "io.read", "Cannot read the file: " + e.getMessage()));
            return null;
        }
        return loadUri(resourceSet, URI.createFileURI(file.toAbsolutePath().normalize().toString()), name, report);
    }

    private EObject loadUri(ResourceSet resourceSet, URI uri, String name, DiagnosticReport report) {
        try {
            Resource resource = resourceSet.getResource(uri, true);
            return resource.getContents().isEmpty() ? null : resource.getContents().get(0);
        } catch (WrappedException e) {
            Resource failed = resourceSet.getResource(uri, false);
            if (failed != null) {
                resourceSet.getResources().remove(failed);
            }
            report.add(Diagnostic.error(name, 0, 0, "io.read", "Cannot read the file: " + e.exception().getMessage()));
            return null;
        }
    }

    /**
     * Resolves every reference to another file, so that a missing file or a file of the wrong
     * kind is reported where the reference is written rather than failing later.
     */
    private void checkFileReferences(ResourceSet resourceSet, DiagnosticReport report) {
        Set<EObject> checked = new java.util.HashSet<>();
        for (int i = 0; i < resourceSet.getResources().size(); i++) {
            Resource resource = resourceSet.getResources().get(i);
            List<EObject> objects = new ArrayList<>();
            resource.getAllContents().forEachRemaining(objects::add);
            for (EObject object : objects) {
                if (!checked.add(object)) {
                    continue;
                }
                for (EReference reference : object.eClass().getEAllReferences()) {
                    if (reference.isContainment() || reference.isContainer() || !object.eIsSet(reference)
                            || !ModelKinds.kindOf(reference.getEReferenceType()).isPresent()) {
                        continue;
                    }
                    Object value = object.eGet(reference, false);
                    // Not the list itself: its toArray() resolves proxies, loading the very files being checked.
                    List<?> targets = reference.isMany() ? List.copyOf(((InternalEList<?>) value).basicList()) : List.of(value);
                    for (Object target : targets) {
                        checkFileReference(resourceSet, resource, object, reference, (EObject) target, report);
                    }
                }
            }
        }
    }

    private void checkFileReference(ResourceSet resourceSet, Resource resource, EObject owner, EReference reference,
            EObject target, DiagnosticReport report) {
        if (!target.eIsProxy()) {
            return;
        }
        URI uri = ((InternalEObject) target).eProxyURI().trimFragment();
        SourcePosition at = resource instanceof YamlResource yaml ? yaml.positionOfValue(owner, reference, target)
                : SourcePosition.UNKNOWN;
        String where = ModelDiagnostics.display(resource.getURI());
        String written = uri.isFile() ? ModelDiagnostics.display(uri) : uri.toString();
        if (uri.isFile() && !Files.isRegularFile(Path.of(uri.toFileString()))) {
            report.add(Diagnostic.error(where, at.line(), at.column(), "model.missing-file", "'" + reference.getName()
                    + "' refers to " + written + ", which does not exist; check the path (it is relative to this file)."));
            return;
        }
        EObject resolved;
        try {
            resolved = EcoreUtil.resolve(target, resourceSet);
        } catch (RuntimeException e) {
            resolved = target;
        }
        EClass expected = reference.getEReferenceType();
        if (resolved.eIsProxy()) {
            Resource loaded = resourceSet.getResource(uri, false);
            if (loaded == null || loaded.getErrors().isEmpty()) {
                report.add(Diagnostic.error(where, at.line(), at.column(), "model.missing-file",
                        "'" + reference.getName() + "' refers to " + written + ", which holds no model."));
            }
            // Otherwise the referenced file's own errors are reported under its name.
            return;
        }
        if (!expected.isInstance(resolved)) {
            report.add(Diagnostic.error(where, at.line(), at.column(), "model.wrong-kind", "'" + reference.getName()
                    + "' must refer to a " + ModelKinds.kindOf(expected).orElse(expected.getName()) + " file; " + written
                    + " is a " + ModelKinds.kindOf(resolved.eClass()).orElse(resolved.eClass().getName()) + "."));
        }
    }

    private void validate(ResourceSet resourceSet, List<LoadedModel> models, List<EObject> context, DiagnosticReport report) {
        EValidator.Registry registry = new EValidatorRegistryImpl();
        for (ModelValidator validator : validators.all()) {
            // The highest-ranked validator of a package wins (ServiceRegistry orders by ranking).
            registry.putIfAbsent(validator.validatedPackage(), validator);
        }
        Diagnostician diagnostician = new Diagnostician(registry);
        List<EObject> visible = new ArrayList<>(context);
        for (Resource resource : resourceSet.getResources()) {
            visible.addAll(resource.getContents());
        }
        Map<Object, Object> validationContext = new HashMap<>(diagnostician.createDefaultContext());
        validationContext.put(LOADED_MODELS, List.copyOf(visible));
        Set<EObject> roots = new LinkedHashSet<>();
        for (Resource resource : resourceSet.getResources()) {
            roots.addAll(resource.getContents());
        }
        for (EObject root : roots) {
            BasicDiagnostic chain = new BasicDiagnostic();
            diagnostician.validate(root, chain, validationContext);
            report.addAll(ModelDiagnostics.toDiagnostics(chain));
        }
    }

    private Diagnostic toDiagnostic(Resource.Diagnostic problem, Severity severity, Resource resource) {
        String code = problem instanceof YamlDiagnostic yaml ? yaml.code() : "io.read";
        return new Diagnostic(ModelDiagnostics.display(resource.getURI()), problem.getLine(), problem.getColumn(), severity, code,
                problem.getMessage());
    }


}
