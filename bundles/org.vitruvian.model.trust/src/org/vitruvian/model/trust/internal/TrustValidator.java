package org.vitruvian.model.trust.internal;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.osgi.service.component.annotations.Component;
import org.vitruvian.model.common.validation.ModelProblem;
import org.vitruvian.model.common.validation.ModelValidator;
import org.vitruvian.model.trust.DataClass;
import org.vitruvian.model.trust.DataKind;
import org.vitruvian.model.trust.ResourceClass;
import org.vitruvian.model.trust.Sector;
import org.vitruvian.model.trust.TrustPackage;
import org.vitruvian.model.trust.TrustPackage.Literals;
import org.vitruvian.model.trust.TrustPolicy;
import org.vitruvian.model.trust.TrustRule;
import org.vitruvian.model.trust.Verdict;

/**
 * Checks trust policies, whose rules must give one verdict per cell, and data classes wherever
 * they are written (workflow inputs, service ports), whose keys depend on the kind of data.
 */
@Component(service = ModelValidator.class, property = ModelValidator.PACKAGE_PROPERTY + "=" + TrustPackage.eNS_URI)
public final class TrustValidator extends ModelValidator {

    static final String FAMILY = "trust";

    private record Cell(DataKind kind, Sector owner, ResourceClass resourceClass, String site) {
    }

    @Override
    public EPackage validatedPackage() {
        return TrustPackage.eINSTANCE;
    }

    @Override
    protected void check(EObject object, DiagnosticChain problems, Map<Object, Object> context) {
        if (object instanceof TrustPolicy policy) {
            checkPolicy(policy, problems);
        } else if (object instanceof DataClass dataClass) {
            checkDataClass(dataClass, problems);
        }
    }

    private void checkPolicy(TrustPolicy policy, DiagnosticChain problems) {
        checkUniqueNames(FAMILY + ".duplicate-name", policy.getRules(), Literals.TRUST_RULE__NAME, "rule",
                "Reports name the rule that decided a verdict.", problems);
        Map<Cell, TrustRule> cells = new HashMap<>();
        for (TrustRule rule : policy.getRules()) {
            Cell cell = new Cell(rule.getDataKind(), rule.getOwner(), rule.getResourceClass(), rule.getSite());
            TrustRule earlier = cells.putIfAbsent(cell, rule);
            if (earlier != null) {
                problems.add(ModelProblem.error(FAMILY + ".duplicate-rule", "Another rule" + (earlier.getName() == null ? ""
                        : " ('" + earlier.getName() + "')") + " already decides " + rule.getOwner().getLiteral() + " "
                        + rule.getDataKind().getLiteral() + " data on " + rule.getResourceClass().getLiteral()
                        + (rule.getSite() == null ? "" : " at site '" + rule.getSite() + "'")
                        + "; a cell has one verdict, so keep one of the rules (or restrict one to a site).", rule, null));
            }
            if (!rule.getAcceptedCertifications().isEmpty() && rule.getVerdict() != Verdict.NOT_DETERMINED) {
                problems.add(ModelProblem.error(FAMILY + ".certifications", "acceptedCertifications turn a not-determined "
                        + "verdict into allowed; this rule's verdict is " + rule.getVerdict().getLiteral()
                        + ", so they would never be used. Remove them, or set 'verdict: not-determined'.", rule,
                        Literals.TRUST_RULE__ACCEPTED_CERTIFICATIONS));
            }
        }
    }

    private void checkDataClass(DataClass dataClass, DiagnosticChain problems) {
        if (dataClass.getKind() == DataKind.SCIENTIFIC && isStated(dataClass, Literals.DATA_CLASS__IDENTIFIABILITY)) {
            problems.add(ModelProblem.error(FAMILY + ".data-class", "identifiability describes clinical data (how far it leads "
                    + "back to a person); this data is scientific. Remove identifiability, or set 'kind: clinical'.", dataClass,
                    Literals.DATA_CLASS__IDENTIFIABILITY));
        }
        if (dataClass.getKind() == DataKind.CLINICAL && isStated(dataClass, Literals.DATA_CLASS__CONFIDENTIAL)) {
            problems.add(ModelProblem.error(FAMILY + ".data-class", "confidential describes scientific data; clinical data is "
                    + "always treated as sensitive and graded by identifiability instead. Remove confidential.", dataClass,
                    Literals.DATA_CLASS__CONFIDENTIAL));
        }
    }
}
