package org.vitruvian.model.yaml.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.junit.jupiter.api.Test;
import org.vitruvian.model.workflow.WorkflowPackage;
import org.vitruvian.model.yaml.ModelKinds;

/** Rules the metamodels must follow for YAML files to round-trip exactly. */
class MetamodelConventionsTest {

    /**
     * An optional enum or primitive attribute that is not unsettable cannot tell "not stated"
     * from its default (an enum's first literal), so a stated default would vanish on save.
     */
    @Test
    void optionalEnumAndPrimitiveAttributesAreUnsettable() {
        WorkflowPackage.eINSTANCE.eClass(); // registers every package the workflow model uses
        List<String> offenders = new ArrayList<>();
        for (String nsUri : EPackage.Registry.INSTANCE.keySet().toArray(String[]::new)) {
            if (!nsUri.startsWith(ModelKinds.NS_URI_PREFIX)) {
                continue;
            }
            for (EClassifier classifier : EPackage.Registry.INSTANCE.getEPackage(nsUri).getEClassifiers()) {
                if (!(classifier instanceof EClass eClass)) {
                    continue;
                }
                for (EAttribute attribute : eClass.getEAttributes()) {
                    Class<?> type = attribute.getEAttributeType().getInstanceClass();
                    boolean hasImplicitDefault = attribute.getEAttributeType() instanceof EEnum || type != null && type.isPrimitive();
                    if (!attribute.isMany() && attribute.getLowerBound() == 0 && hasImplicitDefault && !attribute.isUnsettable()) {
                        offenders.add(eClass.getName() + "." + attribute.getName());
                    }
                }
            }
        }
        assertEquals(List.of(), offenders);
    }

    /** At a document's root, apiVersion and kind are the header; a feature of that name could never be written. */
    @Test
    void documentKindsHaveNoFeatureNamedLikeTheHeader() {
        WorkflowPackage.eINSTANCE.eClass();
        List<String> offenders = new ArrayList<>();
        ModelKinds.all().forEach((kind, eClass) -> eClass.getEAllStructuralFeatures().stream()
                .filter(f -> f.getName().equals("kind") || f.getName().equals("apiVersion"))
                .forEach(f -> offenders.add(kind + "." + f.getName())));
        assertEquals(List.of(), offenders);
    }

    @Test
    void everyModelKindOfTheIssueIsRegistered() {
        WorkflowPackage.eINSTANCE.eClass();
        assertTrue(ModelKinds.all().keySet().containsAll(
                List.of("Workflow", "ContainerRecipe", "Site", "TrustPolicy", "ServiceDefinition")), ModelKinds.all().keySet().toString());
    }
}
