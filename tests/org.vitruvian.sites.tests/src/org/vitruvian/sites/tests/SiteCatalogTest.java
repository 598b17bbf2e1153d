package org.vitruvian.sites.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.vitruvian.core.diagnostics.Diagnostic;
import org.vitruvian.core.services.ServiceHandle;
import org.vitruvian.core.services.Services;
import org.vitruvian.model.site.Scheduler;
import org.vitruvian.model.site.Site;
import org.vitruvian.model.site.SiteFactory;
import org.vitruvian.model.site.SiteKind;
import org.vitruvian.sites.CatalogSite;
import org.vitruvian.sites.SiteCatalog;
import org.vitruvian.sites.SiteCatalog.Snapshot;
import org.vitruvian.sites.SiteOrigin;
import org.vitruvian.sites.SiteProvider;

class SiteCatalogTest {

    @TempDir
    Path home;

    @BeforeEach
    void useTemporaryHome() throws IOException {
        System.setProperty("vitruvian.home", home.toString());
        Files.createDirectories(home.resolve("sites"));
    }

    @AfterEach
    void restoreHome() {
        System.clearProperty("vitruvian.home");
    }

    private static Snapshot snapshot() {
        try (ServiceHandle<SiteCatalog> catalog = Services.await(SiteCatalogTest.class, SiteCatalog.class)) {
            return catalog.get().snapshot();
        }
    }

    private void userSite(String file, String yaml) throws IOException {
        Files.writeString(home.resolve("sites").resolve(file), "apiVersion: vitruvian/v1\nkind: Site\n" + yaml);
    }

    private static List<String> codes(Snapshot snapshot) {
        return snapshot.problems().diagnostics().stream().map(Diagnostic::code).toList();
    }

    @Test
    void sharcIsAGridEngineSiteAsItWas() {
        Site sharc = snapshot().runnable().stream().map(CatalogSite::site).filter(s -> s.getId().equals("sharc")).findFirst()
                .orElseThrow();
        assertEquals(Scheduler.SGE, sharc.getScheduler(), "ShARC ran Son of Grid Engine: qsub, qstat and qacct, not PBS");
        assertEquals("all.q", sharc.getPartitions().get(0).getName(), "a Grid Engine queue");
    }

    @Test
    void builtInCatalogCoversEveryTierAndKindOfTarget() {
        Snapshot snapshot = snapshot();
        assertEquals(List.of(), snapshot.problems().diagnostics());
        List<Site> sites = snapshot.runnable().stream().map(CatalogSite::site).toList();
        assertTrue(sites.size() >= 13, sites.size() + " sites");
        Set<Integer> tiers = sites.stream().filter(s -> s.getTier() != null).map(Site::getTier).collect(Collectors.toSet());
        assertEquals(Set.of(0, 1, 2), tiers);
        Set<SiteKind> kinds = sites.stream().map(Site::getType).collect(Collectors.toSet());
        assertEquals(Set.of(SiteKind.WORKSTATION, SiteKind.HPC, SiteKind.CLOUD), kinds);
    }

    @Test
    void localDescribesThisMachine() {
        Site local = snapshot().find("local").orElseThrow().site();
        assertEquals(Runtime.getRuntime().availableProcessors(), local.getPartitions().get(0).getCoresPerNode());
        assertTrue(local.getPartitions().get(0).getMemoryPerNode() > 256L * 1024 * 1024, "memory is read from the OS");
        assertEquals(SiteOrigin.DETECTED, snapshot().find("local").orElseThrow().origin());
    }

    @Test
    void aSiteGetsWhatItDoesNotStateFromItsProfile() {
        CatalogSite jureca = snapshot().find("jureca-dc").orElseThrow();
        assertFalse(jureca.declared().isSetScheduler(), "the file states no scheduler");
        assertEquals(Scheduler.SLURM, jureca.site().getScheduler());
        assertEquals(3, jureca.site().getPartitions().size(), "stated partitions replace the profile's");
        assertFalse(jureca.site().isProfile());
    }

    @Test
    void userSitesJoinTheCatalogAndRefineProfiles() throws IOException {
        userSite("mycluster.yaml", "id: mycluster\nrefines: slurm-generic\naccess: {host: login.example.org}\n"
                + "partitions:\n  - {name: batch, nodes: 4, coresPerNode: 32, memoryPerNode: 128GiB}\n");
        CatalogSite site = snapshot().find("mycluster").orElseThrow();
        assertEquals(SiteOrigin.USER, site.origin());
        assertEquals(Scheduler.SLURM, site.site().getScheduler());
        assertEquals(home.resolve("sites/mycluster.yaml").toString(), site.location());
    }

    @Test
    void aUserSiteWithABuiltInIdWinsWithAWarningNamingBoth() throws IOException {
        userSite("jureca.yaml", "id: jureca-dc\nrefines: slurm-generic\ntier: 0\naccess: {host: x}\n");
        Snapshot snapshot = snapshot();
        assertEquals(SiteOrigin.USER, snapshot.find("jureca-dc").orElseThrow().origin());
        Diagnostic warning = snapshot.problems().diagnostics().get(0);
        assertEquals("site.overrides", warning.code());
        assertTrue(warning.message().contains("replaces the built-in site of the same id"), warning.message());
    }

    @Test
    void twoUserSitesWithOneIdAreAnErrorAndTheFirstIsKept() throws IOException {
        userSite("a.yaml", "id: twin\nname: first\n");
        userSite("b.yaml", "id: twin\nname: second\n");
        Snapshot snapshot = snapshot();
        assertEquals(List.of("site.duplicate-id"), codes(snapshot));
        assertEquals("first", snapshot.find("twin").orElseThrow().site().getName());
    }

    @Test
    void unknownProfilesAndCyclesAreReported() throws IOException {
        userSite("orphan.yaml", "id: orphan\nrefines: slurm-genric\n");
        userSite("loop-a.yaml", "id: loop-a\nrefines: loop-b\n");
        userSite("loop-b.yaml", "id: loop-b\nrefines: loop-a\n");
        List<String> codes = codes(snapshot());
        assertTrue(codes.contains("site.unknown-profile"), codes.toString());
        assertTrue(codes.contains("site.refines-cycle"), codes.toString());
    }

    @Test
    void brokenUserFilesAreReportedWithoutHidingOtherSites() throws IOException {
        userSite("broken.yaml", "id: broken\nschedular: slurm\n");
        Snapshot snapshot = snapshot();
        assertEquals(List.of("yaml.unknown-key"), codes(snapshot));
        assertTrue(snapshot.find("jureca-dc").isPresent());
    }

    @Test
    void sitesFromProviderServicesComeAndGoWithThePlugin() {
        Site site = SiteFactory.eINSTANCE.createSite();
        site.setId("from-provider");
        site.setRefines("workstation-generic");
        SiteProvider provider = () -> List.of(site);
        var context = FrameworkUtil.getBundle(getClass()).getBundleContext();
        ServiceRegistration<SiteProvider> registration = context.registerService(SiteProvider.class, provider, null);
        try {
            CatalogSite found = snapshot().find("from-provider").orElseThrow();
            assertEquals(SiteOrigin.PLUGIN, found.origin());
            assertEquals(SiteKind.WORKSTATION, found.site().getType());
        } finally {
            registration.unregister();
        }
        assertTrue(snapshot().find("from-provider").isEmpty());
    }

    @Test
    void aFailingProviderIsReportedAndTheRestStays() {
        SiteProvider broken = () -> {
            throw new IllegalStateException("scheduler unreachable");
        };
        var registration = FrameworkUtil.getBundle(getClass()).getBundleContext().registerService(SiteProvider.class, broken, null);
        try {
            Snapshot snapshot = snapshot();
            assertEquals(List.of("site.provider-failed"), codes(snapshot));
            assertTrue(snapshot.find("local").isPresent());
        } finally {
            registration.unregister();
        }
    }
}
