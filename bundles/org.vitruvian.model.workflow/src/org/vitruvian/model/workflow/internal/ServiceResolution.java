package org.vitruvian.model.workflow.internal;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.vitruvian.model.common.Named;
import org.vitruvian.model.common.VersionRange;
import org.vitruvian.model.common.validation.Suggestions;
import org.vitruvian.model.service.DataPort;
import org.vitruvian.model.service.ExecutionKind;
import org.vitruvian.model.service.Parameter;
import org.vitruvian.model.service.ServiceDefinition;
import org.vitruvian.model.workflow.ServiceRef;
import org.vitruvian.model.workflow.StepServices;
import org.vitruvian.model.workflow.Step;
import org.vitruvian.model.workflow.Workflow;
import org.vitruvian.model.workflow.WorkflowPackage.Literals;

/**
 * Which imported service definition each step runs: the one with the step's id and the highest
 * version in the step's range. Steps whose service does not resolve are reported here once, and
 * the other checks then skip what depends on the service.
 */
final class ServiceResolution {

    private final Map<Step, ServiceDefinition> services = new IdentityHashMap<>();

    ServiceResolution(Workflow workflow, Problems problems) {
        List<ServiceDefinition> imports = workflow.getImports().stream().filter(s -> !s.eIsProxy()).toList();
        checkDuplicateImports(workflow, imports, problems);
        for (Step step : workflow.getSteps()) {
            resolve(step, imports, problems).ifPresent(service -> services.put(step, service));
        }
    }

    /** The step's service, when it resolved. */
    Optional<ServiceDefinition> of(Step step) {
        return Optional.ofNullable(services.get(step));
    }

    /** How the step runs: as it says, else as its service says, else batch. */
    ExecutionKind kindOf(Step step) {
        if (step.isSetExecution()) {
            return step.getExecution();
        }
        return of(step).filter(ServiceDefinition::isSetExecution).map(ServiceDefinition::getExecution).orElse(ExecutionKind.BATCH);
    }

    static Optional<Parameter> parameter(ServiceDefinition service, String name) {
        return service.getParameters().stream().filter(p -> p.getName() != null && p.getName().equals(name)).findFirst();
    }

    static Optional<DataPort> port(List<DataPort> ports, String name) {
        return ports.stream().filter(p -> p.getName() != null && p.getName().equals(name)).findFirst();
    }

    static List<String> names(List<? extends Named> named) {
        return named.stream().map(Named::getName).toList();
    }

    private static void checkDuplicateImports(Workflow workflow, List<ServiceDefinition> imports, Problems problems) {
        Set<String> seen = new LinkedHashSet<>();
        Set<ServiceDefinition> distinct = Collections.newSetFromMap(new IdentityHashMap<>());
        for (ServiceDefinition service : imports) {
            if (distinct.add(service) && !seen.add(service.getId() + " " + service.getVersion())) {
                problems.error("duplicate-import", "Two imported files define service " + service.getId() + " "
                        + service.getVersion() + ", so steps asking for it are ambiguous; import one of them.", workflow,
                        Literals.WORKFLOW__IMPORTS);
            }
        }
    }

    private static Optional<ServiceDefinition> resolve(Step step, List<ServiceDefinition> imports, Problems problems) {
        ServiceRef ref = step.getService();
        if (ref == null || ref.getId() == null) {
            return Optional.empty();
        }
        List<ServiceDefinition> candidates = imports.stream().filter(s -> ref.getId().equals(s.getId())).toList();
        if (candidates.isEmpty()) {
            List<String> known = imports.stream().map(ServiceDefinition::getId).distinct().toList();
            problems.error("unknown-service", "No imported service has the id '" + ref.getId() + "'"
                    + (known.isEmpty() ? "; the workflow imports none." : "; imported: " + describe(imports) + ".")
                    + Suggestions.didYouMean(ref.getId(), known)
                    + " Add the file that defines it to 'imports' (a path relative to this file).", ref,
                    Literals.SERVICE_REF__ID);
            return Optional.empty();
        }
        VersionRange range;
        try {
            range = VersionRange.parse(ref.getVersion());
        } catch (IllegalArgumentException e) {
            problems.error("version-syntax", "The version of service " + ref.getId() + ": " + e.getMessage() + ".", ref,
                    Literals.SERVICE_REF__VERSION);
            return Optional.empty();
        }
        Optional<ServiceDefinition> best = StepServices.bestMatch(candidates, range, ref.getVersion() != null);
        if (best.isEmpty()) {
            problems.error("service-version", "No imported version of service " + ref.getId() + " lies in '" + range
                    + "'; imported: " + describe(candidates) + ". Change the version the step asks for, or import a "
                    + "definition of a matching version.", ref, Literals.SERVICE_REF__VERSION);
        }
        return best;
    }


    private static String describe(List<ServiceDefinition> services) {
        return String.join(", ", services.stream().map(s -> s.getId() + " " + s.getVersion()).toList());
    }
}
