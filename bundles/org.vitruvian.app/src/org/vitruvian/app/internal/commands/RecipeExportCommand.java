package org.vitruvian.app.internal.commands;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.vitruvian.core.ExitCode;
import org.vitruvian.core.diagnostics.Diagnostic;
import org.vitruvian.model.recipe.ContainerRecipe;
import org.vitruvian.model.recipe.formats.ExportResult;
import org.vitruvian.model.recipe.formats.RecipeExporter;
import org.vitruvian.model.recipe.formats.RecipeFormat;
import org.vitruvian.model.recipe.formats.SourceLocator;
import org.vitruvian.model.yaml.ModelKinds;
import org.vitruvian.model.yaml.ModelService;
import org.vitruvian.model.yaml.SourcePosition;
import org.vitruvian.model.yaml.YamlResource;

import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = { "Write a ContainerRecipe as an Apptainer definition file or a Containerfile.",
                "The recipe is checked first, like 'vitruvian validate' does. Values the format has no syntax for are kept "
                        + "in a '# vitruvian: {...}' comment, so that 'vitruvian recipe import' gives the recipe back." })
public final class RecipeExportCommand implements Callable<Integer> {

    private final ModelService models;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The ContainerRecipe (YAML).")
    Path file;

    @Option(names = { "-f", "--format" }, required = true, paramLabel = "FORMAT", converter = FormatConverter.class,
            completionCandidates = FormatNames.class, description = "Format to write: ${COMPLETION-CANDIDATES}.")
    RecipeFormat format;

    @Option(names = { "-o", "--output" }, paramLabel = "OUT",
            description = "File to write (replaced only when the export succeeds); without it the file goes to stdout.")
    Path output;

    public RecipeExportCommand(ModelService models) {
        this.models = models;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        ModelService.ModelSet loaded = models.load(List.of(file));
        OutputFiles.print(err, loaded.report().diagnostics());
        if (loaded.hasErrors()) {
            return ExitCode.FAILED.status();
        }
        String display = OutputFiles.display(file);
        EObject root = loaded.models().get(0).root();
        if (!(root instanceof ContainerRecipe recipe)) {
            String kind = root == null ? "no model" : "a " + ModelKinds.kindOf(root.eClass()).orElse(root.eClass().getName());
            OutputFiles.print(err, List.of(Diagnostic.error(display, 0, 0, "recipe.export-kind", "This file is " + kind
                    + "; only a ContainerRecipe can be exported as a container recipe.")));
            return ExitCode.FAILED.status();
        }
        ExportResult result = RecipeExporter.export(recipe, format, locator(recipe, display));
        OutputFiles.print(err, result.diagnostics());
        if (result.hasErrors()) {
            return ExitCode.FAILED.status();
        }
        if (output == null) {
            spec.commandLine().getOut().print(result.text());
        } else {
            OutputFiles.writeAtomically(output, result.text().getBytes(StandardCharsets.UTF_8));
            spec.commandLine().getOut().println("wrote " + output + " (" + format.label() + " of ContainerRecipe '"
                    + recipe.getName() + "')");
        }
        return ExitCode.OK.status();
    }

    private static SourceLocator locator(ContainerRecipe recipe, String display) {
        YamlResource yaml = recipe.eResource() instanceof YamlResource resource ? resource : null;
        return new SourceLocator() {
            @Override
            public String file() {
                return display;
            }

            @Override
            public Position position(EObject object, EStructuralFeature feature) {
                SourcePosition at = yaml == null ? SourcePosition.UNKNOWN : yaml.positionOf(object, feature);
                return new Position(at.line(), at.column());
            }
        };
    }

    /** Turns --format into a RecipeFormat, naming the valid ones when it is not one (exit 2). */
    static final class FormatConverter implements ITypeConverter<RecipeFormat> {

        @Override
        public RecipeFormat convert(String value) {
            return RecipeFormat.byId(value).orElseThrow(() -> new TypeConversionException(
                    "'" + value + "' is not a recipe format; use one of: " + String.join(", ", RecipeFormat.ids())));
        }
    }

    static final class FormatNames implements Iterable<String> {

        @Override
        public Iterator<String> iterator() {
            return RecipeFormat.ids().iterator();
        }
    }
}
