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

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = { "Check Vitruvian model files and report every problem with its file, line and column.",
                "Files are checked together, and against the site catalog: a step may be pinned to a site given next to",
                "the workflow or to one 'vitruvian sites list' shows." })
public final class ValidateCommand implements Callable<Integer> {

    private final ModelService models;
    private final SiteCatalog catalog;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Model files (YAML with apiVersion: vitruvian/v1).")
    List<Path> files;

    @Option(names = "--json", description = "Print the diagnostics as JSON instead of text.")
    boolean json;

    public ValidateCommand(ModelService models, SiteCatalog catalog) {
        this.models = models;
        this.catalog = catalog;
    }

    @Override
    public Integer call() {
        // Every site, profiles included: steps are pinned to sites, and sites refine profiles.
        List<EObject> allSites = catalog.snapshot().sites().stream().map(CatalogSite::site).map(EObject.class::cast).toList();
        DiagnosticReport report = models.loadWithAllSites(files, allSites).report();
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
