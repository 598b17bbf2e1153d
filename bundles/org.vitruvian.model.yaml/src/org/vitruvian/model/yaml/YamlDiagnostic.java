package org.vitruvian.model.yaml;

import org.eclipse.emf.ecore.resource.Resource;

/** A problem found while reading a YAML model, kept in {@link Resource#getErrors()} or {@code getWarnings()}. */
public record YamlDiagnostic(String code, String message, String location, int line, int column)
        implements Resource.Diagnostic {

    @Override
    public String getMessage() {
        return message;
    }

    @Override
    public String getLocation() {
        return location;
    }

    @Override
    public int getLine() {
        return line;
    }

    @Override
    public int getColumn() {
        return column;
    }
}
