package org.vitruvian.app.internal.commands;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.eclipse.emf.ecore.EClass;
import org.vitruvian.core.ExitCode;
import org.vitruvian.core.VitruvianException;
import org.vitruvian.core.json.Json;
import org.vitruvian.language.JsonSchemas;
import org.vitruvian.model.yaml.ModelKinds;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "schema", mixinStandardHelpOptions = true,
        description = { "Write a JSON Schema (draft-07) of a model kind, made from its metamodel, for editors that check YAML",
                "against a schema (yaml-language-server). It covers keys, types and enum values; 'vitruvian validate' and",
                "'vitruvian lsp' check everything else." })
public final class SchemaCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "KIND", description = "The model kind: workflow, containerrecipe, site, trustpolicy, servicedefinition (any case).")
    String kind;

    @Option(names = { "-o", "--output" }, paramLabel = "FILE", description = "Write the schema to FILE instead of standard output.")
    Path output;

    @Override
    public Integer call() {
        EClass eClass = JsonSchemas.kind(kind).orElseThrow(() -> new VitruvianException(ExitCode.FAILED,
                "No model kind '" + kind + "'; use one of: " + String.join(", ", ModelKinds.all().keySet()) + "."));
        String json = Json.stringify(JsonSchemas.of(eClass));
        if (output == null) {
            spec.commandLine().getOut().print(json);
            spec.commandLine().getOut().println();
            return ExitCode.OK.status();
        }
        try {
            Files.writeString(output, json + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new VitruvianException(ExitCode.ENVIRONMENT, "Cannot write " + output + ": " + e.getMessage());
        }
        return ExitCode.OK.status();
    }
}
