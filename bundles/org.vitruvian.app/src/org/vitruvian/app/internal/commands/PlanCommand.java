package org.vitruvian.app.internal.commands;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.eclipse.emf.ecore.EObject;
import org.vitruvian.compat.CompatibilityChecker;
import org.vitruvian.core.ExitCode;
import org.vitruvian.core.VitruvianException;
import org.vitruvian.core.diagnostics.Diagnostic;
import org.vitruvian.core.diagnostics.DiagnosticReport;
import org.vitruvian.core.diagnostics.Severity;
import org.vitruvian.core.json.Json;
import org.vitruvian.model.common.validation.ModelProblem;
import org.vitruvian.model.service.ResourceRequest;
import org.vitruvian.model.site.Site;
import org.vitruvian.model.trust.TrustPolicy;
import org.vitruvian.model.workflow.Step;
import org.vitruvian.model.workflow.StepServices;
import org.vitruvian.model.workflow.Sweep;
import org.vitruvian.model.workflow.SweepAxis;
import org.vitruvian.model.workflow.Workflow;
import org.vitruvian.model.yaml.ModelDiagnostics;
import org.vitruvian.model.yaml.ModelService;
import org.vitruvian.model.yaml.ModelService.ModelSet;
import org.vitruvian.sites.CatalogSite;
import org.vitruvian.sites.SiteCatalog;
import org.vitruvian.trust.TrustChecker;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "plan", mixinStandardHelpOptions = true,
        description = { "Place every step of a workflow on a site: where it is pinned, else on --site, else on the",
                "cheapest site where trust allows its data and its container works. Counts the runs of sweeps",
                "and estimates the cost. A plan with any error is refused (exit 1)." })
public final class PlanCommand implements Callable<Integer> {

    private final ModelService models;
    private final SiteCatalog catalog;
    private final TrustChecker trust;
    private final SiteChooser chooser;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "WORKFLOW", description = "The workflow file.")
    Path workflowFile;

    @Option(names = "--site", paramLabel = "ID", description = "Site for the steps not pinned to one; without it each step gets the cheapest that fits.")
    String siteId;

    @Option(names = "--json", description = "Print the plan as JSON.")
    boolean json;

    public PlanCommand(ModelService models, SiteCatalog catalog, CompatibilityChecker compatibility, TrustChecker trust) {
        this.models = models;
        this.catalog = catalog;
        this.trust = trust;
        this.chooser = new SiteChooser(compatibility, trust);
    }

    @Override
    public Integer call() {
        SiteCatalog.Snapshot sites = catalog.snapshot();
        List<EObject> siteModels = sites.runnable().stream().map(s -> (EObject) s.site()).toList();
        ModelSet loaded = models.load(List.of(workflowFile), siteModels);
        DiagnosticReport report = new DiagnosticReport().addAll(loaded.report().diagnostics());
        List<Map<String, Object>> placements = new ArrayList<>();
        if (!loaded.hasErrors()) {
            if (!(loaded.models().get(0).root() instanceof Workflow workflow)) {
                throw new VitruvianException(ExitCode.FAILED, workflowFile + " is not a Workflow.");
            }
            Optional<Site> given = siteId == null ? Optional.empty() : sites.find(siteId).map(CatalogSite::site);
            if (siteId != null && given.isEmpty()) {
                throw new VitruvianException(ExitCode.FAILED, "No site '" + siteId + "'; 'vitruvian sites list' shows the sites.");
            }
            TrustPolicy policy = trust.defaultPolicy();
            for (Step step : workflow.getSteps()) {
                placements.add(place(workflow, step, given, sites, policy, report));
            }
        }
        var out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> value = new LinkedHashMap<>();
            value.put("workflow", workflowFile.toString());
            value.put("steps", placements);
            value.putAll(report.toJsonValue());
            out.print(Json.stringify(value));
        } else {
            for (Diagnostic diagnostic : report.diagnostics()) {
                if (diagnostic.severity() != Severity.INFO) {
                    out.println(diagnostic.format());
                }
            }
            if (!placements.isEmpty()) {
                TextTable table = new TextTable("STEP", "SITE", "RUNS", "EST. CORE-HOURS", "EST. COST", "WHY");
                for (Map<String, Object> p : placements) {
                    table.add(String.valueOf(p.get("step")), dash(p.get("site")), dash(p.get("runs")), dash(p.get("coreHours")), p.get("cost") == null ? "-" : String.format("%.2f EUR", p.get("cost")),
                            String.valueOf(p.get("why")));
                }
                table.print(out);
            }
            out.println(report.hasErrors() ? "Plan refused: fix the errors above." : "Plan ready: 'vitruvian run " + workflowFile
                    + (siteId == null ? "" : " --site " + siteId) + "' runs it.");
        }
        return report.hasErrors() ? ExitCode.FAILED.status() : ExitCode.OK.status();
    }

    private Map<String, Object> place(Workflow workflow, Step step, Optional<Site> given, SiteCatalog.Snapshot sites, TrustPolicy policy,
            DiagnosticReport report) {
        Site site = null;
        String why;
        if (step.getSite() != null) {
            site = sites.find(step.getSite()).map(CatalogSite::site).orElse(null);
            why = site == null ? "pinned to site '" + step.getSite() + "', which is not in the catalog" : "pinned";
        } else if (given.isPresent()) {
            site = given.get();
            why = "--site";
        } else {
            List<Site> fitting = chooser.fitting(workflow, step, sites, policy);
            site = fitting.isEmpty() ? null : fitting.get(0);
            why = fitting.isEmpty() ? "no site fits" : "cheapest of " + fitting.size() + " that fit";
        }
        Map<String, Object> placement = new LinkedHashMap<>();
        placement.put("step", step.getName());
        if (site == null) {
            report.add(ModelDiagnostics.toDiagnostic(ModelProblem.error("plan.no-site", "Step '" + step.getName() + "': " + why
                    + "; 'vitruvian check' shows why each site is refused.", step, null)));
            placement.put("site", null);
            placement.put("why", why);
            return placement;
        }
        final Site placed = site;
        trust.check(workflow, s -> s == step ? placed : null, policy).forEach(decided -> {
            if (decided.verdict() == org.vitruvian.trust.Verdict.DENY) {
                report.add(ModelDiagnostics.toDiagnostic(ModelProblem.error("trust.deny", "Step '" + step.getName() + "' on "
                        + placed.getId() + ": " + decided.deciding().reason(), step, null)));
            }
        });
        chooser.compatibilityOf(step, site).stream().filter(Diagnostic::isError).forEach(report::add);
        long runs = sweepRuns(step.getSweep());
        ResourceRequest resources = StepServices.resourcesOf(step).orElse(null);
        double hours = resources == null || resources.getWalltime() == null ? 1 : resources.getWalltime().toSeconds() / 3600.0;
        int cores = resources == null || resources.getCores() == null ? 1 : resources.getCores();
        double coreHours = runs * cores * hours;
        placement.put("site", site.getId());
        placement.put("why", why);
        placement.put("runs", runs);
        placement.put("coreHours", Math.round(coreHours * 100) / 100.0);
        placement.put("cost", site.getCostPerCoreHour() == null ? null : coreHours * site.getCostPerCoreHour());
        return placement;
    }

    private static String dash(Object value) {
        return value == null ? "-" : value.toString();
    }

    /** The number of runs of a sweep: the product of its axes' sizes (1 without a sweep). */
    static long sweepRuns(Sweep sweep) {
        if (sweep == null) {
            return 1;
        }
        long runs = 1;
        for (SweepAxis axis : sweep.getAxes()) {
            long size = axis.getValues().isEmpty() && axis.getFrom() != null && axis.getTo() != null && axis.getStep() != null
                    && axis.getStep() > 0 ? (long) Math.floor((axis.getTo() - axis.getFrom()) / axis.getStep() + 1e-9) + 1
                            : Math.max(1, axis.getValues().size());
            runs *= size;
        }
        return runs;
    }
}
