package org.vitruvian.ui.editors;

/**
 * Identifiers other bundles use to work with Vitruvian projects and their model editors: the
 * project nature and builder, the problem marker and its attributes, the content types and the
 * editors bound to them.
 */
public final class VitruvianEditors {

    public static final String PLUGIN_ID = "org.vitruvian.ui.editors";

    /** The nature of a Vitruvian project; it installs {@link #BUILDER_ID}. */
    public static final String NATURE_ID = PLUGIN_ID + ".nature";

    /** Checks every model file of a project through ModelService whenever one changes. */
    public static final String BUILDER_ID = PLUGIN_ID + ".builder";

    /** A problem the builder found in a model file: a problem marker and a text marker. */
    public static final String PROBLEM_MARKER = PLUGIN_ID + ".problem";

    /** Marker attribute holding the diagnostic's stable code, e.g. {@code model.unknown-key}. */
    public static final String CODE_ATTRIBUTE = "code";

    /** Content type of every Vitruvian model file (YAML with {@code apiVersion: vitruvian/v1}). */
    public static final String MODEL_CONTENT_TYPE = PLUGIN_ID + ".model";

    public static final String NEW_PROJECT_WIZARD_ID = PLUGIN_ID + ".newProject";

    /** File &gt; Import &gt; Vitruvian &gt; Container Recipe from an Apptainer definition file or a Containerfile. */
    public static final String IMPORT_RECIPE_WIZARD_ID = PLUGIN_ID + ".importRecipe";

    private VitruvianEditors() {
    }
}
