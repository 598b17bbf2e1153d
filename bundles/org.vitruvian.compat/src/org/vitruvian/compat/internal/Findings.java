package org.vitruvian.compat.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.vitruvian.model.common.validation.ModelProblem;

/**
 * Collects the diagnostics of one check run, all pointing at the object the caller asked to report
 * on. Which feature of that object a finding names depends on what the object is (a recipe has
 * {@code mpi}, a workflow step has {@code recipe}), so checks say what a finding is about and the
 * feature is looked up by name on the object's class.
 */
public final class Findings {

    /** What a finding is about, with the feature names that may stand for it, best first. */
    public enum Subject {
        ARCHITECTURE("architecture", "recipe"),
        BASE_IMAGE("base", "recipe"),
        MPI("mpi", "recipe"),
        GPU("gpu", "recipe"),
        SITE("site"),
        RESOURCES("resources");

        private final String[] features;

        Subject(String... features) {
            this.features = features;
        }
    }

    private final EObject target;
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    public Findings(EObject target) {
        this.target = target;
    }

    public void error(String code, Subject subject, String message) {
        diagnostics.add(ModelProblem.error(code, message, target, feature(subject)));
    }

    public void warning(String code, Subject subject, String message) {
        diagnostics.add(ModelProblem.warning(code, message, target, feature(subject)));
    }

    public void info(String code, Subject subject, String message) {
        diagnostics.add(ModelProblem.info(code, message, target, feature(subject)));
    }

    /** Adds a finding whose severity was decided elsewhere (an MPI verdict). */
    public void add(int severity, String code, Subject subject, String message) {
        switch (severity) {
            case Diagnostic.ERROR -> error(code, subject, message);
            case Diagnostic.WARNING -> warning(code, subject, message);
            default -> info(code, subject, message);
        }
    }

    public List<Diagnostic> diagnostics() {
        return List.copyOf(diagnostics);
    }

    private EStructuralFeature feature(Subject subject) {
        for (String name : subject.features) {
            EStructuralFeature feature = target.eClass().getEStructuralFeature(name);
            if (feature != null) {
                return feature;
            }
        }
        return null;
    }
}
