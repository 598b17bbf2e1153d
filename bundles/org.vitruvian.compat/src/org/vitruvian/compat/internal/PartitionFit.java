package org.vitruvian.compat.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.vitruvian.compat.CompatibilityCodes;
import org.vitruvian.model.common.Units;
import org.vitruvian.model.service.ResourceRequest;
import org.vitruvian.model.site.Partition;

/**
 * Whether a resource request fits a partition's nodes. A limit the partition does not state is
 * not held against the request, except GPUs: a partition that does not list GPUs cannot be counted
 * on to have them.
 */
public final class PartitionFit {

    /** One way the request exceeds the partition: what is wrong, and the request that would fit. */
    public record Shortfall(String code, String problem, String fix) {
    }

    private PartitionFit() {
    }

    /**
     * @param spreads whether the program can use several nodes (an MPI program); if so and the
     *                request gives no node count, it gets as many nodes as its cores need, as a
     *                scheduler would give it
     */
    public static List<Shortfall> shortfalls(ResourceRequest request, Partition partition, boolean spreads) {
        List<Shortfall> shortfalls = new ArrayList<>();
        if (request == null) {
            return shortfalls;
        }
        Integer cores = request.getCores() != null ? request.getCores() : request.getMpiRanks();
        Integer perNodeLimit = partition.getCoresPerNode();
        int nodes = nodes(request, cores, perNodeLimit, spreads);
        if (partition.getNodes() != null && nodes > partition.getNodes()) {
            shortfalls.add(new Shortfall(CompatibilityCodes.RESOURCES_NODES,
                    "has " + partition.getNodes() + " nodes, the request needs " + nodes,
                    "ask for at most " + partition.getNodes() + " nodes"));
        }
        if (cores != null && perNodeLimit != null && perNodeLimit > 0) {
            int perNode = ceilDiv(cores, nodes);
            if (perNode > perNodeLimit) {
                shortfalls.add(new Shortfall(CompatibilityCodes.RESOURCES_CORES,
                        "has " + perNodeLimit + " cores per node, the request needs " + perNode + " per node (" + cores
                                + " cores on " + plural(nodes, "node") + ")",
                        spreads ? "spread the cores over more nodes (nodes: " + ceilDiv(cores, perNodeLimit)
                                + ") or ask for at most " + perNodeLimit + " cores per node"
                                : "ask for at most " + perNodeLimit + " cores, since the program runs on one node"));
            }
        }
        if (request.isSetMemory() && partition.isSetMemoryPerNode() && request.getMemory() > partition.getMemoryPerNode()) {
            String limit = Units.formatByteSize(partition.getMemoryPerNode());
            shortfalls.add(new Shortfall(CompatibilityCodes.RESOURCES_MEMORY,
                    "has " + limit + " of memory per node, the request asks for " + Units.formatByteSize(request.getMemory())
                            + " per node",
                    "ask for at most " + limit + " per node"));
        }
        int gpus = request.getGpus() == null ? 0 : request.getGpus();
        int gpuLimit = partition.getGpusPerNode() == null ? 0 : partition.getGpusPerNode();
        if (gpus > gpuLimit) {
            shortfalls.add(new Shortfall(CompatibilityCodes.RESOURCES_GPUS,
                    (gpuLimit == 0 ? "has no GPUs" : "has " + plural(gpuLimit, "GPU") + " per node") + ", the request asks for "
                            + gpus + " per node",
                    gpuLimit == 0 ? "drop the GPU request" : "ask for at most " + plural(gpuLimit, "GPU") + " per node"));
        }
        Duration walltime = request.getWalltime();
        Duration longest = partition.getMaxWalltime();
        if (walltime != null && longest != null && walltime.compareTo(longest) > 0) {
            shortfalls.add(new Shortfall(CompatibilityCodes.RESOURCES_WALLTIME,
                    "allows jobs of at most " + Units.formatDuration(longest) + ", the request asks for "
                            + Units.formatDuration(walltime),
                    "ask for at most " + Units.formatDuration(longest) + " (checkpoint and restart longer runs)"));
        }
        return shortfalls;
    }

    public static boolean fits(ResourceRequest request, Partition partition, boolean spreads) {
        return shortfalls(request, partition, spreads).isEmpty();
    }

    private static int nodes(ResourceRequest request, Integer cores, Integer perNodeLimit, boolean spreads) {
        if (request.getNodes() != null && request.getNodes() > 0) {
            return request.getNodes();
        }
        if (spreads && cores != null && perNodeLimit != null && perNodeLimit > 0) {
            return Math.max(1, ceilDiv(cores, perNodeLimit));
        }
        return 1;
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }

    static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
