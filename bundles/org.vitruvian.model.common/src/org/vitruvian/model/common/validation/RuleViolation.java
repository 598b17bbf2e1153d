package org.vitruvian.model.common.validation;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * A broken rule found by a check that several validators share (a parameter value, a resource
 * request), before the validator gives it its code family: the same rule is
 * {@code service.parameter-range} in a service definition and {@code workflow.parameter-range}
 * in a workflow, so a user sees codes of the file they are editing.
 *
 * @param rule the code without its family, e.g. {@code parameter-range}
 */
public record RuleViolation(String rule, EObject object, EStructuralFeature feature, String message) {

    /** The violation as an error with the code {@code family.rule}. */
    public Diagnostic toError(String family) {
        return ModelProblem.error(family + "." + rule, message, object, feature);
    }
}
