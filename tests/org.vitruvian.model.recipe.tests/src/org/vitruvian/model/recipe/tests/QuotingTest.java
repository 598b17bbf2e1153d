package org.vitruvian.model.recipe.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.vitruvian.core.diagnostics.Diagnostic;
import org.vitruvian.model.recipe.BaseImage;
import org.vitruvian.model.recipe.ContainerRecipe;
import org.vitruvian.model.recipe.FileCopy;
import org.vitruvian.model.recipe.PackageManager;
import org.vitruvian.model.recipe.PackageSet;
import org.vitruvian.model.recipe.RecipeFactory;
import org.vitruvian.model.recipe.formats.ExportResult;
import org.vitruvian.model.recipe.formats.RecipeExporter;
import org.vitruvian.model.recipe.formats.RecipeFormat;
import org.vitruvian.model.recipe.formats.RecipeImporter;

/**
 * No value can change the meaning of the file it is exported into. The Apptainer cases run the
 * exported lines in a real /bin/sh and compare what arrives; the Containerfile cases check
 * that every value stays inside its one instruction and reads back exactly.
 */
class QuotingTest {

    /** Values that would break out of a naively written line. */
    static Stream<String> oneLineValues() {
        return Stream.of("two words", "say \"hi\"", "it's", "$HOME", "${HOME}x", "`id`", "$(echo injected)",
                "back\\slash", "ends with a backslash\\", "semi; echo injected", "a && b || c | d > e < f", "*", "",
                "  padded  ", "tab\there", "unicode \u00fc \u20ac \uD83E\uDDB4", "#not a comment", "%not a section",
                "'\"mixed\"'");
    }

    static Stream<String> values() {
        return Stream.concat(oneLineValues(), Stream.of("line one\nline two", "ends with a line break\n", "\nstarts with one"));
    }

    // --- Apptainer -------------------------------------------------------------------------

    @ParameterizedTest
    @MethodSource("values")
    void apptainerEnvironmentValueReachesTheShellUnchanged(String value) throws Exception {
        ContainerRecipe recipe = recipe();
        recipe.getEnvironment().put("VALUE", value);

        String environment = section(export(recipe, RecipeFormat.APPTAINER), "environment");

        assertEquals(value, sh(environment + "\nprintf '%s' \"$VALUE\""));
    }

    @Test
    void apptainerRunscriptPassesEachRunWordAsOneArgument() throws Exception {
        List<String> words = values().toList();
        ContainerRecipe recipe = recipe();
        recipe.getRun().add("prog");
        recipe.getRun().addAll(words);

        String runscript = section(export(recipe, RecipeFormat.APPTAINER), "runscript");
        assertTrue(runscript.startsWith("exec prog "), runscript);
        // 'exec' cannot run a shell function, so the check calls the function directly.
        String received = sh(printArguments("prog") + runscript.substring("exec ".length()));

        assertEquals(words, arguments(received));
    }

    @Test
    void packageNamesAreEachOneWordOfTheInstallCommand() throws Exception {
        List<String> names = oneLineValues().filter(v -> !v.isEmpty()).toList();
        ContainerRecipe recipe = recipe();
        PackageSet pip = RecipeFactory.eINSTANCE.createPackageSet();
        pip.setManager(PackageManager.PIP);
        pip.getNames().addAll(names);
        recipe.getPackages().add(pip);

        String install = section(export(recipe, RecipeFormat.APPTAINER), "post");
        assertTrue(install.startsWith("pip install --no-cache-dir "), install);
        List<String> expected = new ArrayList<>(List.of("install", "--no-cache-dir"));
        expected.addAll(names);

        assertEquals(expected, arguments(sh(printArguments("pip") + install)));
    }

    @Test
    void apptainerKeepsLineBreaksInValuesThroughARoundTrip() {
        ContainerRecipe recipe = recipe();
        recipe.getEnvironment().put("MULTI", "line one\n  line two\n");
        recipe.getRun().addAll(List.of("prog", "a\nb"));
        recipe.setDescription("first\nsecond");

        ContainerRecipe back = RecipeImporter.read("x.def", export(recipe, RecipeFormat.APPTAINER)).recipe();

        assertEquals("line one\n  line two\n", back.getEnvironment().get("MULTI"));
        assertEquals(List.of("prog", "a\nb"), back.getRun());
        assertEquals("first\nsecond", back.getDescription());
    }

    @Test
    void aLineThatApptainerWouldReadAsASectionIsRefused() {
        ContainerRecipe recipe = recipe();
        recipe.getEnvironment().put("SNEAKY", "x\n%post\nrm -rf /");

        ExportResult result = RecipeExporter.export(recipe, RecipeFormat.APPTAINER);

        assertNull(result.text(), "nothing is written");
        Diagnostic error = single(result);
        assertEquals("recipe.export-value", error.code());
        assertTrue(error.message().contains("SNEAKY") && error.message().contains("'%'"), error.message());
    }

    @Test
    void aLineThatApptainerWouldReadAsANewStageIsRefused() {
        ContainerRecipe recipe = recipe();
        recipe.setHelp("Usage:\nBootstrap: docker");

        assertEquals("recipe.export-value", single(RecipeExporter.export(recipe, RecipeFormat.APPTAINER)).code());
    }

    @Test
    void anApptainerBuildArgumentPlaceholderIsRefused() {
        ContainerRecipe recipe = recipe();
        recipe.getBuild().add("echo {{ name }}");

        Diagnostic error = single(RecipeExporter.export(recipe, RecipeFormat.APPTAINER));
        assertEquals("recipe.export-value", error.code());
        assertTrue(error.message().contains("Build command 1") && error.message().contains("{{ name }}"), error.message());
    }

    @Test
    void aCommandThatDoesNotEndIsRefusedForApptainer() {
        ContainerRecipe recipe = recipe();
        recipe.getBuild().addAll(List.of("echo 'unclosed", "echo next"));

        Diagnostic error = single(RecipeExporter.export(recipe, RecipeFormat.APPTAINER));
        assertEquals("recipe.export-command", error.code());
        assertTrue(error.message().startsWith("Build command 1 does not end"), error.message());
    }

    @Test
    void apptainerPathsWithQuotesAreRefused() {
        ContainerRecipe recipe = recipe();
        recipe.getFiles().add(file("say \"hi\".txt", "/opt/"));

        assertEquals("recipe.export-value", single(RecipeExporter.export(recipe, RecipeFormat.APPTAINER)).code());
    }

    // --- Containerfile ---------------------------------------------------------------------

    @ParameterizedTest
    @MethodSource("oneLineValues")
    void containerfileEnvAndLabelValuesStayInOneInstructionAndReadBackExactly(String value) {
        ContainerRecipe recipe = recipe();
        recipe.getEnvironment().put("VALUE", value);
        recipe.getLabels().put("org.example.value", value);

        String text = export(recipe, RecipeFormat.CONTAINERFILE);
        ContainerRecipe back = RecipeImporter.read("x.Containerfile", text).recipe();

        assertEquals(1, text.lines().filter(l -> l.startsWith("ENV ")).count(), text);
        assertEquals(1, text.lines().filter(l -> l.startsWith("LABEL ")).count(), text);
        assertEquals(value, back.getEnvironment().get("VALUE"));
        assertEquals(value, back.getLabels().get("org.example.value"));
    }

    @Test
    void containerfileEnvValuesAreDoubleQuotedWithTheBuilderEscapes() {
        ContainerRecipe recipe = recipe();
        recipe.getEnvironment().put("GREETING", "say \"hi\" to $USER \\ now");

        assertTrue(export(recipe, RecipeFormat.CONTAINERFILE).contains("\nENV GREETING=\"say \\\"hi\\\" to \\$USER \\\\ now\"\n"));
    }

    @Test
    void aLineBreakInAContainerfileValueIsAnErrorAndNothingIsWritten() {
        ContainerRecipe recipe = recipe();
        recipe.getEnvironment().put("SNEAKY", "x\nRUN rm -rf /");

        ExportResult result = RecipeExporter.export(recipe, RecipeFormat.CONTAINERFILE);

        assertNull(result.text());
        Diagnostic error = single(result);
        assertEquals("recipe.export-value", error.code());
        assertTrue(error.message().contains("SNEAKY") && error.message().contains("line break"), error.message());
    }

    @Test
    void containerfileEntrypointIsAJsonArrayOfTheRunWords() {
        List<String> run = new ArrayList<>(List.of("prog"));
        run.addAll(values().toList());
        ContainerRecipe recipe = recipe();
        recipe.getRun().addAll(run);

        List<String> entrypoints = export(recipe, RecipeFormat.CONTAINERFILE).lines().filter(l -> l.startsWith("ENTRYPOINT "))
                .toList();

        assertEquals(1, entrypoints.size());
        Object json = new Load(LoadSettings.builder().build()).loadFromString(entrypoints.get(0).substring("ENTRYPOINT ".length()));
        assertEquals(run, json);
    }

    @Test
    void containerfileWritesCommandsTheShellFormWouldChangeInTheExecForm() {
        List<String> build = List.of("--mount=x echo flag", "[ -f a ] && echo test", "echo continued \\",
                "cat <<EOF\nheredoc\nEOF", "cd /src\nmake", "echo plain");
        ContainerRecipe recipe = recipe();
        recipe.getBuild().addAll(build);

        String text = export(recipe, RecipeFormat.CONTAINERFILE);
        List<String> runs = text.lines().filter(l -> l.startsWith("RUN ")).toList();

        assertEquals(build.size(), runs.size(), text);
        for (int i = 0; i < build.size() - 1; i++) {
            assertTrue(runs.get(i).startsWith("RUN [\"/bin/sh\", \"-ec\", "), runs.get(i));
        }
        assertEquals("RUN echo plain", runs.get(build.size() - 1));
        assertEquals(build, RecipeImporter.read("x.Containerfile", text).recipe().getBuild());
    }

    // --- both ------------------------------------------------------------------------------

    @ParameterizedTest
    @MethodSource("formats")
    void multiLineCommandsReadBackAsOneCommandEach(RecipeFormat format) {
        List<String> build = List.of("cd /src\nmake", "echo a", "for f in *.c; do\n  cc -c \"$f\"\ndone",
                "case \"$1\" in\n  a) echo a ;;\nesac", "f() {\n  echo f\n}\nf", "printf '%s\\n' \\\n  continued",
                "cat > /etc/x.conf <<'EOF'\nkey = value\n\t\nEOF", "# explained\nmake check");
        ContainerRecipe recipe = recipe();
        recipe.getBuild().addAll(build);

        assertEquals(build, RecipeImporter.read("x", export(recipe, format)).recipe().getBuild());
    }

    @ParameterizedTest
    @MethodSource("formats")
    void pathsWithSpacesAndDollarSignsReadBack(RecipeFormat format) {
        ContainerRecipe recipe = recipe();
        recipe.getFiles().add(file("input data/$CASE.csv", "/opt/input data/"));
        recipe.getFiles().add(file("#hash", "/opt/%percent"));
        // A trailing backslash would continue a COPY line; a word starting with << would open a here-document.
        recipe.getFiles().add(file("windows", "C:\\windows\\"));
        recipe.getFiles().add(file("notes", "<<EOF"));

        ContainerRecipe back = RecipeImporter.read("x", export(recipe, format)).recipe();

        assertEquals(List.of("input data/$CASE.csv", "#hash", "windows", "notes"),
                back.getFiles().stream().map(FileCopy::getSource).toList());
        assertEquals(List.of("/opt/input data/", "/opt/%percent", "C:\\windows\\", "<<EOF"),
                back.getFiles().stream().map(FileCopy::getDestination).toList());
    }

    @ParameterizedTest
    @MethodSource("formats")
    void invalidVariableAndLabelNamesAreRefused(RecipeFormat format) {
        ContainerRecipe recipe = recipe();
        recipe.getEnvironment().put("A B=1; rm", "x");
        recipe.getLabels().put("bad key", "x");

        ExportResult result = RecipeExporter.export(recipe, format);

        assertNull(result.text());
        assertEquals(List.of("recipe.export-name", "recipe.export-name"), result.diagnostics().stream().map(Diagnostic::code).toList());
    }

    static Stream<RecipeFormat> formats() {
        return Arrays.stream(RecipeFormat.values());
    }

    // --- helpers ---------------------------------------------------------------------------

    private static ContainerRecipe recipe() {
        ContainerRecipe recipe = RecipeFactory.eINSTANCE.createContainerRecipe();
        recipe.setName("quoting");
        BaseImage base = RecipeFactory.eINSTANCE.createBaseImage();
        base.setImage("debian:12");
        recipe.setBase(base);
        return recipe;
    }

    private static FileCopy file(String source, String destination) {
        FileCopy file = RecipeFactory.eINSTANCE.createFileCopy();
        file.setSource(source);
        file.setDestination(destination);
        return file;
    }

    private static String export(ContainerRecipe recipe, RecipeFormat format) {
        ExportResult result = RecipeExporter.export(recipe, format);
        assertFalse(result.hasErrors(), () -> result.diagnostics().toString());
        return result.text();
    }

    private static Diagnostic single(ExportResult result) {
        assertEquals(1, result.diagnostics().size(), () -> result.diagnostics().toString());
        return result.diagnostics().get(0);
    }

    /** The body of an Apptainer section, without its header line. */
    private static String section(String definition, String name) {
        int start = definition.indexOf("\n%" + name + "\n");
        assertTrue(start >= 0, "no %" + name + " in\n" + definition);
        String rest = definition.substring(start + name.length() + 3);
        int end = rest.indexOf("\n\n%");
        return end < 0 ? rest.stripTrailing() : rest.substring(0, end);
    }

    /** A shell function that prints each of its arguments followed by a NUL byte. */
    private static String printArguments(String name) {
        return name + "() { for arg; do printf '%s\\0' \"$arg\"; done; }\n";
    }

    private static List<String> arguments(String nulSeparated) {
        List<String> arguments = new ArrayList<>(Arrays.asList(nulSeparated.split("\0", -1)));
        assertEquals("", arguments.remove(arguments.size() - 1), "output ends with NUL");
        return arguments;
    }

    private static String sh(String script) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("/bin/sh", "-c", script).start();
        process.getOutputStream().close();
        byte[] out = process.getInputStream().readAllBytes();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), () -> "sh failed: " + err + "\nscript:\n" + script);
        return new String(out, StandardCharsets.UTF_8);
    }
}
