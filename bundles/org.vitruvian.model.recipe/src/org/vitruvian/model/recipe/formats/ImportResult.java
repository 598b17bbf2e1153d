package org.vitruvian.model.recipe.formats;

import java.util.List;

import org.vitruvian.core.diagnostics.Diagnostic;
import org.vitruvian.model.recipe.ContainerRecipe;

/**
 * A recipe read from an Apptainer definition file or a Containerfile, the format it was
 * recognised as, and warnings (with line numbers in the input) for everything the recipe could
 * not take over. When any diagnostic is an error, {@code recipe} is null, and so is
 * {@code format} when the text is in neither format.
 */
public record ImportResult(ContainerRecipe recipe, RecipeFormat format, List<Diagnostic> diagnostics) {

    public ImportResult {
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
