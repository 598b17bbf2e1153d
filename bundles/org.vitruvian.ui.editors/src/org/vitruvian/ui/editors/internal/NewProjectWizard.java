package org.vitruvian.ui.editors.internal;

import java.lang.reflect.InvocationTargetException;
import java.net.URI;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.WorkspaceModifyOperation;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.wizards.newresource.BasicNewProjectResourceWizard;
import org.eclipse.ui.wizards.newresource.BasicNewResourceWizard;

/** File &gt; New &gt; Vitruvian Project: a project with the Vitruvian nature, started from a template. */
public final class NewProjectWizard extends Wizard implements INewWizard, IExecutableExtension {

    private IWorkbench workbench;
    private IConfigurationElement config;
    private NewProjectPage page;
    private IProject created;

    public NewProjectWizard() {
        setWindowTitle("New Vitruvian Project");
        setNeedsProgressMonitor(true);
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        this.workbench = workbench;
    }

    @Override
    public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
        this.config = config;
    }

    @Override
    public void addPages() {
        page = new NewProjectPage();
        addPage(page);
    }

    /** The project made by the last {@link #performFinish()}, or null. */
    public IProject createdProject() {
        return created;
    }

    @Override
    public boolean performFinish() {
        IProject project = page.getProjectHandle();
        URI location = page.useDefaults() ? null : page.getLocationURI();
        ProjectTemplate template = page.template();
        try {
            getContainer().run(true, true, new WorkspaceModifyOperation() {
                @Override
                protected void execute(org.eclipse.core.runtime.IProgressMonitor monitor) throws CoreException {
                    create(project, location, template, monitor);
                }
            });
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            ErrorDialog.openError(getShell(), "Cannot create the project", null,
                    cause instanceof CoreException core ? core.getStatus()
                            : org.eclipse.core.runtime.Status.error(String.valueOf(cause.getMessage()), cause));
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        created = project;
        BasicNewProjectResourceWizard.updatePerspective(config);
        if (workbench != null && workbench.getActiveWorkbenchWindow() != null) {
            BasicNewResourceWizard.selectAndReveal(project, workbench.getActiveWorkbenchWindow());
            openMainFile(project, template);
        }
        return true;
    }

    /** Creates and opens the project, adds the Vitruvian nature and copies the template. Shared with tests. */
    public static void create(IProject project, URI location, ProjectTemplate template, org.eclipse.core.runtime.IProgressMonitor monitor)
            throws CoreException {
        SubMonitor progress = SubMonitor.convert(monitor, "Creating " + project.getName(), 4);
        IWorkspace workspace = ResourcesPlugin.getWorkspace();
        IProjectDescription description = workspace.newProjectDescription(project.getName());
        description.setLocationURI(location);
        project.create(description, progress.split(1));
        project.open(progress.split(1));
        VitruvianNature.addTo(project, progress.split(1));
        template.copyInto(project, progress.split(1));
    }

    private void openMainFile(IProject project, ProjectTemplate template) {
        if (template.mainFile() == null) {
            return;
        }
        IFile file = project.getFile(template.mainFile());
        IWorkbenchPage activePage = workbench.getActiveWorkbenchWindow().getActivePage();
        if (file.exists() && activePage != null) {
            try {
                IDE.openEditor(activePage, file, true);
            } catch (PartInitException e) {
                ErrorDialog.openError(getShell(), "Cannot open " + file.getName(), null, e.getStatus());
            }
        }
    }
}
