package org.vitruvian.compat.internal;

import static org.vitruvian.compat.CompatibilityCodes.RUNTIME_FORMAT;
import static org.vitruvian.compat.CompatibilityCodes.RUNTIME_NONE;
import static org.vitruvian.compat.CompatibilityCodes.RUNTIME_OK;
import static org.vitruvian.compat.CompatibilityCodes.RUNTIME_ROOT_DAEMON;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.vitruvian.compat.internal.Findings.Subject;
import org.vitruvian.model.site.ContainerRuntime;

/**
 * The site must offer a container runtime that can run the image's format and that the site may
 * use: a runtime with a root daemon on a shared HPC system lets any user who can start a container
 * escalate to root (CompBioMed D6.5 l.229), so it is not counted there. On a workstation or a
 * cloud machine of one's own it is.
 */
public final class RuntimeCheck implements Check {

    private final RuntimeCapabilities capabilities;

    public RuntimeCheck(RuntimeCapabilities capabilities) {
        this.capabilities = capabilities;
    }

    @Override
    public void check(CheckContext context, Findings findings) {
        List<ContainerRuntime> runtimes = context.site().getContainerRuntimes();
        if (runtimes.isEmpty()) {
            findings.error(RUNTIME_NONE, Subject.SITE, context.siteLabel()
                    + " offers no container runtime, so no image can run there; ask the site to install Apptainer"
                    + " (or state the runtime it has in the site model), or pick a site with a container runtime");
            return;
        }
        Set<ImageFormat> formats = ImageFormat.buildableFrom(context.recipe().getBase());
        List<ContainerRuntime> able = runtimes.stream()
                .filter(r -> capabilities.of(r.getKind()).runs().stream().anyMatch(formats::contains)).toList();
        if (able.isEmpty()) {
            findings.error(RUNTIME_FORMAT, Subject.BASE_IMAGE, "the image starts from the SIF image '"
                    + context.recipe().getBase().getImage() + "', which only Apptainer and Singularity run, and "
                    + context.siteLabel() + " offers only " + names(runtimes)
                    + "; start from an OCI image (e.g. docker://debian:12) instead, or pick a site with Apptainer");
            return;
        }
        boolean shared = context.sharedHpc();
        List<ContainerRuntime> usable = shared ? able.stream().filter(r -> !capabilities.usesRootDaemon(r)).toList() : able;
        if (usable.isEmpty()) {
            findings.error(RUNTIME_ROOT_DAEMON, Subject.SITE, context.siteLabel() + " is a shared HPC system ("
                    + context.sharedHpcReason() + ") and "
                    + names(able) + " there runs containers through a root daemon, which lets any user who can start"
                    + " a container act as root on the nodes (Docker's security concern in CompBioMed D6.5), so it is"
                    + " not used; ask the site for Apptainer, Podman (rootless) or another daemonless runtime, or run"
                    + " on a workstation or cloud machine of your own where Docker is fine");
            return;
        }
        List<ContainerRuntime> refused = able.stream().filter(r -> !usable.contains(r)).toList();
        findings.info(RUNTIME_OK, Subject.SITE, context.siteLabel() + " can run the image with " + names(usable)
                + (refused.isEmpty() ? "" : " (" + names(refused) + " is not used there: root daemon on a shared HPC system)"));
    }

    private static String names(List<ContainerRuntime> runtimes) {
        return runtimes.stream()
                .map(r -> r.getKind().getLiteral() + (r.getVersion() == null ? "" : " " + r.getVersion()))
                .collect(Collectors.joining(", "));
    }
}
