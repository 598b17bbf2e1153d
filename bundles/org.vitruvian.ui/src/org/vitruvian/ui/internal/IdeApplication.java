package org.vitruvian.ui.internal;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;

/** Starts the workbench and saves the workspace on the way out, so no project state is lost. */
public final class IdeApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        Display display = PlatformUI.createDisplay();
        try {
            int code = PlatformUI.createAndRunWorkbench(display, new VitruvianWorkbenchAdvisor());
            return code == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
        } finally {
            saveWorkspace();
            display.dispose();
        }
    }

    private static void saveWorkspace() {
        try {
            ResourcesPlugin.getWorkspace().save(true, null);
        } catch (CoreException | IllegalStateException e) {
            ILog.of(IdeApplication.class).error("Could not save the workspace on exit", e);
        }
    }

    @Override
    public void stop() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        Display display = PlatformUI.getWorkbench().getDisplay();
        display.syncExec(() -> {
            if (!display.isDisposed()) {
                PlatformUI.getWorkbench().close();
            }
        });
    }
}
