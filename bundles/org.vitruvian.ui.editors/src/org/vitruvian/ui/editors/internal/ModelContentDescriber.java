package org.vitruvian.ui.editors.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.core.runtime.QualifiedName;
import org.eclipse.core.runtime.content.IContentDescription;
import org.eclipse.core.runtime.content.ITextContentDescriber;

/**
 * Says whether a YAML file is a Vitruvian model, and of which kind, from its top-level
 * {@code apiVersion} and {@code kind} lines. The content type's parameter is the kind it stands
 * for, or {@code *} for any kind. Only the file's head is read: content type detection runs for
 * every file the workbench shows.
 */
public final class ModelContentDescriber implements ITextContentDescriber, IExecutableExtension {

    /** Far more than any model's header; bounded so a huge YAML file costs nothing. */
    static final int HEAD_CHARS = 16 * 1024;

    private String kind = "*";

    /** What a model file's head says about it. */
    public record Header(String apiVersion, String kind) {

        public boolean isVitruvian() {
            return apiVersion != null && apiVersion.startsWith("vitruvian/");
        }
    }

    @Override
    public void setInitializationData(IConfigurationElement config, String propertyName, Object data) throws CoreException {
        // <parameter name="kind" value="Workflow"/> under <describer> arrives as a map.
        Object value = data instanceof java.util.Map<?, ?> parameters ? parameters.get("kind") : data;
        if (value instanceof String text && !text.isBlank()) {
            kind = text.trim();
        }
    }

    @Override
    public int describe(InputStream contents, IContentDescription description) throws IOException {
        return describe(new InputStreamReader(contents, StandardCharsets.UTF_8), description);
    }

    @Override
    public int describe(Reader contents, IContentDescription description) throws IOException {
        Header header = read(contents);
        if (!header.isVitruvian()) {
            return INVALID;
        }
        return "*".equals(kind) || kind.equals(header.kind()) ? VALID : INVALID;
    }

    @Override
    public QualifiedName[] getSupportedOptions() {
        return new QualifiedName[0];
    }

    /** The top-level {@code apiVersion} and {@code kind} values in the first lines of a file. */
    public static Header read(Reader contents) throws IOException {
        BufferedReader reader = new BufferedReader(contents);
        String apiVersion = null;
        String kind = null;
        int read = 0;
        String line;
        while ((line = reader.readLine()) != null && read < HEAD_CHARS) {
            read += line.length() + 1;
            Optional<String> value = topLevelValue(line, "apiVersion");
            if (value.isPresent()) {
                apiVersion = value.get();
            }
            value = topLevelValue(line, "kind");
            if (value.isPresent()) {
                kind = value.get();
            }
            if (apiVersion != null && kind != null) {
                break;
            }
        }
        return new Header(apiVersion, kind);
    }

    private static Optional<String> topLevelValue(String line, String key) {
        if (!line.startsWith(key)) {
            return Optional.empty();
        }
        String rest = line.substring(key.length()).stripLeading();
        if (!rest.startsWith(":")) {
            return Optional.empty();
        }
        String value = rest.substring(1);
        int comment = value.indexOf(" #");
        if (comment >= 0) {
            value = value.substring(0, comment);
        }
        value = value.strip();
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"") || value.startsWith("'") && value.endsWith("'"))) {
            value = value.substring(1, value.length() - 1);
        }
        return Optional.of(value);
    }
}
