/**
 */
package org.vitruvian.model.trust.impl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.vitruvian.model.trust.DataClass;
import org.vitruvian.model.trust.DataKind;
import org.vitruvian.model.trust.Identifiability;
import org.vitruvian.model.trust.ResourceClass;
import org.vitruvian.model.trust.Sector;
import org.vitruvian.model.trust.TrustFactory;
import org.vitruvian.model.trust.TrustPackage;
import org.vitruvian.model.trust.TrustPolicy;
import org.vitruvian.model.trust.TrustRule;
import org.vitruvian.model.trust.Verdict;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class TrustPackageImpl extends EPackageImpl implements TrustPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass dataClassEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass trustPolicyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass trustRuleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum dataKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum sectorEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum identifiabilityEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum resourceClassEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum verdictEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.vitruvian.model.trust.TrustPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private TrustPackageImpl() {
		super(eNS_URI, TrustFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link TrustPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static TrustPackage init() {
		if (isInited) return (TrustPackage)EPackage.Registry.INSTANCE.getEPackage(TrustPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredTrustPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		TrustPackageImpl theTrustPackage = registeredTrustPackage instanceof TrustPackageImpl ? (TrustPackageImpl)registeredTrustPackage : new TrustPackageImpl();

		isInited = true;

		// Create package meta-data objects
		theTrustPackage.createPackageContents();

		// Initialize created meta-data
		theTrustPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theTrustPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(TrustPackage.eNS_URI, theTrustPackage);
		return theTrustPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDataClass() {
		return dataClassEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataClass_Kind() {
		return (EAttribute)dataClassEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataClass_Owner() {
		return (EAttribute)dataClassEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataClass_Identifiability() {
		return (EAttribute)dataClassEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataClass_Confidential() {
		return (EAttribute)dataClassEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTrustPolicy() {
		return trustPolicyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrustPolicy_Name() {
		return (EAttribute)trustPolicyEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrustPolicy_Description() {
		return (EAttribute)trustPolicyEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTrustPolicy_Rules() {
		return (EReference)trustPolicyEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTrustRule() {
		return trustRuleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrustRule_Name() {
		return (EAttribute)trustRuleEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrustRule_DataKind() {
		return (EAttribute)trustRuleEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrustRule_Owner() {
		return (EAttribute)trustRuleEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrustRule_ResourceClass() {
		return (EAttribute)trustRuleEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrustRule_Verdict() {
		return (EAttribute)trustRuleEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrustRule_Site() {
		return (EAttribute)trustRuleEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrustRule_AcceptedCertifications() {
		return (EAttribute)trustRuleEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrustRule_Rationale() {
		return (EAttribute)trustRuleEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrustRule_Source() {
		return (EAttribute)trustRuleEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDataKind() {
		return dataKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSector() {
		return sectorEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getIdentifiability() {
		return identifiabilityEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getResourceClass() {
		return resourceClassEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getVerdict() {
		return verdictEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TrustFactory getTrustFactory() {
		return (TrustFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		dataClassEClass = createEClass(DATA_CLASS);
		createEAttribute(dataClassEClass, DATA_CLASS__KIND);
		createEAttribute(dataClassEClass, DATA_CLASS__OWNER);
		createEAttribute(dataClassEClass, DATA_CLASS__IDENTIFIABILITY);
		createEAttribute(dataClassEClass, DATA_CLASS__CONFIDENTIAL);

		trustPolicyEClass = createEClass(TRUST_POLICY);
		createEAttribute(trustPolicyEClass, TRUST_POLICY__NAME);
		createEAttribute(trustPolicyEClass, TRUST_POLICY__DESCRIPTION);
		createEReference(trustPolicyEClass, TRUST_POLICY__RULES);

		trustRuleEClass = createEClass(TRUST_RULE);
		createEAttribute(trustRuleEClass, TRUST_RULE__NAME);
		createEAttribute(trustRuleEClass, TRUST_RULE__DATA_KIND);
		createEAttribute(trustRuleEClass, TRUST_RULE__OWNER);
		createEAttribute(trustRuleEClass, TRUST_RULE__RESOURCE_CLASS);
		createEAttribute(trustRuleEClass, TRUST_RULE__VERDICT);
		createEAttribute(trustRuleEClass, TRUST_RULE__SITE);
		createEAttribute(trustRuleEClass, TRUST_RULE__ACCEPTED_CERTIFICATIONS);
		createEAttribute(trustRuleEClass, TRUST_RULE__RATIONALE);
		createEAttribute(trustRuleEClass, TRUST_RULE__SOURCE);

		// Create enums
		dataKindEEnum = createEEnum(DATA_KIND);
		sectorEEnum = createEEnum(SECTOR);
		identifiabilityEEnum = createEEnum(IDENTIFIABILITY);
		resourceClassEEnum = createEEnum(RESOURCE_CLASS);
		verdictEEnum = createEEnum(VERDICT);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes

		// Initialize classes, features, and operations; add parameters
		initEClass(dataClassEClass, DataClass.class, "DataClass", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDataClass_Kind(), this.getDataKind(), "kind", null, 1, 1, DataClass.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDataClass_Owner(), this.getSector(), "owner", null, 1, 1, DataClass.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDataClass_Identifiability(), this.getIdentifiability(), "identifiability", null, 0, 1, DataClass.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDataClass_Confidential(), ecorePackage.getEBoolean(), "confidential", null, 0, 1, DataClass.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(trustPolicyEClass, TrustPolicy.class, "TrustPolicy", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTrustPolicy_Name(), ecorePackage.getEString(), "name", null, 1, 1, TrustPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrustPolicy_Description(), ecorePackage.getEString(), "description", null, 0, 1, TrustPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTrustPolicy_Rules(), this.getTrustRule(), null, "rules", null, 0, -1, TrustPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(trustRuleEClass, TrustRule.class, "TrustRule", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTrustRule_Name(), ecorePackage.getEString(), "name", null, 0, 1, TrustRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrustRule_DataKind(), this.getDataKind(), "dataKind", null, 1, 1, TrustRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrustRule_Owner(), this.getSector(), "owner", null, 1, 1, TrustRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrustRule_ResourceClass(), this.getResourceClass(), "resourceClass", null, 1, 1, TrustRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrustRule_Verdict(), this.getVerdict(), "verdict", null, 1, 1, TrustRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrustRule_Site(), ecorePackage.getEString(), "site", null, 0, 1, TrustRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrustRule_AcceptedCertifications(), ecorePackage.getEString(), "acceptedCertifications", null, 0, -1, TrustRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrustRule_Rationale(), ecorePackage.getEString(), "rationale", null, 0, 1, TrustRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrustRule_Source(), ecorePackage.getEString(), "source", null, 0, 1, TrustRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(dataKindEEnum, DataKind.class, "DataKind");
		addEEnumLiteral(dataKindEEnum, DataKind.SCIENTIFIC);
		addEEnumLiteral(dataKindEEnum, DataKind.CLINICAL);

		initEEnum(sectorEEnum, Sector.class, "Sector");
		addEEnumLiteral(sectorEEnum, Sector.INDUSTRY);
		addEEnumLiteral(sectorEEnum, Sector.ACADEMY);
		addEEnumLiteral(sectorEEnum, Sector.HOSPITAL);

		initEEnum(identifiabilityEEnum, Identifiability.class, "Identifiability");
		addEEnumLiteral(identifiabilityEEnum, Identifiability.IDENTIFIABLE);
		addEEnumLiteral(identifiabilityEEnum, Identifiability.PSEUDONYMISED);
		addEEnumLiteral(identifiabilityEEnum, Identifiability.ANONYMISED);
		addEEnumLiteral(identifiabilityEEnum, Identifiability.SYNTHETIC);

		initEEnum(resourceClassEEnum, ResourceClass.class, "ResourceClass");
		addEEnumLiteral(resourceClassEEnum, ResourceClass.DESK_SIDE);
		addEEnumLiteral(resourceClassEEnum, ResourceClass.PRIVATE_CLOUD);
		addEEnumLiteral(resourceClassEEnum, ResourceClass.PUBLIC_CLOUD);
		addEEnumLiteral(resourceClassEEnum, ResourceClass.HPC);

		initEEnum(verdictEEnum, Verdict.class, "Verdict");
		addEEnumLiteral(verdictEEnum, Verdict.ALLOWED);
		addEEnumLiteral(verdictEEnum, Verdict.NOT_DETERMINED);
		addEEnumLiteral(verdictEEnum, Verdict.NON_SENSITIVE_ONLY);

		// Create resource
		createResource(eNS_URI);

		// Create annotations
		// https://vitruvian.org/yaml
		createYamlAnnotations();
	}

	/**
	 * Initializes the annotations for <b>https://vitruvian.org/yaml</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createYamlAnnotations() {
		String source = "https://vitruvian.org/yaml";
		addAnnotation
		  (trustPolicyEClass,
		   source,
		   new String[] {
			   "kind", "TrustPolicy"
		   });
	}

} //TrustPackageImpl
