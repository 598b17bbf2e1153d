package org.vitruvian.model.yaml;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.vitruvian.core.diagnostics.Diagnostic;
import org.vitruvian.core.diagnostics.Severity;
import org.vitruvian.model.common.validation.ModelProblem;

/**
 * Turns model problems (EMF diagnostics made with {@link ModelProblem}) into diagnostics at the
 * file, line and column of the object and value they concern, as the user wrote them.
 */
public final class ModelDiagnostics {

    private ModelDiagnostics() {
    }

    /** Every {@link ModelProblem} in {@code diagnostic} and its children, positioned. */
    public static List<Diagnostic> toDiagnostics(org.eclipse.emf.common.util.Diagnostic diagnostic) {
        List<Diagnostic> found = new ArrayList<>();
        collect(diagnostic, found);
        return found;
    }

    public static List<Diagnostic> toDiagnostics(List<org.eclipse.emf.common.util.Diagnostic> problems) {
        List<Diagnostic> found = new ArrayList<>();
        for (org.eclipse.emf.common.util.Diagnostic problem : problems) {
            collect(problem, found);
        }
        return found;
    }

    private static void collect(org.eclipse.emf.common.util.Diagnostic diagnostic, List<Diagnostic> found) {
        if (ModelProblem.SOURCE.equals(diagnostic.getSource())) {
            found.add(toDiagnostic(diagnostic));
        }
        for (org.eclipse.emf.common.util.Diagnostic child : diagnostic.getChildren()) {
            collect(child, found);
        }
    }

    public static Diagnostic toDiagnostic(org.eclipse.emf.common.util.Diagnostic problem) {
        EObject object = ModelProblem.objectOf(problem).orElse(null);
        EStructuralFeature feature = ModelProblem.featureOf(problem).orElse(null);
        Resource resource = object == null ? null : object.eResource();
        SourcePosition at = resource instanceof YamlResource yaml ? yaml.positionOf(object, feature) : SourcePosition.UNKNOWN;
        Severity severity = switch (problem.getSeverity()) {
            case org.eclipse.emf.common.util.Diagnostic.ERROR -> Severity.ERROR;
            case org.eclipse.emf.common.util.Diagnostic.WARNING -> Severity.WARNING;
            default -> Severity.INFO;
        };
        return new Diagnostic(resource == null ? "<model>" : display(resource.getURI()), at.line(), at.column(), severity,
                ModelProblem.codeOf(problem).orElse("model.invalid"), problem.getMessage());
    }

    /** Files under the working folder are shown relative to it, as the user typed them. */
    public static String display(URI uri) {
        if (uri == null || !uri.isFile()) {
            return String.valueOf(uri);
        }
        java.nio.file.Path path = java.nio.file.Path.of(uri.toFileString()).normalize();
        java.nio.file.Path cwd = java.nio.file.Path.of("").toAbsolutePath();
        return path.startsWith(cwd) ? cwd.relativize(path).toString() : path.toString();
    }
}
