package org.vitruvian.model.workflow.internal;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.vitruvian.model.common.CommonPackage;
import org.vitruvian.model.common.validation.RuleViolation;
import org.vitruvian.model.common.validation.Suggestions;
import org.vitruvian.model.service.ExecutionKind;
import org.vitruvian.model.service.Parameter;
import org.vitruvian.model.service.ParameterChecks;
import org.vitruvian.model.service.ParameterType;
import org.vitruvian.model.service.ServiceDefinition;
import org.vitruvian.model.workflow.Step;
import org.vitruvian.model.workflow.Sweep;
import org.vitruvian.model.workflow.SweepAxis;
import org.vitruvian.model.workflow.WorkflowPackage.Literals;

/** A sweep runs its step once per combination of axis values; it must be well formed and of a size a site can take. */
final class SweepCheck {

    /** Largest sweep run unless the sweep says otherwise. */
    static final int DEFAULT_MAX_RUNS = 10_000;

    private final Step step;
    private final ServiceDefinition service;
    private final ExecutionKind kind;
    private final Problems problems;

    SweepCheck(Step step, ServiceDefinition service, ExecutionKind kind, Problems problems) {
        this.step = step;
        this.service = service;
        this.kind = kind;
        this.problems = problems;
    }

    void run() {
        Sweep sweep = step.getSweep();
        if (kind == ExecutionKind.SWEEP && sweep == null) {
            problems.error("sweep-kind", "Step '" + step.getName() + "' runs as kind sweep but has no 'sweep'; add one with the "
                    + "parameter values to run over, or run the step as another kind.", step,
                    step.isSetExecution() ? Literals.STEP__EXECUTION : CommonPackage.Literals.NAMED__NAME);
        }
        if (sweep == null) {
            return;
        }
        if (kind != ExecutionKind.SWEEP) {
            problems.error("sweep-kind", "Step '" + step.getName() + "' has a sweep but runs as kind " + kind.getLiteral()
                    + "; add 'kind: sweep' to the step to run it once per combination, or remove the sweep.", step,
                    step.isSetExecution() ? Literals.STEP__EXECUTION : CommonPackage.Literals.NAMED__NAME);
        }
        if (sweep.getAxes().isEmpty()) {
            problems.error("sweep", "The sweep has no axes; add one per parameter to vary, with 'values' or 'from', 'to' "
                    + "and 'step'.", step, Literals.STEP__SWEEP);
            return;
        }
        if (sweep.getMaxRuns() != null && sweep.getMaxRuns() < 1) {
            problems.error("sweep", "maxRuns is " + sweep.getMaxRuns() + "; give the largest number of runs to allow "
                    + "(default " + DEFAULT_MAX_RUNS + ").", sweep, Literals.SWEEP__MAX_RUNS);
        }
        WorkflowValidator.uniqueNames(sweep.getAxes(), "axis", "A parameter is swept along one axis.", problems);
        BigInteger runs = BigInteger.ONE;
        List<String> sizes = new ArrayList<>();
        for (SweepAxis axis : sweep.getAxes()) {
            long size = checkAxis(axis);
            runs = runs.multiply(BigInteger.valueOf(size));
            sizes.add(axis.getName() + ": " + size);
        }
        int maxRuns = sweep.getMaxRuns() != null && sweep.getMaxRuns() > 0 ? sweep.getMaxRuns() : DEFAULT_MAX_RUNS;
        if (runs.compareTo(BigInteger.valueOf(maxRuns)) > 0) {
            problems.error("sweep-too-large", "The sweep makes " + runs + " runs (" + String.join(" x ", sizes)
                    + "), more than maxRuns " + maxRuns + "; sweep fewer values, or raise maxRuns if the site accepts that many "
                    + "jobs.", sweep, sweep.getMaxRuns() != null ? Literals.SWEEP__MAX_RUNS : Literals.SWEEP__AXES);
        }
    }

    /** Checks one axis and returns how many values it takes (0 when it is malformed). */
    private long checkAxis(SweepAxis axis) {
        Optional<Parameter> parameter = service == null ? Optional.empty()
                : ServiceResolution.parameter(service, axis.getName());
        if (service != null && parameter.isEmpty()) {
            List<String> known = ServiceResolution.names(service.getParameters());
            problems.error("unknown-parameter", "The sweep varies '" + axis.getName() + "', which is not a parameter of service "
                    + service.getId() + (known.isEmpty() ? "" : "; its parameters: " + String.join(", ", known)) + "."
                    + Suggestions.didYouMean(axis.getName(), known), axis, CommonPackage.Literals.NAMED__NAME);
        }
        if (step.getParameters().stream().anyMatch(v -> v.getName() != null && v.getName().equals(axis.getName()))) {
            problems.error("sweep", "'" + axis.getName() + "' is both swept and given under the step's parameters; remove "
                    + "one of them.", axis, CommonPackage.Literals.NAMED__NAME);
        }
        boolean hasValues = !axis.getValues().isEmpty();
        boolean hasRange = axis.getFrom() != null || axis.getTo() != null || axis.getStep() != null;
        if (hasValues && hasRange) {
            problems.error("sweep", "Axis '" + axis.getName() + "' gives both values and a range; keep one of them.", axis,
                    Literals.SWEEP_AXIS__VALUES);
            return 0;
        }
        if (hasValues) {
            parameter.ifPresent(p -> axis.getValues().stream()
                    .map(v -> ParameterChecks.value(p, v, axis, Literals.SWEEP_AXIS__VALUES)).flatMap(Optional::stream)
                    .findFirst().ifPresent(problem -> problems.add(List.of(problem))));
            return axis.getValues().size();
        }
        if (axis.getFrom() == null || axis.getTo() == null || axis.getStep() == null) {
            problems.error("sweep", "Axis '" + axis.getName() + "' needs either 'values' or all of 'from', 'to' and 'step'.",
                    axis, CommonPackage.Literals.NAMED__NAME);
            return 0;
        }
        if (axis.getStep() <= 0) {
            problems.error("sweep", "Axis '" + axis.getName() + "' has step " + ParameterChecks.format(axis.getStep())
                    + "; the step of a range is a positive increment.", axis, Literals.SWEEP_AXIS__STEP);
            return 0;
        }
        if (axis.getTo() < axis.getFrom()) {
            problems.error("sweep", "Axis '" + axis.getName() + "' runs from " + ParameterChecks.format(axis.getFrom())
                    + " down to " + ParameterChecks.format(axis.getTo()) + "; 'to' is the last value and must not be below "
                    + "'from'.", axis, Literals.SWEEP_AXIS__TO);
            return 0;
        }
        parameter.ifPresent(p -> checkRangeValues(axis, p));
        // A small tolerance so that 0 to 1 by 0.1 has 11 values despite binary fractions.
        return (long) Math.floor((axis.getTo() - axis.getFrom()) / axis.getStep() + 1e-9) + 1;
    }

    private void checkRangeValues(SweepAxis axis, Parameter parameter) {
        if (parameter.getType() != ParameterType.INTEGER && parameter.getType() != ParameterType.NUMBER) {
            problems.error("parameter-type", "Parameter '" + parameter.getName() + "' is of type "
                    + parameter.getType().getLiteral() + "; a range (from, to, step) sweeps numbers, so list 'values' instead.",
                    axis, Literals.SWEEP_AXIS__FROM);
            return;
        }
        EStructuralFeature[] features = { Literals.SWEEP_AXIS__FROM, Literals.SWEEP_AXIS__TO, Literals.SWEEP_AXIS__STEP };
        for (EStructuralFeature feature : features) {
            double value = (Double) axis.eGet(feature);
            if (parameter.getType() == ParameterType.INTEGER && value != Math.rint(value)) {
                problems.error("parameter-type", "Parameter '" + parameter.getName() + "' takes whole numbers, so the range's '"
                        + feature.getName() + "' must be one too, not " + ParameterChecks.format(value) + ".", axis, feature);
                return;
            }
        }
        for (EStructuralFeature bound : new EStructuralFeature[] { Literals.SWEEP_AXIS__FROM, Literals.SWEEP_AXIS__TO }) {
            String text = ParameterChecks.format((Double) axis.eGet(bound));
            Optional<RuleViolation> problem = ParameterChecks.value(parameter, text, axis, bound);
            if (problem.isPresent()) {
                problems.add(List.of(problem.get()));
                return;
            }
        }
    }
}
