package org.vitruvian.model.recipe.formats.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.vitruvian.model.recipe.BaseImage;
import org.vitruvian.model.recipe.ContainerRecipe;
import org.vitruvian.model.recipe.FileCopy;
import org.vitruvian.model.recipe.RecipeFactory;
import org.vitruvian.model.recipe.formats.ImportResult;
import org.vitruvian.model.recipe.formats.RecipeFormat;
import org.vitruvian.model.recipe.formats.internal.ShellScanner.Command;
import org.vitruvian.model.recipe.formats.internal.ShellScanner.Token;

/**
 * Reads an Apptainer definition file into a recipe, following Apptainer's own parser where it
 * matters: a stage starts at a line beginning with 'Bootstrap:', a section at a line whose
 * first word starts with '%', repeated sections are joined, %labels lines are 'KEY VALUE'.
 */
public final class ApptainerReader {

    private static final Pattern STAGE = Pattern.compile("(?i)bootstrap:.*");
    private static final Pattern ASSIGNMENT = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)=.*", Pattern.DOTALL);
    private static final List<String> SECTIONS = List.of("files", "environment", "post", "runscript", "test", "labels", "help");

    private final String file;
    private final List<String> lines;
    private final Problems problems;
    private final ContainerRecipe recipe = RecipeFactory.eINSTANCE.createContainerRecipe();
    private final Map<String, ScriptBody> bodies = new LinkedHashMap<>();
    /** Where each section is first opened, for warnings about a section as a whole. */
    private final Map<String, Integer> sectionLines = new LinkedHashMap<>();

    private ApptainerReader(String file, String text) {
        this.file = file;
        this.lines = Lines.of(text);
        this.problems = new Problems(file);
    }

    public static ImportResult read(String file, String text) {
        ApptainerReader reader = new ApptainerReader(file, text);
        boolean ok = reader.read();
        boolean usable = ok && !reader.problems.hasErrors();
        return new ImportResult(usable ? reader.recipe : null, RecipeFormat.APPTAINER, reader.problems.list());
    }

    private boolean read() {
        List<Integer> stages = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (STAGE.matcher(lines.get(i)).matches()) {
                stages.add(i);
            }
        }
        if (stages.isEmpty()) {
            problems.error(firstContentLine() + 1, 1, "recipe.import-base", "The definition has no header: start it with "
                    + "'Bootstrap: docker' and 'From: IMAGE', so that the recipe knows the image it builds on.");
            return false;
        }
        int stage = stages.get(stages.size() - 1);
        for (int i = 0; i < stages.get(0); i++) {
            String line = lines.get(i);
            String json = RecipeMetadata.jsonOf(line);
            if (json != null) {
                RecipeMetadata.apply(json, i + 1, Lines.indent(line) + 1, recipe, problems);
            } else if (!Lines.isBlank(line) && !Lines.stripGoSpace(line).startsWith("#")) {
                problems.warning(i + 1, Lines.indent(line) + 1, "recipe.import-stage", "Everything before the first "
                        + "'Bootstrap:' line is a stage without a base image; it is dropped.");
                break;
            }
        }
        for (int s = 0; s < stages.size() - 1; s++) {
            problems.warning(stages.get(s) + 1, 1, "recipe.import-stage", "This file builds " + stages.size()
                    + " stages and a recipe describes one image, so only the last stage (line " + (stage + 1)
                    + ") is imported; the stage starting here is dropped.");
        }
        int i = header(stage);
        if (recipe.getBase() == null || recipe.getBase().getImage() == null) {
            return false;
        }
        sections(i);
        files();
        environment();
        build();
        runscript();
        tests();
        labels();
        help();
        if (recipe.getName() == null) {
            recipe.setName(ImportSupport.nameFor(file));
        }
        return true;
    }

    private int firstContentLine() {
        for (int i = 0; i < lines.size(); i++) {
            String line = Lines.stripGoSpace(lines.get(i));
            if (!line.isEmpty() && !line.startsWith("#")) {
                return i;
            }
        }
        return 0;
    }

    /** Reads the header from the line that opens the stage; returns the index of the first section line. */
    private int header(int start) {
        String agent = null;
        String from = null;
        int fromLine = 0;
        int i = start;
        for (; i < lines.size() && !isSectionLine(lines.get(i)); i++) {
            String line = lines.get(i);
            String text = Lines.stripGoSpace(line);
            int column = Lines.indent(line) + 1;
            if (text.isEmpty()) {
                continue;
            }
            if (text.startsWith("#")) {
                String json = RecipeMetadata.jsonOf(line);
                if (json != null) {
                    RecipeMetadata.apply(json, i + 1, column, recipe, problems);
                }
                continue;
            }
            int colon = text.indexOf(':');
            if (colon < 0) {
                problems.warning(i + 1, column, "recipe.import-header", "Header lines are 'Keyword: value'; this line "
                        + "is not one and is dropped.");
                continue;
            }
            String key = text.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = text.substring(colon + 1);
            int hash = value.indexOf('#');
            value = (hash >= 0 ? value.substring(0, hash) : value).strip();
            switch (key) {
                case "bootstrap" -> agent = value.toLowerCase(Locale.ROOT);
                case "from" -> {
                    from = value;
                    fromLine = i + 1;
                }
                default -> problems.warning(i + 1, column, "recipe.import-header", "Header keyword '"
                        + text.substring(0, colon).strip() + "' is dropped: a recipe's base is the image named by 'From'.");
            }
        }
        String image = switch (agent == null ? "" : agent) {
            case "docker" -> from;
            case "library", "oras" -> from == null ? null : agent + "://" + from;
            default -> {
                problems.error(start + 1, 1, "recipe.import-base", "'Bootstrap: " + agent + "' does not start from a "
                        + "registry image, which is what a recipe builds on; use 'Bootstrap: docker' (or library, oras) "
                        + "with 'From: IMAGE'.");
                yield null;
            }
        };
        if (image == null && (agent != null && List.of("docker", "library", "oras").contains(agent))) {
            problems.error(start + 1, 1, "recipe.import-base", "The header has no 'From:' line; add 'From: IMAGE' "
                    + "(e.g. 'From: debian:12') under 'Bootstrap: " + agent + "'.");
        } else if (image != null && image.isEmpty()) {
            problems.error(fromLine, 1, "recipe.import-base", "'From:' names no image; write the image, e.g. 'From: debian:12'.");
            image = null;
        }
        if (image != null) {
            BaseImage base = recipe.getBase();
            if (base == null) {
                base = RecipeFactory.eINSTANCE.createBaseImage();
                recipe.setBase(base);
            }
            base.setImage(image);
        }
        return i;
    }

    private static boolean isSectionLine(String line) {
        return Lines.stripGoSpace(line).startsWith("%");
    }

    private void sections(int start) {
        int i = start;
        while (i < lines.size()) {
            String line = lines.get(i);
            String text = Lines.stripGoSpace(line);
            int end = 0;
            while (end < text.length() && !Lines.isGoSpace(text.charAt(end))) {
                end++;
            }
            String name = text.substring(1, end).toLowerCase(Locale.ROOT);
            String args = Lines.stripGoSpace(text.substring(end));
            int lineNumber = i + 1;
            int column = line.indexOf('%') + 1;
            i++;
            ScriptBody body = new ScriptBody();
            for (; i < lines.size() && !isSectionLine(lines.get(i)); i++) {
                body.add(lines.get(i), i + 1);
            }
            if (SECTIONS.contains(name)) {
                if (name.equals("files") && !args.isEmpty()) {
                    problems.warning(lineNumber, column, "recipe.import-section", "'%files " + args + "' copies files from "
                            + "another build stage, which a recipe cannot describe; the section is dropped.");
                    continue;
                }
                if (!args.isEmpty()) {
                    boolean script = List.of("environment", "post", "runscript", "test").contains(name);
                    problems.warning(lineNumber, column, "recipe.import-option", "The arguments '" + args + "' of %" + name
                            + " are dropped: " + (script ? "a recipe's commands run with /bin/sh." : "a recipe has no place for them."));
                }
                sectionLines.putIfAbsent(name, lineNumber);
                ScriptBody joined = bodies.computeIfAbsent(name, n -> new ScriptBody());
                for (int k = 0; k < body.size(); k++) {
                    joined.add(body.rawLine(k), body.rawFileLine(k));
                }
                continue;
            }
            String why = switch (name) {
                case "setup", "pre" -> "it runs on the build host, outside the image, and a recipe has no such step";
                case "startscript" -> "it is what an instance runs, and a recipe has one run command (%runscript)";
                case "arguments" -> "a recipe has no build arguments; placeholders like {{ name }} stay in the text as written";
                default -> name.startsWith("app") ? "SCIF apps are not part of a recipe, which describes one application"
                        : "Apptainer knows %files, %environment, %post, %runscript, %test, %labels and %help, and this is none of them";
            };
            problems.warning(lineNumber, column, "recipe.import-section", "Section %" + name + " is dropped: " + why + ".");
        }
    }

    private void files() {
        ScriptBody body = bodies.get("files");
        if (body == null) {
            return;
        }
        for (int k = 0; k < body.size(); k++) {
            String raw = body.rawLine(k);
            String text = Lines.stripGoSpace(raw);
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            List<String> paths = filePaths(text);
            if (paths.size() > 2) {
                problems.warning(body.rawFileLine(k), Lines.indent(raw) + 1, "recipe.import-files", "A %files line is "
                        + "'SOURCE [DESTINATION]'; the words after the second are dropped. Put paths with spaces in double quotes.");
            }
            FileCopy copy = RecipeFactory.eINSTANCE.createFileCopy();
            copy.setSource(paths.get(0));
            // Without a destination Apptainer copies to the same path inside the image.
            copy.setDestination(paths.size() > 1 ? paths.get(1) : paths.get(0));
            recipe.getFiles().add(copy);
        }
    }

    /** Apptainer's %files words: double-quoted or bare, and no escapes. */
    private static List<String> filePaths(String text) {
        List<String> words = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (Lines.isGoSpace(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            if (text.charAt(i) == '"') {
                int close = text.indexOf('"', i + 1);
                i = close < 0 ? text.length() : close + 1;
            } else {
                while (i < text.length() && !Lines.isGoSpace(text.charAt(i))) {
                    i++;
                }
            }
            String word = text.substring(start, i).replaceAll("^\"+|\"+$", "");
            words.add(word);
        }
        return words;
    }

    private void environment() {
        ScriptBody body = bodies.get("environment");
        if (body == null) {
            return;
        }
        for (Command command : ShellScanner.split(body.text())) {
            int line = body.fileLine(command.line());
            int column = body.fileColumn(command.column());
            List<List<Token>> simple = new ArrayList<>();
            List<Token> current = new ArrayList<>();
            boolean plain = true;
            for (Token token : command.tokens()) {
                if (token.isOperator(";")) {
                    simple.add(current);
                    current = new ArrayList<>();
                } else if (token.operator()) {
                    plain = false;
                } else {
                    current.add(token);
                }
            }
            simple.add(current);
            if (!plain) {
                dropEnvironment(command, line, column);
                continue;
            }
            for (List<Token> words : simple) {
                assignments(words, command, line, column);
            }
        }
    }

    private void assignments(List<Token> words, Command command, int line, int column) {
        if (words.isEmpty()) {
            return;
        }
        int start = !words.get(0).quoted() && words.get(0).raw().equals("export") ? 1 : 0;
        for (Token word : words.subList(start, words.size())) {
            var matcher = ASSIGNMENT.matcher(word.raw());
            if (matcher.matches()) {
                String name = matcher.group(1);
                if (word.expands()) {
                    problems.warning(line, column, "recipe.import-variable", "The value of " + name + " is computed when "
                            + "the container starts ($, `...`); a recipe's environment holds fixed values, so " + name
                            + " is dropped.");
                } else {
                    recipe.getEnvironment().put(name, word.text().substring(name.length() + 1));
                }
            } else if (start == 1 && word.raw().matches("[A-Za-z_][A-Za-z0-9_]*")) {
                // 'export NAME' of a variable assigned before: nothing more to take over
            } else {
                dropEnvironment(command, line, column);
                return;
            }
        }
    }

    private void dropEnvironment(Command command, int line, int column) {
        problems.warning(line, column, "recipe.import-environment", "'" + firstLine(command.text()) + "' is dropped: "
                + "%environment is imported as variables, and only assignments (export NAME=value) are kept.");
    }

    private void build() {
        ScriptBody body = bodies.get("post");
        if (body == null) {
            return;
        }
        List<ImportSupport.Step> steps = new ArrayList<>();
        for (Command command : commands(body)) {
            steps.add(new ImportSupport.Step(command.text(), command));
        }
        ImportSupport.addSteps(recipe, steps);
    }

    private void tests() {
        ScriptBody body = bodies.get("test");
        if (body == null) {
            return;
        }
        for (Command command : commands(body)) {
            recipe.getTests().add(ImportSupport.ungroup(command.text()));
        }
    }

    private List<Command> commands(ScriptBody body) {
        List<Command> commands = ShellScanner.split(body.text());
        for (Command command : commands) {
            if (!command.complete()) {
                problems.warning(body.fileLine(command.line()), body.fileColumn(command.column()), "recipe.import-command",
                        "This command does not end (an unclosed quote, here-document or block, or a trailing operator); "
                                + "it is kept as written, but the shell will fail on it.");
            }
        }
        return commands;
    }

    private void runscript() {
        ScriptBody body = bodies.get("runscript");
        if (body == null || body.isEmpty()) {
            return;
        }
        String script = body.text();
        List<Command> commands = ShellScanner.split(script);
        if (commands.size() == 1 && commands.get(0).complete()) {
            List<Token> words = commands.get(0).words();
            int start = !words.isEmpty() && !words.get(0).quoted() && words.get(0).raw().equals("exec") ? 1 : 0;
            List<Token> args = new ArrayList<>(words.subList(Math.min(start, words.size()), words.size()));
            if (!args.isEmpty() && args.get(args.size() - 1).raw().equals("\"$@\"")) {
                args.remove(args.size() - 1);
            }
            if (!args.isEmpty() && args.stream().allMatch(Token::literal)) {
                args.forEach(arg -> recipe.getRun().add(arg.text()));
                return;
            }
        }
        problems.warning(sectionLines.get("runscript"), 1, "recipe.import-runscript", "%runscript is not one command with fixed "
                + "words (like 'exec program args \"$@\"'), so the recipe runs it as a script with /bin/sh -c; arguments "
                + "given to the container are no longer passed on to it.");
        recipe.getRun().addAll(List.of("/bin/sh", "-c", Lines.trimBlankLines(script)));
    }

    private void labels() {
        ScriptBody body = bodies.get("labels");
        if (body == null) {
            return;
        }
        for (int k = 0; k < body.size(); k++) {
            String text = Lines.stripGoSpace(body.rawLine(k));
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            int space = text.indexOf(' ');
            String key = space < 0 ? text : Lines.stripGoSpace(text.substring(0, space));
            String value = space < 0 ? "" : Lines.stripGoSpace(text.substring(space + 1));
            recipe.getLabels().put(key, value);
        }
    }

    private void help() {
        ScriptBody body = bodies.get("help");
        if (body == null) {
            return;
        }
        String text = Lines.trimBlankLines(body.text());
        if (!text.isEmpty()) {
            recipe.setHelp(text);
        }
    }

    private static String firstLine(String text) {
        int eol = text.indexOf('\n');
        return eol < 0 ? text : text.substring(0, eol) + " ...";
    }
}
