package org.vitruvian.ui.diagram;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.vitruvian.model.service.ServiceDefinition;
import org.vitruvian.model.site.Site;
import org.vitruvian.model.trust.TrustPolicy;
import org.vitruvian.model.workflow.Workflow;
import org.vitruvian.trust.TrustChecker;

/**
 * What the diagram shows: a workflow as loaded by ModelService (its imports resolved), the
 * services the palette offers, the sites its steps may name, and the trust checker that follows
 * data classes along the links (null: ports are drawn without data classes and site badges
 * without verdicts).
 *
 * @param workflow the workflow; its steps' services are looked up among {@code services}
 * @param services the palette: usually {@code workflow.getImports()}
 * @param sites    sites by id, for the badges' trust verdicts; a step's site missing here is drawn as unknown
 * @param trust    the trust checker service, or null
 * @param policy   the policy to decide with, or null for the checker's default
 * @param checks   by step name, what the planner decided for the steps on a target site; when a
 *                 step has one, its badge, verdict and hover show it instead of the step's own
 *                 pin. Empty when no target site is chosen
 */
public record DiagramInput(Workflow workflow, List<ServiceDefinition> services, Map<String, Site> sites,
        TrustChecker trust, TrustPolicy policy, Map<String, StepCheck> checks) {

    public DiagramInput {
        Objects.requireNonNull(workflow, "workflow");
        services = List.copyOf(services);
        sites = Map.copyOf(sites);
        checks = Map.copyOf(checks);
    }

    /** Without a target site: badges show the steps' own pins. */
    public DiagramInput(Workflow workflow, List<ServiceDefinition> services, Map<String, Site> sites, TrustChecker trust,
            TrustPolicy policy) {
        this(workflow, services, sites, trust, policy, Map.of());
    }

    /** The workflow with its own imports as the palette, no sites and no trust checks. */
    public static DiagramInput of(Workflow workflow) {
        return new DiagramInput(workflow, workflow.getImports(), Map.of(), null, null);
    }
}
