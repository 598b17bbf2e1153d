package org.vitruvian.model.workflow;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.vitruvian.model.common.Version;
import org.vitruvian.model.common.VersionRange;
import org.vitruvian.model.recipe.ContainerRecipe;
import org.vitruvian.model.service.ExecutionKind;
import org.vitruvian.model.service.ResourceRequest;
import org.vitruvian.model.service.ServiceDefinition;

/**
 * What a step runs, as the checkers, the planner and the execution bridge need it: its service
 * among the workflow's imports, the recipe and resources it gets (its own, else its service's),
 * and how it runs. The workflow validator reports what does not resolve; here it is just absent.
 */
public final class StepServices {

    private StepServices() {
    }

    /** The imported service with the step's id and the highest version in the step's range. */
    public static Optional<ServiceDefinition> serviceOf(Step step) {
        ServiceRef ref = step.getService();
        if (ref == null || ref.getId() == null || !(step.eContainer() instanceof Workflow workflow)) {
            return Optional.empty();
        }
        VersionRange range;
        try {
            range = VersionRange.parse(ref.getVersion());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        List<ServiceDefinition> candidates = workflow.getImports().stream().filter(s -> !s.eIsProxy())
                .filter(s -> ref.getId().equals(s.getId())).toList();
        return bestMatch(candidates, range, ref.getVersion() != null);
    }

    /**
     * Of services with one id, the highest version within {@code range}. A definition whose
     * version does not parse matches only when the step asks for no particular version.
     */
    public static Optional<ServiceDefinition> bestMatch(List<ServiceDefinition> candidates, VersionRange range, boolean versionGiven) {
        return candidates.stream()
                .filter(c -> Version.isValid(c.getVersion()) ? range.includes(Version.parse(c.getVersion())) : !versionGiven)
                .max(Comparator.comparing(StepServices::versionOrLowest));
    }

    /** The step's own recipe, else its service's default recipe. */
    public static Optional<ContainerRecipe> recipeOf(Step step) {
        if (step.getRecipe() != null && !step.getRecipe().eIsProxy()) {
            return Optional.of(step.getRecipe());
        }
        return serviceOf(step).map(ServiceDefinition::getDefaultRecipe).filter(r -> !r.eIsProxy());
    }

    /** The step's own resources, else its service's hints. */
    public static Optional<ResourceRequest> resourcesOf(Step step) {
        return step.getResources() != null ? Optional.of(step.getResources()) : serviceOf(step).map(ServiceDefinition::getResources);
    }

    /** How the step runs: as it says, else as its service says, else batch. */
    public static ExecutionKind executionOf(Step step) {
        if (step.isSetExecution()) {
            return step.getExecution();
        }
        return serviceOf(step).filter(ServiceDefinition::isSetExecution).map(ServiceDefinition::getExecution).orElse(ExecutionKind.BATCH);
    }

    private static Version versionOrLowest(ServiceDefinition service) {
        return Version.isValid(service.getVersion()) ? Version.parse(service.getVersion()) : Version.parse("0-invalid");
    }
}
