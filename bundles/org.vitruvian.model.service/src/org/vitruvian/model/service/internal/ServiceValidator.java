package org.vitruvian.model.service.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.osgi.service.component.annotations.Component;
import org.vitruvian.model.common.CommonPackage;
import org.vitruvian.model.common.Named;
import org.vitruvian.model.common.Version;
import org.vitruvian.model.common.validation.ModelProblem;
import org.vitruvian.model.common.validation.ModelValidator;
import org.vitruvian.model.common.validation.PlainNames;
import org.vitruvian.model.common.validation.RuleViolation;
import org.vitruvian.model.recipe.ContainerRecipe;
import org.vitruvian.model.service.DataPort;
import org.vitruvian.model.service.ExecutionKind;
import org.vitruvian.model.service.Parameter;
import org.vitruvian.model.service.ParameterChecks;
import org.vitruvian.model.service.ResourceChecks;
import org.vitruvian.model.service.ServiceDefinition;
import org.vitruvian.model.service.ServicePackage;
import org.vitruvian.model.service.ServicePackage.Literals;

/**
 * Checks service definitions. Parameters, ports and resource requests also appear inside
 * workflows; the workflow validator checks those with its own codes, so this one looks only at
 * what a ServiceDefinition contains.
 */
@Component(service = ModelValidator.class, property = ModelValidator.PACKAGE_PROPERTY + "=" + ServicePackage.eNS_URI)
public final class ServiceValidator extends ModelValidator {

    static final String FAMILY = "service";

    @Override
    public EPackage validatedPackage() {
        return ServicePackage.eINSTANCE;
    }

    @Override
    protected void check(EObject object, DiagnosticChain problems, Map<Object, Object> context) {
        if (object instanceof ServiceDefinition service) {
            checkService(service, problems);
        }
    }

    private void checkService(ServiceDefinition service, DiagnosticChain problems) {
        if (service.getVersion() != null) {
            try {
                Version.parse(service.getVersion());
            } catch (IllegalArgumentException e) {
                problems.add(ModelProblem.error(FAMILY + ".version-syntax", "The service version " + e.getMessage()
                        + " (workflows match it against ranges such as [1.0,2.0)).", service,
                        Literals.SERVICE_DEFINITION__VERSION));
            }
        }
        List<Named> names = new ArrayList<>();
        names.addAll(service.getInputs());
        names.addAll(service.getOutputs());
        names.addAll(service.getParameters());
        checkUniqueNames(FAMILY + ".duplicate-name", names, CommonPackage.Literals.NAMED__NAME, "input, output or parameter",
                "Links and command placeholders such as {name} refer to inputs, outputs and parameters by name.", problems);
        checkPorts(service.getInputs(), problems);
        checkPorts(service.getOutputs(), problems);
        for (Parameter parameter : service.getParameters()) {
            report(ParameterChecks.definition(parameter), problems);
        }
        if (service.getResources() != null) {
            report(ResourceChecks.of(service.getResources()), problems);
        }
        checkCommand(service, problems);
        checkMpi(service, problems);
    }

    /** A run writes each port to a file NAME.FORMAT in the step's folder: both must stay inside it. */
    private static void checkPorts(List<DataPort> ports, DiagnosticChain problems) {
        for (DataPort port : ports) {
            String name = PlainNames.nameProblem("port", port.getName());
            if (name != null) {
                problems.add(ModelProblem.error(FAMILY + ".port-name", name, port, CommonPackage.Literals.NAMED__NAME));
            }
            String format = PlainNames.formatProblem(port.getName(), port.getFormat());
            if (format != null) {
                problems.add(ModelProblem.error(FAMILY + ".port-format", format, port, Literals.DATA_PORT__FORMAT));
            }
        }
    }

    /**
     * Every {name} must be something a run can fill in; a typo would otherwise reach the
     * target's shell as a literal word. {{ and }} stand for literal braces.
     */
    private void checkCommand(ServiceDefinition service, DiagnosticChain problems) {
        Set<String> known = new LinkedHashSet<>();
        service.getParameters().forEach(p -> known.add(p.getName()));
        service.getInputs().forEach(p -> known.add(p.getName()));
        service.getOutputs().forEach(p -> known.add(p.getName()));
        for (String word : service.getCommand()) {
            String problem = placeholderProblem(word, known);
            if (problem != null) {
                problems.add(ModelProblem.error(FAMILY + ".command", "In the command word '" + word + "': " + problem, service,
                        Literals.SERVICE_DEFINITION__COMMAND));
            }
        }
    }

    static String placeholderProblem(String word, Set<String> known) {
        int i = 0;
        while (i < word.length()) {
            char c = word.charAt(i);
            boolean doubled = i + 1 < word.length() && word.charAt(i + 1) == c;
            if (c == '{' && !doubled) {
                int close = word.indexOf('}', i + 1);
                if (close < 0) {
                    return "'{' is not closed; write {name} for a placeholder or {{ for a literal brace.";
                }
                String name = word.substring(i + 1, close);
                if (!known.contains(name)) {
                    return "{" + name + "} is not a parameter, input or output of this service; "
                            + (known.isEmpty() ? "it has none, so write {{ for a literal brace."
                                    : "placeholders can be: " + String.join(", ", known) + ".");
                }
                i = close + 1;
            } else if (c == '}' && !doubled) {
                return "'}' closes no placeholder; write }} for a literal brace.";
            } else {
                i += c == '{' || c == '}' ? 2 : 1;
            }
        }
        return null;
    }

    private void checkMpi(ServiceDefinition service, DiagnosticChain problems) {
        boolean mpi = service.getExecution() == ExecutionKind.MPI;
        ContainerRecipe recipe = service.getDefaultRecipe();
        if (mpi && recipe != null && !recipe.eIsProxy() && recipe.getMpi() == null) {
            problems.add(ModelProblem.error(FAMILY + ".mpi", "The service runs as kind mpi, but its recipe '" + recipe.getName()
                    + "' says nothing about MPI; add an 'mpi' section to the recipe (implementation, version, mode).", service,
                    Literals.SERVICE_DEFINITION__DEFAULT_RECIPE));
        }
        if (!mpi && service.getResources() != null && service.getResources().getMpiRanks() != null) {
            problems.add(ModelProblem.error(FAMILY + ".mpi", "mpiRanks applies to MPI services; set 'kind: mpi' on the service "
                    + "or remove mpiRanks.", service.getResources(), Literals.RESOURCE_REQUEST__MPI_RANKS));
        }
    }

    private static void report(List<RuleViolation> violations, DiagnosticChain problems) {
        violations.forEach(v -> problems.add(v.toError(FAMILY)));
    }
}
