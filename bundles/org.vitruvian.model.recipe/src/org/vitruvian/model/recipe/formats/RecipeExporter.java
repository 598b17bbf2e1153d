package org.vitruvian.model.recipe.formats;

import org.eclipse.emf.common.util.URI;
import org.vitruvian.model.recipe.ContainerRecipe;
import org.vitruvian.model.recipe.formats.internal.ApptainerWriter;
import org.vitruvian.model.recipe.formats.internal.ContainerfileWriter;

/**
 * Writes a {@link ContainerRecipe} as an Apptainer definition file or a Containerfile.
 *
 * <p>Every value is quoted or escaped for the place it is written to, so that no value can
 * change the meaning of the file around it; a value the format cannot hold at all (a line
 * break in a Containerfile ENV value, a line starting with '%' in an Apptainer section) is an
 * error, and nothing is written. Packages are installed before the build commands. Values with
 * no syntax in the format (name, description, base OS and glibc, MPI, GPU; the architecture in
 * Apptainer; help and tests in a Containerfile) go into one {@code # vitruvian: {...}} comment
 * that {@link RecipeImporter} reads back.
 */
public final class RecipeExporter {

    private RecipeExporter() {
    }

    /** Exports with problems placed in the recipe's file by {@code locator}. */
    public static ExportResult export(ContainerRecipe recipe, RecipeFormat format, SourceLocator locator) {
        return switch (format) {
            case APPTAINER -> ApptainerWriter.write(recipe, locator);
            case CONTAINERFILE -> ContainerfileWriter.write(recipe, locator);
        };
    }

    /** Exports with problems naming the recipe's resource (or {@code <recipe>}) without positions. */
    public static ExportResult export(ContainerRecipe recipe, RecipeFormat format) {
        URI uri = recipe.eResource() == null ? null : recipe.eResource().getURI();
        String file = uri == null ? "<recipe>" : uri.isFile() ? uri.toFileString() : uri.toString();
        return export(recipe, format, SourceLocator.of(file));
    }
}
