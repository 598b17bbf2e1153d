package org.vitruvian.compat.internal;

import static org.vitruvian.compat.CompatibilityCodes.ARCH_BUILD_ELSEWHERE;

import org.vitruvian.compat.internal.Findings.Subject;
import org.vitruvian.model.common.CpuArchitecture;

/**
 * Where a site forbids building images (JURECA-DC, Galileo100 in the CompBioMed seminar), the image
 * is built on another machine and copied in; the seminar's lesson is that such build machines
 * differ from the nodes, so the build host's architecture is worth a warning up front.
 */
public final class BuildHostCheck implements Check {

    @Override
    public void check(CheckContext context, Findings findings) {
        // Without any runtime nothing runs there at all, which the runtime check reports.
        boolean buildsHere = context.site().getContainerRuntimes().stream()
                .anyMatch(r -> r.isSetBuildAllowed() && r.isBuildAllowed());
        if (buildsHere || context.site().getContainerRuntimes().isEmpty()) {
            return;
        }
        CpuArchitecture nodes = context.site().isSetArchitecture() ? context.site().getArchitecture()
                : context.imageArchitecture();
        String arch = nodes.getLiteral();
        findings.warning(ARCH_BUILD_ELSEWHERE, Subject.ARCHITECTURE, context.siteLabel()
                + " does not allow building images (no container runtime with buildAllowed: true), so the image must be"
                + " built elsewhere and copied there; build it on " + ArchitectureCheck.machine(nodes) + " (or cross-build for " + arch
                + "), since an image built on a host of another architecture will not run on the nodes");
    }
}
