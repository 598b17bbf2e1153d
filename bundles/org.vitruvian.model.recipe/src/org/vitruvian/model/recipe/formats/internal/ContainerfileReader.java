package org.vitruvian.model.recipe.formats.internal;

import org.vitruvian.core.ShellQuoting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.vitruvian.model.common.CpuArchitecture;
import org.vitruvian.model.recipe.BaseImage;
import org.vitruvian.model.recipe.ContainerRecipe;
import org.vitruvian.model.recipe.FileCopy;
import org.vitruvian.model.recipe.RecipeFactory;
import org.vitruvian.model.recipe.formats.ImportResult;
import org.vitruvian.model.recipe.formats.RecipeFormat;

/**
 * Reads a Containerfile into a recipe, following the Dockerfile parser where it matters: parser
 * directives, line continuations (comment lines inside them are skipped), here-documents,
 * JSON (exec) forms, and the word rules with build arguments and ENV values as variables. A
 * multi-stage file is read as its last stage, the image it produces.
 */
public final class ContainerfileReader {

    private static final Pattern DIRECTIVE = Pattern.compile("^#\\s*([A-Za-z][A-Za-z0-9]*)\\s*=\\s*(.*?)\\s*$");
    /** A word that opens a here-document, as BuildKit finds them: quotes still in place, so a quoted '<<' is none. */
    private static final Pattern HEREDOC = Pattern.compile("\\d*<<(-?)([^<]+)");
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private record Heredoc(String delimiter, String body) {
    }

    private record Instruction(String keyword, String args, int line, int column, List<Heredoc> heredocs) {
    }

    private record Run(List<String> command, int line, int column) {
    }

    private final String file;
    private final List<String> lines;
    private final Problems problems;
    private final ContainerRecipe recipe = RecipeFactory.eINSTANCE.createContainerRecipe();
    private final List<ImportSupport.Step> steps = new ArrayList<>();
    private char escape = '\\';
    private Map<String, String> variables = new HashMap<>();
    private Run entrypoint;
    private Run cmd;

    private ContainerfileReader(String file, String text) {
        this.file = file;
        this.lines = Lines.of(text);
        this.problems = new Problems(file);
    }

    public static ImportResult read(String file, String text) {
        ContainerfileReader reader = new ContainerfileReader(file, text);
        boolean ok = reader.read();
        boolean usable = ok && !reader.problems.hasErrors();
        return new ImportResult(usable ? reader.recipe : null, RecipeFormat.CONTAINERFILE, reader.problems.list());
    }

    private boolean read() {
        List<Instruction> instructions = instructions();
        List<Integer> froms = new ArrayList<>();
        for (int i = 0; i < instructions.size(); i++) {
            if (instructions.get(i).keyword().equals("FROM")) {
                froms.add(i);
            }
        }
        if (froms.isEmpty()) {
            int line = instructions.isEmpty() ? 0 : instructions.get(0).line();
            problems.error(line, line == 0 ? 0 : 1, "recipe.import-base", "The Containerfile has no FROM instruction; "
                    + "start it with 'FROM IMAGE' (e.g. 'FROM debian:12') so that the recipe knows the image it builds on.");
            return false;
        }
        Map<String, String> globalArgs = new LinkedHashMap<>();
        variables = globalArgs;
        for (Instruction instruction : instructions.subList(0, froms.get(0))) {
            if (instruction.keyword().equals("ARG")) {
                arg(instruction, globalArgs);
            } else {
                dropped(instruction, "only ARG may come before the first FROM");
            }
        }
        int last = froms.get(froms.size() - 1);
        List<String> stageNames = new ArrayList<>();
        for (int s = 0; s < froms.size() - 1; s++) {
            Instruction from = instructions.get(froms.get(s));
            Instruction end = instructions.get(froms.get(s + 1) - 1);
            String name = stageName(from);
            if (name != null) {
                stageNames.add(name.toLowerCase(Locale.ROOT));
            }
            problems.warning(from.line(), from.column(), "recipe.import-stage", "Stage " + (name == null ? "" : "'" + name + "' ")
                    + "(lines " + from.line() + "-" + end.line() + ") is not the final image; a recipe describes one image, "
                    + "so only the last stage (line " + instructions.get(last).line() + ") is imported and this one is dropped.");
        }
        if (!from(instructions.get(last), stageNames)) {
            return false;
        }
        variables = new HashMap<>();
        for (Instruction instruction : instructions.subList(last + 1, instructions.size())) {
            instruction(instruction, globalArgs);
        }
        ImportSupport.addSteps(recipe, steps);
        run();
        if (recipe.getName() == null) {
            recipe.setName(ImportSupport.nameFor(file));
        }
        return true;
    }

    // --- parsing ----------------------------------------------------------------------------

    private List<Instruction> instructions() {
        List<Instruction> instructions = new ArrayList<>();
        int i = 0;
        int n = lines.size();
        for (; i < n; i++) {
            Matcher directive = DIRECTIVE.matcher(lines.get(i));
            if (!directive.matches()) {
                break;
            }
            if (directive.group(1).equalsIgnoreCase("escape")) {
                String value = directive.group(2);
                if (value.equals("\\") || value.equals("`")) {
                    escape = value.charAt(0);
                } else {
                    problems.warning(i + 1, 1, "recipe.import-syntax", "The escape directive takes '\\' or '`', not '" + value
                            + "'; '\\' is used.");
                }
            }
        }
        while (i < n) {
            String line = lines.get(i);
            String text = line.stripLeading();
            if (text.isEmpty()) {
                i++;
                continue;
            }
            if (text.startsWith("#")) {
                String json = RecipeMetadata.jsonOf(line);
                if (json != null) {
                    RecipeMetadata.apply(json, i + 1, line.length() - text.length() + 1, recipe, problems);
                }
                i++;
                continue;
            }
            int startLine = i + 1;
            int column = line.length() - text.length() + 1;
            StringBuilder full = new StringBuilder(text);
            i++;
            while (continues(full)) {
                while (i < n && (lines.get(i).isBlank() || lines.get(i).stripLeading().startsWith("#"))) {
                    i++;
                }
                if (i >= n) {
                    break;
                }
                full.append(lines.get(i));
                i++;
            }
            String instruction = full.toString().strip();
            int space = 0;
            while (space < instruction.length() && !Character.isWhitespace(instruction.charAt(space))) {
                space++;
            }
            String keyword = instruction.substring(0, space).toUpperCase(Locale.ROOT);
            String args = instruction.substring(space).strip();
            List<Heredoc> heredocs = new ArrayList<>();
            if (keyword.equals("RUN") || keyword.equals("COPY") || keyword.equals("ADD")) {
                for (String word : ContainerfileWords.split(args, escape)) {
                    Matcher marker = HEREDOC.matcher(word);
                    if (!marker.matches()) {
                        continue;
                    }
                    boolean stripTabs = marker.group(1).equals("-");
                    String delimiter = ContainerfileWords.process(marker.group(2), escape, Map.of()).value();
                    StringBuilder body = new StringBuilder();
                    boolean closed = false;
                    while (i < n) {
                        String bodyLine = lines.get(i++);
                        String compared = stripTabs ? bodyLine.replaceFirst("^\t+", "") : bodyLine;
                        if (compared.equals(delimiter)) {
                            closed = true;
                            break;
                        }
                        body.append(body.isEmpty() ? "" : "\n").append(bodyLine);
                    }
                    if (!closed) {
                        problems.warning(startLine, column, "recipe.import-syntax", "The here-document <<" + delimiter
                                + " is never closed by a line '" + delimiter + "'; it takes the rest of the file.");
                    }
                    heredocs.add(new Heredoc(delimiter, body.toString()));
                }
            }
            instructions.add(new Instruction(keyword, args, startLine, column, heredocs));
        }
        return instructions;
    }

    /** The Dockerfile parser continues an instruction when a line ends with the escape character (and blanks). */
    private boolean continues(StringBuilder text) {
        int end = text.length();
        while (end > 0 && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\t')) {
            end--;
        }
        if (end > 0 && text.charAt(end - 1) == escape) {
            text.setLength(end - 1);
            return true;
        }
        return false;
    }

    // --- instructions -----------------------------------------------------------------------

    private boolean from(Instruction from, List<String> stageNames) {
        List<String> words = ContainerfileWords.split(from.args(), escape);
        String platform = null;
        int i = 0;
        for (; i < words.size() && words.get(i).startsWith("--"); i++) {
            String flag = words.get(i);
            if (flag.toLowerCase(Locale.ROOT).startsWith("--platform=")) {
                platform = flag.substring("--platform=".length());
            } else {
                option(from, flag, "a recipe's base is only its image");
            }
        }
        if (i >= words.size()) {
            problems.error(from.line(), from.column(), "recipe.import-base", "FROM names no image; write 'FROM IMAGE', e.g. 'FROM debian:12'.");
            return false;
        }
        ContainerfileWords.Processed image = ContainerfileWords.process(words.get(i), escape, variables);
        if (!image.ok() || image.value().isEmpty()) {
            problems.error(from.line(), from.column(), "recipe.import-base", "FROM " + words.get(i) + " depends on "
                    + (image.unresolved().isEmpty() ? "quoting that cannot be read (" + image.error() + ")"
                            : "build arguments without a default (" + String.join(", ", image.unresolved()) + ")")
                    + "; write the image name itself.");
            return false;
        }
        if (stageNames.contains(image.value().toLowerCase(Locale.ROOT))) {
            problems.error(from.line(), from.column(), "recipe.import-base", "FROM " + image.value() + " builds on an "
                    + "earlier stage of this file, which a recipe cannot describe; start the last stage from a registry "
                    + "image or merge the stages.");
            return false;
        }
        BaseImage base = recipe.getBase();
        if (base == null) {
            base = RecipeFactory.eINSTANCE.createBaseImage();
            recipe.setBase(base);
        }
        base.setImage(image.value());
        if (platform != null) {
            ContainerfileWords.Processed value = ContainerfileWords.process(platform, escape, variables);
            CpuArchitecture architecture = value.ok() ? Images.architecture(value.value()) : null;
            if (architecture == null) {
                problems.warning(from.line(), from.column(), "recipe.import-option", "--platform=" + platform + " is "
                        + "dropped: a recipe's architecture is one of linux/amd64 (x86_64), linux/arm64 (aarch64) or "
                        + "linux/ppc64le, fixed in the file.");
            } else {
                recipe.setArchitecture(architecture);
            }
        }
        return true;
    }

    private static String stageName(Instruction from) {
        List<String> words = ContainerfileWords.split(from.args(), '\\');
        int size = words.size();
        return size >= 3 && words.get(size - 2).equalsIgnoreCase("as") ? words.get(size - 1) : null;
    }

    private void instruction(Instruction instruction, Map<String, String> globalArgs) {
        switch (instruction.keyword()) {
            case "ARG" -> arg(instruction, globalArgs);
            case "ENV" -> keyValues(instruction, true);
            case "LABEL" -> keyValues(instruction, false);
            case "COPY", "ADD" -> copy(instruction);
            case "RUN" -> run(instruction);
            case "ENTRYPOINT", "CMD" -> entrypoint(instruction);
            case "USER" -> dropped(instruction, "the image runs as its base image's user, and the site decides the rest");
            case "WORKDIR" -> dropped(instruction, "commands after it run in / instead, so relative paths change meaning; "
                    + "add 'cd DIR &&' to the commands that need it");
            case "SHELL" -> dropped(instruction, "a recipe's commands run with /bin/sh");
            case "EXPOSE" -> dropped(instruction, "a recipe does not publish ports");
            case "VOLUME" -> dropped(instruction, "a recipe does not declare volumes; the site mounts data");
            case "HEALTHCHECK", "STOPSIGNAL", "ONBUILD", "MAINTAINER" -> dropped(instruction, "a recipe has no equivalent");
            default -> problems.warning(instruction.line(), instruction.column(), "recipe.import-instruction", "Unknown "
                    + "instruction " + instruction.keyword() + " is dropped.");
        }
    }

    private void dropped(Instruction instruction, String why) {
        problems.warning(instruction.line(), instruction.column(), "recipe.import-instruction", instruction.keyword()
                + " is dropped: " + why + ".");
    }

    private void option(Instruction instruction, String flag, String why) {
        problems.warning(instruction.line(), instruction.column(), "recipe.import-option", "The option " + flag + " of "
                + instruction.keyword() + " is dropped: " + why + ".");
    }

    private void arg(Instruction instruction, Map<String, String> globalArgs) {
        for (String word : ContainerfileWords.split(instruction.args(), escape)) {
            int eq = word.indexOf('=');
            String name = eq < 0 ? word : word.substring(0, eq);
            String value = null;
            if (eq >= 0) {
                ContainerfileWords.Processed processed = ContainerfileWords.process(word.substring(eq + 1), escape, variables);
                value = processed.ok() ? processed.value() : null;
            } else if (variables != globalArgs) {
                // 'ARG NAME' inside a stage brings in the value of a global ARG of that name
                value = globalArgs.get(name);
            }
            if (value != null) {
                variables.put(name, value);
                problems.warning(instruction.line(), instruction.column(), "recipe.import-instruction", "ARG " + name
                        + " is dropped: a recipe has no build arguments; its default '" + value + "' is used where the "
                        + "file refers to it.");
            } else {
                problems.warning(instruction.line(), instruction.column(), "recipe.import-instruction", "ARG " + name
                        + " is dropped: a recipe has no build arguments, and it has no default, so values that refer to it "
                        + "are dropped too.");
            }
        }
    }

    /** ENV and LABEL: NAME=value pairs, or ENV's old form 'NAME value'. */
    private void keyValues(Instruction instruction, boolean environment) {
        List<String> words = ContainerfileWords.split(instruction.args(), escape);
        if (words.isEmpty()) {
            problems.warning(instruction.line(), instruction.column(), "recipe.import-syntax", instruction.keyword()
                    + " has no NAME=value; it is dropped.");
            return;
        }
        List<String[]> pairs = new ArrayList<>();
        if (environment && !words.get(0).contains("=")) {
            String rest = instruction.args().substring(instruction.args().indexOf(words.get(0)) + words.get(0).length()).strip();
            pairs.add(new String[] { words.get(0), rest });
        } else {
            for (String word : words) {
                int eq = word.indexOf('=');
                if (eq <= 0) {
                    problems.warning(instruction.line(), instruction.column(), "recipe.import-syntax", "'" + word + "' in "
                            + instruction.keyword() + " is not NAME=value; it is dropped.");
                    continue;
                }
                pairs.add(new String[] { word.substring(0, eq), word.substring(eq + 1) });
            }
        }
        Map<String, String> assigned = new LinkedHashMap<>();
        for (String[] pair : pairs) {
            ContainerfileWords.Processed key = ContainerfileWords.process(pair[0], escape, variables);
            ContainerfileWords.Processed value = ContainerfileWords.process(pair[1], escape, variables);
            String name = key.value();
            if (!key.ok() || !value.ok()) {
                List<String> unresolved = new ArrayList<>(key.unresolved());
                unresolved.addAll(value.unresolved());
                String error = key.error() != null ? key.error() : value.error();
                problems.warning(instruction.line(), instruction.column(), "recipe.import-variable", instruction.keyword()
                        + " " + name + " is dropped: " + (error != null ? error
                                : "its value uses " + String.join(", ", unresolved.stream().map(v -> "$" + v).toList())
                                        + ", which only the build knows (the base image's environment or a build argument "
                                        + "without a default); a recipe holds fixed values."));
                continue;
            }
            if (environment) {
                if (!NAME.matcher(name).matches()) {
                    problems.warning(instruction.line(), instruction.column(), "recipe.import-syntax", "ENV " + name
                            + " is dropped: a variable name has letters, digits and '_' only.");
                    continue;
                }
                recipe.getEnvironment().put(name, value.value());
                assigned.put(name, value.value());
            } else {
                recipe.getLabels().put(name, value.value());
            }
        }
        // As in the build, values set by one ENV are seen from the next instruction on, not within it.
        variables.putAll(assigned);
    }

    private void copy(Instruction instruction) {
        String rest = instruction.args();
        while (rest.startsWith("--")) {
            int end = 0;
            while (end < rest.length() && !Character.isWhitespace(rest.charAt(end))) {
                end++;
            }
            String flag = rest.substring(0, end);
            rest = rest.substring(end).strip();
            if (flag.toLowerCase(Locale.ROOT).startsWith("--from")) {
                problems.warning(instruction.line(), instruction.column(), "recipe.import-copy", instruction.keyword() + " "
                        + flag + " copies from another stage or image, which a recipe cannot describe; it is dropped.");
                return;
            }
            option(instruction, flag, "a recipe copies files as they are");
        }
        if (!instruction.heredocs().isEmpty()) {
            problems.warning(instruction.line(), instruction.column(), "recipe.import-copy", instruction.keyword() + " with "
                    + "a here-document writes a file from text in the Containerfile, which a recipe cannot describe; it is dropped.");
            return;
        }
        List<String> json = rest.startsWith("[") ? StrictJson.stringArray(rest) : null;
        List<String> words = json != null ? json : List.of(rest.split("\\s+"));
        if (words.size() < 2 || words.get(0).isEmpty()) {
            problems.warning(instruction.line(), instruction.column(), "recipe.import-syntax", instruction.keyword()
                    + " needs a source and a destination; it is dropped.");
            return;
        }
        List<String> paths = new ArrayList<>();
        for (String word : words) {
            ContainerfileWords.Processed path = ContainerfileWords.process(word, escape, variables);
            if (!path.ok()) {
                problems.warning(instruction.line(), instruction.column(), "recipe.import-variable", instruction.keyword()
                        + " is dropped: " + (path.error() != null ? path.error()
                                : "the path " + word + " uses build values the recipe does not have ("
                                        + String.join(", ", path.unresolved()) + ")") + ".");
                return;
            }
            paths.add(path.value());
        }
        String destination = paths.get(paths.size() - 1);
        boolean add = instruction.keyword().equals("ADD");
        if (add) {
            problems.warning(instruction.line(), instruction.column(), "recipe.import-copy", "ADD is read as COPY: archives "
                    + "it would unpack stay packed, and URLs are dropped.");
        }
        for (String source : paths.subList(0, paths.size() - 1)) {
            if (add && (source.contains("://") || source.startsWith("git@"))) {
                continue;
            }
            FileCopy copy = RecipeFactory.eINSTANCE.createFileCopy();
            copy.setSource(source);
            copy.setDestination(destination);
            recipe.getFiles().add(copy);
        }
    }

    private void run(Instruction instruction) {
        String rest = instruction.args();
        while (rest.startsWith("--")) {
            int end = 0;
            while (end < rest.length() && !Character.isWhitespace(rest.charAt(end))) {
                end++;
            }
            option(instruction, rest.substring(0, end), "a recipe's commands run without build mounts or network options");
            rest = rest.substring(end).strip();
        }
        String command;
        List<String> json = rest.startsWith("[") ? StrictJson.stringArray(rest) : null;
        if (!instruction.heredocs().isEmpty()) {
            List<String> words = ContainerfileWords.split(rest, escape);
            if (instruction.heredocs().size() == 1 && words.size() == 1 && HEREDOC.matcher(words.get(0)).matches()) {
                // 'RUN <<EOF' runs the here-document itself as the script
                command = instruction.heredocs().get(0).body();
            } else {
                StringBuilder text = new StringBuilder(rest);
                for (Heredoc heredoc : instruction.heredocs()) {
                    text.append('\n').append(heredoc.body()).append(heredoc.body().isEmpty() ? "" : "\n").append(heredoc.delimiter());
                }
                command = text.toString();
            }
        } else if (json != null) {
            boolean shell = json.size() == 3 && (json.get(0).equals("/bin/sh") || json.get(0).equals("sh"))
                    && (json.get(1).equals("-c") || json.get(1).equals("-ec"));
            command = shell ? json.get(2) : ShellQuoting.words(json);
        } else {
            command = rest;
        }
        List<ShellScanner.Command> found = ShellScanner.split(command);
        boolean single = found.size() == 1 && found.get(0).complete() && found.get(0).text().equals(command);
        steps.add(new ImportSupport.Step(command, single ? found.get(0) : null));
    }

    private void entrypoint(Instruction instruction) {
        List<String> json = instruction.args().startsWith("[") ? StrictJson.stringArray(instruction.args()) : null;
        List<String> command = json != null ? json : List.of("/bin/sh", "-c", instruction.args());
        Run run = new Run(command, instruction.line(), instruction.column());
        Run previous = instruction.keyword().equals("CMD") ? cmd : entrypoint;
        if (previous != null) {
            problems.warning(previous.line(), previous.column(), "recipe.import-instruction", "This " + instruction.keyword()
                    + " is replaced by the one on line " + instruction.line() + ", as in the build.");
        }
        if (instruction.keyword().equals("CMD")) {
            cmd = run;
        } else {
            entrypoint = run;
        }
    }

    private void run() {
        if (entrypoint != null) {
            recipe.getRun().addAll(entrypoint.command());
            if (cmd != null) {
                problems.warning(cmd.line(), cmd.column(), "recipe.import-cmd", "CMD (default arguments for the ENTRYPOINT) is dropped: "
                        + "a recipe's run command takes the arguments given to the container.");
            }
        } else if (cmd != null) {
            recipe.getRun().addAll(cmd.command());
            problems.warning(cmd.line(), cmd.column(), "recipe.import-cmd", "CMD is read as the run command (a recipe's ENTRYPOINT): "
                    + "arguments given to the container are now added to it instead of replacing it.");
        }
    }
}
