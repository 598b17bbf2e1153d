package org.vitruvian.compat.internal;

import static org.vitruvian.compat.CompatibilityCodes.PARTITION_UNKNOWN;
import static org.vitruvian.compat.CompatibilityCodes.RESOURCES_FITS;
import static org.vitruvian.compat.CompatibilityCodes.RESOURCES_NO_PARTITION;
import static org.vitruvian.compat.CompatibilityCodes.RESOURCES_UNCHECKED;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.vitruvian.compat.internal.Findings.Subject;
import org.vitruvian.compat.internal.PartitionFit.Shortfall;
import org.vitruvian.model.site.Partition;

/**
 * The request must fit one partition's nodes: in the named partition, each limit it exceeds is an
 * error naming a request that fits (and a partition where it fits as asked); with no partition
 * named, the run may go to any partition it fits, and only when none does is that an error.
 */
public final class ResourceCheck implements Check {

    @Override
    public void check(CheckContext context, Findings findings) {
        List<Partition> all = context.site().getPartitions();
        if (context.partitionNamed()) {
            Optional<Partition> named = context.namedPartition();
            if (named.isEmpty()) {
                findings.error(PARTITION_UNKNOWN, Subject.SITE, context.siteLabel() + " has no partition '"
                        + context.partitionName() + "'; use one of " + (all.isEmpty() ? "its partitions (it states none)"
                                : names(all)) + ", or leave the partition out to let Vitruvian find those that fit");
                return;
            }
            if (context.resources() != null) {
                checkNamed(context, named.get(), findings);
            }
            return;
        }
        if (context.resources() == null) {
            return;
        }
        if (all.isEmpty()) {
            findings.info(RESOURCES_UNCHECKED, Subject.RESOURCES, context.siteLabel() + " states no partitions, so the"
                    + " request is not checked against its nodes; add partitions to the site model to check it");
            return;
        }
        List<Partition> fitting = all.stream().filter(p -> PartitionFit.fits(context.resources(), p, context.spreads())).toList();
        if (!fitting.isEmpty()) {
            findings.info(RESOURCES_FITS, Subject.RESOURCES, "the request fits partition" + (fitting.size() == 1 ? " " : "s ")
                    + names(fitting) + " of " + context.siteLabel());
            return;
        }
        String why = all.stream()
                .map(p -> "'" + p.getName() + "' " + PartitionFit.shortfalls(context.resources(), p, context.spreads())
                        .stream().map(Shortfall::problem).collect(Collectors.joining(" and ")))
                .collect(Collectors.joining("; "));
        findings.error(RESOURCES_NO_PARTITION, Subject.RESOURCES, "no partition of " + context.siteLabel()
                + " fits the request: " + why + "; lower the request to fit one of them, or pick another site");
    }

    private static void checkNamed(CheckContext context, Partition partition, Findings findings) {
        List<Shortfall> shortfalls = PartitionFit.shortfalls(context.resources(), partition, context.spreads());
        if (shortfalls.isEmpty()) {
            findings.info(RESOURCES_FITS, Subject.RESOURCES,
                    "the request fits partition '" + partition.getName() + "' of " + context.siteLabel());
            return;
        }
        List<Partition> elsewhere = context.site().getPartitions().stream()
                .filter(p -> p != partition && PartitionFit.fits(context.resources(), p, context.spreads())).toList();
        String alternative = elsewhere.isEmpty() ? ", or pick another site"
                : ", or pick partition" + (elsewhere.size() == 1 ? " " : "s ") + names(elsewhere) + ", where it fits";
        for (Shortfall shortfall : shortfalls) {
            findings.error(shortfall.code(), Subject.RESOURCES, "partition '" + partition.getName() + "' of "
                    + context.siteLabel() + " " + shortfall.problem() + "; " + shortfall.fix() + alternative);
        }
    }

    private static String names(List<Partition> partitions) {
        return partitions.stream().map(p -> "'" + p.getName() + "'").collect(Collectors.joining(", "));
    }
}
