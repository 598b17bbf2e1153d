package org.vitruvian.ui.launch;

/**
 * The "Vitruvian Workflow" launch configuration type and its attributes, for bundles (and
 * tests) that create configurations. Each attribute is what the same option of 'vitruvian run'
 * takes.
 */
public final class WorkflowLaunches {

    public static final String TYPE_ID = "org.vitruvian.ui.launch.workflow";

    /** The workflow file: a file-system path, which may use variables such as ${workspace_loc:/p/workflow.yaml}. */
    public static final String WORKFLOW = "org.vitruvian.ui.launch.workflow";

    /** The site id ({@code --site}); steps pinned to a site keep theirs. */
    public static final String SITE = "org.vitruvian.ui.launch.site";

    /** Parameter values by name ({@code --param NAME=VALUE}); a parameter not in the map takes its default. */
    public static final String PARAMETERS = "org.vitruvian.ui.launch.parameters";

    /** Input files by input name ({@code --input NAME=PATH}). */
    public static final String INPUTS = "org.vitruvian.ui.launch.inputs";

    /** The trust policy file ({@code --policy}); empty for the default policy preference, else the built-in policy. */
    public static final String POLICY = "org.vitruvian.ui.launch.policy";

    /** The site a new configuration starts with when no default site preference is set: this machine. */
    public static final String DEFAULT_SITE = "local";

    private WorkflowLaunches() {
    }
}
