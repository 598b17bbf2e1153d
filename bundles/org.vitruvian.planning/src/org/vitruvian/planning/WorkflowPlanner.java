package org.vitruvian.planning;

/**
 * One headless answer to "where may each step of this workflow run, and what will it cost":
 * what {@code vitruvian check} and {@code plan} print, what {@code run} records before it submits
 * anything, and what the IDE shows as the user types. It loads and validates the workflow (with
 * an optional trust policy and site files) through the {@code ModelService}, resolves the policy,
 * places every step, decides trust and compatibility for each and estimates its cost.
 *
 * <p>Problems in the files are returned as diagnostics with file, line and column, never
 * thrown. The time taken grows linearly with the number of steps and links: the data is
 * followed along the links once per plan, and what decides whether a site fits a step (the
 * classes of data reaching it, its recipe and resources) is judged once per site for each
 * distinct combination. A DS component: reach it with {@code @Reference}.
 */
public interface WorkflowPlanner {

    /**
     * Plans the workflow as {@code request} says.
     *
     * @throws org.vitruvian.core.VitruvianException with {@code FAILED} when the requested site
     *         ({@link PlanRequest#siteId()}) is neither in the catalog nor among the given site
     *         files: a mistake in the request, not in a file, named with the sites that exist
     */
    WorkflowPlan plan(PlanRequest request);
}
