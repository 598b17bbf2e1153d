package org.vitruvian.model.workflow.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.vitruvian.model.common.CommonPackage;
import org.vitruvian.model.common.Version;
import org.vitruvian.model.common.validation.PlainNames;
import org.vitruvian.model.common.validation.Suggestions;
import org.vitruvian.model.recipe.ContainerRecipe;
import org.vitruvian.model.service.DataPort;
import org.vitruvian.model.service.ExecutionKind;
import org.vitruvian.model.service.Parameter;
import org.vitruvian.model.service.ParameterChecks;
import org.vitruvian.model.service.ResourceChecks;
import org.vitruvian.model.service.ServiceDefinition;
import org.vitruvian.model.service.ServicePackage;
import org.vitruvian.model.workflow.ParameterValue;
import org.vitruvian.model.workflow.Step;
import org.vitruvian.model.workflow.SweepAxis;
import org.vitruvian.model.workflow.Workflow;
import org.vitruvian.model.workflow.WorkflowPackage.Literals;

/** The workflow's own declarations and each step on its own: names, parameters, resources, kind. */
final class StepCheck {

    private final Workflow workflow;
    private final ServiceResolution services;
    private final Problems problems;

    StepCheck(Workflow workflow, ServiceResolution services, Problems problems) {
        this.workflow = workflow;
        this.services = services;
        this.problems = problems;
    }

    void run() {
        WorkflowValidator.uniqueNames(workflow.getSteps(), "step", "Links and reports refer to steps by name.", problems);
        WorkflowValidator.uniqueNames(workflow.getParameters(), "workflow parameter",
                "Steps bind workflow parameters by name, and runs set them with --param NAME=VALUE.", problems);
        WorkflowValidator.uniqueNames(workflow.getInputs(), "workflow input", "Links take data from workflow inputs by name.",
                problems);
        WorkflowValidator.uniqueNames(workflow.getOutputs(), "workflow output",
                "Links deliver data to workflow outputs by name.", problems);
        if (workflow.getVersion() != null) {
            try {
                Version.parse(workflow.getVersion());
            } catch (IllegalArgumentException e) {
                problems.error("version-syntax", "The workflow version " + e.getMessage() + ".", workflow,
                        Literals.WORKFLOW__VERSION);
            }
        }
        for (Parameter parameter : workflow.getParameters()) {
            problems.add(ParameterChecks.definition(parameter));
        }
        checkPorts(workflow.getInputs());
        checkPorts(workflow.getOutputs());
        for (DataPort input : workflow.getInputs()) {
            if (input.getDataClass() == null) {
                problems.error("data-class", "Workflow input '" + input.getName() + "' does not say how sensitive it is; "
                        + "add a dataClass (kind: scientific or clinical, owner: industry, academy or hospital) so that "
                        + "Vitruvian can tell where the data may go.", input, CommonPackage.Literals.NAMED__NAME);
            }
        }
        for (Step step : workflow.getSteps()) {
            checkStep(step);
        }
    }

    /** A run stores the workflow's inputs and outputs as files NAME.FORMAT: both must stay inside its folder. */
    private void checkPorts(List<DataPort> ports) {
        for (DataPort port : ports) {
            String name = PlainNames.nameProblem("port", port.getName());
            if (name != null) {
                problems.error("port-name", name, port, CommonPackage.Literals.NAMED__NAME);
            }
            String format = PlainNames.formatProblem(port.getName(), port.getFormat());
            if (format != null) {
                problems.error("port-format", format, port, ServicePackage.Literals.DATA_PORT__FORMAT);
            }
        }
    }

    private void checkStep(Step step) {
        if (step.getName() != null && step.getName().contains(".")) {
            problems.error("step-name", "The step name '" + step.getName() + "' contains '.', which separates step and port "
                    + "in links (STEP.PORT); use '-' instead, e.g. '" + step.getName().replace('.', '-') + "'.", step,
                    CommonPackage.Literals.NAMED__NAME);
        } else if (PlainNames.nameProblem("step", step.getName()) != null) {
            // The step's folder in a run is named after it (steps/NAME).
            problems.error("step-name", PlainNames.nameProblem("step", step.getName()), step, CommonPackage.Literals.NAMED__NAME);
        }
        WorkflowValidator.uniqueNames(step.getParameters(), "value of a parameter", "A parameter takes one value per step.",
                problems);
        Optional<ServiceDefinition> service = services.of(step);
        service.ifPresent(s -> checkParameters(step, s));
        if (step.getResources() != null) {
            problems.add(ResourceChecks.of(step.getResources()));
        }
        if (step.getRetries() != null && step.getRetries() < 0) {
            problems.error("retries", "retries is " + step.getRetries() + "; give how often a failed run is tried again "
                    + "(0 or more).", step, Literals.STEP__RETRIES);
        }
        if (WorkflowValidator.stated(step, Literals.STEP__IDENTIFIABILITY_AFTER) && !step.isDeidentifies()) {
            problems.error("deidentify", "identifiabilityAfter says what a de-identification step writes, but this step "
                    + "does not de-identify; add 'deidentifies: true' if it does, or remove identifiabilityAfter.", step,
                    Literals.STEP__IDENTIFIABILITY_AFTER);
        }
        ExecutionKind kind = services.kindOf(step);
        new SweepCheck(step, service.orElse(null), kind, problems).run();
        if (kind == ExecutionKind.MPI) {
            checkMpiRecipe(step, service.orElse(null));
        }
    }

    private void checkParameters(Step step, ServiceDefinition service) {
        Set<String> given = new HashSet<>();
        for (ParameterValue value : step.getParameters()) {
            given.add(value.getName());
            Optional<Parameter> parameter = ServiceResolution.parameter(service, value.getName());
            if (parameter.isEmpty()) {
                List<String> known = ServiceResolution.names(service.getParameters());
                problems.error("unknown-parameter", "Service " + service.getId() + " has no parameter '" + value.getName()
                        + "'" + (known.isEmpty() ? "; it takes none." : "; its parameters: " + String.join(", ", known) + ".")
                        + Suggestions.didYouMean(value.getName(), known), value, CommonPackage.Literals.NAMED__NAME);
                continue;
            }
            checkValue(value, parameter.get());
        }
        if (step.getSweep() != null) {
            step.getSweep().getAxes().stream().map(SweepAxis::getName).forEach(given::add);
        }
        for (Parameter parameter : service.getParameters()) {
            if (parameter.getDefault() == null && !given.contains(parameter.getName())) {
                problems.error("missing-parameter", "Service " + service.getId() + " needs a value for '" + parameter.getName()
                        + "', which has no default; add it under the step's parameters with 'value:' or 'bind:' a workflow "
                        + "parameter.", step, CommonPackage.Literals.NAMED__NAME);
            }
        }
    }

    private void checkValue(ParameterValue value, Parameter parameter) {
        boolean hasValue = value.getValue() != null;
        Parameter bound = value.getBind();
        if (hasValue == (bound != null)) {
            problems.error("parameter-value", "Parameter '" + value.getName() + "' needs exactly one of 'value' (given here) "
                    + "or 'bind' (the name of a workflow parameter)" + (hasValue ? "; remove one of them." : "."), value,
                    CommonPackage.Literals.NAMED__NAME);
            return;
        }
        if (hasValue) {
            ParameterChecks.value(parameter, value.getValue(), value, Literals.PARAMETER_VALUE__VALUE)
                    .ifPresent(problem -> problems.add(List.of(problem)));
            return;
        }
        if (!ParameterChecks.isAssignable(bound.getType(), parameter.getType())) {
            problems.error("parameter-type", "Workflow parameter '" + bound.getName() + "' is of type "
                    + bound.getType().getLiteral() + ", but '" + parameter.getName() + "' takes "
                    + parameter.getType().getLiteral() + " values; bind a workflow parameter of type "
                    + parameter.getType().getLiteral() + ".", value, Literals.PARAMETER_VALUE__BIND);
        } else if (bound.getDefault() != null) {
            ParameterChecks.value(parameter, bound.getDefault(), value, Literals.PARAMETER_VALUE__BIND)
                    .ifPresent(problem -> problems.error(problem.rule(), "The default of workflow parameter '"
                            + bound.getName() + "' does not fit this step: " + problem.message(), problem.object(),
                            problem.feature()));
        }
    }

    private void checkMpiRecipe(Step step, ServiceDefinition service) {
        ContainerRecipe recipe = step.getRecipe() != null ? step.getRecipe() : service == null ? null : service.getDefaultRecipe();
        if (recipe == null || recipe.eIsProxy() || recipe.getMpi() != null) {
            return;
        }
        problems.error("mpi", "Step '" + step.getName() + "' runs as kind mpi, but its recipe '" + recipe.getName()
                + "' says nothing about MPI; add an 'mpi' section to the recipe, or run the step as another kind.", step,
                step.isSetExecution() ? Literals.STEP__EXECUTION : step.getRecipe() != null ? Literals.STEP__RECIPE
                        : CommonPackage.Literals.NAMED__NAME);
    }
}
