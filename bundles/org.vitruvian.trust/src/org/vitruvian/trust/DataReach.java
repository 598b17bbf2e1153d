package org.vitruvian.trust;

import java.util.List;
import java.util.Map;

import org.vitruvian.model.workflow.Step;
import org.vitruvian.model.workflow.Workflow;

/**
 * What reaches each step of a workflow: every class of data, with the links it came along.
 * {@link TrustChecker#reach(Workflow)} follows the data once for the whole workflow; a planner
 * then asks {@link TrustChecker#decide(Step, org.vitruvian.model.site.Site, DataReach, org.vitruvian.model.trust.TrustPolicy)}
 * about as many step and site pairs as it likes without following the links again.
 *
 * @param workflow the workflow followed; a decision for a step of another workflow is refused
 * @param byStep   the data reaching each step (absent or empty when no workflow input reaches it)
 */
public record DataReach(Workflow workflow, Map<Step, List<CarriedData>> byStep) {

    public DataReach {
        byStep = Map.copyOf(byStep);
    }

    /** The classes of data reaching the step, each with the first path found. */
    public List<CarriedData> at(Step step) {
        return byStep.getOrDefault(step, List.of());
    }
}
