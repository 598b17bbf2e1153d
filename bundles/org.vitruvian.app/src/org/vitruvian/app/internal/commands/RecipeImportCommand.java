package org.vitruvian.app.internal.commands;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.eclipse.emf.common.util.URI;
import org.vitruvian.core.ExitCode;
import org.vitruvian.core.VitruvianException;
import org.vitruvian.core.diagnostics.Diagnostic;
import org.vitruvian.core.diagnostics.Severity;
import org.vitruvian.model.recipe.formats.ImportResult;
import org.vitruvian.model.recipe.formats.RecipeImporter;
import org.vitruvian.model.yaml.YamlResource;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = { "Read an Apptainer definition file or a Containerfile into a ContainerRecipe (YAML).",
                "The format is recognised from the content. What a recipe cannot hold is reported as a warning with its "
                        + "line; install commands at the start of the build become packages." })
public final class RecipeImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The Apptainer definition file or Containerfile.")
    Path file;

    @Option(names = { "-o", "--output" }, required = true, paramLabel = "OUT.yaml",
            description = "The recipe file to write (.yaml or .yml; replaced only when the import succeeds).")
    Path output;

    @Override
    public Integer call() {
        String name = output.getFileName() == null ? "" : output.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".yaml") && !name.endsWith(".yml")) {
            throw new ParameterException(spec.commandLine(), "OUT must end in .yaml or .yml, as Vitruvian models do: "
                    + output);
        }
        PrintWriter err = spec.commandLine().getErr();
        String display = OutputFiles.display(file);
        String text = read(display, err);
        if (text == null) {
            return ExitCode.FAILED.status();
        }
        ImportResult result = RecipeImporter.read(display, text);
        OutputFiles.print(err, result.diagnostics());
        if (result.hasErrors()) {
            return ExitCode.FAILED.status();
        }
        YamlResource resource = new YamlResource(URI.createFileURI(output.toAbsolutePath().normalize().toString()));
        resource.getContents().add(result.recipe());
        OutputFiles.writeAtomically(output, resource.toYaml().getBytes(StandardCharsets.UTF_8));
        long warnings = result.diagnostics().stream().filter(d -> d.severity() == Severity.WARNING).count();
        spec.commandLine().getOut().println("wrote " + output + " (ContainerRecipe '" + result.recipe().getName() + "' from "
                + article(result.format().label()) + ", " + warnings + " warning(s))");
        return ExitCode.OK.status();
    }

    /** The file's text, or null after printing why it cannot be imported. */
    private String read(String display, PrintWriter err) {
        if (!Files.isRegularFile(file)) {
            OutputFiles.print(err, List.of(Diagnostic.error(display, 0, 0, "io.not-found",
                    Files.isDirectory(file) ? "This is a folder; give the file to import." : "No such file; check the path.")));
            return null;
        }
        byte[] bytes;
        try {
            if (Files.size(file) > RecipeImporter.MAX_CHARS) {
                // Refused before reading, however large the file is.
                OutputFiles.print(err, List.of(Diagnostic.error(display, 0, 0, "recipe.import-too-large", "The file is "
                        + "larger than " + RecipeImporter.MAX_CHARS / (1024 * 1024) + " MiB; no recipe is that large.")));
                return null;
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new VitruvianException(ExitCode.ENVIRONMENT, "cannot read " + display + ": " + e.getMessage(), e);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            OutputFiles.print(err, List.of(Diagnostic.error(display, 0, 0, "io.encoding",
                    "The file is not UTF-8 text; save it as UTF-8.")));
            return null;
        }
    }

    private static String article(String noun) {
        return ("AEIOUaeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }
}
