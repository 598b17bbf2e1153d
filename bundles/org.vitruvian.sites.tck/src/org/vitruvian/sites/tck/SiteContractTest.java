package org.vitruvian.sites.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.vitruvian.core.diagnostics.Diagnostic;
import org.vitruvian.core.services.ServiceHandle;
import org.vitruvian.core.services.Services;
import org.vitruvian.model.site.Partition;
import org.vitruvian.model.site.Scheduler;
import org.vitruvian.model.site.Site;
import org.vitruvian.model.site.SiteKind;
import org.vitruvian.sites.CatalogSite;
import org.vitruvian.sites.SiteCatalog;

/**
 * What every site must offer for Vitruvian to plan, check and run on it, whoever contributes
 * it. A plugin's test bundle subclasses this class, names its site ids, and runs in OSGi with
 * its plugin installed; the same tests run over Vitruvian's built-in sites.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class SiteContractTest {

    /** Ids of the sites under test. */
    protected abstract List<String> siteIds();

    private CatalogSite site(String id) {
        try (ServiceHandle<SiteCatalog> catalog = Services.await(getClass(), SiteCatalog.class)) {
            SiteCatalog.Snapshot snapshot = catalog.get().snapshot();
            CatalogSite site = snapshot.find(id).orElse(null);
            assertNotNull(site, "site '" + id + "' is not in the catalog; problems: " + snapshot.problems().toText());
            List<Diagnostic> errors = snapshot.problems().diagnostics().stream().filter(Diagnostic::isError)
                    .filter(d -> d.file().equals(site.location()) || d.message().contains("'" + id + "'")).toList();
            assertEquals(List.of(), errors, "site '" + id + "' loads with errors");
            return site;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("siteIds")
    void isInTheCatalogWithoutErrors(String id) {
        assertFalse(site(id).site().isProfile(), id + " is a profile, not a site jobs can run on");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("siteIds")
    void statesWhatPlanningAndTrustNeed(String id) {
        Site site = site(id).site();
        assertTrue(site.isSetType(), id + ": state 'type' (workstation, hpc or cloud), or refine a profile that does");
        assertTrue(site.isSetScheduler(), id + ": state 'scheduler', or refine a profile that does");
        assertTrue(site.isSetResourceClass(), id + ": state 'resourceClass': trust decisions need it");
        assertTrue(site.isSetArchitecture(), id + ": state 'architecture': compatibility checks need it");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("siteIds")
    void hasPartitionsWithPositiveSizes(String id) {
        Site site = site(id).site();
        assertFalse(site.getPartitions().isEmpty(), id + ": describe at least one partition");
        for (Partition partition : site.getPartitions()) {
            String name = id + "/" + partition.getName();
            assertTrue(partition.getNodes() != null && partition.getNodes() > 0, name + ": nodes must be positive");
            assertTrue(partition.getCoresPerNode() != null && partition.getCoresPerNode() > 0, name + ": coresPerNode must be positive");
            assertTrue(partition.isSetMemoryPerNode() && partition.getMemoryPerNode() > 0, name + ": memoryPerNode must be positive");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("siteIds")
    void sharedSitesRunContainersAndAreReachable(String id) {
        Site site = site(id).site();
        if (site.getType() == SiteKind.WORKSTATION) {
            return; // A workstation may run services as plain local processes.
        }
        assertFalse(site.getContainerRuntimes().isEmpty(), id + ": name the container runtimes jobs can use");
        if (site.getScheduler() == Scheduler.SLURM || site.getScheduler() == Scheduler.PBS || site.getScheduler() == Scheduler.SGE) {
            assertTrue(site.getAccess() != null && site.getAccess().getHost() != null, id + ": state access.host, the login node");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("siteIds")
    void illustrativeNamesRealValues(String id) {
        Site site = site(id).site();
        for (String name : site.getIllustrative()) {
            EStructuralFeature feature = site.eClass().getEStructuralFeature(name);
            assertNotNull(feature, id + ": illustrative names '" + name + "', which is not a value of a site");
            assertTrue(site.eIsSet(feature), id + ": '" + name + "' is marked illustrative but not stated");
        }
    }
}
