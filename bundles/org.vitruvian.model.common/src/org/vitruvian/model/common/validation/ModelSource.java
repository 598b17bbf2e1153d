package org.vitruvian.model.common.validation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Implemented by resources that know what their file states. EMF cannot tell an optional enum
 * left out from one set to its first literal ({@code pmi: pmix} reads back as the default), but
 * a rule such as "hybrid MPI needs a PMI" depends on that difference.
 */
public interface ModelSource {

    /** Whether the file gives a value for {@code feature} of {@code object}. */
    boolean states(EObject object, EStructuralFeature feature);
}
