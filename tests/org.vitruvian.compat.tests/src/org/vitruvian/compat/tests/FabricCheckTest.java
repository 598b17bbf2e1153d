package org.vitruvian.compat.tests;

import static org.vitruvian.compat.tests.Fixtures.assertAbsent;
import static org.vitruvian.compat.tests.Fixtures.assertFinding;
import static org.vitruvian.compat.tests.Fixtures.check;
import static org.vitruvian.compat.tests.Fixtures.hostMpi;
import static org.vitruvian.compat.tests.Fixtures.openMpi;
import static org.vitruvian.compat.tests.Fixtures.site;

import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;
import org.vitruvian.model.common.MpiImplementation;
import org.vitruvian.model.recipe.ContainerRecipe;
import org.vitruvian.model.recipe.MpiMode;
import org.vitruvian.model.site.Interconnect;
import org.vitruvian.model.site.Site;

/** A hybrid image on a fast interconnect needs that fabric's library. */
class FabricCheckTest {

    private static Site siteWith(Interconnect interconnect) {
        Site site = site();
        site.getPartitions().get(0).setInterconnect(interconnect);
        hostMpi(site, MpiImplementation.OPENMPI, "4.1.1");
        return site;
    }

    @Test
    void aHybridImageWithoutFabricLibrariesOnInfiniBandIsAWarningNamingWhatToAdd() {
        List<Diagnostic> findings = check(openMpi("4.1.1", MpiMode.HYBRID), siteWith(Interconnect.INFINIBAND));
        assertFinding(findings, Diagnostic.WARNING, "compat.fabric.missing", "partition 'cpu'", "InfiniBand",
                "add ucx", "to mpi.fabrics");
    }

    @Test
    void aHybridImageWithUcxOnInfiniBandPasses() {
        ContainerRecipe recipe = openMpi("4.1.1", MpiMode.HYBRID);
        recipe.getMpi().getFabrics().add("UCX");
        List<Diagnostic> findings = check(recipe, siteWith(Interconnect.INFINIBAND));
        assertFinding(findings, Diagnostic.INFO, "compat.fabric.ok", "InfiniBand", "ucx");
        assertAbsent(findings, "compat.fabric.missing");
    }

    @Test
    void omniPathNeedsPsm2RatherThanUcx() {
        ContainerRecipe recipe = openMpi("4.1.1", MpiMode.HYBRID);
        recipe.getMpi().getFabrics().add("ucx");
        assertFinding(check(recipe, siteWith(Interconnect.OMNIPATH)), Diagnostic.WARNING, "compat.fabric.missing",
                "Omni-Path", "add psm2");

        recipe.getMpi().getFabrics().add("psm2");
        List<Diagnostic> findings = check(recipe, siteWith(Interconnect.OMNIPATH));
        assertFinding(findings, Diagnostic.INFO, "compat.fabric.ok", "psm2");
    }

    @Test
    void bindModeTakesTheHostsFabricLibrariesAndEthernetNeedsNone() {
        assertAbsent(check(openMpi("4.1.1", MpiMode.BIND), siteWith(Interconnect.INFINIBAND)), "compat.fabric.missing");
        assertAbsent(check(openMpi("4.1.1", MpiMode.HYBRID), siteWith(Interconnect.ETHERNET)), "compat.fabric.missing");
    }
}
