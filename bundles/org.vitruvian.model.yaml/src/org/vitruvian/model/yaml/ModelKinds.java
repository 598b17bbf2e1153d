package org.vitruvian.model.yaml;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.eclipse.emf.ecore.EAnnotation;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * The model kinds a YAML file can declare ({@code kind: Workflow}), found in the metamodels
 * themselves: an EClass annotated {@code https://vitruvian.org/yaml} with {@code kind} is a
 * document kind. Packages contributed by plugins count too, as soon as they are registered.
 */
public final class ModelKinds {

    /** Annotation source on EClasses (detail {@code kind}) and features (detail {@code key}). */
    public static final String ANNOTATION = "https://vitruvian.org/yaml";

    /** nsURIs of Vitruvian model packages start with this. */
    public static final String NS_URI_PREFIX = "https://vitruvian.org/model/";

    public static final String API_VERSION = "vitruvian/v1";

    private ModelKinds() {
    }

    /** Every kind with its EClass, sorted by kind name. */
    public static Map<String, EClass> all() {
        Map<String, EClass> kinds = new TreeMap<>();
        for (String nsUri : EPackage.Registry.INSTANCE.keySet().toArray(String[]::new)) {
            if (!nsUri.startsWith(NS_URI_PREFIX)) {
                continue;
            }
            EPackage ePackage = EPackage.Registry.INSTANCE.getEPackage(nsUri);
            if (ePackage == null) {
                continue;
            }
            for (EClassifier classifier : ePackage.getEClassifiers()) {
                if (classifier instanceof EClass eClass) {
                    kindOf(eClass).ifPresent(kind -> kinds.put(kind, eClass));
                }
            }
        }
        return kinds;
    }

    public static Optional<EClass> eClassOf(String kind) {
        return Optional.ofNullable(all().get(kind));
    }

    /**
     * The YAML key of a feature: its name, unless the feature is annotated with a {@code key}.
     * A document class cannot use the key {@code kind} for a feature of its own, since the
     * header takes it; such a feature is given another key (ServiceDefinition's is {@code serviceKind}).
     */
    public static String keyOf(EStructuralFeature feature) {
        EAnnotation annotation = feature.getEAnnotation(ANNOTATION);
        String key = annotation == null ? null : annotation.getDetails().get("key");
        return key != null ? key : feature.getName();
    }

    /** The kind an EClass stands for as a document, if it is a document kind. */
    public static Optional<String> kindOf(EClass eClass) {
        EAnnotation annotation = eClass.getEAnnotation(ANNOTATION);
        return annotation == null ? Optional.empty() : Optional.ofNullable(annotation.getDetails().get("kind"));
    }
}
