package org.vitruvian.model.common.validation;

import java.util.Optional;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * A problem a model validator found, as an EMF {@link Diagnostic} that also carries a stable
 * code and the feature it concerns, so that it can be printed at the right line and column of
 * the YAML file. Data layout (EMF convention): {@code [object, feature, Code]}.
 */
public final class ModelProblem {

    /** The diagnostic source of every Vitruvian model problem. */
    public static final String SOURCE = "org.vitruvian.model";

    /** The stable code of a problem, e.g. {@code workflow.cycle}. */
    public record Code(String value) {
    }

    private ModelProblem() {
    }

    public static Diagnostic error(String code, String message, EObject object, EStructuralFeature feature) {
        return create(Diagnostic.ERROR, code, message, object, feature);
    }

    public static Diagnostic warning(String code, String message, EObject object, EStructuralFeature feature) {
        return create(Diagnostic.WARNING, code, message, object, feature);
    }

    public static Diagnostic info(String code, String message, EObject object, EStructuralFeature feature) {
        return create(Diagnostic.INFO, code, message, object, feature);
    }

    private static Diagnostic create(int severity, String code, String message, EObject object, EStructuralFeature feature) {
        return new BasicDiagnostic(severity, SOURCE, 0, message, new Object[] { object, feature, new Code(code) });
    }

    public static Optional<String> codeOf(Diagnostic diagnostic) {
        return diagnostic.getData().stream().filter(Code.class::isInstance).map(c -> ((Code) c).value()).findFirst();
    }

    public static Optional<EObject> objectOf(Diagnostic diagnostic) {
        return diagnostic.getData().isEmpty() || !(diagnostic.getData().get(0) instanceof EObject object)
                ? Optional.empty()
                : Optional.of(object);
    }

    public static Optional<EStructuralFeature> featureOf(Diagnostic diagnostic) {
        return diagnostic.getData().size() < 2 || !(diagnostic.getData().get(1) instanceof EStructuralFeature feature)
                ? Optional.empty()
                : Optional.of(feature);
    }
}
