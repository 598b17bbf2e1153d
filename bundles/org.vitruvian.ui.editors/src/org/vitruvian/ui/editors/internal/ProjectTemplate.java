package org.vitruvian.ui.editors.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.vitruvian.ui.editors.VitruvianEditors;

/**
 * A starting point for a new project: one of the examples, copied into the bundle at build time
 * from {@code examples/} (see this bundle's pom), or nothing at all.
 *
 * @param folder   the example's folder under {@code templates/} in this bundle; null for an empty project
 * @param mainFile the file the wizard opens once the project exists; null for none
 */
public record ProjectTemplate(String id, String label, String description, String folder, String mainFile) {

    public static final List<ProjectTemplate> ALL = List.of(
            new ProjectTemplate("bone-strength", "Bone strength (CT to femur fracture loads)",
                    "Six services from a CT to the fracture loads of a femur, CT2S-style: calibration, segmentation, "
                            + "voxel mesh, finite-element solve and strength. Runs on this machine in about a minute.",
                    "bone-strength", "workflow.yaml"),
            new ProjectTemplate("cardiac-drug-trial", "Cardiac drug trial (in-silico population)",
                    "A population of calibrated cardiomyocyte models and the block of ion channels by a drug, "
                            + "for an in-silico trial of its pro-arrhythmic risk.",
                    "cardiac-drug-trial", "workflow.yaml"),
            new ProjectTemplate("mri-rf-heating", "MRI RF heating (implant safety)",
                    "Set up an implant in a body model, solve the RF field of an MRI coil, then the temperature rise.",
                    "mri-rf-heating", "workflow.yaml"),
            new ProjectTemplate("empty", "Empty project", "A Vitruvian project with no models yet.", null, null));

    public static Optional<ProjectTemplate> byId(String id) {
        return ALL.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /** Copies the template's files into the project, keeping their folders; existing files are left alone. */
    public void copyInto(IProject project, IProgressMonitor monitor) throws CoreException {
        if (folder == null) {
            return;
        }
        Bundle bundle = FrameworkUtil.getBundle(ProjectTemplate.class);
        String base = "templates/" + folder + "/";
        Enumeration<URL> found = bundle.findEntries(base, "*", true);
        if (found == null) {
            throw new CoreException(Status.error("The template '" + label + "' is missing from bundle "
                    + VitruvianEditors.PLUGIN_ID + " (no " + base + "); the IDE build is incomplete, rebuild it."));
        }
        List<URL> entries = new ArrayList<>(Collections.list(found));
        SubMonitor progress = SubMonitor.convert(monitor, "Copying " + label, entries.size());
        for (URL entry : entries) {
            String path = entry.getPath();
            int at = path.indexOf(base);
            String relative = at < 0 ? null : path.substring(at + base.length());
            if (relative == null || relative.isEmpty() || relative.endsWith("/")) {
                progress.worked(1);
                continue;
            }
            IFile file = project.getFile(IPath.fromPortableString(relative));
            createParents(file.getParent(), progress.newChild(0));
            if (!file.exists()) {
                try (InputStream in = entry.openStream()) {
                    file.create(in, true, progress.newChild(1));
                } catch (IOException e) {
                    throw new CoreException(Status.error("Cannot copy " + relative + " of the template '" + label + "': " + e.getMessage(), e));
                }
            } else {
                progress.worked(1);
            }
        }
        if ("bone-strength".equals(folder)) {
            copyBoneStrengthJar(project, monitor);
        }
    }

    /**
     * The bone-strength recipe ships {@code build/bonestrength.jar}, which in the source tree is a
     * link to the service bundle's jar. That jar is installed with the IDE as the bundle
     * org.vitruvian.services.bonestrength itself, so the project gets a copy of it.
     */
    private static void copyBoneStrengthJar(IProject project, IProgressMonitor monitor) throws CoreException {
        Bundle service = org.eclipse.core.runtime.Platform.getBundle("org.vitruvian.services.bonestrength");
        IFile jar = project.getFile("build/bonestrength.jar");
        if (service == null || jar.exists()) {
            return;
        }
        java.io.File location;
        try {
            location = org.eclipse.core.runtime.FileLocator.getBundleFileLocation(service).orElse(null);
        } catch (RuntimeException e) {
            location = null;
        }
        if (location == null || !location.isFile()) {
            return;
        }
        createParents(jar.getParent(), monitor);
        try (InputStream in = java.nio.file.Files.newInputStream(location.toPath())) {
            jar.create(in, true, monitor);
        } catch (IOException e) {
            throw new CoreException(Status.error("Cannot copy the bone-strength jar from " + location + ": " + e.getMessage(), e));
        }
    }

    private static void createParents(IContainer container, IProgressMonitor monitor) throws CoreException {
        if (container instanceof IFolder folder && !folder.exists()) {
            createParents(folder.getParent(), monitor);
            folder.create(true, true, monitor);
        }
    }

}
