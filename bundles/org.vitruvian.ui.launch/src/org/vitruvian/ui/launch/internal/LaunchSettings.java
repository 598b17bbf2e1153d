package org.vitruvian.ui.launch.internal;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.variables.VariablesPlugin;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.vitruvian.execution.Runs;
import org.vitruvian.ui.launch.WorkflowLaunches;

/** A launch configuration read as the request 'vitruvian run' makes from its options. */
final class LaunchSettings {

    private LaunchSettings() {
    }

    static Runs.Request request(ILaunchConfiguration configuration) throws CoreException {
        String workflow = substitute(configuration.getAttribute(WorkflowLaunches.WORKFLOW, ""));
        if (workflow.isBlank()) {
            throw new CoreException(Status.error("The launch configuration '" + configuration.getName()
                    + "' names no workflow file; choose one on its Workflow tab."));
        }
        String site = configuration.getAttribute(WorkflowLaunches.SITE, WorkflowLaunches.DEFAULT_SITE);
        Map<String, String> parameters = new LinkedHashMap<>(configuration.getAttribute(WorkflowLaunches.PARAMETERS, Map.of()));
        Map<String, Path> inputs = new LinkedHashMap<>();
        for (Map.Entry<String, String> input : configuration.getAttribute(WorkflowLaunches.INPUTS, Map.<String, String>of()).entrySet()) {
            if (!input.getValue().isBlank()) {
                inputs.put(input.getKey(), Path.of(substitute(input.getValue())));
            }
        }
        String policy = substitute(configuration.getAttribute(WorkflowLaunches.POLICY, ""));
        // No policy in the configuration: the default policy preference, as 'vitruvian run' takes it.
        return new Runs.Request(Path.of(workflow), site.isBlank() ? null : site, parameters, inputs,
                LaunchPreferences.current().policyOr(policy.isBlank() ? null : Path.of(policy)));
    }

    /** Resolves ${workspace_loc:...} and the other variables launch configurations use for paths. */
    static String substitute(String text) throws CoreException {
        return VariablesPlugin.getDefault().getStringVariableManager().performStringSubstitution(text.strip());
    }
}
