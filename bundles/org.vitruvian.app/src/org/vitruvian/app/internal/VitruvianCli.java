package org.vitruvian.app.internal;

import java.io.PrintWriter;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vitruvian.app.internal.commands.RecipeExportCommand;
import org.vitruvian.app.internal.commands.RootCommand;
import org.vitruvian.app.internal.commands.ValidateCommand;
import org.vitruvian.core.ExitCode;
import org.vitruvian.core.ProductInfo;
import org.vitruvian.core.VitruvianException;
import org.vitruvian.model.yaml.ModelService;

import picocli.CommandLine;
import picocli.CommandLine.IFactory;

/**
 * The {@code vitruvian} command tree. A component, so that each command gets the services it
 * needs injected and the same tree can be run in-process by tests and the IDE.
 */
@Component(service = VitruvianCli.class)
public final class VitruvianCli {

    private final ProductInfo productInfo;
    private final ModelService models;

    @Activate
    public VitruvianCli(@Reference ProductInfo productInfo, @Reference ModelService models) {
        this.productInfo = productInfo;
        this.models = models;
    }

    /** Runs one command line and returns its exit status (see {@link ExitCode}). */
    public int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new RootCommand(), new CommandFactory());
        commandLine.getCommandSpec().versionProvider(() -> new String[] { productInfo.versionLine() });
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExitCodeExceptionMapper(VitruvianCli::exitCodeOf);
        commandLine.setExecutionExceptionHandler((exception, failed, parseResult) -> {
            failed.getErr().println(failed.getCommandSpec().qualifiedName() + ": " + describe(exception));
            if (Boolean.getBoolean("vitruvian.debug") || System.getenv("VITRUVIAN_DEBUG") != null) {
                exception.printStackTrace(failed.getErr());
            }
            return exitCodeOf(exception);
        });
        int status = commandLine.execute(args);
        out.flush();
        err.flush();
        return status;
    }

    private static int exitCodeOf(Throwable exception) {
        if (exception instanceof VitruvianException known) {
            return known.exitCode().status();
        }
        if (exception instanceof CommandLine.ParameterException) {
            return ExitCode.USAGE.status();
        }
        return ExitCode.ENVIRONMENT.status();
    }

    private static String describe(Throwable exception) {
        if (exception instanceof VitruvianException) {
            return exception.getMessage();
        }
        // Not a failure we anticipated: say so, with enough to file a bug, but no stack trace
        // unless asked for (VITRUVIAN_DEBUG=1).
        return "internal error: " + exception + " (set VITRUVIAN_DEBUG=1 for the stack trace)";
    }

    /** Creates commands with the services they need; picocli's own factory does the rest. */
    private final class CommandFactory implements IFactory {

        private final IFactory fallback = CommandLine.defaultFactory();

        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (type == ValidateCommand.class) {
                return type.cast(new ValidateCommand(models));
            }
            if (type == RecipeExportCommand.class) {
                return type.cast(new RecipeExportCommand(models));
            }
            return fallback.create(type);
        }
    }
}
