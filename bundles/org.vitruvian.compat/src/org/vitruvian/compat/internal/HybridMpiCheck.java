package org.vitruvian.compat.internal;

import static org.vitruvian.compat.CompatibilityCodes.MPI_NO_HOST_MPI;
import static org.vitruvian.compat.CompatibilityCodes.MPI_PMI;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Diagnostic;
import org.vitruvian.compat.internal.Findings.Subject;
import org.vitruvian.compat.internal.MpiVersions.Verdict;
import org.vitruvian.compat.internal.MpiVersions.Wording;
import org.vitruvian.model.recipe.MpiMode;
import org.vitruvian.model.recipe.MpiSpec;
import org.vitruvian.model.site.MpiInstallation;

/**
 * Hybrid mode: the MPI in the image talks to the host's launcher, which starts the ranks through a
 * process-management interface. So the site needs an MPI of the same family, of a compatible
 * version, whose launcher offers the PMI the image's MPI was built with. Of several suitable
 * installations the best one is reported, since the run can load that one.
 */
public final class HybridMpiCheck implements Check {

    private final MpiVersions versions;

    public HybridMpiCheck(MpiVersions versions) {
        this.versions = versions;
    }

    private record Candidate(MpiInstallation installation, Verdict verdict, boolean pmiDiffers) {
        int worst() {
            return Math.max(verdict.severity(), pmiDiffers ? Diagnostic.ERROR : Diagnostic.OK);
        }
    }

    @Override
    public void check(CheckContext context, Findings findings) {
        MpiSpec mpi = context.recipe().getMpi();
        if (mpi == null || mpi.getMode() != MpiMode.HYBRID) {
            return;
        }
        String name = MpiVersions.name(mpi.getImplementation());
        List<MpiInstallation> same = context.site().getMpi().stream()
                .filter(i -> i.getImplementation() == mpi.getImplementation()).toList();
        if (same.isEmpty()) {
            findings.error(MPI_NO_HOST_MPI, Subject.MPI, "the image's " + name + " runs in hybrid mode, where the host's "
                    + name + " launcher starts the ranks, but " + context.siteLabel() + " has no " + name
                    + others(context) + "; pick a site with " + name + ", or build the image with the MPI the site has"
                    + " (the standard approach is to build the container's MPI to match the host's)");
            return;
        }
        Wording wording = Wording.hybrid(name + " " + mpi.getVersion());
        Candidate best = same.stream()
                .map(i -> new Candidate(i,
                        versions.assess(mpi.getImplementation(), mpi.getVersion(), i.getVersion(), wording, context.siteLabel()),
                        mpi.isSetPmi() && i.isSetPmi() && mpi.getPmi() != i.getPmi()))
                .min(Comparator.comparingInt(Candidate::worst)).orElseThrow();
        findings.add(best.verdict().severity(), best.verdict().code(), Subject.MPI, best.verdict().message());
        if (best.pmiDiffers()) {
            String image = mpi.getPmi().getLiteral();
            String host = best.installation().getPmi().getLiteral();
            findings.error(MPI_PMI, Subject.MPI, "the image's " + name + " is built for the " + image
                    + " process-management interface but the launcher of " + name + " " + best.installation().getVersion()
                    + " on " + context.siteLabel() + " offers " + host + ", so it cannot start the ranks; rebuild the"
                    + " image's MPI with " + host + " support (mpi.pmi: " + host + "), or pick a site whose launcher offers "
                    + image);
        }
    }

    private static String others(CheckContext context) {
        List<MpiInstallation> all = context.site().getMpi();
        return all.isEmpty() ? " installed"
                : " (only " + all.stream().map(i -> MpiVersions.name(i.getImplementation()) + " " + i.getVersion())
                        .collect(Collectors.joining(", ")) + ")";
    }
}
