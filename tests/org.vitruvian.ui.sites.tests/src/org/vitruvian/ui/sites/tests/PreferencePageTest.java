package org.vitruvian.ui.sites.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import java.time.Duration;

import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitruvian.preferences.VitruvianPreferences;
import org.vitruvian.ui.sites.SitesViews;

/** Window > Preferences > Vitruvian writes the file headless code reads, and refuses a home that is no path. */
class PreferencePageTest {

    @TempDir
    Path folder;

    private String previousHome;

    @BeforeEach
    void aPreferencesFileOfTheTestsOwn() {
        previousHome = System.getProperty("vitruvian.home");
        System.setProperty("vitruvian.preferences", folder.resolve("preferences.properties").toString());
    }

    @AfterEach
    void restore() {
        System.clearProperty("vitruvian.preferences");
        System.clearProperty("vitruvian.home.fromPreferences");
        System.clearProperty("vitruvian.pollMillis");
        if (previousHome == null) {
            System.clearProperty("vitruvian.home");
        } else {
            System.setProperty("vitruvian.home", previousHome);
        }
    }

    private static PreferenceDialog open() {
        PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(Ui.page().getWorkbenchWindow().getShell(),
                SitesViews.PREFERENCE_PAGE_ID, new String[] { SitesViews.PREFERENCE_PAGE_ID }, null);
        assertNotNull(dialog, "no Vitruvian preference page");
        dialog.setBlockOnOpen(false);
        dialog.open();
        dialog.getShell().forceActive();
        Ui.waitUntil("the preferences to be the active window", () -> Ui.display().getActiveShell() == dialog.getShell());
        return dialog;
    }

    private static org.eclipse.jface.preference.IPreferencePage page(PreferenceDialog dialog) {
        return (org.eclipse.jface.preference.IPreferencePage) dialog.getSelectedPage();
    }

    /** The home field: the first text field of the page. */
    private static Text homeField(PreferenceDialog dialog) {
        Text home = Ui.find((org.eclipse.swt.widgets.Composite) page(dialog).getControl(), Text.class);
        assertNotNull(home);
        return home;
    }

    @Test
    void aTypedHomeIsSavedForTheCommandLineToo() {
        PreferenceDialog dialog = open();
        Text home = homeField(dialog);
        home.setFocus();
        Ui.waitUntil("the home field to have the focus", home::isFocusControl);
        Ui.type("/srv/vitruvian");
        Ui.waitUntil("the path to be typed", () -> "/srv/vitruvian".equals(home.getText()));
        Ui.clickButton(dialog.getShell(), "Apply and Close");
        Ui.waitUntil("the dialog to close", () -> dialog.getShell() == null || dialog.getShell().isDisposed());
        VitruvianPreferences saved = VitruvianPreferences.load();
        assertEquals(Path.of("/srv/vitruvian"), saved.home());
        assertEquals(Duration.ofSeconds(1), saved.pollInterval());
        assertEquals("/srv/vitruvian", System.getProperty("vitruvian.home"), "in effect in the IDE at once");
    }

    @Test
    void aRelativeHomeIsRefusedWithAMessage() {
        PreferenceDialog dialog = open();
        try {
            Text home = homeField(dialog);
            home.setFocus();
            Ui.waitUntil("the home field to have the focus", home::isFocusControl);
            Ui.type("relative");
            Ui.waitUntil("the page to say what is wrong", () -> "The home must be an absolute path."
                    .equals(page(dialog).getErrorMessage()));
            Button apply = Ui.button(dialog.getShell(), "Apply and Close");
            assertFalse(apply.isEnabled(), "a home that is no path cannot be saved");
        } finally {
            dialog.close();
        }
    }
}
