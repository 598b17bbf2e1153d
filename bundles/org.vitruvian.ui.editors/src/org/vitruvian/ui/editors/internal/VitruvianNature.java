package org.vitruvian.ui.editors.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.ICommand;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IProjectNature;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.vitruvian.ui.editors.VitruvianEditors;

/** Marks a project as holding Vitruvian models and installs the builder that checks them. */
public final class VitruvianNature implements IProjectNature {

    private IProject project;

    @Override
    public void configure() throws CoreException {
        IProjectDescription description = project.getDescription();
        List<ICommand> commands = new ArrayList<>(Arrays.asList(description.getBuildSpec()));
        if (commands.stream().noneMatch(c -> VitruvianEditors.BUILDER_ID.equals(c.getBuilderName()))) {
            ICommand command = description.newCommand();
            command.setBuilderName(VitruvianEditors.BUILDER_ID);
            commands.add(command);
            description.setBuildSpec(commands.toArray(ICommand[]::new));
            project.setDescription(description, null);
        }
    }

    @Override
    public void deconfigure() throws CoreException {
        IProjectDescription description = project.getDescription();
        ICommand[] kept = Arrays.stream(description.getBuildSpec())
                .filter(c -> !VitruvianEditors.BUILDER_ID.equals(c.getBuilderName())).toArray(ICommand[]::new);
        description.setBuildSpec(kept);
        project.setDescription(description, null);
        project.deleteMarkers(VitruvianEditors.PROBLEM_MARKER, true, IProject.DEPTH_INFINITE);
    }

    @Override
    public IProject getProject() {
        return project;
    }

    @Override
    public void setProject(IProject project) {
        this.project = project;
    }

    /** Adds the nature (and so the builder) to a project that lacks it. */
    public static void addTo(IProject project, IProgressMonitor monitor) throws CoreException {
        IProjectDescription description = project.getDescription();
        if (description.hasNature(VitruvianEditors.NATURE_ID)) {
            return;
        }
        List<String> natures = new ArrayList<>(Arrays.asList(description.getNatureIds()));
        natures.add(VitruvianEditors.NATURE_ID);
        description.setNatureIds(natures.toArray(String[]::new));
        project.setDescription(description, monitor);
    }
}
