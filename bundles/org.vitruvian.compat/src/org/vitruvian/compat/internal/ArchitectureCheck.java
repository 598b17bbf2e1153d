package org.vitruvian.compat.internal;

import static org.vitruvian.compat.CompatibilityCodes.ARCH_MISMATCH;
import static org.vitruvian.compat.CompatibilityCodes.ARCH_OK;
import static org.vitruvian.compat.CompatibilityCodes.ARCH_UNKNOWN;

import org.vitruvian.compat.internal.Findings.Subject;
import org.vitruvian.model.common.CpuArchitecture;

/**
 * A container shares the host's kernel and CPU: its binaries must be built for the nodes'
 * instruction set (CompBioMed seminar: "Container OS needs to be of the same architecture of the
 * execution machine").
 */
public final class ArchitectureCheck implements Check {

    @Override
    public void check(CheckContext context, Findings findings) {
        CpuArchitecture image = context.imageArchitecture();
        if (!context.site().isSetArchitecture()) {
            findings.warning(ARCH_UNKNOWN, Subject.ARCHITECTURE, context.siteLabel()
                    + " does not state the CPU architecture of its nodes, so the image (built for " + image.getLiteral()
                    + ") cannot be checked against it; add 'architecture:' to the site model");
            return;
        }
        CpuArchitecture nodes = context.site().getArchitecture();
        if (nodes != image) {
            findings.error(ARCH_MISMATCH, Subject.ARCHITECTURE, "the image is built for " + image.getLiteral() + " but "
                    + context.siteLabel() + " has " + nodes.getLiteral() + " nodes, whose CPUs cannot run its binaries;"
                    + " use an image built for " + nodes.getLiteral() + " (architecture: " + nodes.getLiteral()
                    + ", built on " + machine(nodes) + "), or pick a site with " + image.getLiteral()
                    + " nodes");
            return;
        }
        findings.info(ARCH_OK, Subject.ARCHITECTURE,
                "the image is built for " + image.getLiteral() + ", the architecture of the nodes of " + context.siteLabel());
    }

    /** "an x86_64 machine", "an aarch64 machine", "a ppc64le machine". */
    static String machine(CpuArchitecture architecture) {
        String name = architecture.getLiteral();
        return ("aeiox".indexOf(name.charAt(0)) >= 0 ? "an " : "a ") + name + " machine";
    }
}
