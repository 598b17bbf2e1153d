package org.vitruvian.preferences;

import java.time.Duration;
import java.util.Map;

/**
 * Puts the saved preferences into effect in one process, the same way for the IDE and the
 * command line, so that both read the same home and poll at the same pace. The order, first
 * wins: what the user gave this process (a command-line option, {@code VITRUVIAN_HOME},
 * {@code -Dvitruvian.home}, {@code VITRUVIAN_POLL_MS}), then the preferences file, then the
 * built-in defaults. The home and the poll interval go into the system properties
 * {@code vitruvian.home} (read by {@code VitruvianHome}) and {@code vitruvian.pollMillis};
 * the default site and policy are asked for by the code that would otherwise use none
 * ({@link VitruvianPreferences#siteOr}, {@link VitruvianPreferences#policyOr}).
 */
public final class ProcessPreferences {

    /** Set while vitruvian.home holds the preference's value, so clearing the preference clears it. */
    private static final String FROM_PREFERENCES = "vitruvian.home.fromPreferences";
    private static final String HOME = "vitruvian.home";
    private static final String POLL = "vitruvian.pollMillis";

    private ProcessPreferences() {
    }

    /** {@link #apply(VitruvianPreferences, Map)} with this process's environment. */
    public static void apply(VitruvianPreferences preferences) {
        apply(preferences, System.getenv());
    }

    /**
     * Applies the home and poll interval unless the environment or a -D option already chose
     * them; applying again (the IDE's page after a change) replaces what an earlier call set.
     */
    public static synchronized void apply(VitruvianPreferences preferences, Map<String, String> environment) {
        boolean ours = Boolean.getBoolean(FROM_PREFERENCES);
        boolean givenElsewhere = !ours && (System.getProperty(HOME) != null || isSet(environment.get("VITRUVIAN_HOME")));
        if (!givenElsewhere) {
            if (preferences.home() != null) {
                System.setProperty(HOME, preferences.home().toString());
                System.setProperty(FROM_PREFERENCES, "true");
            } else if (ours) {
                System.clearProperty(HOME);
                System.clearProperty(FROM_PREFERENCES);
            }
        }
        if (!isSet(environment.get("VITRUVIAN_POLL_MS"))) {
            System.setProperty(POLL, Long.toString(preferences.pollInterval().toMillis()));
        }
    }

    /**
     * How often a watched run asks its sites: {@code VITRUVIAN_POLL_MS}, else what {@link #apply}
     * set from the preferences, else a second; never below 50 ms, which would only load the sites.
     */
    public static Duration pollInterval() {
        return pollInterval(System.getenv());
    }

    public static Duration pollInterval(Map<String, String> environment) {
        String value = environment.get("VITRUVIAN_POLL_MS");
        if (!isSet(value)) {
            value = System.getProperty(POLL);
        }
        if (!isSet(value)) {
            return VitruvianPreferences.DEFAULT_POLL;
        }
        try {
            return Duration.ofMillis(Math.max(50, Long.parseLong(value.strip())));
        } catch (NumberFormatException e) {
            return VitruvianPreferences.DEFAULT_POLL;
        }
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
