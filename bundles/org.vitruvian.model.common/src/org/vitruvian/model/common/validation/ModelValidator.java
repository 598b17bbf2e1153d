package org.vitruvian.model.common.validation;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
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

    /**
     * Validation context key under which validators find the roots of every model loaded
     * together ({@code List<EObject>}), e.g. the sites given next to a workflow.
     */
    public static final String LOADED_MODELS = "org.vitruvian.model.loaded";

    /**
     * Validation context key whose value {@link Boolean#TRUE} says that the {@link #LOADED_MODELS}
     * hold every site there is (the files given and the whole site catalog), as in
     * {@code vitruvian validate}. Only then can a validator call a site id unknown: without it, a
     * step pinned to a site not loaded is left to the planner, which knows every site.
     */
    public static final String ALL_SITES_LOADED = "org.vitruvian.model.all-sites-loaded";

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

    /** The roots of every model loaded together with the one being checked (see {@link #LOADED_MODELS}). */
    protected static List<EObject> loadedModels(Map<Object, Object> context) {
        Object models = context == null ? null : context.get(LOADED_MODELS);
        if (!(models instanceof List<?> list)) {
            return List.of();
        }
        return list.stream().filter(EObject.class::isInstance).map(EObject.class::cast).toList();
    }

    /** Whether the loaded models hold every site there is (see {@link #ALL_SITES_LOADED}). */
    protected static boolean allSitesLoaded(Map<Object, Object> context) {
        return context != null && Boolean.TRUE.equals(context.get(ALL_SITES_LOADED));
    }

    /**
     * Whether the model states a value for the feature: what its file says when the resource
     * knows ({@link ModelSource}), otherwise whether the value differs from the default.
     */
    protected static boolean isStated(EObject object, EStructuralFeature feature) {
        return object.eResource() instanceof ModelSource source ? source.states(object, feature) : object.eIsSet(feature);
    }

    /**
     * Reports every object whose name an earlier sibling already has, at its name. Unnamed
     * objects are left alone: a missing required name is a structural problem reported elsewhere.
     *
     * @param what the kind of object, as a user calls it ("step", "partition")
     * @param why  why the names must differ, as a sentence ("Links refer to steps by name.")
     */
    protected static void checkUniqueNames(String code, List<? extends EObject> siblings, EAttribute name, String what,
            String why, DiagnosticChain problems) {
        Set<Object> seen = new HashSet<>();
        for (EObject sibling : siblings) {
            Object value = sibling.eGet(name);
            if (value != null && !seen.add(value)) {
                problems.add(ModelProblem.error(code, "Another " + what + " is already named '" + value + "'. " + why
                        + " Rename one of them.", sibling, name));
            }
        }
    }

    @Override
    public boolean validate(EDataType dataType, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return true;
    }
}
