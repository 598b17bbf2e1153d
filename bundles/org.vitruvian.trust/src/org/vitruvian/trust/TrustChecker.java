package org.vitruvian.trust;

import java.util.List;
import java.util.function.Function;

import org.vitruvian.model.site.Site;
import org.vitruvian.model.trust.DataClass;
import org.vitruvian.model.trust.TrustPolicy;
import org.vitruvian.model.workflow.Step;
import org.vitruvian.model.workflow.Workflow;

/**
 * Decides where data may be processed: for a data class on a site, and for every step of a
 * workflow placed on sites, following the data along the workflow's links. The same service
 * answers in the IDE and headless. A DS component.
 */
public interface TrustChecker {

    /** The default policy, CompBioMed D6.5 Table 2 (docs/trust.md). */
    TrustPolicy defaultPolicy();

    /** Where the default policy is read from, for records. */
    String defaultPolicyLocation();

    TrustDecision decide(DataClass dataClass, Site site, TrustPolicy policy);

    /**
     * Decides every step of {@code workflow}. {@code placement} gives the site of each step (null
     * leaves the step out). Follows the data once ({@link #reach}), then decides each placed step.
     */
    List<StepTrust> check(Workflow workflow, Function<Step, Site> placement, TrustPolicy policy);

    /**
     * Follows the classes of data along the workflow's links, from its inputs through every step
     * (de-identification steps lower identifiability): once, in time linear in the number of
     * steps and links. Decide any number of placements with the result.
     */
    DataReach reach(Workflow workflow);

    /**
     * The verdict for one step of {@code reach}'s workflow on one site: every class of data that
     * reaches it decided on the site, and the deciding decision. Costs no more than deciding the
     * few classes of data that reach the step.
     */
    StepTrust decide(Step step, Site site, DataReach reach, TrustPolicy policy);
}
