package org.vitruvian.planning;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What to plan.
 *
 * @param workflow  the workflow file
 * @param policy    a trust policy file to decide with instead of the default (CompBioMed D6.5
 *                  Table 2), or null
 * @param siteFiles site files to place steps on besides the catalog's sites; a site given here
 *                  wins over a catalog site with the same id. They are used as written: a
 *                  {@code refines:} profile is applied only to sites in the catalog
 * @param siteId    the site for every step that is not pinned with {@code site:}, or null
 * @param unpinned  what becomes of a step that is neither pinned nor given {@code siteId}
 */
public record PlanRequest(Path workflow, Path policy, List<Path> siteFiles, String siteId, Unpinned unpinned) {

    /** Where a step goes that names no site, when the request names none either. */
    public enum Unpinned {
        /** On the cheapest site (per core-hour) where trust allows its data and its container works: {@code plan}. */
        CHEAPEST_FITTING,
        /** Nowhere: an error ({@code plan.no-site}) asks for a site. What {@code run} does today. */
        REFUSE
    }

    public PlanRequest {
        Objects.requireNonNull(workflow, "workflow");
        siteFiles = siteFiles == null ? List.of() : List.copyOf(siteFiles);
        unpinned = unpinned == null ? Unpinned.CHEAPEST_FITTING : unpinned;
    }

    /** {@code vitruvian check WORKFLOW --site ID [--policy FILE]}: every unpinned step on {@code siteId}. */
    public static PlanRequest check(Path workflow, String siteId, Path policy, List<Path> siteFiles) {
        return new PlanRequest(workflow, policy, siteFiles, Objects.requireNonNull(siteId, "siteId"), Unpinned.REFUSE);
    }

    /** {@code vitruvian plan WORKFLOW [--site ID]}: unpinned steps on {@code siteId}, else on the cheapest site that fits. */
    public static PlanRequest plan(Path workflow, String siteId, Path policy, List<Path> siteFiles) {
        return new PlanRequest(workflow, policy, siteFiles, siteId, Unpinned.CHEAPEST_FITTING);
    }

    /**
     * What {@code run} checks before it records a run: pinned steps where they are pinned, the
     * others on {@code siteId}; a step without either is an error, as it is today.
     */
    public static PlanRequest run(Path workflow, String siteId, Path policy) {
        return new PlanRequest(workflow, policy, List.of(), siteId, Unpinned.REFUSE);
    }
}
