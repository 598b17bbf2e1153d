package org.vitruvian.ui.editors.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IResourceProxy;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.QualifiedName;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.ecore.EObject;
import org.vitruvian.core.VitruvianException;
import org.vitruvian.core.diagnostics.Diagnostic;
import org.vitruvian.core.diagnostics.DiagnosticReport;
import org.vitruvian.core.diagnostics.Severity;
import org.vitruvian.core.services.ServiceHandle;
import org.vitruvian.core.services.Services;
import org.vitruvian.model.workflow.Workflow;
import org.vitruvian.model.yaml.ModelService;
import org.vitruvian.model.yaml.ModelService.LoadedModel;
import org.vitruvian.model.yaml.ModelService.ModelSet;
import org.vitruvian.planning.WorkflowPlan;
import org.vitruvian.planning.WorkflowPlanner;
import org.vitruvian.sites.SiteCatalog;
import org.vitruvian.ui.editors.VitruvianEditors;

/**
 * Checks every model file of a Vitruvian project with the same {@link ModelService} as
 * {@code vitruvian validate}, and turns its diagnostics into problem markers. All model files
 * of the project are loaded together, as {@code validate} does with several files: a workflow
 * sees the services it imports and the sites next to it, so a change to any of them re-checks
 * the workflow too. Projects are small (tens of files), so a change re-checks them all.
 * Workflows with steps pinned to a site also get the trust and compatibility findings of
 * {@code vitruvian check} for those steps ({@link #checkPinnedSteps}).
 */
public final class ModelBuilder extends IncrementalProjectBuilder {

    /** Session property of a project: the {@link Check} of its last build, so tests and views can see what was checked. */
    public static final QualifiedName LAST_CHECK = new QualifiedName(VitruvianEditors.PLUGIN_ID, "lastCheck");

    /** What one build checked and found. */
    public record Check(List<IFile> files, DiagnosticReport report) {
    }

    @Override
    protected IProject[] build(int kind, Map<String, String> args, IProgressMonitor monitor) throws CoreException {
        IProject project = getProject();
        if (kind != FULL_BUILD && kind != CLEAN_BUILD) {
            IResourceDelta delta = getDelta(project);
            if (delta != null && !touchesYaml(delta)) {
                return null;
            }
        }
        check(project, monitor);
        return null;
    }

    @Override
    protected void clean(IProgressMonitor monitor) throws CoreException {
        getProject().deleteMarkers(VitruvianEditors.PROBLEM_MARKER, true, IResource.DEPTH_INFINITE);
    }

    /** Checks the project's model files now and replaces its markers; returns what was found. */
    public static DiagnosticReport check(IProject project, IProgressMonitor monitor) throws CoreException {
        SubMonitor progress = SubMonitor.convert(monitor, "Checking Vitruvian models in " + project.getName(), 4);
        List<IFile> files = modelFiles(project);
        progress.worked(1);
        DiagnosticReport report;
        if (files.isEmpty()) {
            report = new DiagnosticReport();
            progress.worked(2);
        } else {
            List<Path> paths = new ArrayList<>();
            for (IFile file : files) {
                IPath location = file.getLocation();
                if (location != null) {
                    paths.add(location.toPath());
                }
            }
            try (ServiceHandle<ModelService> models = Services.await(ModelBuilder.class, ModelService.class);
                    ServiceHandle<SiteCatalog> catalog = Services.await(ModelBuilder.class, SiteCatalog.class)) {
                // Against every site there is, as 'vitruvian validate' checks: a pin to an unknown site is an error.
                List<EObject> allSites = catalog.get().snapshot().sites().stream().map(s -> (EObject) s.site()).toList();
                ModelSet loaded = models.get().loadWithAllSites(paths, allSites);
                report = new DiagnosticReport().addAll(loaded.report().diagnostics());
                progress.worked(1);
                checkPinnedSteps(project, loaded, report, progress.split(1));
            }
        }
        progress.worked(1);
        ModelMarkers.replace(project, report);
        project.setSessionProperty(LAST_CHECK, new Check(List.copyOf(files), report));
        progress.worked(1);
        return report;
    }

    /**
     * Workflows with steps pinned to a site get what {@code vitruvian check} says about those
     * steps there: the trust verdict (a denial is an error at the step) and the container's
     * compatibility findings, from the same headless {@link WorkflowPlanner}. Steps without a site
     * are left out: they get theirs when the workflow is run. A workflow that does not load
     * without errors is not planned (its errors are already in the report).
     */
    private static void checkPinnedSteps(IProject project, ModelSet loaded, DiagnosticReport report, IProgressMonitor monitor)
            throws CoreException {
        List<Path> pinned = new ArrayList<>();
        for (LoadedModel model : loaded.models()) {
            if (model.file() != null && model.root() instanceof Workflow workflow
                    && workflow.getSteps().stream().anyMatch(step -> step.getSite() != null)
                    && report.diagnostics().stream().noneMatch(d -> d.isError() && sameFile(d.file(), model.file()))) {
                pinned.add(model.file());
            }
        }
        if (pinned.isEmpty()) {
            return;
        }
        SubMonitor progress = SubMonitor.convert(monitor, pinned.size());
        ProjectPlanning planning = ProjectPlanning.of(project);
        Set<Diagnostic> known = new HashSet<>(report.diagnostics());
        try (ServiceHandle<WorkflowPlanner> planner = Services.await(ModelBuilder.class, WorkflowPlanner.class)) {
            for (Path workflow : pinned) {
                progress.subTask(workflow.getFileName().toString());
                WorkflowPlan plan;
                try {
                    plan = planner.get().plan(planning.pinnedOnly(workflow));
                } catch (VitruvianException e) {
                    continue; // only a requested --site can be unknown, and none is requested here
                }
                for (Diagnostic diagnostic : plan.report().diagnostics()) {
                    if (isPlacementFinding(diagnostic) && known.add(diagnostic)) {
                        report.add(diagnostic);
                    }
                }
                progress.worked(1);
            }
        }
    }

    /**
     * What the planner adds to validation, as {@code vitruvian check} prints it without
     * {@code --verbose}: trust denials, compatibility errors and warnings, and the sites
     * suggested instead. The planner's loading diagnostics repeat validation's, and its
     * "passed because" infos would bury the problems, so they are not markers.
     */
    static boolean isPlacementFinding(Diagnostic diagnostic) {
        String code = diagnostic.code();
        if (code.equals("check.suggestion")) {
            return true;
        }
        return (code.startsWith("trust.") || code.startsWith("compat.")) && diagnostic.severity() != Severity.INFO;
    }

    private static boolean sameFile(String name, Path file) {
        try {
            Path path = Path.of(name);
            return (path.isAbsolute() ? path : Path.of("").toAbsolutePath().resolve(path)).normalize()
                    .equals(file.toAbsolutePath().normalize());
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The project's Vitruvian model files, by content (apiVersion vitruvian/...), outside hidden and derived folders. */
    public static List<IFile> modelFiles(IProject project) throws CoreException {
        List<IFile> files = new ArrayList<>();
        project.accept((IResourceProxy proxy) -> {
            if (proxy.isDerived() || proxy.isTeamPrivateMember() || proxy.getName().startsWith(".") && proxy.getType() != IResource.PROJECT) {
                return false;
            }
            if (proxy.getType() == IResource.FILE && isYaml(proxy.getName())) {
                IFile file = (IFile) proxy.requestResource();
                if (isModel(file)) {
                    files.add(file);
                }
            }
            return true;
        }, IResource.NONE);
        return files;
    }

    /**
     * Whether a file is a Vitruvian model, by its apiVersion line: read directly rather than
     * through the content type, whose cached description may predate the file's last change.
     */
    static boolean isModel(IFile file) {
        try (java.io.Reader reader = new java.io.InputStreamReader(file.getContents(true), java.nio.charset.StandardCharsets.UTF_8)) {
            return ModelContentDescriber.read(reader).isVitruvian();
        } catch (CoreException | java.io.IOException e) {
            return false;
        }
    }

    static boolean isYaml(String name) {
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    private static boolean touchesYaml(IResourceDelta delta) throws CoreException {
        boolean[] found = { false };
        delta.accept(d -> {
            if (d.getResource().getType() == IResource.FILE && isYaml(d.getResource().getName())) {
                found[0] = true;
            }
            return !found[0];
        });
        return found[0];
    }
}
