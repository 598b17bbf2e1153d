package org.vitruvian.model.workflow.internal;

import java.util.List;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.vitruvian.model.common.validation.ModelProblem;
import org.vitruvian.model.common.validation.RuleViolation;

/** Where the workflow checks put what they find, all under the code family {@value #FAMILY}. */
final class Problems {

    static final String FAMILY = "workflow";

    private final DiagnosticChain chain;

    Problems(DiagnosticChain chain) {
        this.chain = chain;
    }

    DiagnosticChain chain() {
        return chain;
    }

    void error(String rule, String message, EObject object, EStructuralFeature feature) {
        chain.add(ModelProblem.error(FAMILY + "." + rule, message, object, feature));
    }

    void warning(String rule, String message, EObject object, EStructuralFeature feature) {
        chain.add(ModelProblem.warning(FAMILY + "." + rule, message, object, feature));
    }

    void add(List<RuleViolation> violations) {
        violations.forEach(v -> chain.add(v.toError(FAMILY)));
    }
}
