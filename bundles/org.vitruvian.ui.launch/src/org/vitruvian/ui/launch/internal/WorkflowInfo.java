package org.vitruvian.ui.launch.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.vitruvian.core.VitruvianException;
import org.vitruvian.core.diagnostics.Diagnostic;
import org.vitruvian.core.services.ServiceHandle;
import org.vitruvian.core.services.ServiceUnavailableException;
import org.vitruvian.core.services.Services;
import org.vitruvian.model.service.DataPort;
import org.vitruvian.model.service.Parameter;
import org.vitruvian.model.service.ParameterType;
import org.vitruvian.model.workflow.Workflow;
import org.vitruvian.model.yaml.ModelService;

/**
 * What the launch tabs show of a workflow: its parameters (type, unit, range, choices, default)
 * and inputs (format), read through the {@link ModelService} the CLI reads them with.
 *
 * @param problem why the workflow could not be read, null when it was
 */
record WorkflowInfo(String name, List<ParameterInfo> parameters, List<InputInfo> inputs, String problem) {

    record ParameterInfo(String name, ParameterType type, String unit, Double min, Double max, List<String> choices,
            String defaultValue, String description) {

        /** "30 to 250, default 70": what stands beside a field (whose label carries the unit). */
        String hint() {
            String range = range();
            return (range.isEmpty() ? "" : range + ", ") + (defaultValue == null ? "required" : "default " + defaultValue);
        }

        /** "30 to 250", "at least 0", or "" when the parameter has no bounds. */
        String range() {
            if (min != null && max != null) {
                return number(min) + " to " + number(max);
            } else if (min != null) {
                return "at least " + number(min);
            } else if (max != null) {
                return "at most " + number(max);
            }
            return "";
        }

        /** Why {@code text} is not a value of this parameter, or null when it is (empty means the default). */
        String check(String text) {
            String value = text.strip();
            if (value.isEmpty()) {
                return defaultValue == null ? name + " has no default; give a value" : null;
            }
            switch (type) {
                case INTEGER, NUMBER -> {
                    double number;
                    try {
                        number = type == ParameterType.INTEGER ? Long.parseLong(value) : Double.parseDouble(value);
                    } catch (NumberFormatException e) {
                        return name + ": '" + value + "' is not " + (type == ParameterType.INTEGER ? "an integer" : "a number");
                    }
                    if (min != null && number < min || max != null && number > max) {
                        return name + ": " + value + " is outside " + range() + (unit == null || unit.isBlank() ? "" : " " + unit);
                    }
                    return null;
                }
                case BOOLEAN -> {
                    return value.equals("true") || value.equals("false") ? null : name + ": give true or false";
                }
                default -> {
                    return choices.isEmpty() || choices.contains(value) ? null
                            : name + ": '" + value + "' is not one of " + String.join(", ", choices);
                }
            }
        }

        private static String number(double value) {
            return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
        }
    }

    record InputInfo(String name, String format, boolean optional, String description) {
    }

    static WorkflowInfo load(Path file) {
        if (file == null || !Files.isRegularFile(file)) {
            return new WorkflowInfo(null, List.of(), List.of(), file == null ? "No workflow file chosen."
                    : file + " is not there; choose the workflow file.");
        }
        try (ServiceHandle<ModelService> models = Services.await(WorkflowInfo.class, ModelService.class)) {
            ModelService.ModelSet set = models.get().load(List.of(file));
            Workflow workflow = set.models().stream().map(ModelService.LoadedModel::root)
                    .filter(Workflow.class::isInstance).map(Workflow.class::cast).findFirst().orElse(null);
            if (workflow == null) {
                String first = set.report().diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::format)
                        .findFirst().orElse(file + " is not a workflow (kind: Workflow).");
                return new WorkflowInfo(null, List.of(), List.of(), first);
            }
            List<ParameterInfo> parameters = new ArrayList<>();
            for (Parameter p : workflow.getParameters()) {
                parameters.add(new ParameterInfo(p.getName(), p.getType(), p.getUnit(), p.getMin(), p.getMax(),
                        List.copyOf(p.getChoices()), p.getDefault(), p.getDescription()));
            }
            List<InputInfo> inputs = new ArrayList<>();
            for (DataPort input : workflow.getInputs()) {
                inputs.add(new InputInfo(input.getName(), input.getFormat(), input.isOptional(), input.getDescription()));
            }
            return new WorkflowInfo(workflow.getName(), List.copyOf(parameters), List.copyOf(inputs), null);
        } catch (VitruvianException | ServiceUnavailableException e) {
            return new WorkflowInfo(null, List.of(), List.of(), e.getMessage());
        }
    }
}
