package org.vitruvian.compat.internal;

import static org.vitruvian.compat.CompatibilityCodes.FABRIC_MISSING;
import static org.vitruvian.compat.CompatibilityCodes.FABRIC_OK;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.vitruvian.compat.internal.Findings.Subject;
import org.vitruvian.model.recipe.MpiMode;
import org.vitruvian.model.recipe.MpiSpec;
import org.vitruvian.model.site.Interconnect;
import org.vitruvian.model.site.Partition;

/**
 * In hybrid mode the image's MPI drives the network itself, so on a fast interconnect it needs
 * that fabric's user-space library (CompBioMed seminar: the container must be "aware of
 * HW/interconnections (e.g. Infiniband, Omni-Path)"); without one MPI falls back to TCP or fails.
 * In bind mode the host's libraries come with the host's MPI, so there is nothing to check.
 */
public final class FabricCheck implements Check {

    /** A fabric and the library names in mpi.fabrics that drive it, the first being the one to suggest. */
    private record Need(String fabric, List<String> libraries, String suggestion) {
    }

    private static final Map<Interconnect, Need> NEEDS = new EnumMap<>(Interconnect.class);
    static {
        NEEDS.put(Interconnect.INFINIBAND, new Need("InfiniBand", List.of("ucx", "verbs", "ibverbs", "rdma-core", "libfabric", "ofi"),
                "ucx (or verbs/ibverbs, or libfabric)"));
        NEEDS.put(Interconnect.OMNIPATH, new Need("Omni-Path", List.of("psm2", "libfabric", "ofi"),
                "psm2 (or libfabric with its psm2/opx provider)"));
        // Not in the seeds: Slingshot is driven only through libfabric's cxi provider.
        NEEDS.put(Interconnect.SLINGSHOT, new Need("Slingshot", List.of("libfabric", "ofi"), "libfabric (cxi provider)"));
    }

    @Override
    public void check(CheckContext context, Findings findings) {
        MpiSpec mpi = context.recipe().getMpi();
        if (mpi == null || mpi.getMode() != MpiMode.HYBRID) {
            return;
        }
        Set<String> has = mpi.getFabrics().stream().map(f -> f.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        Map<Interconnect, List<Partition>> fast = context.partitions().stream()
                .filter(p -> p.isSetInterconnect() && NEEDS.containsKey(p.getInterconnect()))
                .collect(Collectors.groupingBy(Partition::getInterconnect, () -> new EnumMap<>(Interconnect.class),
                        Collectors.toList()));
        fast.forEach((interconnect, partitions) -> {
            Need need = NEEDS.get(interconnect);
            String where = "partition" + (partitions.size() == 1 ? " " : "s ") + partitions.stream()
                    .map(p -> "'" + p.getName() + "'").collect(Collectors.joining(", ")) + " of " + context.siteLabel();
            List<String> drivers = need.libraries().stream().filter(has::contains).toList();
            if (drivers.isEmpty()) {
                findings.warning(FABRIC_MISSING, Subject.MPI, where + " use" + (partitions.size() == 1 ? "s " : " ")
                        + need.fabric() + ", but the image's MPI lists no library for it (mpi.fabrics: " + mpi.getFabrics()
                        + "), so it will fall back to TCP, slowly, or fail; add " + need.suggestion()
                        + " to mpi.fabrics and install it in the image, or use bind mode to take the host's");
            } else {
                findings.info(FABRIC_OK, Subject.MPI, "the image's MPI can drive " + need.fabric() + " on " + where
                        + " through " + String.join(", ", drivers));
            }
        });
    }
}
