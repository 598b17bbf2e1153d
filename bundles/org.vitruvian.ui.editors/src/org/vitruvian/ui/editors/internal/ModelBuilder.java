package org.vitruvian.ui.editors.internal;

import java.nio.file.Path;
import java.util.ArrayList;
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
import org.vitruvian.core.diagnostics.DiagnosticReport;
import org.vitruvian.core.services.ServiceHandle;
import org.vitruvian.core.services.Services;
import org.vitruvian.model.yaml.ModelService;
import org.vitruvian.ui.editors.VitruvianEditors;

/**
 * Checks every model file of a Vitruvian project with the same {@link ModelService} as
 * {@code vitruvian validate}, and turns its diagnostics into problem markers. All model files
 * of the project are loaded together, as {@code validate} does with several files: a workflow
 * sees the services it imports and the sites next to it, so a change to any of them re-checks
 * the workflow too. Projects are small (tens of files), so a change re-checks them all.
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
        SubMonitor progress = SubMonitor.convert(monitor, "Checking Vitruvian models in " + project.getName(), 3);
        List<IFile> files = modelFiles(project);
        progress.worked(1);
        DiagnosticReport report;
        if (files.isEmpty()) {
            report = new DiagnosticReport();
        } else {
            List<Path> paths = new ArrayList<>();
            for (IFile file : files) {
                IPath location = file.getLocation();
                if (location != null) {
                    paths.add(location.toPath());
                }
            }
            try (ServiceHandle<ModelService> models = Services.await(ModelBuilder.class, ModelService.class)) {
                report = models.get().load(paths).report();
            }
        }
        progress.worked(1);
        ModelMarkers.replace(project, report);
        project.setSessionProperty(LAST_CHECK, new Check(List.copyOf(files), report));
        progress.worked(1);
        return report;
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
