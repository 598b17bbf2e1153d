package org.vitruvian.tosca.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.vitruvian.core.diagnostics.Diagnostic;
import org.vitruvian.tosca.ToscaLimits;
import org.vitruvian.tosca.model.ServiceTemplate;
import org.vitruvian.tosca.model.ServiceTemplate.ImportDefinition;
import org.vitruvian.tosca.model.Source;

/**
 * Reads a service template and, transitively, its imports: files relative to the importing
 * file, inside a CSAR or on disk. An import by URL fails with a clear error (Vitruvian does not
 * fetch from the network) unless the URL catalog maps it to a local file.
 */
public final class Loader {

    /** Where files are read from: the file system or the files of a CSAR. */
    public interface Origin {
        /** The text of a file named relative to the root, or null when it does not exist. */
        String read(String path) throws IOException;

        /** The name diagnostics use for a file of this origin. */
        String displayName(String path);

        /** Whether a file (an artifact, a script) exists. */
        boolean exists(String path);

        /** {@code file} relative to the folder of {@code importer}; null when it leaves what the origin may read. */
        String resolve(String importer, String file);
    }

    /**
     * Files on disk, named by absolute paths; shown relative to the main file's folder
     * {@code root} as the user named that folder ({@code shownRoot}), so that diagnostics match
     * what the user typed.
     */
    public record Disk(Path root, String shownRoot) implements Origin {
        @Override
        public String read(String path) throws IOException {
            Path file = root.resolve(path).normalize();
            if (!Files.isRegularFile(file)) {
                return null;
            }
            if (Files.size(file) > ToscaLimits.MAX_BYTES * 4L) {
                throw new IOException("the file is larger than " + ToscaLimits.MAX_BYTES / (1024 * 1024) + " MiB");
            }
            return Files.readString(file, StandardCharsets.UTF_8);
        }

        @Override
        public String displayName(String path) {
            Path relative = root.relativize(root.resolve(path).normalize());
            return shownRoot.isEmpty() ? relative.toString() : Path.of(shownRoot).resolve(relative).normalize().toString();
        }

        @Override
        public boolean exists(String path) {
            return Files.exists(root.resolve(path).normalize());
        }

        @Override
        public String resolve(String importer, String file) {
            Path folder = root.resolve(importer).normalize().getParent();
            return folder.resolve(file).normalize().toString();
        }
    }

    /** The files of a CSAR, displayed as ARCHIVE!ENTRY. */
    public record Archive(Map<String, byte[]> files, String archiveName) implements Origin {
        @Override
        public String read(String path) {
            byte[] content = files.get(path);
            return content == null ? null : new String(content, StandardCharsets.UTF_8);
        }

        @Override
        public String displayName(String path) {
            return archiveName + "!" + path;
        }

        @Override
        public boolean exists(String path) {
            return files.containsKey(path) || files.keySet().stream().anyMatch(p -> p.startsWith(path + "/"));
        }

        @Override
        public String resolve(String importer, String file) {
            return Loader.resolve(importer, file);
        }
    }

    private final Origin origin;
    private final List<Diagnostic> diagnostics;
    private final UrlCatalog catalog;
    private final List<ServiceTemplate> imported = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();
    private final List<Prefixed> prefixes = new ArrayList<>();
    /** The file loaded first: nested imports that are not found beside their importer are looked for beside it. */
    private String main;

    public Loader(Origin origin, List<Diagnostic> diagnostics, UrlCatalog catalog) {
        this.origin = origin;
        this.diagnostics = diagnostics;
        this.catalog = catalog;
    }

    /** The templates imported, directly or not, by the last {@link #load}, each once. */
    public List<ServiceTemplate> imported() {
        return imported;
    }

    public Origin origin() {
        return origin;
    }

    /** Reads the file {@code path} of the origin and its imports; null when the file itself is unusable. */
    public ServiceTemplate load(String path) {
        main = path;
        seen.add(normalise(path));
        String text;
        try {
            text = origin.read(path);
        } catch (IOException e) {
            diagnostics.add(Diagnostic.error(origin.displayName(path), 0, 0, "tosca.io", "Cannot read the file: " + e.getMessage() + "."));
            return null;
        }
        if (text == null) {
            diagnostics.add(Diagnostic.error(origin.displayName(path), 0, 0, "tosca.io", "The file does not exist."));
            return null;
        }
        return loadText(path, text, 0);
    }

    /** Reads text standing for the file {@code path} (e.g. an editor's buffer) and its imports. */
    public ServiceTemplate loadText(String path, String text, int depth) {
        if (main == null) {
            main = path;
        }
        seen.add(normalise(path));
        String shown = origin.displayName(path);
        YamlTree.Result tree = YamlTree.read(shown, text);
        if (tree.root() == null) {
            diagnostics.add(tree.error());
            return null;
        }
        ServiceTemplate template = new TemplateReader(shown, diagnostics).read(tree.root());
        if (template == null) {
            return null;
        }
        for (ImportDefinition definition : template.imports()) {
            importFile(path, definition, depth);
        }
        return template;
    }

    private void importFile(String importer, ImportDefinition definition, int depth) {
        Source at = definition.at();
        String file = definition.file();
        if (depth >= ToscaLimits.MAX_IMPORT_DEPTH) {
            error(at, "tosca.import", "Imports nest deeper than " + ToscaLimits.MAX_IMPORT_DEPTH + " files; is there a loop?");
            return;
        }
        if (isUrl(file) || definition.repository() != null) {
            String url = definition.repository() == null ? file : definition.repository() + ":" + file;
            Path local = catalog.lookup(isUrl(file) ? file : url);
            if (local == null) {
                error(at, "tosca.import.url", "'" + file + "' is imported by URL" + (definition.repository() == null ? ""
                        : " from repository '" + definition.repository() + "'") + "; Vitruvian does not download imports. Put the file "
                        + "beside this one and import it by a relative path, or map the URL to a file in " + catalog.describe() + ".");
                return;
            }
            loadImported(new Loader(new Disk(local.getParent(), local.getParent().toString()), diagnostics, catalog),
                    local.getFileName().toString(), depth);
            return;
        }
        if (file.startsWith("/")) {
            error(at, "tosca.import", "'" + file + "' is an absolute path; import files by a path relative to this one, so that the "
                    + "template can move.");
            return;
        }
        String relative = origin.resolve(importer, file);
        if (relative == null) {
            error(at, "tosca.import", "'" + file + "' leaves the archive; import files inside it.");
            return;
        }
        String text;
        try {
            text = origin.read(relative);
            // Templates written for tosca-parser name nested imports relative to the main template;
            // beside the importer comes first (TOSCA 1.3 section 3.6.8), the main template's folder second.
            String besideMain = main == null ? null : origin.resolve(main, file);
            if (text == null && besideMain != null && !besideMain.equals(relative)) {
                String other = origin.read(besideMain);
                if (other != null) {
                    text = other;
                    relative = besideMain;
                }
            }
        } catch (IOException e) {
            error(at, "tosca.import", "Cannot read the import '" + file + "': " + e.getMessage() + ".");
            return;
        }
        if (!seen.add(normalise(relative))) {
            // Read once; a second import with another namespace prefix names the same types anew.
            if (definition.namespacePrefix() != null) {
                for (ServiceTemplate earlier : imported) {
                    if (earlier.file().equals(origin.displayName(relative))) {
                        prefixes.add(new Prefixed(earlier, definition.namespacePrefix()));
                    }
                }
            }
            return;
        }
        if (text == null) {
            error(at, "tosca.import", "The import '" + file + "' does not exist (looked for " + origin.displayName(relative) + ").");
            return;
        }
        ServiceTemplate template = loadText(relative, text, depth + 1);
        if (template != null) {
            imported.add(template);
            if (definition.namespacePrefix() != null) {
                prefixes.add(new Prefixed(template, definition.namespacePrefix()));
            }
        }
    }

    /** An imported template whose types are also known as PREFIX.NAME (and PREFIX:NAME), by its import's namespace_prefix. */
    public record Prefixed(ServiceTemplate template, String prefix) {
    }

    /** The imports that gave a namespace prefix, in the order read. */
    public List<Prefixed> prefixed() {
        return prefixes;
    }

    private void loadImported(Loader other, String path, int depth) {
        other.seen.addAll(seen);
        String text;
        try {
            text = other.origin.read(path);
        } catch (IOException e) {
            text = null;
        }
        if (text == null) {
            diagnostics.add(Diagnostic.error(other.origin.displayName(path), 0, 0, "tosca.io", "The file the URL catalog names does not exist."));
            return;
        }
        ServiceTemplate template = other.loadText(path, text, depth + 1);
        if (template != null) {
            imported.add(template);
        }
        imported.addAll(other.imported);
    }

    static boolean isUrl(String file) {
        return file.matches("(?i)^[a-z][a-z0-9+.-]*://.*");
    }

    /** {@code file} relative to the folder of {@code importer}, normalised; null when it climbs above the root. */
    static String resolve(String importer, String file) {
        int slash = importer.lastIndexOf('/');
        String joined = slash < 0 ? file : importer.substring(0, slash + 1) + file;
        List<String> parts = new ArrayList<>();
        for (String part : joined.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.remove(parts.size() - 1);
            } else {
                parts.add(part);
            }
        }
        return String.join("/", parts);
    }

    /** Paths are normalised by the origin's resolve; this is the key the loader remembers a file by. */
    private static String normalise(String path) {
        return path;
    }

    private void error(Source at, String code, String message) {
        diagnostics.add(Diagnostic.error(at.file(), at.line(), at.column(), code, message));
    }
}
