package org.vitruvian.model.workflow.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.vitruvian.model.common.Units;
import org.vitruvian.model.common.validation.Suggestions;
import org.vitruvian.model.service.ResourceRequest;
import org.vitruvian.model.service.ServiceDefinition;
import org.vitruvian.model.service.ServicePackage;
import org.vitruvian.model.site.Partition;
import org.vitruvian.model.site.Site;
import org.vitruvian.model.workflow.Step;
import org.vitruvian.model.workflow.Workflow;
import org.vitruvian.model.workflow.WorkflowPackage.Literals;

/**
 * A step pinned to a site must fit one of its partitions, or the scheduler refuses it after the
 * user has waited for the upload. Only sites loaded with the workflow are known; a step pinned
 * to any other site is left to the planner, which knows every site, unless the loaded models
 * are every site there is ({@code vitruvian validate} gives the catalog): then the site is
 * unknown, and said so where the step names it.
 */
final class SiteCapacityCheck {

    /** What a step asks for, each figure from the step or else from its service's hints. */
    private record Demand(Step step, ResourceRequest own, ResourceRequest hints) {

        Object get(EStructuralFeature feature) {
            if (own != null && own.eIsSet(feature)) {
                return own.eGet(feature);
            }
            return hints != null && hints.eIsSet(feature) ? hints.eGet(feature) : null;
        }

        boolean ownFeature(EStructuralFeature feature) {
            return own != null && own.eIsSet(feature);
        }

        int nodes() {
            Integer nodes = (Integer) get(ServicePackage.Literals.RESOURCE_REQUEST__NODES);
            return nodes == null || nodes < 1 ? 1 : nodes;
        }
    }

    /** One way a partition falls short of a demand, and the figure of the step it concerns. */
    private record Shortfall(EStructuralFeature feature, String text) {
    }

    private final Workflow workflow;
    private final ServiceResolution services;
    private final Map<String, Site> sites = new HashMap<>();
    private final Problems problems;

    private final boolean allSitesLoaded;

    SiteCapacityCheck(Workflow workflow, ServiceResolution services, List<EObject> loaded, boolean allSitesLoaded,
            Problems problems) {
        this.workflow = workflow;
        this.services = services;
        this.problems = problems;
        this.allSitesLoaded = allSitesLoaded;
        for (EObject model : loaded) {
            if (model instanceof Site site && site.getId() != null) {
                sites.putIfAbsent(site.getId(), site);
            }
        }
    }

    void run() {
        for (Step step : workflow.getSteps()) {
            Site site = step.getSite() == null ? null : sites.get(step.getSite());
            if (site == null && step.getSite() != null && allSitesLoaded) {
                unknownSite(step);
            }
            if (site != null && !site.getPartitions().isEmpty()) {
                ResourceRequest hints = services.of(step).map(ServiceDefinition::getResources).orElse(null);
                check(new Demand(step, step.getResources(), hints), site);
            }
        }
    }

    private void unknownSite(Step step) {
        List<String> known = sites.values().stream().filter(s -> !s.isProfile()).map(Site::getId).sorted().toList();
        problems.error("unknown-site", "Step '" + step.getName() + "' is pinned to site '" + step.getSite() + "', which is "
                + "neither among the files given nor in the site catalog." + Suggestions.didYouMean(step.getSite(), known)
                + " Known sites: " + String.join(", ", known) + ". Give the site's file with the workflow, add it to "
                + "$VITRUVIAN_HOME/sites, or pin the step to a known site ('vitruvian sites list').", step, Literals.STEP__SITE);
    }

    private void check(Demand demand, Site site) {
        Partition closest = null;
        List<Shortfall> fewest = null;
        for (Partition partition : site.getPartitions()) {
            List<Shortfall> shortfalls = shortfalls(demand, partition);
            if (shortfalls.isEmpty()) {
                return;
            }
            if (fewest == null || shortfalls.size() < fewest.size()) {
                closest = partition;
                fewest = shortfalls;
            }
        }
        Step step = demand.step();
        Shortfall first = fewest.get(0);
        EObject object = demand.ownFeature(first.feature()) ? demand.own() : step;
        EStructuralFeature feature = demand.ownFeature(first.feature()) ? first.feature() : Literals.STEP__SITE;
        String shortfalls = String.join("; ", fewest.stream().map(Shortfall::text).toList());
        String what = site.getPartitions().size() == 1
                ? "site '" + site.getId() + "' has: " + shortfalls
                : "any partition of site '" + site.getId() + "' has; the closest, '" + closest.getName() + "', falls short by "
                        + shortfalls;
        problems.error("site-capacity", "Step '" + step.getName() + "' asks for more than " + what + ". Ask for less, or pin "
                + "the step to a site that is large enough.", object, feature);
    }

    private static List<Shortfall> shortfalls(Demand demand, Partition partition) {
        List<Shortfall> shortfalls = new ArrayList<>();
        int nodes = demand.nodes();
        if (partition.getNodes() != null && nodes > partition.getNodes()) {
            shortfalls.add(new Shortfall(ServicePackage.Literals.RESOURCE_REQUEST__NODES,
                    nodes + " nodes where it has " + partition.getNodes()));
        }
        Integer cores = Optional.ofNullable((Integer) demand.get(ServicePackage.Literals.RESOURCE_REQUEST__CORES))
                .orElse((Integer) demand.get(ServicePackage.Literals.RESOURCE_REQUEST__MPI_RANKS));
        if (cores != null && partition.getCoresPerNode() != null) {
            int perNode = (cores + nodes - 1) / nodes;
            if (perNode > partition.getCoresPerNode()) {
                EStructuralFeature feature = demand.get(ServicePackage.Literals.RESOURCE_REQUEST__CORES) != null
                        ? ServicePackage.Literals.RESOURCE_REQUEST__CORES
                        : ServicePackage.Literals.RESOURCE_REQUEST__MPI_RANKS;
                shortfalls.add(new Shortfall(feature, perNode + " cores per node (" + cores + " on " + nodes + " node"
                        + (nodes == 1 ? "" : "s") + ") where it has " + partition.getCoresPerNode()));
            }
        }
        Long memory = (Long) demand.get(ServicePackage.Literals.RESOURCE_REQUEST__MEMORY);
        if (memory != null && partition.isSetMemoryPerNode() && memory > partition.getMemoryPerNode()) {
            shortfalls.add(new Shortfall(ServicePackage.Literals.RESOURCE_REQUEST__MEMORY, Units.formatByteSize(memory)
                    + " of memory per node where it has " + Units.formatByteSize(partition.getMemoryPerNode())));
        }
        Integer gpus = (Integer) demand.get(ServicePackage.Literals.RESOURCE_REQUEST__GPUS);
        if (gpus != null && gpus > 0 && partition.getGpusPerNode() != null && gpus > partition.getGpusPerNode()) {
            shortfalls.add(new Shortfall(ServicePackage.Literals.RESOURCE_REQUEST__GPUS,
                    gpus + " GPUs per node where it has " + partition.getGpusPerNode()));
        }
        Duration walltime = (Duration) demand.get(ServicePackage.Literals.RESOURCE_REQUEST__WALLTIME);
        if (walltime != null && partition.getMaxWalltime() != null && walltime.compareTo(partition.getMaxWalltime()) > 0) {
            shortfalls.add(new Shortfall(ServicePackage.Literals.RESOURCE_REQUEST__WALLTIME, "a walltime of "
                    + Units.formatDuration(walltime) + " where its limit is " + Units.formatDuration(partition.getMaxWalltime())));
        }
        return shortfalls;
    }
}
