package org.vitruvian.ui.tosca.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.runtime.QualifiedName;
import org.eclipse.core.runtime.content.IContentDescription;
import org.eclipse.core.runtime.content.ITextContentDescriber;

/**
 * A YAML file is a TOSCA service template when a top-level key {@code tosca_definitions_version}
 * appears in it (TOSCA 1.3 section 3.10: the one key every template must have). Only the head
 * of the file is read, so describing a large file stays cheap; templates put the key first.
 */
public final class ToscaContentDescriber implements ITextContentDescriber {

    /** Templates start with the version line, maybe after a licence comment; 16 KB is generous. */
    private static final int HEAD = 16 * 1024;

    @Override
    public int describe(InputStream contents, IContentDescription description) throws IOException {
        return describe(new InputStreamReader(contents, StandardCharsets.UTF_8), description);
    }

    @Override
    public int describe(Reader contents, IContentDescription description) throws IOException {
        char[] buffer = new char[HEAD];
        int read = 0;
        for (int n; read < HEAD && (n = contents.read(buffer, read, HEAD - read)) > 0;) {
            read += n;
        }
        return isTosca(new String(buffer, 0, read)) ? VALID : INVALID;
    }

    /** Whether the text has the version key at the start of a line (top level, not nested). */
    static boolean isTosca(String head) {
        for (String line : head.split("\\R")) {
            if (line.startsWith("tosca_definitions_version") && line.substring("tosca_definitions_version".length()).trim().startsWith(":")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public QualifiedName[] getSupportedOptions() {
        return new QualifiedName[0];
    }
}
