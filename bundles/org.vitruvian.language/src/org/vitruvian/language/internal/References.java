package org.vitruvian.language.internal;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * The references a model makes in text rather than through the metamodel: a workflow link's
 * {@code from} and {@code to} name a port as {@code step.port} (or a workflow input or output
 * by its name). Renames, completion and navigation use this one definition.
 */
public final class References {

    private References() {
    }

    /** Whether the attribute holds {@code step.port} references: {@code from} and {@code to} of a workflow's links. */
    public static boolean isPortReference(EAttribute attribute) {
        EClass owner = attribute.getEContainingClass();
        return ("from".equals(attribute.getName()) || "to".equals(attribute.getName())) && "Link".equals(owner.getName())
                && owner.getEPackage() != null && owner.getEPackage().getNsURI() != null
                && owner.getEPackage().getNsURI().contains("workflow");
    }

    /** The class of the objects whose names start a port reference: the steps of the workflow. */
    public static EClass portOwner(EAttribute attribute) {
        EClass workflow = workflowClass(attribute);
        EStructuralFeature steps = workflow == null ? null : workflow.getEStructuralFeature("steps");
        return steps instanceof EReference ref ? ref.getEReferenceType() : attribute.getEContainingClass();
    }

    private static EClass workflowClass(EAttribute attribute) {
        return attribute.getEContainingClass().getEPackage().getEClassifier("Workflow") instanceof EClass c ? c : null;
    }
}
