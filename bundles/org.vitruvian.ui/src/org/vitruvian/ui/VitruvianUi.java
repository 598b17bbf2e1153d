package org.vitruvian.ui;

/** Identifiers other bundles use to contribute to the Vitruvian IDE. */
public final class VitruvianUi {

    public static final String PERSPECTIVE_ID = "org.vitruvian.ui.perspective";

    public static final String WINDOW_TITLE = "Vitruvian";

    /** The view category Vitruvian's views are listed under in Window > Show View > Other. */
    public static final String VIEW_CATEGORY_ID = "org.vitruvian.ui.views";

    /** The folder left of the editors, holding the Project Explorer. */
    public static final String NAVIGATION_FOLDER_ID = "org.vitruvian.ui.folders.navigation";

    /** The folder under the editors: Problems, Console, Progress. */
    public static final String OUTPUT_FOLDER_ID = "org.vitruvian.ui.folders.output";

    /** The folder right of the editors, holding Properties. */
    public static final String DETAILS_FOLDER_ID = "org.vitruvian.ui.folders.details";

    private VitruvianUi() {
    }
}
