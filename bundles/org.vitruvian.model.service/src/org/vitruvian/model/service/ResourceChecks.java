package org.vitruvian.model.service;

import java.util.ArrayList;
import java.util.List;

import org.vitruvian.model.common.validation.RuleViolation;
import org.vitruvian.model.service.ServicePackage.Literals;

/**
 * What a resource request must be to be submittable anywhere: positive amounts that agree with
 * each other. Whether a particular site can grant it is the workflow's check against the site.
 */
public final class ResourceChecks {

    /** Rule: a request no scheduler would accept. */
    public static final String RESOURCES = "resources";

    private ResourceChecks() {
    }

    public static List<RuleViolation> of(ResourceRequest request) {
        List<RuleViolation> problems = new ArrayList<>();
        if (request.getNodes() != null && request.getNodes() < 1) {
            problems.add(new RuleViolation(RESOURCES, request, Literals.RESOURCE_REQUEST__NODES,
                    "nodes is " + request.getNodes() + "; a run needs at least 1 node."));
        }
        if (request.getCores() != null && request.getCores() < 1) {
            problems.add(new RuleViolation(RESOURCES, request, Literals.RESOURCE_REQUEST__CORES,
                    "cores is " + request.getCores() + "; a run needs at least 1 core."));
        }
        if (request.isSetMemory() && request.getMemory() <= 0) {
            problems.add(new RuleViolation(RESOURCES, request, Literals.RESOURCE_REQUEST__MEMORY,
                    "memory is 0; ask for the memory a node needs, such as 4GiB, or leave it out."));
        }
        if (request.getGpus() != null && request.getGpus() < 0) {
            problems.add(new RuleViolation(RESOURCES, request, Literals.RESOURCE_REQUEST__GPUS,
                    "gpus is " + request.getGpus() + "; write 0 (or leave it out) for no GPUs."));
        }
        if (request.getWalltime() != null && (request.getWalltime().isZero() || request.getWalltime().isNegative())) {
            problems.add(new RuleViolation(RESOURCES, request, Literals.RESOURCE_REQUEST__WALLTIME,
                    "walltime is 0; give the longest time a run may take, such as 2h, or leave it out."));
        }
        if (request.getMpiRanks() != null && request.getMpiRanks() < 1) {
            problems.add(new RuleViolation(RESOURCES, request, Literals.RESOURCE_REQUEST__MPI_RANKS,
                    "mpiRanks is " + request.getMpiRanks() + "; an MPI run has at least 1 rank."));
        }
        if (positive(request.getNodes()) && positive(request.getCores()) && request.getCores() < request.getNodes()) {
            problems.add(new RuleViolation(RESOURCES, request, Literals.RESOURCE_REQUEST__CORES, "cores (" + request.getCores()
                    + ") counts the cores of all nodes together and is fewer than nodes (" + request.getNodes()
                    + "); ask for at least one core per node."));
        }
        if (positive(request.getMpiRanks()) && positive(request.getCores()) && request.getMpiRanks() > request.getCores()) {
            problems.add(new RuleViolation(RESOURCES, request, Literals.RESOURCE_REQUEST__MPI_RANKS, "mpiRanks ("
                    + request.getMpiRanks() + ") is more than cores (" + request.getCores()
                    + "); each rank needs a core of its own, so ask for more cores or fewer ranks."));
        }
        return problems;
    }

    private static boolean positive(Integer value) {
        return value != null && value > 0;
    }
}
