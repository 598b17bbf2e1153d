package org.vitruvian.targets.vm.tests;

import org.vitruvian.execution.spi.TargetAdapter;
import org.vitruvian.execution.tck.TargetAdapterContractTest;
import org.vitruvian.model.site.Site;
import org.vitruvian.targets.vm.internal.VmAdapter;

/** The cloud VM target, on a real sshd on loopback taken as a VM, passes the contract. */
class VmAdapterContractTest extends TargetAdapterContractTest {

    private final VmAdapter adapter = LoopbackVm.adapter();

    @Override
    protected TargetAdapter adapter() {
        return adapter;
    }

    @Override
    protected Site site() {
        return LoopbackVm.site();
    }
}
