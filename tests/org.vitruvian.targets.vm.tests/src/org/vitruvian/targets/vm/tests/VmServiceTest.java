package org.vitruvian.targets.vm.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.vitruvian.core.services.ServiceHandle;
import org.vitruvian.core.services.Services;
import org.vitruvian.execution.TargetRegistry;
import org.vitruvian.execution.spi.TargetAdapter;
import org.vitruvian.model.site.Scheduler;
import org.vitruvian.model.site.Site;
import org.vitruvian.model.site.SiteFactory;
import org.vitruvian.model.site.SiteKind;

/**
 * The adapter is a DS service that the registry hands out for sites with a host and no
 * scheduler, and leaves schedulers' sites and this machine to their own targets.
 */
class VmServiceTest {

    private static Site site(SiteKind kind, Scheduler scheduler, String host) {
        Site site = SiteFactory.eINSTANCE.createSite();
        site.setId("some-vm");
        site.setType(kind);
        site.setScheduler(scheduler);
        site.setAccess(SiteFactory.eINSTANCE.createAccess());
        site.getAccess().setHost(host);
        return site;
    }

    private static String adapterFor(TargetRegistry registry, Site site) {
        return registry.adapterFor(site).map(TargetAdapter::name).orElse("none");
    }

    @Test
    void theRegistryPicksTheVmAdapterForAHostWithoutAScheduler() {
        try (ServiceHandle<TargetRegistry> registry = Services.await(VmServiceTest.class, TargetRegistry.class)) {
            assertEquals("vm", adapterFor(registry.get(), site(SiteKind.CLOUD, Scheduler.NONE, "vm.research-cloud.example")));
            assertEquals("vm", adapterFor(registry.get(), site(SiteKind.WORKSTATION, Scheduler.NONE, "lab-pc.example")),
                    "a colleague's workstation reached over SSH");
            assertEquals("none", adapterFor(registry.get(), site(SiteKind.CLOUD, Scheduler.NONE, null)),
                    "without a host there is nothing to reach");
            assertEquals("none", adapterFor(registry.get(), site(SiteKind.HPC, Scheduler.PBS, "login.example")),
                    "a PBS site is a scheduler's, not a VM");
        }
    }
}
