package org.vitruvian.ui.launch.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationType;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.ILaunchShortcut2;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.vitruvian.ui.launch.WorkflowLaunches;

/**
 * Run As > Vitruvian Workflow (and Ctrl+F11) on a workflow file or its editor: runs the
 * configuration made for that file before, or makes one (site {@code local}, every parameter at
 * its default) and runs it. Changing site or parameters is Run > Run Configurations...
 */
public final class WorkflowLaunchShortcut implements ILaunchShortcut2 {

    @Override
    public void launch(ISelection selection, String mode) {
        launch(getLaunchableResource(selection), mode);
    }

    @Override
    public void launch(IEditorPart editor, String mode) {
        launch(getLaunchableResource(editor), mode);
    }

    private static void launch(IResource resource, String mode) {
        if (!(resource instanceof IFile file)) {
            MessageDialog.openInformation(PlatformUI.getWorkbench().getModalDialogShellProvider().getShell(),
                    "Run Vitruvian Workflow", "Select a workflow file (kind: Workflow) or its editor to run it.");
            return;
        }
        try {
            ILaunchConfiguration[] existing = configurations(file);
            ILaunchConfiguration configuration = existing.length > 0 ? existing[0] : create(file);
            DebugUITools.launch(configuration, mode);
        } catch (CoreException e) {
            MessageDialog.openError(PlatformUI.getWorkbench().getModalDialogShellProvider().getShell(),
                    "Run Vitruvian Workflow", e.getStatus().getMessage());
        }
    }

    static ILaunchConfiguration create(IFile file) throws CoreException {
        ILaunchManager manager = DebugPlugin.getDefault().getLaunchManager();
        ILaunchConfigurationType type = manager.getLaunchConfigurationType(WorkflowLaunches.TYPE_ID);
        String name = file.getName().replaceFirst("\\.ya?ml$", "");
        if (file.getParent() != null && (name.equals("workflow"))) {
            // examples/bone-strength/workflow.yaml reads better as "bone-strength".
            name = file.getParent().getName();
        }
        ILaunchConfigurationWorkingCopy copy = type.newInstance(null, manager.generateLaunchConfigurationName(name));
        copy.setAttribute(WorkflowLaunches.WORKFLOW, workspacePath(file));
        copy.setAttribute(WorkflowLaunches.SITE, LaunchPreferences.newConfigurationSite());
        copy.setMappedResources(new IResource[] { file });
        return copy.doSave();
    }

    /** The file as a workspace variable, so the configuration follows the project wherever it is checked out. */
    static String workspacePath(IFile file) {
        return "${workspace_loc:" + file.getFullPath().toString() + "}";
    }

    private static ILaunchConfiguration[] configurations(IFile file) throws CoreException {
        ILaunchManager manager = DebugPlugin.getDefault().getLaunchManager();
        ILaunchConfigurationType type = manager.getLaunchConfigurationType(WorkflowLaunches.TYPE_ID);
        List<ILaunchConfiguration> found = new ArrayList<>();
        String path = workspacePath(file);
        String location = file.getLocation() == null ? null : file.getLocation().toOSString();
        for (ILaunchConfiguration configuration : manager.getLaunchConfigurations(type)) {
            String workflow = configuration.getAttribute(WorkflowLaunches.WORKFLOW, "");
            if (workflow.equals(path) || workflow.equals(location)) {
                found.add(configuration);
            }
        }
        return found.toArray(ILaunchConfiguration[]::new);
    }

    @Override
    public ILaunchConfiguration[] getLaunchConfigurations(ISelection selection) {
        return configurationsOf(getLaunchableResource(selection));
    }

    @Override
    public ILaunchConfiguration[] getLaunchConfigurations(IEditorPart editor) {
        return configurationsOf(getLaunchableResource(editor));
    }

    private static ILaunchConfiguration[] configurationsOf(IResource resource) {
        if (!(resource instanceof IFile file)) {
            return null;
        }
        try {
            ILaunchConfiguration[] found = configurations(file);
            // null lets the platform ask this shortcut to make one.
            return found.length == 0 ? null : found;
        } catch (CoreException e) {
            return null;
        }
    }

    @Override
    public IResource getLaunchableResource(ISelection selection) {
        if (selection instanceof IStructuredSelection structured && structured.size() == 1) {
            return Adapters.adapt(structured.getFirstElement(), IFile.class);
        }
        return null;
    }

    @Override
    public IResource getLaunchableResource(IEditorPart editor) {
        IEditorInput input = editor.getEditorInput();
        return Adapters.adapt(input, IFile.class);
    }

    /** The workflow file selected in the workbench, for a new configuration made in the Run Configurations dialog. */
    static IFile selectedWorkflow() {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        IWorkbenchPage page = window == null ? null : window.getActivePage();
        if (page == null) {
            return null;
        }
        IEditorPart editor = page.getActiveEditor();
        IFile file = editor == null ? null : Adapters.adapt(editor.getEditorInput(), IFile.class);
        if (file == null && page.getSelection() instanceof IStructuredSelection s && s.size() == 1) {
            file = Adapters.adapt(s.getFirstElement(), IFile.class);
        }
        if (file == null) {
            return null;
        }
        try {
            var description = file.getContentDescription();
            return description != null && "org.vitruvian.ui.editors.workflow".equals(description.getContentType().getId()) ? file : null;
        } catch (CoreException e) {
            return null;
        }
    }
}
