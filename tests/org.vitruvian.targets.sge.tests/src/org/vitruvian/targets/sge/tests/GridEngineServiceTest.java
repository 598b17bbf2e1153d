package org.vitruvian.targets.sge.tests;

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

/** The installed targets: a Grid Engine site goes to the Grid Engine adapter, a PBS one to PBS's, a Slurm one to Slurm's. */
class GridEngineServiceTest {

    private static Site site(Scheduler scheduler) {
        Site site = SiteFactory.eINSTANCE.createSite();
        site.setId("some-cluster");
        site.setType(SiteKind.HPC);
        site.setScheduler(scheduler);
        site.setAccess(SiteFactory.eINSTANCE.createAccess());
        site.getAccess().setHost("login.example.org");
        return site;
    }

    @Test
    void eachBatchSchedulerHasItsOwnAdapter() {
        try (ServiceHandle<TargetRegistry> registry = Services.await(GridEngineServiceTest.class, TargetRegistry.class)) {
            assertEquals("sge", registry.get().adapterFor(site(Scheduler.SGE)).map(TargetAdapter::name).orElse("none"));
            assertEquals("pbs", registry.get().adapterFor(site(Scheduler.PBS)).map(TargetAdapter::name).orElse("none"));
            assertEquals("slurm", registry.get().adapterFor(site(Scheduler.SLURM)).map(TargetAdapter::name).orElse("none"));
        }
    }
}
