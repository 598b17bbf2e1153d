package org.vitruvian.app.internal.commands;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "recipe", mixinStandardHelpOptions = true,
        description = "Convert container recipes to and from Apptainer definition files and Containerfiles.",
        subcommands = { RecipeExportCommand.class, RecipeImportCommand.class }, commandListHeading = "%nCommands:%n")
public final class RecipeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing command: 'vitruvian recipe export FILE --format FORMAT' "
                + "or 'vitruvian recipe import FILE -o OUT.yaml'.");
    }
}
