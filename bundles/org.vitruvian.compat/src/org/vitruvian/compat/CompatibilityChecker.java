package org.vitruvian.compat;

import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.vitruvian.model.recipe.ContainerRecipe;
import org.vitruvian.model.service.ResourceRequest;
import org.vitruvian.model.site.Site;

/**
 * Says, before anything is submitted, whether the image a container recipe builds will work on a
 * site (and partition), and why. The answer is a list of EMF diagnostics made with
 * {@link org.vitruvian.model.common.validation.ModelProblem}: each carries a stable code from
 * {@link CompatibilityCodes}, points at {@code reportOn}, and its message explains the finding and
 * names the fix. An error means the run will not work; a warning means it may not; an info says
 * why a check passed.
 *
 * <p>The checker reads the models only; it never contacts the site. It is a DS component:
 * reach it with {@code @Reference} or {@code Services.await(..., CompatibilityChecker.class)}.
 */
public interface CompatibilityChecker {

    /**
     * Checks the recipe's image against the site.
     *
     * @param recipe        the recipe of the image to run
     * @param site          where it is to run
     * @param partitionName the partition to run in, or null to let the checker find the partitions
     *                      that fit {@code resources}
     * @param resources     what the run asks for, or null to check the image alone
     * @param reportOn      the object the diagnostics point at (a workflow step, say), or null for
     *                      the recipe; where it has a feature that names the cause ({@code recipe},
     *                      {@code resources}, {@code site}, or the recipe's own {@code mpi},
     *                      {@code gpu}, {@code architecture}, {@code base}) the diagnostic names it
     * @return the findings, in the order the checks ran (runtime, architecture, MPI, fabrics, GPU,
     *         resources); the run will work where none is an error
     */
    List<Diagnostic> check(ContainerRecipe recipe, Site site, String partitionName, ResourceRequest resources,
            EObject reportOn);

    /**
     * The partitions of the site a run may be submitted to, in the site's order: those the
     * request fits; all of the site's when there is no request or none fits (which
     * {@link #check} reports as an error). A target hands them to the scheduler, so that the
     * job lands where the check looked, and a partition the site's model names but the
     * cluster lacks is refused at submission instead of the job running elsewhere.
     *
     * @param recipe    the step's recipe, or null for a plain process (which cannot spread over nodes)
     * @param site      the site
     * @param resources what the step asks for, or null
     * @return the partitions' names; empty when the site states none
     */
    List<String> partitions(ContainerRecipe recipe, Site site, ResourceRequest resources);

    /** Checks the image alone against the whole site, reporting on the recipe. */
    default List<Diagnostic> check(ContainerRecipe recipe, Site site) {
        return check(recipe, site, null, null, null);
    }
}
