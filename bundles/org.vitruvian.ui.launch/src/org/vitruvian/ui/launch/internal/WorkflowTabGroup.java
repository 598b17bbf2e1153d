package org.vitruvian.ui.launch.internal;

import org.eclipse.debug.ui.AbstractLaunchConfigurationTabGroup;
import org.eclipse.debug.ui.CommonTab;
import org.eclipse.debug.ui.ILaunchConfigurationDialog;
import org.eclipse.debug.ui.ILaunchConfigurationTab;

/** Workflow (file, site, policy), Parameters, Inputs, and the platform's Common tab (favourites, shared file). */
public final class WorkflowTabGroup extends AbstractLaunchConfigurationTabGroup {

    @Override
    public void createTabs(ILaunchConfigurationDialog dialog, String mode) {
        setTabs(new ILaunchConfigurationTab[] { new WorkflowTab(), new ParametersTab(), new InputsTab(), new CommonTab() });
    }
}
