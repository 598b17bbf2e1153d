package org.vitruvian.app.internal;

import java.io.PrintWriter;
import java.lang.reflect.Constructor;
import java.util.Arrays;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vitruvian.app.internal.commands.RootCommand;
import org.vitruvian.core.ExitCode;
import org.vitruvian.core.ProductInfo;
import org.vitruvian.core.VitruvianException;
import org.vitruvian.core.services.PluginFolder;
import org.vitruvian.preferences.VitruvianPreferences;
import org.vitruvian.model.yaml.ModelService;
import org.vitruvian.tosca.ToscaService;
import org.vitruvian.tosca.workflow.ToscaToWorkflow;
import org.vitruvian.tosca.workflow.WorkflowToTosca;
import org.vitruvian.compat.CompatibilityChecker;
import org.vitruvian.execution.Runs;
import org.vitruvian.provenance.RoCrateExporter;
import org.vitruvian.language.LanguageServices;
import org.vitruvian.sites.SiteCatalog;
import org.vitruvian.planning.WorkflowPlanner;
import org.vitruvian.trust.TrustChecker;
import org.vitruvian.sites.SubmissionCommands;

import picocli.CommandLine;
import picocli.CommandLine.IFactory;

/**
 * The {@code vitruvian} command tree. A component, so that each command gets the services it
 * needs injected and the same tree can be run in-process by tests and the IDE.
 */
@Component(service = VitruvianCli.class)
public final class VitruvianCli {

    private final ProductInfo productInfo;
    /** Installed before any command runs, so plugin sites and services are in place. */
    private final PluginFolder plugins;
    /** What commands may ask for in their constructors, by type. */
    private final Map<Class<?>, Object> services;

    @Activate
    public VitruvianCli(@Reference ProductInfo productInfo, @Reference ModelService models, @Reference SiteCatalog sites,
            @Reference SubmissionCommands submission, @Reference PluginFolder plugins, @Reference CompatibilityChecker compatibility,
            @Reference TrustChecker trust, @Reference Runs runs, @Reference RoCrateExporter crates,
            @Reference WorkflowPlanner planner, @Reference LanguageServices language, @Reference ToscaService tosca,
            @Reference WorkflowToTosca toscaGenerator, @Reference ToscaToWorkflow toscaImporter) {
        this.productInfo = productInfo;
        this.plugins = plugins;
        this.services = Map.ofEntries(Map.entry(ProductInfo.class, productInfo), Map.entry(ModelService.class, models),
                Map.entry(SiteCatalog.class, sites), Map.entry(SubmissionCommands.class, submission),
                Map.entry(CompatibilityChecker.class, compatibility), Map.entry(TrustChecker.class, trust), Map.entry(Runs.class, runs),
                Map.entry(RoCrateExporter.class, crates), Map.entry(WorkflowPlanner.class, planner),
                Map.entry(LanguageServices.class, language), Map.entry(ToscaService.class, tosca),
                Map.entry(WorkflowToTosca.class, toscaGenerator), Map.entry(ToscaToWorkflow.class, toscaImporter));
    }

    /** Runs one command line and returns its exit status (see {@link ExitCode}). */
    public int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new RootCommand(), new CommandFactory());
        commandLine.getCommandSpec().versionProvider(() -> new String[] { productInfo.versionLine() });
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExitCodeExceptionMapper(VitruvianCli::exitCodeOf);
        // Always the usage after a usage error, with picocli's "did you mean" when it has one.
        commandLine.setParameterExceptionHandler((exception, arguments) -> {
            CommandLine failed = exception.getCommandLine();
            PrintWriter errors = failed.getErr();
            errors.println(exception.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(exception, errors);
            failed.usage(errors, failed.getColorScheme());
            return ExitCode.USAGE.status();
        });
        commandLine.setExecutionExceptionHandler((exception, failed, parseResult) -> {
            failed.getErr().println(failed.getCommandSpec().qualifiedName() + ": " + describe(exception));
            if (Boolean.getBoolean("vitruvian.debug") || System.getenv("VITRUVIAN_DEBUG") != null) {
                exception.printStackTrace(failed.getErr());
            }
            return exitCodeOf(exception);
        });
        for (var problem : plugins.problems().diagnostics()) {
            err.println(problem.format());
        }
        try {
            VitruvianPreferences.load();
        } catch (VitruvianException e) {
            err.println("vitruvian: warning: " + e.getMessage() + "; until then the preferences are not used");
        }
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

    /**
     * Creates commands through a constructor whose parameters are all services this component
     * holds, so a command states what it needs and nothing else wires it; commands without such
     * a constructor are left to picocli's own factory.
     */
    private final class CommandFactory implements IFactory {

        private final IFactory fallback = CommandLine.defaultFactory();

        @Override
        public <K> K create(Class<K> type) throws Exception {
            for (Constructor<?> constructor : type.getConstructors()) {
                Class<?>[] parameters = constructor.getParameterTypes();
                if (parameters.length > 0 && Arrays.stream(parameters).allMatch(services::containsKey)) {
                    Object[] arguments = Arrays.stream(parameters).map(services::get).toArray();
                    return type.cast(constructor.newInstance(arguments));
                }
            }
            return fallback.create(type);
        }
    }
}
