package org.vitruvian.model.recipe.formats.internal;

import java.util.ArrayList;
import java.util.List;

import org.vitruvian.core.diagnostics.Diagnostic;

/** Collects the diagnostics of one export or import, all about one file. */
public final class Problems {

    private final String file;
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    public Problems(String file) {
        this.file = file;
    }

    public void error(int line, int column, String code, String message) {
        diagnostics.add(Diagnostic.error(file, line, column, code, message));
    }

    public void warning(int line, int column, String code, String message) {
        diagnostics.add(Diagnostic.warning(file, line, column, code, message));
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    /** In reading order; problems at the same place keep the order they were found in. */
    public List<Diagnostic> list() {
        return diagnostics.stream().sorted(Diagnostic.READING_ORDER).toList();
    }
}
