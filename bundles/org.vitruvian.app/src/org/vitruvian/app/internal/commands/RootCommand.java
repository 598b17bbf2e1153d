package org.vitruvian.app.internal.commands;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "vitruvian", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
        description = "Author simulation workflows for in-silico medicine and run them on workstations, HPC sites and clouds.",
        subcommands = { HelpCommand.class, ValidateCommand.class, CheckCommand.class, PlanCommand.class, RunCommands.Run.class,
                RunCommands.Status.class, RunCommands.Logs.class, RunCommands.Outputs.class, RunCommands.Cancel.class, RunCommands.Clean.class,
                RunCommands.Resume.class, RunCommands.History.class, ProvenanceCommand.class, RecipeCommand.class,
                SitesCommand.class, LspCommand.class, SchemaCommand.class, ToscaCommand.class },
        commandListHeading = "%nCommands:%n",
        footerHeading = "%nExit codes:%n",
        footer = { "  0  success", "  1  the input is invalid, a check denies it, or a run failed",
                "  2  usage error (unknown command or option, missing argument)",
                "  3  environment or internal failure (target unreachable, I/O error)", "",
                "See 'vitruvian help COMMAND' for the options of a command." })
public final class RootCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing command: say what to do, e.g. 'vitruvian validate FILE'.");
    }
}
