package org.vitruvian.model.common.validation;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EValidator;

/**
 * Base of the validators of Vitruvian models. A validator is registered as an OSGi service
 * ({@code @Component(service = ModelValidator.class)}) with the property
 * {@value #PACKAGE_PROPERTY} naming the nsURI of the package it validates; third parties add
 * checks for their own models the same way. Structural problems (unknown keys, wrong types,
 * missing required keys, dangling references) are reported by the YAML reader; validators
 * check what a user can get wrong in meaning.
 */
public abstract class ModelValidator implements EValidator {

    /** Service property: nsURI of the EPackage the validator checks. */
    public static final String PACKAGE_PROPERTY = "vitruvian.model.package";

    /** The package whose objects this validator checks. */
    public abstract EPackage validatedPackage();

    /** Checks one object; adds problems made with {@link ModelProblem} to {@code problems}. */
    protected abstract void check(EObject object, DiagnosticChain problems, Map<Object, Object> context);

    @Override
    public final boolean validate(EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return validate(object.eClass(), object, diagnostics, context);
    }

    @Override
    public final boolean validate(EClass eClass, EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
        if (diagnostics == null) {
            return true;
        }
        check(object, diagnostics, context);
        return true;
    }

    @Override
    public boolean validate(EDataType dataType, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return true;
    }
}
