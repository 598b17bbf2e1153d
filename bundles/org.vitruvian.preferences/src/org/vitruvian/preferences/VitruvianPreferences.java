package org.vitruvian.preferences;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;

import org.vitruvian.core.ExitCode;
import org.vitruvian.core.VitruvianException;

/**
 * The user's Vitruvian preferences, one small file shared by the IDE (Window > Preferences >
 * Vitruvian) and any headless code: {@code $XDG_CONFIG_HOME/vitruvian/preferences.properties}
 * (else {@code ~/.config/vitruvian/}), or the file {@code -Dvitruvian.preferences} names. It
 * lives outside Vitruvian's home because it may say where that home is.
 *
 * @param home          Vitruvian's home folder, or null for the usual rule ({@code VITRUVIAN_HOME}, ~/.vitruvian)
 * @param defaultPolicy a trust policy file used when none is given, or null for CompBioMed D6.5 Table 2
 * @param defaultSite   the site a workflow runs on when none is chosen, or null
 * @param pollInterval  how often a watched run asks its sites
 */
public record VitruvianPreferences(Path home, Path defaultPolicy, String defaultSite, Duration pollInterval) {

    /** As the command line and the Runs view poll when nothing is set. */
    public static final Duration DEFAULT_POLL = Duration.ofSeconds(1);
    public static final VitruvianPreferences DEFAULTS = new VitruvianPreferences(null, null, null, DEFAULT_POLL);

    public VitruvianPreferences {
        if (defaultSite != null && defaultSite.isBlank()) {
            defaultSite = null;
        }
        if (pollInterval == null) {
            pollInterval = DEFAULT_POLL;
        }
        if (pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException("the poll interval must be positive, not " + pollInterval);
        }
    }

    public Optional<Path> homeIfSet() {
        return Optional.ofNullable(home);
    }

    public Optional<Path> defaultPolicyIfSet() {
        return Optional.ofNullable(defaultPolicy);
    }

    public Optional<String> defaultSiteIfSet() {
        return Optional.ofNullable(defaultSite);
    }

    /** The policy a command uses: the one it was given, else the default policy preference (null: the built-in one). */
    public Path policyOr(Path given) {
        return given != null ? given : defaultPolicy;
    }

    /** The site a command uses: the one it was given, else the default site preference (null: none). */
    public String siteOr(String given) {
        return given != null && !given.isBlank() ? given : defaultSite;
    }

    /** The file the preferences are kept in. */
    public static Path file() {
        String property = System.getProperty("vitruvian.preferences");
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        String config = System.getenv("XDG_CONFIG_HOME");
        Path base = config != null && !config.isBlank() ? Path.of(config) : Path.of(System.getProperty("user.home"), ".config");
        return base.resolve("vitruvian").resolve("preferences.properties");
    }

    /** The saved preferences, or the defaults when there is no file. */
    public static VitruvianPreferences load() {
        Path file = file();
        if (!Files.isRegularFile(file)) {
            return DEFAULTS;
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new VitruvianException(ExitCode.ENVIRONMENT, "cannot read the preferences " + file + ": " + e.getMessage(), e);
        }
        Properties values = new Properties();
        try (Reader reader = new StringReader(text)) {
            values.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            throw new VitruvianException(ExitCode.USAGE, file + ": " + e.getMessage() + "; fix the line or delete the file", e);
        }
        Duration poll = DEFAULT_POLL;
        String pollText = values.getProperty("pollMillis");
        if (pollText != null && !pollText.isBlank()) {
            try {
                poll = Duration.ofMillis(Long.parseLong(pollText.strip()));
            } catch (NumberFormatException e) {
                throw new VitruvianException(ExitCode.USAGE, file + ":" + lineOf(text, "pollMillis") + ": pollMillis is '" + pollText
                        + "', not a whole number of milliseconds; fix the line or delete it", e);
            }
            if (poll.toMillis() <= 0) {
                throw new VitruvianException(ExitCode.USAGE, file + ":" + lineOf(text, "pollMillis") + ": pollMillis must be above 0, not "
                        + pollText + "; fix the line or delete it");
            }
        }
        return new VitruvianPreferences(path(values, "home"), path(values, "defaultPolicy"),
                values.getProperty("defaultSite"), poll);
    }

    /** Replaces the file with these preferences, whole or not at all. */
    public void save() {
        Path file = file();
        Properties values = new Properties();
        if (home != null) {
            values.setProperty("home", home.toString());
        }
        if (defaultPolicy != null) {
            values.setProperty("defaultPolicy", defaultPolicy.toString());
        }
        if (defaultSite != null) {
            values.setProperty("defaultSite", defaultSite);
        }
        values.setProperty("pollMillis", Long.toString(pollInterval.toMillis()));
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path partial = file.resolveSibling(file.getFileName() + ".part");
            try (var writer = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                values.store(writer, "Vitruvian preferences (Window > Preferences > Vitruvian in the IDE)");
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new VitruvianException(ExitCode.ENVIRONMENT, "cannot write the preferences " + file + ": " + e.getMessage(), e);
        }
    }

    private static Path path(Properties values, String key) {
        String value = values.getProperty(key);
        return value == null || value.isBlank() ? null : Path.of(value.strip());
    }

    private static int lineOf(String text, String key) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].strip().startsWith(key)) {
                return i + 1;
            }
        }
        return 1;
    }
}
