package org.vitruvian.ui.viewers.internal;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

/** Preferences > Vitruvian Result Viewers: the external program for VTK files. */
public final class ViewersPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    public ViewersPreferencePage() {
        super(GRID);
        setDescription("Run outputs open in Vitruvian's viewers. VTK meshes and images are summarised there and "
                + "open in the program below (its command line; the file is added as the last argument), e.g. paraview.");
    }

    @Override
    public void init(IWorkbench workbench) {
        setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, ViewersPreferences.QUALIFIER));
    }

    @Override
    protected void createFieldEditors() {
        addField(new StringFieldEditor(ViewersPreferences.VTK_PROGRAM, "External &VTK program:", getFieldEditorParent()));
    }
}
