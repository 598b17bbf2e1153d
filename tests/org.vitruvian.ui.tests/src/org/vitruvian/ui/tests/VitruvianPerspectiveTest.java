package org.vitruvian.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.vitruvian.ui.VitruvianUi;
import org.vitruvian.ui.internal.VitruvianPerspective;

/** Runs inside the real Vitruvian workbench (tycho-surefire UI harness under Xvfb). */
class VitruvianPerspectiveTest {

    private static IWorkbenchWindow window() {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        assertNotNull(window, "the Vitruvian workbench opened no window");
        return window;
    }

    @Test
    void windowIsTitledVitruvian() {
        assertEquals(VitruvianUi.WINDOW_TITLE, window().getShell().getText());
    }

    @Test
    void vitruvianPerspectiveIsTheInitialOne() {
        IWorkbenchPage page = window().getActivePage();
        assertNotNull(page);
        assertEquals(VitruvianUi.PERSPECTIVE_ID, page.getPerspective().getId());
        assertEquals("Vitruvian", page.getPerspective().getLabel());
    }

    @Test
    void perspectiveShowsEveryViewAndEachOneReallyLoads() throws PartInitException {
        IWorkbenchPage page = window().getActivePage();
        for (String id : VitruvianPerspective.VIEW_IDS) {
            assertNotNull(page.findViewReference(id), "the perspective does not lay out view " + id);
            IViewPart view = page.showView(id);
            assertNotNull(view, id);
            // A view whose bundle is missing or broken loads as the workbench's error placeholder.
            assertFalse(view.getClass().getName().contains("ErrorViewPart"),
                    id + " failed to load: " + view.getClass().getName());
        }
    }
}
