/**
 */
package org.vitruvian.model.trust;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Data classes, resource classes and the trust policies that decide where data may be processed.
 * <!-- end-model-doc -->
 * @see org.vitruvian.model.trust.TrustFactory
 * @model kind="package"
 * @generated
 */
public interface TrustPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "trust";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "https://vitruvian.org/model/trust/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "trust";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	TrustPackage eINSTANCE = org.vitruvian.model.trust.impl.TrustPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.vitruvian.model.trust.impl.DataClassImpl <em>Data Class</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vitruvian.model.trust.impl.DataClassImpl
	 * @see org.vitruvian.model.trust.impl.TrustPackageImpl#getDataClass()
	 * @generated
	 */
	int DATA_CLASS = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_CLASS__KIND = 0;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_CLASS__OWNER = 1;

	/**
	 * The feature id for the '<em><b>Identifiability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_CLASS__IDENTIFIABILITY = 2;

	/**
	 * The feature id for the '<em><b>Confidential</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_CLASS__CONFIDENTIAL = 3;

	/**
	 * The number of structural features of the '<em>Data Class</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_CLASS_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Data Class</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_CLASS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vitruvian.model.trust.impl.TrustPolicyImpl <em>Policy</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vitruvian.model.trust.impl.TrustPolicyImpl
	 * @see org.vitruvian.model.trust.impl.TrustPackageImpl#getTrustPolicy()
	 * @generated
	 */
	int TRUST_POLICY = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRUST_POLICY__NAME = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRUST_POLICY__DESCRIPTION = 1;

	/**
	 * The feature id for the '<em><b>Rules</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRUST_POLICY__RULES = 2;

	/**
	 * The number of structural features of the '<em>Policy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRUST_POLICY_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Policy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRUST_POLICY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vitruvian.model.trust.impl.TrustRuleImpl <em>Rule</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vitruvian.model.trust.impl.TrustRuleImpl
	 * @see org.vitruvian.model.trust.impl.TrustPackageImpl#getTrustRule()
	 * @generated
	 */
	int TRUST_RULE = 2;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRUST_RULE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Data Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRUST_RULE__DATA_KIND = 1;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRUST_RULE__OWNER = 2;

	/**
	 * The feature id for the '<em><b>Resource Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRUST_RULE__RESOURCE_CLASS = 3;

	/**
	 * The feature id for the '<em><b>Verdict</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRUST_RULE__VERDICT = 4;

	/**
	 * The feature id for the '<em><b>Site</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRUST_RULE__SITE = 5;

	/**
	 * The feature id for the '<em><b>Accepted Certifications</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRUST_RULE__ACCEPTED_CERTIFICATIONS = 6;

	/**
	 * The feature id for the '<em><b>Rationale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRUST_RULE__RATIONALE = 7;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRUST_RULE__SOURCE = 8;

	/**
	 * The number of structural features of the '<em>Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRUST_RULE_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRUST_RULE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vitruvian.model.trust.DataKind <em>Data Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vitruvian.model.trust.DataKind
	 * @see org.vitruvian.model.trust.impl.TrustPackageImpl#getDataKind()
	 * @generated
	 */
	int DATA_KIND = 3;

	/**
	 * The meta object id for the '{@link org.vitruvian.model.trust.Sector <em>Sector</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vitruvian.model.trust.Sector
	 * @see org.vitruvian.model.trust.impl.TrustPackageImpl#getSector()
	 * @generated
	 */
	int SECTOR = 4;

	/**
	 * The meta object id for the '{@link org.vitruvian.model.trust.Identifiability <em>Identifiability</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vitruvian.model.trust.Identifiability
	 * @see org.vitruvian.model.trust.impl.TrustPackageImpl#getIdentifiability()
	 * @generated
	 */
	int IDENTIFIABILITY = 5;

	/**
	 * The meta object id for the '{@link org.vitruvian.model.trust.ResourceClass <em>Resource Class</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vitruvian.model.trust.ResourceClass
	 * @see org.vitruvian.model.trust.impl.TrustPackageImpl#getResourceClass()
	 * @generated
	 */
	int RESOURCE_CLASS = 6;

	/**
	 * The meta object id for the '{@link org.vitruvian.model.trust.Verdict <em>Verdict</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vitruvian.model.trust.Verdict
	 * @see org.vitruvian.model.trust.impl.TrustPackageImpl#getVerdict()
	 * @generated
	 */
	int VERDICT = 7;


	/**
	 * Returns the meta object for class '{@link org.vitruvian.model.trust.DataClass <em>Data Class</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Data Class</em>'.
	 * @see org.vitruvian.model.trust.DataClass
	 * @generated
	 */
	EClass getDataClass();

	/**
	 * Returns the meta object for the attribute '{@link org.vitruvian.model.trust.DataClass#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.vitruvian.model.trust.DataClass#getKind()
	 * @see #getDataClass()
	 * @generated
	 */
	EAttribute getDataClass_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.vitruvian.model.trust.DataClass#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Owner</em>'.
	 * @see org.vitruvian.model.trust.DataClass#getOwner()
	 * @see #getDataClass()
	 * @generated
	 */
	EAttribute getDataClass_Owner();

	/**
	 * Returns the meta object for the attribute '{@link org.vitruvian.model.trust.DataClass#getIdentifiability <em>Identifiability</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Identifiability</em>'.
	 * @see org.vitruvian.model.trust.DataClass#getIdentifiability()
	 * @see #getDataClass()
	 * @generated
	 */
	EAttribute getDataClass_Identifiability();

	/**
	 * Returns the meta object for the attribute '{@link org.vitruvian.model.trust.DataClass#isConfidential <em>Confidential</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Confidential</em>'.
	 * @see org.vitruvian.model.trust.DataClass#isConfidential()
	 * @see #getDataClass()
	 * @generated
	 */
	EAttribute getDataClass_Confidential();

	/**
	 * Returns the meta object for class '{@link org.vitruvian.model.trust.TrustPolicy <em>Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Policy</em>'.
	 * @see org.vitruvian.model.trust.TrustPolicy
	 * @generated
	 */
	EClass getTrustPolicy();

	/**
	 * Returns the meta object for the attribute '{@link org.vitruvian.model.trust.TrustPolicy#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.vitruvian.model.trust.TrustPolicy#getName()
	 * @see #getTrustPolicy()
	 * @generated
	 */
	EAttribute getTrustPolicy_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.vitruvian.model.trust.TrustPolicy#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.vitruvian.model.trust.TrustPolicy#getDescription()
	 * @see #getTrustPolicy()
	 * @generated
	 */
	EAttribute getTrustPolicy_Description();

	/**
	 * Returns the meta object for the containment reference list '{@link org.vitruvian.model.trust.TrustPolicy#getRules <em>Rules</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Rules</em>'.
	 * @see org.vitruvian.model.trust.TrustPolicy#getRules()
	 * @see #getTrustPolicy()
	 * @generated
	 */
	EReference getTrustPolicy_Rules();

	/**
	 * Returns the meta object for class '{@link org.vitruvian.model.trust.TrustRule <em>Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Rule</em>'.
	 * @see org.vitruvian.model.trust.TrustRule
	 * @generated
	 */
	EClass getTrustRule();

	/**
	 * Returns the meta object for the attribute '{@link org.vitruvian.model.trust.TrustRule#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.vitruvian.model.trust.TrustRule#getName()
	 * @see #getTrustRule()
	 * @generated
	 */
	EAttribute getTrustRule_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.vitruvian.model.trust.TrustRule#getDataKind <em>Data Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Data Kind</em>'.
	 * @see org.vitruvian.model.trust.TrustRule#getDataKind()
	 * @see #getTrustRule()
	 * @generated
	 */
	EAttribute getTrustRule_DataKind();

	/**
	 * Returns the meta object for the attribute '{@link org.vitruvian.model.trust.TrustRule#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Owner</em>'.
	 * @see org.vitruvian.model.trust.TrustRule#getOwner()
	 * @see #getTrustRule()
	 * @generated
	 */
	EAttribute getTrustRule_Owner();

	/**
	 * Returns the meta object for the attribute '{@link org.vitruvian.model.trust.TrustRule#getResourceClass <em>Resource Class</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Resource Class</em>'.
	 * @see org.vitruvian.model.trust.TrustRule#getResourceClass()
	 * @see #getTrustRule()
	 * @generated
	 */
	EAttribute getTrustRule_ResourceClass();

	/**
	 * Returns the meta object for the attribute '{@link org.vitruvian.model.trust.TrustRule#getVerdict <em>Verdict</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Verdict</em>'.
	 * @see org.vitruvian.model.trust.TrustRule#getVerdict()
	 * @see #getTrustRule()
	 * @generated
	 */
	EAttribute getTrustRule_Verdict();

	/**
	 * Returns the meta object for the attribute '{@link org.vitruvian.model.trust.TrustRule#getSite <em>Site</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Site</em>'.
	 * @see org.vitruvian.model.trust.TrustRule#getSite()
	 * @see #getTrustRule()
	 * @generated
	 */
	EAttribute getTrustRule_Site();

	/**
	 * Returns the meta object for the attribute list '{@link org.vitruvian.model.trust.TrustRule#getAcceptedCertifications <em>Accepted Certifications</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Accepted Certifications</em>'.
	 * @see org.vitruvian.model.trust.TrustRule#getAcceptedCertifications()
	 * @see #getTrustRule()
	 * @generated
	 */
	EAttribute getTrustRule_AcceptedCertifications();

	/**
	 * Returns the meta object for the attribute '{@link org.vitruvian.model.trust.TrustRule#getRationale <em>Rationale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rationale</em>'.
	 * @see org.vitruvian.model.trust.TrustRule#getRationale()
	 * @see #getTrustRule()
	 * @generated
	 */
	EAttribute getTrustRule_Rationale();

	/**
	 * Returns the meta object for the attribute '{@link org.vitruvian.model.trust.TrustRule#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see org.vitruvian.model.trust.TrustRule#getSource()
	 * @see #getTrustRule()
	 * @generated
	 */
	EAttribute getTrustRule_Source();

	/**
	 * Returns the meta object for enum '{@link org.vitruvian.model.trust.DataKind <em>Data Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Data Kind</em>'.
	 * @see org.vitruvian.model.trust.DataKind
	 * @generated
	 */
	EEnum getDataKind();

	/**
	 * Returns the meta object for enum '{@link org.vitruvian.model.trust.Sector <em>Sector</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Sector</em>'.
	 * @see org.vitruvian.model.trust.Sector
	 * @generated
	 */
	EEnum getSector();

	/**
	 * Returns the meta object for enum '{@link org.vitruvian.model.trust.Identifiability <em>Identifiability</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Identifiability</em>'.
	 * @see org.vitruvian.model.trust.Identifiability
	 * @generated
	 */
	EEnum getIdentifiability();

	/**
	 * Returns the meta object for enum '{@link org.vitruvian.model.trust.ResourceClass <em>Resource Class</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Resource Class</em>'.
	 * @see org.vitruvian.model.trust.ResourceClass
	 * @generated
	 */
	EEnum getResourceClass();

	/**
	 * Returns the meta object for enum '{@link org.vitruvian.model.trust.Verdict <em>Verdict</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Verdict</em>'.
	 * @see org.vitruvian.model.trust.Verdict
	 * @generated
	 */
	EEnum getVerdict();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	TrustFactory getTrustFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.vitruvian.model.trust.impl.DataClassImpl <em>Data Class</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vitruvian.model.trust.impl.DataClassImpl
		 * @see org.vitruvian.model.trust.impl.TrustPackageImpl#getDataClass()
		 * @generated
		 */
		EClass DATA_CLASS = eINSTANCE.getDataClass();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_CLASS__KIND = eINSTANCE.getDataClass_Kind();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_CLASS__OWNER = eINSTANCE.getDataClass_Owner();

		/**
		 * The meta object literal for the '<em><b>Identifiability</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_CLASS__IDENTIFIABILITY = eINSTANCE.getDataClass_Identifiability();

		/**
		 * The meta object literal for the '<em><b>Confidential</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_CLASS__CONFIDENTIAL = eINSTANCE.getDataClass_Confidential();

		/**
		 * The meta object literal for the '{@link org.vitruvian.model.trust.impl.TrustPolicyImpl <em>Policy</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vitruvian.model.trust.impl.TrustPolicyImpl
		 * @see org.vitruvian.model.trust.impl.TrustPackageImpl#getTrustPolicy()
		 * @generated
		 */
		EClass TRUST_POLICY = eINSTANCE.getTrustPolicy();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRUST_POLICY__NAME = eINSTANCE.getTrustPolicy_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRUST_POLICY__DESCRIPTION = eINSTANCE.getTrustPolicy_Description();

		/**
		 * The meta object literal for the '<em><b>Rules</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRUST_POLICY__RULES = eINSTANCE.getTrustPolicy_Rules();

		/**
		 * The meta object literal for the '{@link org.vitruvian.model.trust.impl.TrustRuleImpl <em>Rule</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vitruvian.model.trust.impl.TrustRuleImpl
		 * @see org.vitruvian.model.trust.impl.TrustPackageImpl#getTrustRule()
		 * @generated
		 */
		EClass TRUST_RULE = eINSTANCE.getTrustRule();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRUST_RULE__NAME = eINSTANCE.getTrustRule_Name();

		/**
		 * The meta object literal for the '<em><b>Data Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRUST_RULE__DATA_KIND = eINSTANCE.getTrustRule_DataKind();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRUST_RULE__OWNER = eINSTANCE.getTrustRule_Owner();

		/**
		 * The meta object literal for the '<em><b>Resource Class</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRUST_RULE__RESOURCE_CLASS = eINSTANCE.getTrustRule_ResourceClass();

		/**
		 * The meta object literal for the '<em><b>Verdict</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRUST_RULE__VERDICT = eINSTANCE.getTrustRule_Verdict();

		/**
		 * The meta object literal for the '<em><b>Site</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRUST_RULE__SITE = eINSTANCE.getTrustRule_Site();

		/**
		 * The meta object literal for the '<em><b>Accepted Certifications</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRUST_RULE__ACCEPTED_CERTIFICATIONS = eINSTANCE.getTrustRule_AcceptedCertifications();

		/**
		 * The meta object literal for the '<em><b>Rationale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRUST_RULE__RATIONALE = eINSTANCE.getTrustRule_Rationale();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRUST_RULE__SOURCE = eINSTANCE.getTrustRule_Source();

		/**
		 * The meta object literal for the '{@link org.vitruvian.model.trust.DataKind <em>Data Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vitruvian.model.trust.DataKind
		 * @see org.vitruvian.model.trust.impl.TrustPackageImpl#getDataKind()
		 * @generated
		 */
		EEnum DATA_KIND = eINSTANCE.getDataKind();

		/**
		 * The meta object literal for the '{@link org.vitruvian.model.trust.Sector <em>Sector</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vitruvian.model.trust.Sector
		 * @see org.vitruvian.model.trust.impl.TrustPackageImpl#getSector()
		 * @generated
		 */
		EEnum SECTOR = eINSTANCE.getSector();

		/**
		 * The meta object literal for the '{@link org.vitruvian.model.trust.Identifiability <em>Identifiability</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vitruvian.model.trust.Identifiability
		 * @see org.vitruvian.model.trust.impl.TrustPackageImpl#getIdentifiability()
		 * @generated
		 */
		EEnum IDENTIFIABILITY = eINSTANCE.getIdentifiability();

		/**
		 * The meta object literal for the '{@link org.vitruvian.model.trust.ResourceClass <em>Resource Class</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vitruvian.model.trust.ResourceClass
		 * @see org.vitruvian.model.trust.impl.TrustPackageImpl#getResourceClass()
		 * @generated
		 */
		EEnum RESOURCE_CLASS = eINSTANCE.getResourceClass();

		/**
		 * The meta object literal for the '{@link org.vitruvian.model.trust.Verdict <em>Verdict</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vitruvian.model.trust.Verdict
		 * @see org.vitruvian.model.trust.impl.TrustPackageImpl#getVerdict()
		 * @generated
		 */
		EEnum VERDICT = eINSTANCE.getVerdict();

	}

} //TrustPackage
