package org.vitruvian.core;

import java.nio.file.Path;

/**
 * The folder where Vitruvian keeps what belongs to the user: sites, run records, the IDE
 * workspace. {@code VITRUVIAN_HOME}, else the system property {@code vitruvian.home}, else
 * {@code ~/.vitruvian}.
 */
public final class VitruvianHome {

    private VitruvianHome() {
    }

    public static Path path() {
        String property = System.getProperty("vitruvian.home");
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        String environment = System.getenv("VITRUVIAN_HOME");
        if (environment != null && !environment.isBlank()) {
            return Path.of(environment);
        }
        return Path.of(System.getProperty("user.home"), ".vitruvian");
    }

    /** User sites: {@code HOME/sites/*.yaml}. */
    public static Path sites() {
        return path().resolve("sites");
    }
}
