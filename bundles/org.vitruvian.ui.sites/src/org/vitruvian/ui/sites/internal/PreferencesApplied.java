package org.vitruvian.ui.sites.internal;

import org.eclipse.ui.IStartup;
import org.vitruvian.core.VitruvianException;
import org.vitruvian.preferences.ProcessPreferences;
import org.vitruvian.preferences.VitruvianPreferences;

/**
 * Puts the saved preferences into effect in this process at start and after the preference page
 * is applied, through the same {@link ProcessPreferences} the command line uses: the home unless
 * {@code VITRUVIAN_HOME} or {@code -Dvitruvian.home} says otherwise, and the poll interval
 * (which the Runs view reads) unless {@code VITRUVIAN_POLL_MS} is set. Without a preferences
 * file nothing is changed.
 */
public final class PreferencesApplied implements IStartup {

    @Override
    public void earlyStartup() {
        if (!java.nio.file.Files.isRegularFile(VitruvianPreferences.file())) {
            // Nothing chosen: what the environment and the command line say holds.
            return;
        }
        try {
            apply(VitruvianPreferences.load());
        } catch (VitruvianException e) {
            // A broken file: the defaults hold; the preference page says what is wrong when opened.
        }
    }

    static void apply(VitruvianPreferences preferences) {
        ProcessPreferences.apply(preferences);
    }
}
