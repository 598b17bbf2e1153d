package org.vitruvian.ui.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.eclipse.ui.console.IConsoleConstants;
import org.vitruvian.ui.VitruvianUi;

/**
 * Models on the left, the editor in the middle, properties of the selection on the right, and
 * what runs produce (problems, console output, progress) underneath.
 */
public final class VitruvianPerspective implements IPerspectiveFactory {

    /** The views this perspective opens, in the order a user scans them. */
    public static final String[] VIEW_IDS = { IPageLayout.ID_PROJECT_EXPLORER, IPageLayout.ID_PROP_SHEET,
            IPageLayout.ID_PROBLEM_VIEW, IConsoleConstants.ID_CONSOLE_VIEW, IPageLayout.ID_PROGRESS_VIEW };

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editorArea = layout.getEditorArea();
        layout.setEditorAreaVisible(true);

        IFolderLayout navigation = layout.createFolder(VitruvianUi.NAVIGATION_FOLDER_ID, IPageLayout.LEFT, 0.22f, editorArea);
        navigation.addView(IPageLayout.ID_PROJECT_EXPLORER);

        IFolderLayout output = layout.createFolder(VitruvianUi.OUTPUT_FOLDER_ID, IPageLayout.BOTTOM, 0.70f, editorArea);
        output.addView(IPageLayout.ID_PROBLEM_VIEW);
        output.addView(IConsoleConstants.ID_CONSOLE_VIEW);
        output.addView(IPageLayout.ID_PROGRESS_VIEW);

        IFolderLayout details = layout.createFolder(VitruvianUi.DETAILS_FOLDER_ID, IPageLayout.RIGHT, 0.75f, editorArea);
        details.addView(IPageLayout.ID_PROP_SHEET);

        for (String id : VIEW_IDS) {
            layout.addShowViewShortcut(id);
        }
        // File > New offers a Vitruvian project first (its wizard is in org.vitruvian.ui.editors).
        layout.addNewWizardShortcut("org.vitruvian.ui.editors.newProject");
        layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.project");
        layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.folder");
        layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.file");
    }
}
