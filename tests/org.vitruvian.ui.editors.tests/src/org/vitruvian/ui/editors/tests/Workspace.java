package org.vitruvian.ui.editors.tests;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;

/** The workspace the tests share: each test leaves it as it found it. */
final class Workspace {

    private Workspace() {
    }

    static IWorkspaceRoot root() {
        return ResourcesPlugin.getWorkspace().getRoot();
    }

    static void closeEditorsAndDeleteProjects() throws CoreException {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        page.closeAllEditors(false);
        for (IProject project : root().getProjects()) {
            project.delete(true, true, null);
        }
    }

    static String describe(IMarker[] markers) {
        return Arrays.stream(markers).map(m -> m.getResource().getProjectRelativePath() + ":"
                + m.getAttribute(IMarker.LINE_NUMBER, 0) + " " + m.getAttribute(IMarker.MESSAGE, ""))
                .collect(Collectors.joining("; "));
    }
}
