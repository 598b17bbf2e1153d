package org.vitruvian.compat.tests;

import static org.vitruvian.compat.tests.Fixtures.assertAbsent;
import static org.vitruvian.compat.tests.Fixtures.assertFinding;
import static org.vitruvian.compat.tests.Fixtures.assertNoProblems;
import static org.vitruvian.compat.tests.Fixtures.check;
import static org.vitruvian.compat.tests.Fixtures.gpuSite;
import static org.vitruvian.compat.tests.Fixtures.openMpi;
import static org.vitruvian.compat.tests.Fixtures.recipe;
import static org.vitruvian.compat.tests.Fixtures.resources;
import static org.vitruvian.compat.tests.Fixtures.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;
import org.vitruvian.compat.CompatibilityChecker;
import org.vitruvian.core.services.ServiceHandle;
import org.vitruvian.core.services.Services;
import org.vitruvian.model.recipe.MpiMode;
import org.vitruvian.model.site.Site;

/**
 * The request against the partitions. gpuSite() has 'cpu' (100 nodes x 128 cores, 256GiB, no GPUs,
 * 24h) and 'gpu' (20 nodes x 64 cores, 512GiB, 4 GPUs, 12h).
 */
class ResourceCheckTest {

    @Test
    void aRequestWithinTheNamedPartitionFits() {
        List<Diagnostic> findings = check(recipe(), gpuSite(), "cpu", resources(1, 128, "256GiB", null, "24h"));
        assertFinding(findings, Diagnostic.INFO, "compat.resources.fits", "partition 'cpu'");
        assertNoProblems(findings, "compat.resources");
    }

    @Test
    void moreCoresPerNodeThanTheNamedPartitionHasIsAnErrorNamingAPartitionWhereItFits() {
        // 96 cores on one node: too many for 'gpu' (64 per node), fine for 'cpu' (128).
        assertFinding(check(recipe(), gpuSite(), "gpu", resources(1, 96, null, null, null)), Diagnostic.ERROR,
                "compat.resources.cores", "has 64 cores per node", "needs 96 per node", "ask for at most 64 cores",
                "pick partition 'cpu', where it fits");
    }

    @Test
    void anMpiProgramWithoutANodeCountIsSpreadOverAsManyNodesAsItsCoresNeed() {
        // 1000 cores over 128-core nodes: 8 nodes, well within 'cpu'.
        assertNoProblems(check(openMpi("4.1.1", MpiMode.HYBRID), gpuSite(), "cpu", resources(null, 1000, null, null, null)),
                "compat.resources");
        // Stated as 2 nodes, the same cores need 500 per node.
        assertFinding(check(openMpi("4.1.1", MpiMode.HYBRID), gpuSite(), "cpu", resources(2, 1000, null, null, null)),
                Diagnostic.ERROR, "compat.resources.cores", "500 per node", "spread the cores over more nodes (nodes: 8)");
    }

    @Test
    void moreMemoryPerNodeThanTheNamedPartitionHasIsAnError() {
        assertFinding(check(recipe(), gpuSite(), "cpu", resources(1, 4, "512GiB", null, null)), Diagnostic.ERROR,
                "compat.resources.memory", "has 256GiB", "asks for 512GiB", "ask for at most 256GiB per node",
                "pick partition 'gpu'");
    }

    @Test
    void moreNodesThanTheNamedPartitionHasIsAnError() {
        assertFinding(check(openMpi("4.1.1", MpiMode.HYBRID), gpuSite(), "gpu", resources(40, null, null, null, null)),
                Diagnostic.ERROR, "compat.resources.nodes", "has 20 nodes", "needs 40", "ask for at most 20 nodes",
                "pick partition 'cpu'");
    }

    @Test
    void aLongerWalltimeThanTheNamedPartitionAllowsIsAnError() {
        assertFinding(check(recipe(), gpuSite(), "gpu", resources(1, 4, null, 1, "2d")), Diagnostic.ERROR,
                "compat.resources.walltime", "at most 12h", "asks for 2d", "ask for at most 12h", "pick another site");
    }

    /** What a target hands the scheduler: the job must land where the check looked, and nowhere else. */
    @Test
    void theRunMayBeSubmittedToThePartitionsItsRequestFitsAndToAllWhenNoneFits() {
        try (ServiceHandle<CompatibilityChecker> checker = Services.await(getClass(), CompatibilityChecker.class)) {
            assertEquals(List.of("cpu", "gpu"), checker.get().partitions(recipe(), gpuSite(), resources(1, 32, "128GiB", null, "6h")));
            assertEquals(List.of("gpu"), checker.get().partitions(recipe(), gpuSite(), resources(1, 32, null, 2, "6h")));
            // A plain process (no recipe) cannot spread over nodes: 96 cores fit only 'cpu''s 128-core nodes.
            assertEquals(List.of("cpu"), checker.get().partitions(null, gpuSite(), resources(null, 96, null, null, null)));
            // Nothing fits (the check says so as an error): still only the site's own partitions.
            assertEquals(List.of("cpu", "gpu"), checker.get().partitions(recipe(), gpuSite(), resources(1, 4096, null, null, null)));
            Site statesNone = site();
            statesNone.getPartitions().clear();
            assertEquals(List.of(), checker.get().partitions(recipe(), statesNone, resources(1, 4, null, null, null)),
                    "a site that states no partitions leaves the choice to its scheduler");
        }
    }

    @Test
    void withoutANamedPartitionThePartitionsThatFitAreReported() {
        List<Diagnostic> findings = check(recipe(), gpuSite(), null, resources(1, 32, "128GiB", null, "6h"));
        assertFinding(findings, Diagnostic.INFO, "compat.resources.fits", "partitions 'cpu', 'gpu'");
        assertNoProblems(findings, "compat.resources");

        assertFinding(check(recipe(), gpuSite(), null, resources(1, 32, null, 2, "6h")), Diagnostic.INFO,
                "compat.resources.fits", "partition 'gpu'");
    }

    @Test
    void withoutANamedPartitionItIsAnErrorOnlyWhenNoneFitsAndEachIsListedWithWhy() {
        List<Diagnostic> findings = check(recipe(), gpuSite(), null, resources(1, 8, null, 2, "20h"));
        assertFinding(findings, Diagnostic.ERROR, "compat.resources.no-partition", "'cpu' has no GPUs",
                "'gpu' allows jobs of at most 12h", "lower the request", "pick another site");
        // One error for the whole request, not one per partition and limit.
        assertAbsent(findings, "compat.resources.gpus");
        assertAbsent(findings, "compat.resources.walltime");
    }

    @Test
    void anUnknownPartitionIsAnErrorListingTheSitesPartitions() {
        assertFinding(check(recipe(), gpuSite(), "booster", null), Diagnostic.ERROR, "compat.partition.unknown",
                "no partition 'booster'", "use one of 'cpu', 'gpu'");
    }

    @Test
    void aSiteWithoutPartitionsCannotBeCheckedAndSaysSo() {
        Site site = site();
        site.getPartitions().clear();
        List<Diagnostic> findings = check(recipe(), site, null, resources(1, 8, null, null, null));
        assertFinding(findings, Diagnostic.INFO, "compat.resources.unchecked", "add partitions");
        assertNoProblems(findings, "compat.resources");
    }
}
