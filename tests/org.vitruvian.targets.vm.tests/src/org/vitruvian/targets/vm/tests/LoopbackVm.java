package org.vitruvian.targets.vm.tests;

import java.nio.file.Path;
import java.util.List;

import org.vitruvian.model.site.Access;
import org.vitruvian.model.site.Scheduler;
import org.vitruvian.model.site.Site;
import org.vitruvian.model.site.SiteFactory;
import org.vitruvian.model.site.SiteKind;
import org.vitruvian.ssh.SshSettings;
import org.vitruvian.tests.support.LoopbackHpc;
import org.vitruvian.targets.vm.internal.VmAdapter;

/**
 * The real OpenSSH server on loopback that releng/lib/loopback-hpc.sh brings up, taken as a
 * cloud VM: a host with no scheduler, reached as an unprivileged account with a key, its host
 * key in a known_hosts file the test names.
 */
final class LoopbackVm {

    private LoopbackVm() {
    }

    /** The loopback machine as a user would describe a VM of a cloud. */
    static Site site() {
        Site site = SiteFactory.eINSTANCE.createSite();
        site.setId("loopback-vm");
        site.setType(SiteKind.CLOUD);
        site.setScheduler(Scheduler.NONE);
        Access access = SiteFactory.eINSTANCE.createAccess();
        access.setHost(LoopbackHpc.get("VITRUVIAN_HPC_HOST"));
        access.setPort(Integer.valueOf(LoopbackHpc.get("VITRUVIAN_HPC_PORT")));
        access.setUser(LoopbackHpc.get("VITRUVIAN_HPC_USER"));
        site.setAccess(access);
        return site;
    }

    static SshSettings settings() {
        return new SshSettings(Path.of(LoopbackHpc.get("VITRUVIAN_HPC_KNOWN_HOSTS")),
                List.of(Path.of(LoopbackHpc.get("VITRUVIAN_HPC_IDENTITY"))));
    }

    static VmAdapter adapter() {
        return new VmAdapter(site -> settings());
    }
}
