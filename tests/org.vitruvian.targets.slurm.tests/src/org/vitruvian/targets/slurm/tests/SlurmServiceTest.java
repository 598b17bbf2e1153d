package org.vitruvian.targets.slurm.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.vitruvian.core.services.ServiceHandle;
import org.vitruvian.core.services.Services;
import org.vitruvian.execution.spi.TargetAdapter;
import org.vitruvian.execution.TargetRegistry;
import org.vitruvian.model.site.Scheduler;
import org.vitruvian.model.site.Site;
import org.vitruvian.model.site.SiteFactory;
import org.vitruvian.model.site.SiteKind;

/** The adapter is a DS service that the registry hands out for Slurm sites, and only for them. */
class SlurmServiceTest {

    private static Site site(Scheduler scheduler, String host) {
        Site site = SiteFactory.eINSTANCE.createSite();
        site.setId("some-cluster");
        site.setType(SiteKind.HPC);
        site.setScheduler(scheduler);
        site.setAccess(SiteFactory.eINSTANCE.createAccess());
        site.getAccess().setHost(host);
        return site;
    }

    @Test
    void theRegistryPicksTheSlurmAdapterForASlurmSiteWithALoginHost() {
        try (ServiceHandle<TargetRegistry> registry = Services.await(SlurmServiceTest.class, TargetRegistry.class)) {
            assertEquals("slurm", registry.get().adapterFor(site(Scheduler.SLURM, "login.example.org"))
                    .map(TargetAdapter::name).orElse("none"));
            assertTrue(registry.get().adapterFor(site(Scheduler.PBS, "login.example.org"))
                    .map(TargetAdapter::name).filter("slurm"::equals).isEmpty(), "a PBS site is not Slurm's");
            assertTrue(registry.get().adapterFor(site(Scheduler.SLURM, null))
                    .map(TargetAdapter::name).filter("slurm"::equals).isEmpty(), "without a login host there is nothing to reach");
        }
    }
}
