package org.vitruvian.app.internal.commands;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.eclipse.emf.ecore.EObject;
import org.vitruvian.core.ExitCode;
import org.vitruvian.core.diagnostics.DiagnosticReport;
import org.vitruvian.core.diagnostics.Severity;
import org.vitruvian.core.json.Json;
import org.vitruvian.model.yaml.ModelService;
import org.vitruvian.sites.CatalogSite;
import org.vitruvian.sites.SiteCatalog;
import org.vitruvian.tosca.ToscaService;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = { "Check Vitruvian model files and TOSCA service templates or CSARs (recognised by",
                "tosca_definitions_version) and report every problem with its file, line and column.",
                "Files are checked together, and against the site catalog: a step may be pinned to a site given next to",
                "the workflow or to one 'vitruvian sites list' shows." })
public final class ValidateCommand implements Callable<Integer> {

    private final ModelService models;
    private final SiteCatalog catalog;
    private final ToscaService tosca;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE",
            description = "Model files (YAML with apiVersion: vitruvian/v1), TOSCA YAML files or CSAR archives.")
    List<Path> files;

    @Option(names = "--json", description = "Print the diagnostics as JSON instead of text.")
    boolean json;

    public ValidateCommand(ModelService models, SiteCatalog catalog, ToscaService tosca) {
        this.models = models;
        this.catalog = catalog;
        this.tosca = tosca;
    }

    @Override
    public Integer call() {
        // Every site, profiles included: steps are pinned to sites, and sites refine profiles.
        List<EObject> allSites = catalog.snapshot().sites().stream().map(CatalogSite::site).map(EObject.class::cast).toList();
        // TOSCA files are checked on their own (with their imports); the rest together, as models refer to each other.
        List<Path> toscaFiles = files.stream().filter(tosca::isTosca).toList();
        List<Path> modelFiles = files.stream().filter(f -> !toscaFiles.contains(f)).toList();
        DiagnosticReport report = modelFiles.isEmpty() ? new DiagnosticReport()
                : models.loadWithAllSites(modelFiles, allSites).report();
        for (Path file : toscaFiles) {
            report.addAll(tosca.load(file, file.toString()).diagnostics());
        }
        var out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> value = new LinkedHashMap<>();
            value.put("files", files.stream().map(Path::toString).toList());
            value.putAll(report.toJsonValue());
            out.print(Json.stringify(value));
        } else {
            out.print(report.toText());
            out.printf("%d file(s) checked: %d error(s), %d warning(s)%n", files.size(), report.count(Severity.ERROR),
                    report.count(Severity.WARNING));
        }
        return report.hasErrors() ? ExitCode.FAILED.status() : ExitCode.OK.status();
    }
}
