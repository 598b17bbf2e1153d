package org.vitruvian.targets.slurm.tests;

import org.vitruvian.execution.spi.TargetAdapter;
import org.vitruvian.execution.tck.TargetAdapterContractTest;
import org.vitruvian.model.site.Site;
import org.vitruvian.targets.slurm.internal.SlurmAdapter;

/** The Slurm target, on a real single-node cluster reached over real SSH on loopback, passes the contract. */
class SlurmAdapterContractTest extends TargetAdapterContractTest {

    private final SlurmAdapter adapter = LoopbackSlurm.adapter(site -> LoopbackSlurm.settings());

    @Override
    protected TargetAdapter adapter() {
        return adapter;
    }

    @Override
    protected Site site() {
        return LoopbackSlurm.site();
    }
}
