package org.vitruvian.ui.sites.tests;

import java.nio.file.Path;

import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.Test;
import org.vitruvian.ui.sites.SitesViews;

/**
 * Saves what Window > Preferences > Vitruvian looks like (-Dscreenshot.prefs=FILE), for looking
 * at it; not a test (surefire's patterns do not match it).
 */
class PreferencesScreenshot {

    @Test
    void screenshot() {
        PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(Ui.page().getWorkbenchWindow().getShell(),
                SitesViews.PREFERENCE_PAGE_ID, null, null);
        dialog.setBlockOnOpen(false);
        dialog.open();
        long until = System.nanoTime() + 1_500_000_000L;
        Ui.waitUntil("the dialog to be painted and the site list read", () -> System.nanoTime() > until);
        Rectangle bounds = dialog.getShell().getBounds();
        Image image = new Image(Ui.display(), bounds.width, bounds.height);
        GC gc = new GC(Ui.display());
        try {
            gc.copyArea(image, bounds.x, bounds.y);
            ImageLoader loader = new ImageLoader();
            loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
            loader.save(Path.of(System.getProperty("screenshot.prefs", "preferences.png")).toString(), SWT.IMAGE_PNG);
        } finally {
            gc.dispose();
            image.dispose();
            dialog.close();
        }
    }
}
