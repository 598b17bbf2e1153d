package org.vitruvian.ui.viewers.internal;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.InstanceScope;

/** The viewers' preferences: the external program VTK files open in. */
public final class ViewersPreferences extends AbstractPreferenceInitializer {

    static final String QUALIFIER = "org.vitruvian.ui.viewers";
    static final String PAGE_ID = "org.vitruvian.ui.viewers.preferences";
    /** Command line of the external VTK viewer; the file's path is added as its last argument. */
    public static final String VTK_PROGRAM = "vtkProgram";

    @Override
    public void initializeDefaultPreferences() {
        // ParaView when it is installed where Debian puts it; otherwise the user chooses.
        String paraview = java.nio.file.Files.isExecutable(java.nio.file.Path.of("/usr/bin/paraview")) ? "/usr/bin/paraview" : "";
        DefaultScope.INSTANCE.getNode(QUALIFIER).put(VTK_PROGRAM, paraview);
    }

    static String vtkProgram() {
        return InstanceScope.INSTANCE.getNode(QUALIFIER).get(VTK_PROGRAM,
                DefaultScope.INSTANCE.getNode(QUALIFIER).get(VTK_PROGRAM, ""));
    }
}
