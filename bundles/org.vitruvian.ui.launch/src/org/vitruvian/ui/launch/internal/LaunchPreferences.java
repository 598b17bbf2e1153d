package org.vitruvian.ui.launch.internal;

import org.vitruvian.core.VitruvianException;
import org.vitruvian.preferences.VitruvianPreferences;
import org.vitruvian.ui.launch.WorkflowLaunches;

/**
 * The Vitruvian preferences a launch uses, in the command line's order (docs/cli.md,
 * "Preferences"): what the configuration says, else the preference, else the built-in default.
 * Read afresh each time, so a change on the preference page holds for the next launch; a file
 * that cannot be read counts as none (the preference page says what is wrong with it).
 */
final class LaunchPreferences {

    private LaunchPreferences() {
    }

    static VitruvianPreferences current() {
        try {
            return VitruvianPreferences.load();
        } catch (VitruvianException e) {
            return VitruvianPreferences.DEFAULTS;
        }
    }

    /** The site a new configuration starts with: the default site preference, else this machine. */
    static String newConfigurationSite() {
        String preferred = current().siteOr(null);
        return preferred != null ? preferred : WorkflowLaunches.DEFAULT_SITE;
    }
}
