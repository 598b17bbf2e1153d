package org.vitruvian.ui.sites.internal;

import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.ide.IDE;
import org.vitruvian.core.VitruvianHome;
import org.vitruvian.sites.CatalogSite;
import org.vitruvian.ui.editors.VitruvianEditors;

/**
 * The user's site files ({@code $VITRUVIAN_HOME/sites}) in the workspace, so that the Site
 * editor, which edits workspace files, opens them: a project {@value #PROJECT} with a folder
 * {@code sites} linked to that folder. Nothing is copied; the file the catalog reads is the one
 * edited. The project has the Vitruvian nature, so a site with a mistake gets problem markers.
 */
public final class UserSites {

    public static final String PROJECT = "Vitruvian Sites";

    private UserSites() {
    }

    /** The workspace file of a user site; makes the project and link when needed. */
    public static IFile file(CatalogSite site) throws CoreException {
        Path location = Path.of(site.location()).toAbsolutePath().normalize();
        Path folder = VitruvianHome.sites().toAbsolutePath().normalize();
        if (!location.startsWith(folder)) {
            throw new CoreException(Status.error(site.location() + " is not in " + folder));
        }
        IWorkspace workspace = ResourcesPlugin.getWorkspace();
        IProject project = workspace.getRoot().getProject(PROJECT);
        if (!project.exists()) {
            IProjectDescription description = workspace.newProjectDescription(PROJECT);
            description.setNatureIds(new String[] { VitruvianEditors.NATURE_ID });
            project.create(description, null);
        }
        if (!project.isOpen()) {
            project.open(null);
        }
        IFolder sites = project.getFolder("sites");
        IPath target = IPath.fromPath(folder);
        if (!sites.exists() || !target.equals(sites.getLocation())) {
            // The home may have moved (Preferences > Vitruvian): the link follows it.
            sites.createLink(target, IResource.REPLACE | IResource.ALLOW_MISSING_LOCAL, null);
        }
        sites.refreshLocal(IResource.DEPTH_INFINITE, null);
        IFile file = sites.getFile(IPath.fromPath(folder.relativize(location)));
        if (!file.exists()) {
            throw new CoreException(new Status(IStatus.ERROR, UserSites.class, site.location() + " does not exist any more"));
        }
        return file;
    }

    /** Opens the user site in its editor (the Site editor, by content type). */
    public static void open(IWorkbenchPage page, CatalogSite site) throws CoreException {
        IDE.openEditor(page, file(site), true);
    }
}
