package org.vitruvian.app.internal.commands;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.vitruvian.core.ExitCode;
import org.vitruvian.core.diagnostics.Diagnostic;
import org.vitruvian.core.diagnostics.Severity;
import org.vitruvian.core.json.Json;
import org.vitruvian.planning.CostEstimate;
import org.vitruvian.planning.PlanRequest;
import org.vitruvian.planning.StepPlan;
import org.vitruvian.planning.WorkflowPlan;
import org.vitruvian.planning.WorkflowPlanner;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Prints where the {@link WorkflowPlanner} places each step of a workflow, and what it costs. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = { "Place every step of a workflow on a site: where it is pinned, else on --site, else on the",
                "cheapest site where trust allows its data and its container works. Counts the runs of sweeps",
                "and estimates the cost. A plan with any error is refused (exit 1)." })
public final class PlanCommand implements Callable<Integer> {

    private final WorkflowPlanner planner;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "WORKFLOW", description = "The workflow file.")
    Path workflowFile;

    @Option(names = "--site", paramLabel = "ID", description = "Site for the steps not pinned to one; without it each step gets the cheapest that fits.")
    String siteId;

    @Option(names = "--policy", paramLabel = "FILE", description = "Trust policy to use instead of the default (the default policy preference, else CompBioMed D6.5 Table 2).")
    Path policyFile;

    @Option(names = "--site-file", paramLabel = "FILE", description = "A site file to place steps on besides the catalog's sites (repeatable).")
    List<Path> siteFiles = new ArrayList<>();

    @Option(names = "--json", description = "Print the plan as JSON.")
    boolean json;

    public PlanCommand(WorkflowPlanner planner) {
        this.planner = planner;
    }

    @Override
    public Integer call() {
        // The default site preference is not applied: without --site, plan chooses the cheapest site per step.
        WorkflowPlan plan = planner.plan(PlanRequest.plan(workflowFile, siteId, CliPreferences.current().policyOr(policyFile), siteFiles));
        var out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> value = new LinkedHashMap<>();
            value.put("workflow", workflowFile.toString());
            value.put("policy", CheckCommand.policyJson(plan.policy()));
            value.put("steps", plan.steps().stream().map(PlanCommand::stepJson).toList());
            value.putAll(plan.report().toJsonValue());
            out.print(Json.stringify(value));
        } else {
            for (Diagnostic diagnostic : plan.report().diagnostics()) {
                if (diagnostic.severity() != Severity.INFO) {
                    out.println(diagnostic.format());
                }
            }
            if (!plan.steps().isEmpty()) {
                TextTable table = new TextTable("STEP", "SITE", "RUNS", "EST. CORE-HOURS", "EST. COST", "WHY");
                for (StepPlan step : plan.steps()) {
                    CostEstimate cost = step.cost();
                    table.add(step.step().getName(), step.isPlaced() ? step.siteId() : "-", cost == null ? "-" : String.valueOf(cost.runs()),
                            cost == null ? "-" : String.valueOf(cost.coreHours()),
                            cost == null || cost.cost() == null ? "-" : String.format("%.2f EUR", cost.cost()), step.why());
                }
                table.print(out);
            }
            out.println(plan.refused() ? "Plan refused: fix the errors above." : "Plan ready: 'vitruvian run " + workflowFile
                    + (siteId == null ? "" : " --site " + siteId) + "' runs it.");
        }
        return plan.refused() ? ExitCode.FAILED.status() : ExitCode.OK.status();
    }

    private static Map<String, Object> stepJson(StepPlan step) {
        Map<String, Object> placement = new LinkedHashMap<>();
        placement.put("step", step.step().getName());
        placement.put("site", step.siteId());
        placement.put("placement", step.placement().name());
        placement.put("why", step.why());
        CostEstimate cost = step.cost();
        if (cost != null) {
            placement.put("runs", cost.runs());
            placement.put("coreHours", cost.coreHours());
            placement.put("cost", cost.cost());
        }
        placement.put("verdict", step.trust() == null ? null : step.trust().verdict().name());
        placement.put("compatible", step.isPlaced() ? step.compatibility().stream().noneMatch(Diagnostic::isError) : null);
        return placement;
    }
}
