package org.vitruvian.model.recipe.formats;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.vitruvian.core.diagnostics.Diagnostic;
import org.vitruvian.model.recipe.formats.internal.ApptainerReader;
import org.vitruvian.model.recipe.formats.internal.ContainerfileReader;
import org.vitruvian.model.recipe.formats.internal.Lines;

/**
 * Reads an Apptainer definition file or a Containerfile into a
 * {@link org.vitruvian.model.recipe.ContainerRecipe}: the common subset of both formats and the
 * recipe. Which format a text is in is recognised from its first line that is not a comment.
 * Everything a recipe cannot hold (other stages, unknown sections, USER, WORKDIR, build
 * arguments, values computed at run time, ...) is dropped with a warning at its line; install
 * commands at the start of the build become packages, other commands stay build commands.
 * Problems are diagnostics, never exceptions.
 */
public final class RecipeImporter {

    /** Largest file read, in characters; no recipe comes near it. */
    public static final int MAX_CHARS = 3 * 1024 * 1024;

    private static final Pattern APPTAINER = Pattern.compile("(?i)(bootstrap|from)\\s*:.*|%.*");
    private static final Pattern CONTAINERFILE = Pattern.compile("(?i)(from|arg)(\\s.*)?");

    private RecipeImporter() {
    }

    /**
     * Reads {@code text}. {@code file} is the name diagnostics carry and, unless the file states
     * a name, where the recipe's name comes from ({@code solver.def} gives {@code solver}).
     */
    public static ImportResult read(String file, String text) {
        if (text.length() > MAX_CHARS) {
            return new ImportResult(null, null, List.of(Diagnostic.error(file, 0, 0, "recipe.import-too-large",
                    "The file is larger than " + MAX_CHARS / (1024 * 1024) + " MiB; no recipe is that large.")));
        }
        Optional<RecipeFormat> format = detect(text);
        if (format.isEmpty()) {
            List<String> lines = Lines.of(text);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    return new ImportResult(null, null, List.of(Diagnostic.error(file, i + 1, 1, "recipe.import-format",
                            "Cannot tell the format from '" + (line.length() > 40 ? line.substring(0, 40) + "..." : line)
                                    + "': an Apptainer definition file starts with 'Bootstrap: docker', a Containerfile "
                                    + "with 'FROM IMAGE' (or ARG).")));
                }
            }
            return new ImportResult(null, null, List.of(Diagnostic.error(file, 0, 0, "recipe.import-format",
                    "The file holds no instructions; an Apptainer definition file starts with 'Bootstrap: docker', a "
                            + "Containerfile with 'FROM IMAGE'.")));
        }
        return switch (format.get()) {
            case APPTAINER -> ApptainerReader.read(file, text);
            case CONTAINERFILE -> ContainerfileReader.read(file, text);
        };
    }

    /** The format of {@code text}, judged by its first line that is neither blank nor a comment. */
    public static Optional<RecipeFormat> detect(String text) {
        for (String raw : Lines.of(text)) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (APPTAINER.matcher(line).matches()) {
                return Optional.of(RecipeFormat.APPTAINER);
            }
            if (CONTAINERFILE.matcher(line).matches()) {
                return Optional.of(RecipeFormat.CONTAINERFILE);
            }
            return Optional.empty();
        }
        return Optional.empty();
    }
}
