package org.vitruvian.app.internal.commands;

import org.vitruvian.core.VitruvianException;
import org.vitruvian.preferences.VitruvianPreferences;

/**
 * The IDE's preferences (Window > Preferences > Vitruvian) as the commands see them: read afresh
 * for each command line, so a change made in the IDE holds for the next command. A file that
 * cannot be read counts as no file; {@code VitruvianCli} warns about it once per command line.
 */
public final class CliPreferences {

    private CliPreferences() {
    }

    public static VitruvianPreferences current() {
        try {
            return VitruvianPreferences.load();
        } catch (VitruvianException e) {
            return VitruvianPreferences.DEFAULTS;
        }
    }
}
