package org.vitruvian.app.internal.commands;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.eclipse.emf.ecore.EObject;
import org.vitruvian.compat.CompatibilityChecker;
import org.vitruvian.core.Digests;
import org.vitruvian.core.ExitCode;
import org.vitruvian.core.VitruvianException;
import org.vitruvian.core.diagnostics.Diagnostic;
import org.vitruvian.core.diagnostics.DiagnosticReport;
import org.vitruvian.core.diagnostics.Severity;
import org.vitruvian.core.json.Json;
import org.vitruvian.model.common.validation.ModelProblem;
import org.vitruvian.model.site.Site;
import org.vitruvian.model.trust.TrustPolicy;
import org.vitruvian.model.workflow.Step;
import org.vitruvian.model.workflow.Workflow;
import org.vitruvian.model.yaml.ModelDiagnostics;
import org.vitruvian.model.yaml.ModelService;
import org.vitruvian.model.yaml.ModelService.ModelSet;
import org.vitruvian.sites.CatalogSite;
import org.vitruvian.sites.SiteCatalog;
import org.vitruvian.trust.StepTrust;
import org.vitruvian.trust.TrustChecker;
import org.vitruvian.trust.Verdict;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = { "Check, before anything is submitted, whether each step of a workflow may run where it is placed:",
                "whether its data may go there (trust) and whether its container will work there (compatibility).",
                "Steps pinned to a site are checked there; the others on --site." })
public final class CheckCommand implements Callable<Integer> {

    private final ModelService models;
    private final SiteCatalog catalog;
    private final TrustChecker trust;
    private final SiteChooser chooser;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "WORKFLOW", description = "The workflow file.")
    Path workflowFile;

    @Option(names = "--site", paramLabel = "ID", required = true, description = "Site for the steps not pinned to one ('vitruvian sites list').")
    String siteId;

    @Option(names = "--policy", paramLabel = "FILE", description = "Trust policy to use instead of the default (CompBioMed D6.5 Table 2).")
    Path policyFile;

    @Option(names = { "-v", "--verbose" }, description = "Also print why each check passed.")
    boolean verbose;

    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    public CheckCommand(ModelService models, SiteCatalog catalog, CompatibilityChecker compatibility, TrustChecker trust) {
        this.models = models;
        this.catalog = catalog;
        this.trust = trust;
        this.chooser = new SiteChooser(compatibility, trust);
    }

    @Override
    public Integer call() {
        SiteCatalog.Snapshot sites = catalog.snapshot();
        List<EObject> siteModels = sites.runnable().stream().map(s -> (EObject) s.site()).toList();
        List<Path> files = policyFile == null ? List.of(workflowFile) : List.of(workflowFile, policyFile);
        ModelSet loaded = models.load(files, siteModels);
        PrintWriter out = spec.commandLine().getOut();
        if (loaded.hasErrors()) {
            return report(loaded.report(), List.of(), null, out);
        }
        if (!(loaded.models().get(0).root() instanceof Workflow workflow)) {
            throw new VitruvianException(ExitCode.FAILED, workflowFile + " is not a Workflow.");
        }
        TrustPolicy policy = trust.defaultPolicy();
        String policyLocation = trust.defaultPolicyLocation();
        if (policyFile != null) {
            if (!(loaded.models().get(1).root() instanceof TrustPolicy custom)) {
                throw new VitruvianException(ExitCode.FAILED, policyFile + " is not a TrustPolicy.");
            }
            policy = custom;
            policyLocation = policyFile.toString();
        }
        Site defaultSite = sites.find(siteId).map(CatalogSite::site).orElseThrow(() -> new VitruvianException(ExitCode.FAILED,
                "No site '" + siteId + "'; known: " + String.join(", ", sites.runnable().stream().map(CatalogSite::id).toList()) + "."));

        DiagnosticReport report = new DiagnosticReport().addAll(loaded.report().diagnostics());
        for (Step step : workflow.getSteps()) {
            if (step.getSite() != null && sites.find(step.getSite()).isEmpty()) {
                report.add(ModelDiagnostics.toDiagnostic(ModelProblem.error("check.unknown-site", "Step '" + step.getName()
                        + "' is pinned to site '" + step.getSite() + "', which is not in the catalog; add it to $VITRUVIAN_HOME/sites "
                        + "or remove the pin. It is checked on " + siteId + " instead.", step, null)));
            }
        }
        List<Map<String, Object>> steps = new ArrayList<>();
        for (StepTrust decided : trust.check(workflow, step -> placement(step, defaultSite, sites), policy)) {
            Step step = decided.step();
            Site site = placement(step, defaultSite, sites);
            List<Diagnostic> compat = chooser.compatibilityOf(step, site);
            report.addAll(compat);
            Diagnostic trustFinding = trustDiagnostic(decided);
            report.add(trustFinding);
            List<String> suggestions = List.of();
            if (decided.verdict() == Verdict.DENY || compat.stream().anyMatch(Diagnostic::isError)) {
                suggestions = chooser.fitting(workflow, step, sites, policy).stream().map(Site::getId).toList();
                if (!suggestions.isEmpty()) {
                    report.add(new Diagnostic(trustFinding.file(), trustFinding.line(), trustFinding.column(), Severity.INFO,
                            "check.suggestion", "Step '" + step.getName() + "' would be allowed and compatible on: "
                                    + String.join(", ", suggestions) + "."));
                }
            }
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("step", step.getName());
            entry.put("site", site.getId());
            entry.put("trust", decided.toJsonValue());
            entry.put("compatibility", compat.stream().map(CheckCommand::json).toList());
            entry.put("suggestions", suggestions);
            steps.add(entry);
        }
        Map<String, Object> policyInfo = new LinkedHashMap<>();
        policyInfo.put("name", policy.getName());
        policyInfo.put("location", policyLocation);
        policyInfo.put("sha256", policyFile == null ? null : sha256(policyFile));
        return report(report, steps, policyInfo, out);
    }

    private Site placement(Step step, Site defaultSite, SiteCatalog.Snapshot sites) {
        if (step.getSite() != null) {
            return sites.find(step.getSite()).map(CatalogSite::site).orElse(defaultSite);
        }
        return defaultSite;
    }

    private Diagnostic trustDiagnostic(StepTrust decided) {
        String rule = decided.deciding().rule() == null ? "" : " (rule " + decided.deciding().rule().getName() + ")";
        String path = decided.decidingPath().isEmpty() ? "" : "; data path: " + String.join(", ", decided.decidingPath());
        String message = "Step '" + decided.step().getName() + "' on " + decided.siteId() + ": " + decided.deciding().reason() + rule + path;
        return ModelDiagnostics.toDiagnostic(decided.verdict() == Verdict.DENY
                ? ModelProblem.error("trust.deny", message, decided.step(), null)
                : ModelProblem.info("trust.allow", message, decided.step(), null));
    }

    private int report(DiagnosticReport report, List<Map<String, Object>> steps, Map<String, Object> policy, PrintWriter out) {
        if (json) {
            Map<String, Object> value = new LinkedHashMap<>();
            value.put("workflow", workflowFile.toString());
            value.put("site", siteId);
            value.put("policy", policy);
            value.put("steps", steps);
            value.putAll(report.toJsonValue());
            out.print(Json.stringify(value));
        } else {
            for (Diagnostic diagnostic : report.diagnostics()) {
                if (verbose || diagnostic.severity() != Severity.INFO || diagnostic.code().equals("check.suggestion")) {
                    out.println(diagnostic.format());
                }
            }
            long denied = report.diagnostics().stream().filter(d -> d.code().equals("trust.deny")).count();
            out.printf("%d step(s) checked on %s: %d denied by trust, %d error(s), %d warning(s)%n", steps.size(), siteId, denied,
                    report.count(Severity.ERROR), report.count(Severity.WARNING));
        }
        return report.hasErrors() ? ExitCode.FAILED.status() : ExitCode.OK.status();
    }

    private static Map<String, Object> json(Diagnostic diagnostic) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("severity", diagnostic.severity().label());
        value.put("code", diagnostic.code());
        value.put("message", diagnostic.message());
        return value;
    }

    static String sha256(Path file) {
        try {
            return Digests.sha256(file);
        } catch (IOException e) {
            throw new VitruvianException(ExitCode.ENVIRONMENT, "Cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
