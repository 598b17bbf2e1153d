package org.vitruvian.model.recipe.formats.internal;

import org.vitruvian.core.ShellQuoting;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.vitruvian.core.json.Json;
import org.vitruvian.model.recipe.BaseImage;
import org.vitruvian.model.recipe.ContainerRecipe;
import org.vitruvian.model.recipe.FileCopy;
import org.vitruvian.model.recipe.RecipePackage;
import org.vitruvian.model.recipe.formats.ExportResult;
import org.vitruvian.model.recipe.formats.RecipeFormat;
import org.vitruvian.model.recipe.formats.SourceLocator;

/**
 * Writes a recipe as a Containerfile. Values in ENV and LABEL are double-quoted with the
 * characters the builder still interprets there escaped; commands that the one-line shell form
 * would change (line breaks, a trailing backslash, a leading '[' or '--', here-documents) are
 * written in the exec form, whose JSON carries any text exactly.
 */
public final class ContainerfileWriter {

    static final String HEADER = "# Containerfile written by Vitruvian from a ContainerRecipe; the vitruvian line keeps what "
            + "a Containerfile has no syntax for.";

    private static final Pattern LABEL_KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/:-]*");

    private final ContainerRecipe recipe;
    private final ExportContext context;
    private final RecipePackage p = RecipePackage.eINSTANCE;

    private ContainerfileWriter(ContainerRecipe recipe, SourceLocator locator) {
        this.recipe = recipe;
        this.context = new ExportContext(locator);
    }

    public static ExportResult write(ContainerRecipe recipe, SourceLocator locator) {
        ContainerfileWriter writer = new ContainerfileWriter(recipe, locator);
        return writer.context.result(writer.text());
    }

    private String text() {
        StringBuilder out = new StringBuilder();
        out.append(HEADER).append('\n');
        out.append(RecipeMetadata.comment(recipe, RecipeFormat.CONTAINERFILE)).append('\n');
        from(out);
        for (Map.Entry<String, String> label : recipe.getLabels()) {
            String key = label.getKey();
            if (key == null || !LABEL_KEY.matcher(key).matches()) {
                context.error((EObject) label, null, "recipe.export-name", "'" + key + "' cannot be a label name: use letters, "
                        + "digits, '.', '-', '_', '/' and ':', starting with a letter or digit.");
                continue;
            }
            String value = oneLine((EObject) label, label.getValue(), "label " + key);
            if (value != null) {
                out.append("LABEL ").append(key).append('=').append(ContainerfileWords.doubleQuoted(value)).append('\n');
            }
        }
        for (Map.Entry<String, String> variable : recipe.getEnvironment()) {
            if (!ShellQuoting.isName(variable.getKey())) {
                context.error((EObject) variable, null, "recipe.export-name", "'" + variable.getKey() + "' cannot be an "
                        + "environment variable name: use letters, digits and '_', not starting with a digit.");
                continue;
            }
            String value = oneLine((EObject) variable, variable.getValue(), "environment variable " + variable.getKey());
            if (value != null) {
                out.append("ENV ").append(variable.getKey()).append('=').append(ContainerfileWords.doubleQuoted(value)).append('\n');
            }
        }
        for (FileCopy file : recipe.getFiles()) {
            copy(out, file);
        }
        for (String install : context.installCommands(recipe)) {
            out.append(run(install)).append('\n');
        }
        for (String command : recipe.getBuild()) {
            out.append(run(command == null ? "" : Lines.trimBlankLines(command).strip())).append('\n');
        }
        if (!recipe.getTests().isEmpty()) {
            context.warning(recipe, p.getContainerRecipe_Tests(), "recipe.export-tests", "A Containerfile cannot run tests: "
                    + "the " + recipe.getTests().size() + " test(s) are written as a comment (and kept in the vitruvian line "
                    + "for import); run them against the built image.");
            out.append("# Tests: a Containerfile build cannot run them; run them in the built image:\n");
            for (String test : recipe.getTests()) {
                for (String line : Lines.trimBlankLines(test == null ? "" : test).split("\n", -1)) {
                    out.append("#   ").append(line).append('\n');
                }
            }
        }
        if (recipe.eIsSet(p.getContainerRecipe_Help())) {
            context.warning(recipe, p.getContainerRecipe_Help(), "recipe.export-help", "A Containerfile has no help text; "
                    + "it is kept in the vitruvian line only, so images built from this file do not show it.");
        }
        if (!recipe.getRun().isEmpty()) {
            out.append("ENTRYPOINT ").append(jsonArray(recipe.getRun())).append('\n');
        }
        return out.toString();
    }

    private void from(StringBuilder out) {
        BaseImage base = recipe.getBase();
        Images.Reference image = base == null ? null : Images.parse(base.getImage());
        if (image == null || !image.isRegistryImage()) {
            context.error(base == null ? recipe : base, base == null ? p.getContainerRecipe_Base() : p.getBaseImage_Image(),
                    "recipe.export-base", "The base image '" + (base == null ? "" : base.getImage()) + "' is not a registry "
                            + "image a Containerfile can start from; write it as registry/name:tag (library:// and oras:// "
                            + "images are Apptainer's).");
            return;
        }
        out.append("FROM ");
        if (recipe.isSetArchitecture()) {
            out.append("--platform=").append(Images.platform(recipe.getArchitecture())).append(' ');
        }
        out.append(image.name()).append('\n');
    }

    /** Containerfile instructions end at a line break, and the builder has no escape that writes one. */
    private String oneLine(EObject object, String value, String what) {
        String text = value == null ? "" : value;
        if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            context.error(object, null, "recipe.export-value", "The value of " + what + " has a line break, which a "
                    + "Containerfile cannot express (an instruction ends at the line end); put it on one line, or export "
                    + "to Apptainer, which keeps it.");
            return null;
        }
        return text;
    }

    private void copy(StringBuilder out, FileCopy file) {
        String source = file.getSource();
        String destination = file.getDestination();
        for (String path : new String[] { source, destination }) {
            if (path == null || path.isEmpty() || path.indexOf('\n') >= 0 || path.indexOf('\r') >= 0) {
                EStructuralFeature feature = path == source ? p.getFileCopy_Source() : p.getFileCopy_Destination();
                context.error(file, feature, "recipe.export-value", "The file path '" + path + "' cannot be written in COPY: "
                        + "a path must not be empty or contain line breaks.");
                return;
            }
        }
        String from = ContainerfileWords.escapedPath(source);
        String to = ContainerfileWords.escapedPath(destination);
        // A line ending in the escape character would continue onto the next instruction.
        boolean plain = !(from + to).chars().anyMatch(Character::isWhitespace) && !from.startsWith("[") && !from.startsWith("-")
                && !(from + to).contains("<<") && !to.endsWith("\\");
        out.append("COPY ");
        out.append(plain ? from + " " + to : jsonArray(List.of(from, to))).append('\n');
    }

    /**
     * The shell form passes the rest of the line to /bin/sh unchanged, except where the
     * Containerfile parser acts first; those commands go in the exec form. '-e' there makes a
     * multi-line command stop at its first failing line, as a failing one-line command does.
     */
    static String run(String command) {
        boolean plain = !command.isEmpty() && command.equals(command.strip()) && command.indexOf('\n') < 0
                && command.indexOf('\r') < 0 && !command.startsWith("[") && !command.startsWith("-") && !command.endsWith("\\")
                && !command.contains("<<");
        return "RUN " + (plain ? command : jsonArray(List.of("/bin/sh", "-ec", command)));
    }

    static String jsonArray(List<String> items) {
        StringBuilder text = new StringBuilder("[");
        for (String item : items) {
            if (text.length() > 1) {
                text.append(", ");
            }
            Json.quote(text, item == null ? "" : item);
        }
        return text.append(']').toString();
    }
}
