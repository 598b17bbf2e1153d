package org.vitruvian.ui.sites.internal;

import org.eclipse.ui.IStartup;
import org.vitruvian.core.VitruvianException;
import org.vitruvian.preferences.VitruvianPreferences;

/**
 * Puts the saved preferences into effect in this process at start and after the preference page
 * is applied: the home through {@code vitruvian.home} (which {@code VitruvianHome} reads) unless
 * {@code VITRUVIAN_HOME} or {@code -Dvitruvian.home} says otherwise, and the poll interval
 * through {@code vitruvian.pollMillis} (which the Runs view reads) unless {@code VITRUVIAN_POLL_MS}
 * is set. Without a preferences file nothing is changed.
 */
public final class PreferencesApplied implements IStartup {

    /** Set while vitruvian.home holds the preference's value, so clearing the preference clears it. */
    private static final String FROM_PREFERENCES = "vitruvian.home.fromPreferences";

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

    static synchronized void apply(VitruvianPreferences preferences) {
        boolean ours = Boolean.getBoolean(FROM_PREFERENCES);
        boolean givenElsewhere = !ours && (System.getProperty("vitruvian.home") != null
                || (System.getenv("VITRUVIAN_HOME") != null && !System.getenv("VITRUVIAN_HOME").isBlank()));
        if (!givenElsewhere) {
            if (preferences.home() != null) {
                System.setProperty("vitruvian.home", preferences.home().toString());
                System.setProperty(FROM_PREFERENCES, "true");
            } else if (ours) {
                System.clearProperty("vitruvian.home");
                System.clearProperty(FROM_PREFERENCES);
            }
        }
        String pollEnvironment = System.getenv("VITRUVIAN_POLL_MS");
        if (pollEnvironment == null || pollEnvironment.isBlank()) {
            System.setProperty("vitruvian.pollMillis", Long.toString(preferences.pollInterval().toMillis()));
        }
    }
}
