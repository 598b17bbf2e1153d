package org.vitruvian.model.workflow.internal;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.osgi.service.component.annotations.Component;
import org.vitruvian.model.common.CommonPackage;
import org.vitruvian.model.common.Named;
import org.vitruvian.model.common.validation.ModelValidator;
import org.vitruvian.model.workflow.Workflow;
import org.vitruvian.model.workflow.WorkflowPackage;

/**
 * Checks workflows as a whole, once per workflow: most rules relate a step to its service, its
 * links to other steps' ports, or its resources to a site, so they cannot be judged one object
 * at a time.
 */
@Component(service = ModelValidator.class, property = ModelValidator.PACKAGE_PROPERTY + "=" + WorkflowPackage.eNS_URI)
public final class WorkflowValidator extends ModelValidator {

    @Override
    public EPackage validatedPackage() {
        return WorkflowPackage.eINSTANCE;
    }

    @Override
    protected void check(EObject object, DiagnosticChain problems, Map<Object, Object> context) {
        if (object instanceof Workflow workflow) {
            Problems report = new Problems(problems);
            ServiceResolution services = new ServiceResolution(workflow, report);
            new StepCheck(workflow, services, report).run();
            new LinkCheck(workflow, services, report).run();
            new SiteCapacityCheck(workflow, services, loadedModels(context), allSitesLoaded(context), report).run();
        }
    }

    /** Whether the file states the feature; for the checks of this package. */
    static boolean stated(EObject object, EStructuralFeature feature) {
        return isStated(object, feature);
    }

    /** Unique names among siblings, with this package's code. */
    static void uniqueNames(List<? extends Named> siblings, String what, String why, Problems problems) {
        checkUniqueNames(Problems.FAMILY + ".duplicate-name", siblings, CommonPackage.Literals.NAMED__NAME, what, why,
                problems.chain());
    }
}
