package org.vitruvian.planning;

import java.util.List;

import org.vitruvian.core.diagnostics.Diagnostic;
import org.vitruvian.model.site.Site;
import org.vitruvian.model.workflow.Step;
import org.vitruvian.trust.StepTrust;
import org.vitruvian.trust.Verdict;

/**
 * One step's place in a plan, and why.
 *
 * @param step          the step
 * @param site          where it runs, or null when it is {@link Placement#UNPLACED}
 * @param placement     why it is there
 * @param why           the same for a user: "pinned", "--site", "cheapest of 3 that fit", "no site fits", ...
 * @param trust         the trust verdict on {@code site} with the data that reaches the step, or null when unplaced
 * @param compatibility the compatibility findings of its recipe on {@code site} (errors, warnings
 *                      and why checks passed), positioned at the step; empty when unplaced
 * @param suggestions   for a step that is denied, incompatible or unplaced: the sites where it
 *                      would be allowed and compatible, cheapest first; otherwise empty
 * @param cost          its estimated core-hours and cost, or null when unplaced
 * @param partitions    the site's partitions the step may be submitted to (those its request fits);
 *                      empty when unplaced or when the site states none
 */
public record StepPlan(Step step, Site site, Placement placement, String why, StepTrust trust, List<Diagnostic> compatibility,
        List<Site> suggestions, CostEstimate cost, List<String> partitions) {

    public StepPlan {
        compatibility = List.copyOf(compatibility);
        suggestions = List.copyOf(suggestions);
        partitions = partitions == null ? List.of() : List.copyOf(partitions);
    }

    public boolean isPlaced() {
        return site != null;
    }

    /** Placed, allowed by trust, and no compatibility finding is an error. */
    public boolean fits() {
        return isPlaced() && trust.verdict() == Verdict.ALLOW && compatibility.stream().noneMatch(Diagnostic::isError);
    }

    public String siteId() {
        return site == null ? null : site.getId();
    }
}
