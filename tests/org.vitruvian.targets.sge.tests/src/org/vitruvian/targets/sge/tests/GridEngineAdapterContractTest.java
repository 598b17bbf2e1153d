package org.vitruvian.targets.sge.tests;

import org.vitruvian.execution.spi.TargetAdapter;
import org.vitruvian.execution.tck.TargetAdapterContractTest;
import org.vitruvian.model.site.Site;
import org.vitruvian.targets.sge.internal.GridEngineAdapter;

/** The Grid Engine target, on a real single-host cell (Debian's 8.1.9) reached over real SSH on loopback, passes the contract. */
class GridEngineAdapterContractTest extends TargetAdapterContractTest {

    private final GridEngineAdapter adapter = LoopbackGridEngine.adapter(site -> LoopbackGridEngine.settings());

    @Override
    protected TargetAdapter adapter() {
        return adapter;
    }

    @Override
    protected Site site() {
        return LoopbackGridEngine.site();
    }
}
