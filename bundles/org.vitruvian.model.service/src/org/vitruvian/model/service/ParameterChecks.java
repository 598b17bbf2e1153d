package org.vitruvian.model.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.vitruvian.model.common.validation.RuleViolation;
import org.vitruvian.model.service.ServicePackage.Literals;

/**
 * What a parameter's values must be: of its type, within min and max, one of its choices.
 * Service definitions, workflow parameters, step values and sweep axes all check values here,
 * so a value accepted in one place is accepted in every other.
 */
public final class ParameterChecks {

    /** Rule: a value does not read as the parameter's type. */
    public static final String TYPE = "parameter-type";
    /** Rule: a value lies outside min and max, or the bounds themselves are wrong. */
    public static final String RANGE = "parameter-range";
    /** Rule: a value is not one of the parameter's choices. */
    public static final String CHOICE = "parameter-choice";

    // Stricter than Double.parseDouble, which also takes 0x1p3, 1.5d, NaN and Infinity.
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,18}");

    private ParameterChecks() {
    }

    /** Problems in the definition itself: its bounds, its choices and its default. */
    public static List<RuleViolation> definition(Parameter parameter) {
        List<RuleViolation> problems = new ArrayList<>();
        ParameterType type = parameter.getType();
        boolean numeric = type == ParameterType.INTEGER || type == ParameterType.NUMBER;
        if (!numeric && (parameter.getMin() != null || parameter.getMax() != null)) {
            problems.add(new RuleViolation(RANGE, parameter,
                    parameter.getMin() != null ? Literals.PARAMETER__MIN : Literals.PARAMETER__MAX,
                    "Parameter '" + parameter.getName() + "' is of type " + type.getLiteral()
                            + "; min and max apply to integer and number parameters only. Remove them, or use choices."));
        }
        if (numeric && parameter.getMin() != null && parameter.getMax() != null && parameter.getMin() > parameter.getMax()) {
            problems.add(new RuleViolation(RANGE, parameter, Literals.PARAMETER__MAX, "Parameter '" + parameter.getName()
                    + "' has max " + format(parameter.getMax()) + " below its min " + format(parameter.getMin())
                    + "; swap them."));
        }
        for (String choice : parameter.getChoices()) {
            value(parameter, choice, parameter, Literals.PARAMETER__CHOICES, false).ifPresent(problem -> problems.add(
                    new RuleViolation(problem.rule(), problem.object(), problem.feature(), "Choice " + problem.message())));
        }
        if (parameter.getDefault() != null) {
            value(parameter, parameter.getDefault(), parameter, Literals.PARAMETER__DEFAULT).ifPresent(problem -> problems
                    .add(new RuleViolation(problem.rule(), problem.object(), problem.feature(), "Default " + problem.message())));
        }
        return problems;
    }

    /**
     * The problem with giving {@code value} to {@code parameter}, if any.
     *
     * @param where   the object the value is written in, reported with the problem
     * @param feature where in that object the value is written
     */
    public static Optional<RuleViolation> value(Parameter parameter, String value, EObject where, EStructuralFeature feature) {
        return value(parameter, value, where, feature, true);
    }

    private static Optional<RuleViolation> value(Parameter parameter, String value, EObject where, EStructuralFeature feature,
            boolean checkChoices) {
        ParameterType type = parameter.getType();
        String name = "'" + parameter.getName() + "'";
        if (!isValid(type, value)) {
            return Optional.of(new RuleViolation(TYPE, where, feature, "'" + value + "' is not " + describe(type)
                    + ", which parameter " + name + " takes; write " + example(type) + "."));
        }
        OptionalDouble number = number(type, value);
        if (number.isPresent()) {
            double x = number.getAsDouble();
            Double min = parameter.getMin();
            Double max = parameter.getMax();
            if (min != null && x < min || max != null && x > max) {
                return Optional.of(new RuleViolation(RANGE, where, feature, "'" + value + "' is " + (min != null && x < min
                        ? "below the minimum " + withUnit(min, parameter) : "above the maximum " + withUnit(max, parameter))
                        + " of parameter " + name + "; use a value " + bounds(parameter) + "."));
            }
        }
        if (checkChoices && !parameter.getChoices().isEmpty() && !isChoice(parameter, value)) {
            return Optional.of(new RuleViolation(CHOICE, where, feature, "'" + value + "' is not a choice of parameter " + name
                    + "; use one of: " + String.join(", ", parameter.getChoices()) + "."));
        }
        return Optional.empty();
    }

    /** Whether {@code value} reads as a value of {@code type}. */
    public static boolean isValid(ParameterType type, String value) {
        if (value == null) {
            return false;
        }
        String text = value.strip();
        return switch (type) {
            case INTEGER -> INTEGER.matcher(text).matches();
            case NUMBER -> NUMBER.matcher(text).matches() && Double.isFinite(Double.parseDouble(text));
            case BOOLEAN -> text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false");
            case STRING -> true;
        };
    }

    /** The value as a number, when the type is numeric and the value reads as one. */
    public static OptionalDouble number(ParameterType type, String value) {
        if ((type == ParameterType.INTEGER || type == ParameterType.NUMBER) && isValid(type, value)) {
            return OptionalDouble.of(Double.parseDouble(value.strip()));
        }
        return OptionalDouble.empty();
    }

    /**
     * Whether a value of a parameter of type {@code from} can be given to one of type {@code to}:
     * the same type, or a whole number where any number is taken.
     */
    public static boolean isAssignable(ParameterType from, ParameterType to) {
        return from == to || from == ParameterType.INTEGER && to == ParameterType.NUMBER;
    }

    /** A number as a person writes it: 2 rather than 2.0, 0.0073 rather than 7.3E-3. */
    public static String format(double number) {
        return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
    }

    private static boolean isChoice(Parameter parameter, String value) {
        OptionalDouble number = number(parameter.getType(), value);
        for (String choice : parameter.getChoices()) {
            OptionalDouble choiceNumber = number(parameter.getType(), choice);
            boolean same = number.isPresent() && choiceNumber.isPresent()
                    ? number.getAsDouble() == choiceNumber.getAsDouble()
                    : parameter.getType() == ParameterType.BOOLEAN ? choice.strip().equalsIgnoreCase(value.strip())
                            : choice.equals(value);
            if (same) {
                return true;
            }
        }
        return false;
    }

    private static String bounds(Parameter parameter) {
        String unit = parameter.getUnit() == null ? "" : " " + parameter.getUnit();
        if (parameter.getMin() != null && parameter.getMax() != null) {
            return "from " + format(parameter.getMin()) + " to " + format(parameter.getMax()) + unit;
        }
        return parameter.getMin() != null ? "of at least " + format(parameter.getMin()) + unit
                : "of at most " + format(parameter.getMax()) + unit;
    }

    private static String withUnit(double bound, Parameter parameter) {
        return format(bound) + (parameter.getUnit() == null ? "" : " " + parameter.getUnit());
    }

    private static String describe(ParameterType type) {
        return switch (type) {
            case INTEGER -> "a whole number";
            case NUMBER -> "a number";
            case BOOLEAN -> "true or false";
            case STRING -> "text";
        };
    }

    private static String example(ParameterType type) {
        return switch (type) {
            case INTEGER -> "digits only, such as 42";
            case NUMBER -> "a decimal number such as 0.5 or 1e-3";
            case BOOLEAN -> "true or false";
            case STRING -> "any text";
        };
    }
}
