package org.vitruvian.planning;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.vitruvian.core.diagnostics.Diagnostic;
import org.vitruvian.core.diagnostics.DiagnosticReport;
import org.vitruvian.model.site.Site;
import org.vitruvian.model.workflow.Step;
import org.vitruvian.model.workflow.Workflow;
import org.vitruvian.model.yaml.ModelService.ModelSet;
import org.vitruvian.trust.StepTrust;

/**
 * A workflow planned: what was loaded, the policy, every step's place with its verdicts and
 * cost, and every diagnostic, in the order check prints them (loading and validation, then
 * placement, then per step its compatibility findings, its trust decision and suggestions).
 *
 * @param request  what was asked
 * @param models   the files loaded, in one resource set (for provenance: every file that was read)
 * @param workflow the workflow, or null when the files did not load without errors or the first is no workflow
 * @param policy   the policy decided with, or null when the files did not load
 * @param steps    one entry per step, in the workflow's order; empty when {@code workflow} is null
 * @param report   every diagnostic, infos (why a check passed) included
 */
public record WorkflowPlan(PlanRequest request, ModelSet models, Workflow workflow, ResolvedPolicy policy, List<StepPlan> steps,
        DiagnosticReport report) {

    public WorkflowPlan {
        steps = List.copyOf(steps);
    }

    /** Whether anything is an error: a file, a placement, a trust denial or an incompatibility. Nothing may run then. */
    public boolean refused() {
        return report.hasErrors();
    }

    public Path workflowFile() {
        return request.workflow();
    }

    /** Where each placed step runs, in the workflow's order; what the run engine submits to. */
    public Map<Step, Site> placement() {
        Map<Step, Site> placement = new LinkedHashMap<>();
        for (StepPlan step : steps) {
            if (step.isPlaced()) {
                placement.put(step.step(), step.site());
            }
        }
        return placement;
    }

    /** The trust decision of each placed step, in the workflow's order. */
    public List<StepTrust> trust() {
        return steps.stream().filter(StepPlan::isPlaced).map(StepPlan::trust).toList();
    }

    /** A compatibility finding and the step it is about. */
    public record Finding(Step step, Diagnostic diagnostic) {
    }

    /** Every compatibility finding of every placed step, in the workflow's order. */
    public List<Finding> compatibility() {
        List<Finding> findings = new ArrayList<>();
        for (StepPlan step : steps) {
            step.compatibility().forEach(d -> findings.add(new Finding(step.step(), d)));
        }
        return findings;
    }
}
