package org.vitruvian.model.recipe.formats;

import java.util.List;

import org.vitruvian.core.diagnostics.Diagnostic;

/**
 * The exported file and what the user should know about it. When any diagnostic is an error,
 * {@code text} is null: a file that would mean something other than the recipe is not written.
 */
public record ExportResult(String text, List<Diagnostic> diagnostics) {

    public ExportResult {
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
