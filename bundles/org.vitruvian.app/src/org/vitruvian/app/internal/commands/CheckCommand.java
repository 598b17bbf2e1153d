package org.vitruvian.app.internal.commands;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.vitruvian.core.ExitCode;
import org.vitruvian.core.diagnostics.Diagnostic;
import org.vitruvian.core.diagnostics.DiagnosticReport;
import org.vitruvian.core.diagnostics.Severity;
import org.vitruvian.core.json.Json;
import org.vitruvian.model.site.Site;
import org.vitruvian.planning.PlanRequest;
import org.vitruvian.planning.ResolvedPolicy;
import org.vitruvian.planning.StepPlan;
import org.vitruvian.planning.WorkflowPlan;
import org.vitruvian.planning.WorkflowPlanner;

import org.vitruvian.preferences.VitruvianPreferences;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Prints what the {@link WorkflowPlanner} decides for a workflow placed on one site. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = { "Check, before anything is submitted, whether each step of a workflow may run where it is placed:",
                "whether its data may go there (trust) and whether its container will work there (compatibility).",
                "Steps pinned to a site are checked there; the others on --site." })
public final class CheckCommand implements Callable<Integer> {

    private final WorkflowPlanner planner;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "WORKFLOW", description = "The workflow file.")
    Path workflowFile;

    @Option(names = "--site", paramLabel = "ID", description = "Site for the steps not pinned to one ('vitruvian sites list'); default: the default site preference.")
    String siteId;

    @Option(names = "--policy", paramLabel = "FILE", description = "Trust policy to use instead of the default (the default policy preference, else CompBioMed D6.5 Table 2).")
    Path policyFile;

    @Option(names = "--site-file", paramLabel = "FILE", description = "A site file to place steps on besides the catalog's sites (repeatable).")
    List<Path> siteFiles = new ArrayList<>();

    @Option(names = { "-v", "--verbose" }, description = "Also print why each check passed.")
    boolean verbose;

    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    public CheckCommand(WorkflowPlanner planner) {
        this.planner = planner;
    }

    @Override
    public Integer call() {
        VitruvianPreferences preferences = CliPreferences.current();
        siteId = preferences.siteOr(siteId);
        if (siteId == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Missing required option: '--site=ID' (or choose a "
                    + "default site in the IDE: Window > Preferences > Vitruvian)");
        }
        policyFile = preferences.policyOr(policyFile);
        WorkflowPlan plan = planner.plan(PlanRequest.check(workflowFile, siteId, policyFile, siteFiles));
        PrintWriter out = spec.commandLine().getOut();
        DiagnosticReport report = plan.report();
        if (json) {
            Map<String, Object> value = new LinkedHashMap<>();
            value.put("workflow", workflowFile.toString());
            value.put("site", siteId);
            value.put("policy", policyJson(plan.policy()));
            value.put("steps", plan.steps().stream().map(CheckCommand::stepJson).toList());
            value.putAll(report.toJsonValue());
            out.print(Json.stringify(value));
        } else {
            for (Diagnostic diagnostic : report.diagnostics()) {
                if (verbose || diagnostic.severity() != Severity.INFO || diagnostic.code().equals("check.suggestion")) {
                    out.println(diagnostic.format());
                }
            }
            long denied = report.diagnostics().stream().filter(d -> d.code().equals("trust.deny")).count();
            out.printf("%d step(s) checked on %s: %d denied by trust, %d error(s), %d warning(s)%n", plan.steps().size(), siteId,
                    denied, report.count(Severity.ERROR), report.count(Severity.WARNING));
        }
        return report.hasErrors() ? ExitCode.FAILED.status() : ExitCode.OK.status();
    }

    static Map<String, Object> policyJson(ResolvedPolicy policy) {
        if (policy == null) {
            return null;
        }
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("name", policy.name());
        value.put("location", policy.location());
        value.put("sha256", policy.sha256());
        return value;
    }

    private static Map<String, Object> stepJson(StepPlan step) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("step", step.step().getName());
        entry.put("site", step.siteId());
        entry.put("placement", step.placement().name());
        entry.put("trust", step.trust() == null ? null : step.trust().toJsonValue());
        entry.put("compatibility", step.compatibility().stream().map(CheckCommand::json).toList());
        entry.put("suggestions", step.suggestions().stream().map(Site::getId).toList());
        return entry;
    }

    static Map<String, Object> json(Diagnostic diagnostic) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("severity", diagnostic.severity().label());
        value.put("code", diagnostic.code());
        value.put("message", diagnostic.message());
        return value;
    }
}
