package org.vitruvian.compat.internal;

import static org.vitruvian.compat.CompatibilityCodes.MPI_BIND_NOT_ALLOWED;
import static org.vitruvian.compat.CompatibilityCodes.MPI_GLIBC;
import static org.vitruvian.compat.CompatibilityCodes.MPI_GLIBC_UNKNOWN;
import static org.vitruvian.compat.CompatibilityCodes.MPI_NO_HOST_MPI;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.vitruvian.compat.internal.Findings.Subject;
import org.vitruvian.compat.internal.MpiVersions.Verdict;
import org.vitruvian.compat.internal.MpiVersions.Wording;
import org.vitruvian.model.recipe.MpiMode;
import org.vitruvian.model.recipe.MpiSpec;
import org.vitruvian.model.site.MpiInstallation;

/**
 * Bind mode: the host's MPI and its network libraries are mounted into the image. The
 * administrators must allow that, the host MPI must be compatible with the one the application
 * was built against, and the mounted libraries, linked against the host's glibc, need a glibc in
 * the image at least as new (CompBioMed seminar: "container glib needs to be more recent than host").
 */
public final class BindMpiCheck implements Check {

    private final MpiVersions versions;

    public BindMpiCheck(MpiVersions versions) {
        this.versions = versions;
    }

    @Override
    public void check(CheckContext context, Findings findings) {
        MpiSpec mpi = context.recipe().getMpi();
        if (mpi == null || mpi.getMode() != MpiMode.BIND) {
            return;
        }
        String name = MpiVersions.name(mpi.getImplementation());
        List<MpiInstallation> same = context.site().getMpi().stream()
                .filter(i -> i.getImplementation() == mpi.getImplementation()).toList();
        if (same.isEmpty()) {
            findings.error(MPI_NO_HOST_MPI, Subject.MPI, "the image runs in bind mode, which mounts the host's " + name
                    + " into the container, but " + context.siteLabel() + " has no " + name + " installed; pick a site"
                    + " with " + name + ", or use hybrid mode (mpi.mode: hybrid) with the site's MPI family built into"
                    + " the image");
            return;
        }
        // The site model's default for bindAllowed is true; EMF's is false, so unset must be read as allowed.
        List<MpiInstallation> bindable = same.stream().filter(i -> !i.isSetBindAllowed() || i.isBindAllowed()).toList();
        if (bindable.isEmpty()) {
            findings.error(MPI_BIND_NOT_ALLOWED, Subject.MPI, context.siteLabel() + " does not allow binding its " + name
                    + " into containers (bindAllowed: false; only its administrators can allow it); use hybrid mode"
                    + " (mpi.mode: hybrid) with " + name + " built into the image, or pick a site that allows binding");
            return;
        }
        Wording wording = Wording.bind(name + " " + mpi.getVersion());
        Verdict best = bindable.stream()
                .map(i -> versions.assess(mpi.getImplementation(), mpi.getVersion(), i.getVersion(), wording, context.siteLabel()))
                .min(Comparator.comparingInt(Verdict::severity)).orElseThrow();
        findings.add(best.severity(), best.code(), Subject.MPI, best.message());
        checkGlibc(context, findings, name);
    }

    private static void checkGlibc(CheckContext context, Findings findings, String name) {
        String image = context.recipe().getBase() == null ? null : context.recipe().getBase().getGlibc();
        String host = context.site().getGlibc();
        Optional<Integer> order = Versions.compare(image, host);
        if (order.isEmpty()) {
            String missing = Versions.parse(image).isEmpty() ? "the image's glibc (base.glibc in the recipe)"
                    : "the glibc of " + context.siteLabel() + "'s nodes (glibc in the site model)";
            findings.warning(MPI_GLIBC_UNKNOWN, Subject.BASE_IMAGE, "bind mode needs a glibc in the image at least as new"
                    + " as the host's, but " + missing + " is not stated, so this cannot be checked; state it, e.g. '2.36'");
            return;
        }
        if (order.get() < 0) {
            findings.error(MPI_GLIBC, Subject.BASE_IMAGE, "bind mode mounts " + name + " and network libraries from "
                    + context.siteLabel() + ", built against glibc " + host + ", into the image, whose glibc " + image
                    + " is older, so they will fail to load; use a base image with glibc " + host
                    + " or newer (a newer distribution release), or use hybrid mode (mpi.mode: hybrid)");
        }
    }
}
