package org.vitruvian.tosca.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.vitruvian.core.diagnostics.Diagnostic;
import org.vitruvian.tosca.ToscaLimits;

/**
 * A Cloud Service Archive (TOSCA 1.3 chapter 4) read into memory, safely: entry names that
 * leave the archive (absolute, "..", backslashes: zip-slip) refuse the whole archive, and the
 * expanded size is counted while reading, so a zip bomb stops at {@link ToscaLimits} rather
 * than filling memory. Nothing is ever written to disk.
 */
public final class Csar {

    /** The archive's files by normalised path, and the entry definitions file (null when there is none). */
    public record Content(Map<String, byte[]> files, String entryDefinitions) {
    }

    private Csar() {
    }

    /** Whether the file starts like a zip archive (CSARs are recognised by content, not name). */
    public static boolean isZip(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        } catch (IOException e) {
            return false;
        }
    }

    /** Reads the archive; problems go to {@code diagnostics} and give null. */
    public static Content read(Path archive, String name, List<Diagnostic> diagnostics) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        long expanded = 0;
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            if (zip.size() > ToscaLimits.MAX_CSAR_ENTRIES) {
                diagnostics.add(Diagnostic.error(name, 0, 0, "tosca.csar.too-large", "The archive holds " + zip.size()
                        + " entries, more than " + ToscaLimits.MAX_CSAR_ENTRIES + "; it is refused."));
                return null;
            }
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                String path = entry.getName();
                if (path.startsWith("/") || path.contains("\\") || path.matches("^[A-Za-z]:.*")
                        || List.of(path.split("/")).contains("..")) {
                    diagnostics.add(Diagnostic.error(name, 0, 0, "tosca.csar.unsafe-path", "The archive's entry '" + path
                            + "' points outside the archive; such an archive is refused (zip slip)."));
                    return null;
                }
                if (entry.isDirectory()) {
                    continue;
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    byte[] buffer = new byte[8192];
                    long entrySize = 0;
                    long compressed = Math.max(entry.getCompressedSize(), 1);
                    for (int n; (n = in.read(buffer)) > 0;) {
                        entrySize += n;
                        expanded += n;
                        if (expanded > ToscaLimits.MAX_CSAR_EXPANDED_BYTES
                                || entrySize > 1024 * 1024 && entrySize / compressed > ToscaLimits.MAX_CSAR_RATIO) {
                            diagnostics.add(Diagnostic.error(name, 0, 0, "tosca.csar.zip-bomb", "The archive's entry '" + path
                                    + "' expands beyond the limits (" + ToscaLimits.MAX_CSAR_EXPANDED_BYTES / (1024 * 1024)
                                    + " MiB in all, " + ToscaLimits.MAX_CSAR_RATIO + " times its compressed size); it is refused."));
                            return null;
                        }
                        out.write(buffer, 0, n);
                    }
                    files.put(path, out.toByteArray());
                }
            }
        } catch (ZipException e) {
            diagnostics.add(Diagnostic.error(name, 0, 0, "tosca.csar.not-zip", "The file is not a valid zip archive ("
                    + e.getMessage() + "); a CSAR is a zip file with TOSCA-Metadata/TOSCA.meta."));
            return null;
        } catch (IOException e) {
            diagnostics.add(Diagnostic.error(name, 0, 0, "tosca.io", "Cannot read the archive: " + e.getMessage() + "."));
            return null;
        }
        return new Content(files, entryDefinitions(files, name, diagnostics));
    }

    /**
     * The entry definitions: named by TOSCA-Metadata/TOSCA.meta (a block of "Name: value" lines,
     * TOSCA 1.3 section 4.2), which must name a file of the archive.
     */
    private static String entryDefinitions(Map<String, byte[]> files, String name, List<Diagnostic> diagnostics) {
        byte[] meta = files.get("TOSCA-Metadata/TOSCA.meta");
        if (meta == null) {
            List<String> rootYaml = new ArrayList<>();
            for (String path : files.keySet()) {
                if (!path.contains("/") && (path.endsWith(".yaml") || path.endsWith(".yml"))) {
                    rootYaml.add(path);
                }
            }
            if (rootYaml.size() == 1) {
                // CSARs without TOSCA.meta came with TOSCA 1.1 (1.3 section 4.2.2); a 1.0 template needs the metadata.
                String text = new String(files.get(rootYaml.get(0)), StandardCharsets.UTF_8);
                if (text.lines().anyMatch(l -> l.matches("tosca_definitions_version:\\s*tosca_simple_yaml_1_0\\s*"))) {
                    diagnostics.add(Diagnostic.error(name, 0, 0, "tosca.csar.meta", "The archive has no TOSCA-Metadata/TOSCA.meta and "
                            + "its template is TOSCA 1.0, which requires it; add TOSCA.meta or declare tosca_simple_yaml_1_1 or later."));
                    return null;
                }
                return rootYaml.get(0);
            }
            diagnostics.add(Diagnostic.error(name, 0, 0, "tosca.csar.meta", rootYaml.isEmpty()
                    ? "The archive has neither TOSCA-Metadata/TOSCA.meta nor one YAML file at its root; add TOSCA.meta naming "
                            + "the Entry-Definitions."
                    : "The archive has no TOSCA-Metadata/TOSCA.meta and " + rootYaml.size() + " YAML files at its root ("
                            + String.join(", ", rootYaml) + "); add TOSCA.meta naming the Entry-Definitions."));
            return null;
        }
        String metaName = name + "!TOSCA-Metadata/TOSCA.meta";
        Map<String, String> keys = new LinkedHashMap<>();
        String[] lines = new String(meta, StandardCharsets.UTF_8).split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0 || !line.substring(0, colon).matches("[A-Za-z][A-Za-z0-9_-]*")) {
                diagnostics.add(Diagnostic.error(metaName, i + 1, 1, "tosca.csar.meta", "TOSCA.meta is a list of 'Name: value' "
                        + "lines; this line is not one."));
                return null;
            }
            keys.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
        }
        // TOSCA-Meta-File-Version, CSAR-Version and Created-By are informative; only the entry point is needed to read on.
        for (String required : List.of("Entry-Definitions")) {
            if (!keys.containsKey(required)) {
                diagnostics.add(Diagnostic.error(metaName, 1, 1, "tosca.csar.meta", "TOSCA.meta lacks '" + required + "'; add it."));
                return null;
            }
        }
        String entry = keys.get("Entry-Definitions");
        if (!files.containsKey(entry)) {
            diagnostics.add(Diagnostic.error(metaName, 1, 1, "tosca.csar.entry", "Entry-Definitions names '" + entry
                    + "', which the archive does not contain."));
            return null;
        }
        return entry;
    }
}
