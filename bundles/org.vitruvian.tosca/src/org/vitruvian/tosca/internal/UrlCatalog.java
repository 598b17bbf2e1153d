package org.vitruvian.tosca.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Maps import URLs to local files, since Vitruvian does not download: a properties file of
 * {@code URL=PATH} lines (paths relative to the catalog's folder), by default
 * {@code $VITRUVIAN_HOME/tosca/catalog.properties}.
 */
public final class UrlCatalog {

    private final Path file;
    private final Properties entries = new Properties();

    public UrlCatalog(Path file) {
        this.file = file;
        if (file != null && Files.isRegularFile(file)) {
            try (Reader reader = Files.newBufferedReader(file)) {
                entries.load(reader);
            } catch (IOException e) {
                // An unreadable catalog maps nothing; the import's error names the catalog.
            }
        }
    }

    public static UrlCatalog none() {
        return new UrlCatalog(null);
    }

    /** The catalog of the user's Vitruvian home ($VITRUVIAN_HOME or ~/.vitruvian). */
    public static UrlCatalog ofUser() {
        String home = System.getenv("VITRUVIAN_HOME");
        Path root = home != null && !home.isBlank() ? Path.of(home) : Path.of(System.getProperty("user.home"), ".vitruvian");
        return new UrlCatalog(root.resolve("tosca").resolve("catalog.properties"));
    }

    Path lookup(String url) {
        String path = entries.getProperty(url);
        if (path == null || file == null) {
            return null;
        }
        Path local = file.getParent().resolve(path).normalize();
        return Files.isRegularFile(local) ? local : null;
    }

    String describe() {
        return file == null ? "a URL catalog" : file.toString();
    }
}
