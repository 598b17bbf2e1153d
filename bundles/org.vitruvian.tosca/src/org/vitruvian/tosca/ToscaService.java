package org.vitruvian.tosca;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.vitruvian.core.diagnostics.Diagnostic;

import org.vitruvian.tosca.model.ServiceTemplate;

/**
 * Reads, checks and writes TOSCA Simple Profile in YAML service templates (1.0 to 1.3) and
 * CSAR archives. The CLI and the IDE use this one service.
 */
public interface ToscaService {

    /**
     * Loads a service template or a CSAR (recognised by its content, not its name), reads its
     * imports, and checks it against the normative types and every imported type.
     *
     * @param displayName the file as the user named it, used in diagnostics
     */
    ToscaDocument load(Path file, String displayName);

    /** Checks YAML text that is not (yet) saved, e.g. an editor's buffer; imports are read relative to {@code base}. */
    ToscaDocument check(String text, String displayName, Path base);

    /** The template back as YAML that reads to an equal template (load, write, load is stable). */
    String write(ServiceTemplate template);

    /** A document built as plain maps, lists and scalars, written as TOSCA YAML in the same way. */
    String write(Object document);

    /** The Vitruvian profile (types for workflows as topologies), as shipped in this bundle. */
    ServiceTemplate vitruvianProfile();

    /**
     * The files of a CSAR by their paths in it, read into memory with the protections of
     * {@link #load} (entries leaving the archive, zip bombs); null, with the reasons in
     * {@code diagnostics}, when the file is not a CSAR that can be read.
     */
    Map<String, byte[]> archiveFiles(Path file, String displayName, List<Diagnostic> diagnostics);

    /** Whether a file is a CSAR (a zip archive; recognised by its content, not its name). */
    boolean isArchive(Path file);

    /** Whether a file is a TOSCA service template or a CSAR rather than a Vitruvian model. */
    boolean isTosca(Path file);
}
