package org.vitruvian.model.recipe.formats.internal;

import org.vitruvian.core.ShellQuoting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.vitruvian.model.recipe.BaseImage;
import org.vitruvian.model.recipe.ContainerRecipe;
import org.vitruvian.model.recipe.FileCopy;
import org.vitruvian.model.recipe.RecipePackage;
import org.vitruvian.model.recipe.formats.ExportResult;
import org.vitruvian.model.recipe.formats.RecipeFormat;
import org.vitruvian.model.recipe.formats.SourceLocator;

/**
 * Writes a recipe as an Apptainer definition file. Section bodies are not indented: indenting
 * would change the text of here-documents and multi-line quoted values. Every body line is
 * checked against the two ways Apptainer could misread it (a line whose first word starts with
 * '%' opens a section, a line starting with 'Bootstrap:' opens a stage), and against
 * {@code {{ name }}}, which Apptainer replaces with a build argument.
 */
public final class ApptainerWriter {

    static final String HEADER = "# Apptainer definition written by Vitruvian from a ContainerRecipe; the vitruvian line keeps "
            + "what Apptainer has no syntax for.";

    private static final Pattern TEMPLATE = Pattern.compile("\\{\\{\\s*\\w+\\s*}}");
    private static final Pattern STAGE = Pattern.compile("(?i)bootstrap:.*");
    private static final Pattern LABEL_KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/:-]*");

    private final ContainerRecipe recipe;
    private final ExportContext context;
    private final RecipePackage p = RecipePackage.eINSTANCE;

    private ApptainerWriter(ContainerRecipe recipe, SourceLocator locator) {
        this.recipe = recipe;
        this.context = new ExportContext(locator);
    }

    public static ExportResult write(ContainerRecipe recipe, SourceLocator locator) {
        ApptainerWriter writer = new ApptainerWriter(recipe, locator);
        return writer.context.result(writer.text());
    }

    private String text() {
        StringBuilder out = new StringBuilder();
        out.append(HEADER).append('\n');
        out.append(RecipeMetadata.comment(recipe, RecipeFormat.APPTAINER)).append('\n');
        BaseImage base = recipe.getBase();
        Images.Reference image = base == null ? null : Images.parse(base.getImage());
        if (image == null) {
            context.error(base == null ? recipe : base, base == null ? p.getContainerRecipe_Base() : p.getBaseImage_Image(),
                    "recipe.export-base", "The base image '" + (base == null ? "" : base.getImage()) + "' is not an image "
                            + "reference Apptainer can start from; write it as registry/name:tag, docker://..., library://... or oras://...");
        } else {
            out.append("Bootstrap: ").append(image.agent()).append('\n');
            out.append("From: ").append(image.name()).append('\n');
        }
        section(out, "files", files());
        section(out, "environment", environment());
        section(out, "post", post());
        section(out, "runscript", runscript());
        section(out, "test", commands(recipe.getTests(), p.getContainerRecipe_Tests()));
        section(out, "labels", labels());
        section(out, "help", help());
        return out.toString();
    }

    private static void section(StringBuilder out, String name, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        out.append('\n').append('%').append(name).append('\n');
        for (String item : items) {
            out.append(item).append('\n');
        }
    }

    private List<String> files() {
        List<String> lines = new ArrayList<>();
        for (FileCopy file : recipe.getFiles()) {
            String source = path(file, p.getFileCopy_Source(), file.getSource());
            String destination = path(file, p.getFileCopy_Destination(), file.getDestination());
            if (source != null && destination != null) {
                lines.add(source + " " + destination);
            }
        }
        return lines;
    }

    /** Apptainer splits %files lines at white space outside double quotes and has no escapes. */
    private String path(FileCopy file, EStructuralFeature feature, String path) {
        if (path == null || path.isEmpty() || path.indexOf('"') >= 0 || path.indexOf('\'') >= 0 || path.indexOf('\n') >= 0
                || path.indexOf('\r') >= 0) {
            context.error(file, feature, "recipe.export-value", "The file path '" + path + "' cannot be written in %files: "
                    + "Apptainer reads paths without escapes, so a path must not be empty or contain quotes or line breaks; "
                    + "rename the file.");
            return null;
        }
        boolean quote = path.chars().anyMatch(c -> Lines.isGoSpace((char) c)) || path.startsWith("#") || path.startsWith("%");
        String written = quote ? "\"" + path + "\"" : path;
        return checked(written, file, feature, "The file path '" + path + "'") ? written : null;
    }

    private List<String> environment() {
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, String> entry : recipe.getEnvironment()) {
            EObject object = (EObject) entry;
            if (!ShellQuoting.isName(entry.getKey())) {
                context.error(object, null, "recipe.export-name", "'" + entry.getKey() + "' cannot be an environment variable "
                        + "name: use letters, digits and '_', not starting with a digit.");
                continue;
            }
            String value = entry.getValue() == null ? "" : entry.getValue();
            String line = "export " + entry.getKey() + "=" + ShellQuoting.doubleQuoted(value);
            if (checked(line, object, null, "The value of " + entry.getKey())) {
                lines.add(line);
            }
        }
        return lines;
    }

    private List<String> post() {
        List<String> lines = new ArrayList<>();
        for (String install : context.installCommands(recipe)) {
            if (checked(install, recipe, p.getContainerRecipe_Packages(), "A package name")) {
                lines.add(install);
            }
        }
        lines.addAll(commands(recipe.getBuild(), p.getContainerRecipe_Build()));
        return lines;
    }

    /** Commands as script lines; a command spanning several commands is grouped in braces so it reads back as one. */
    private List<String> commands(List<String> commands, EStructuralFeature feature) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < commands.size(); i++) {
            String what = ExportContext.describe(feature, i);
            String text = scriptText(commands.get(i), feature, what);
            if (text != null && checked(text, recipe, feature, what)) {
                lines.add(text);
            }
        }
        return lines;
    }

    private String scriptText(String command, EStructuralFeature feature, String what) {
        String text = command == null ? "" : Lines.trimBlankLines(command).strip();
        List<ShellScanner.Command> found = ShellScanner.split(text);
        if (found.isEmpty()) {
            context.error(recipe, feature, "recipe.export-command", what + " is empty or only a comment; remove it or "
                    + "write the command.");
            return null;
        }
        if (found.stream().anyMatch(c -> !c.complete())) {
            context.error(recipe, feature, "recipe.export-command", what + " does not end: it has an unclosed quote, "
                    + "here-document or block, or ends with '&&', '||', '|' or '\\'. In a script it would run together "
                    + "with the next command; complete it.");
            return null;
        }
        if (ShellScanner.isSingleCommand(text)) {
            return text;
        }
        String grouped = "{\n" + text + "\n}";
        if (ShellScanner.isSingleCommand(grouped)) {
            return grouped;
        }
        context.error(recipe, feature, "recipe.export-command", what + " cannot be written so that it reads back as one "
                + "command; split it into several commands.");
        return null;
    }

    private List<String> runscript() {
        List<String> run = recipe.getRun();
        if (run.isEmpty()) {
            return List.of();
        }
        if (run.get(0).startsWith("-")) {
            context.error(recipe, p.getContainerRecipe_Run(), "recipe.export-value", "The run command starts with '"
                    + run.get(0) + "', which 'exec' would read as an option; start it with the program to run.");
            return List.of();
        }
        String line = "exec " + ShellQuoting.words(run) + " \"$@\"";
        return checked(line, recipe, p.getContainerRecipe_Run(), "The run command") ? List.of(line) : List.of();
    }

    private List<String> labels() {
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, String> entry : recipe.getLabels()) {
            EObject object = (EObject) entry;
            String key = entry.getKey();
            if (key == null || !LABEL_KEY.matcher(key).matches()) {
                context.error(object, null, "recipe.export-name", "'" + key + "' cannot be a label name: use letters, digits, "
                        + "'.', '-', '_', '/' and ':', starting with a letter or digit.");
                continue;
            }
            String value = entry.getValue() == null ? "" : entry.getValue();
            if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
                context.error(object, null, "recipe.export-value", "The value of label " + key + " has a line break, which "
                        + "%labels cannot hold (one label per line); put it on one line.");
                continue;
            }
            String trimmed = Lines.stripGoSpace(value);
            if (!trimmed.equals(value)) {
                context.warning(object, null, "recipe.export-value", "The value of label " + key + " starts or ends with "
                        + "spaces, which Apptainer removes.");
            }
            String line = trimmed.isEmpty() ? key : key + " " + trimmed;
            if (checked(line, object, null, "The value of label " + key)) {
                lines.add(line);
            }
        }
        return lines;
    }

    private List<String> help() {
        if (!recipe.eIsSet(p.getContainerRecipe_Help()) || recipe.getHelp() == null) {
            return List.of();
        }
        String text = Lines.trimBlankLines(recipe.getHelp());
        if (text.isEmpty()) {
            return List.of();
        }
        return checked(text, recipe, p.getContainerRecipe_Help(), "The help text") ? List.of(text) : List.of();
    }

    /** Whether Apptainer reads {@code text} back as written; if not, reports why. */
    private boolean checked(String text, EObject object, EStructuralFeature feature, String what) {
        if (text.indexOf('\r') >= 0) {
            context.error(object, feature, "recipe.export-value", what + " contains a carriage return, which Apptainer "
                    + "drops at line ends; remove it.");
            return false;
        }
        for (String line : text.split("\n", -1)) {
            if (Lines.stripGoSpace(line).startsWith("%")) {
                context.error(object, feature, "recipe.export-value", what + " has a line starting with '%' ('"
                        + Lines.stripGoSpace(line) + "'), which Apptainer reads as the start of a new section; "
                        + "rewrite that line so that it does not start with '%'.");
                return false;
            }
            if (STAGE.matcher(line).matches()) {
                context.error(object, feature, "recipe.export-value", what + " has a line starting with 'Bootstrap:', which "
                        + "Apptainer reads as the start of a new build stage; indent or reword that line.");
                return false;
            }
        }
        Matcher template = TEMPLATE.matcher(text);
        if (template.find()) {
            context.error(object, feature, "recipe.export-value", what + " contains '" + template.group()
                    + "', which Apptainer replaces with a build argument; write it another way, e.g. with a space "
                    + "between the braces.");
            return false;
        }
        return true;
    }
}
