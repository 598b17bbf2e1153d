package org.vitruvian.targets.local.tests;

import org.vitruvian.execution.spi.TargetAdapter;
import org.vitruvian.execution.tck.TargetAdapterContractTest;
import org.vitruvian.model.site.Scheduler;
import org.vitruvian.model.site.Site;
import org.vitruvian.model.site.SiteFactory;
import org.vitruvian.model.site.SiteKind;
import org.vitruvian.targets.local.internal.LocalProcessAdapter;

/** The local target passes the contract every target adapter must pass. */
class LocalProcessAdapterContractTest extends TargetAdapterContractTest {

    private final LocalProcessAdapter adapter = new LocalProcessAdapter();

    @Override
    protected TargetAdapter adapter() {
        return adapter;
    }

    @Override
    protected Site site() {
        Site site = SiteFactory.eINSTANCE.createSite();
        site.setId("local");
        site.setType(SiteKind.WORKSTATION);
        site.setScheduler(Scheduler.NONE);
        return site;
    }
}
