/**
 */
package org.vitruvian.model.trust;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Rule</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The verdict for one data kind and owner on one resource class.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vitruvian.model.trust.TrustRule#getName <em>Name</em>}</li>
 *   <li>{@link org.vitruvian.model.trust.TrustRule#getDataKind <em>Data Kind</em>}</li>
 *   <li>{@link org.vitruvian.model.trust.TrustRule#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.vitruvian.model.trust.TrustRule#getResourceClass <em>Resource Class</em>}</li>
 *   <li>{@link org.vitruvian.model.trust.TrustRule#getVerdict <em>Verdict</em>}</li>
 *   <li>{@link org.vitruvian.model.trust.TrustRule#getSite <em>Site</em>}</li>
 *   <li>{@link org.vitruvian.model.trust.TrustRule#getAcceptedCertifications <em>Accepted Certifications</em>}</li>
 *   <li>{@link org.vitruvian.model.trust.TrustRule#getRationale <em>Rationale</em>}</li>
 *   <li>{@link org.vitruvian.model.trust.TrustRule#getSource <em>Source</em>}</li>
 * </ul>
 *
 * @see org.vitruvian.model.trust.TrustPackage#getTrustRule()
 * @model
 * @generated
 */
public interface TrustRule extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Optional name, used in reports.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.vitruvian.model.trust.TrustPackage#getTrustRule_Name()
	 * @model id="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.vitruvian.model.trust.TrustRule#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Data Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.vitruvian.model.trust.DataKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Kind of data the rule covers.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Data Kind</em>' attribute.
	 * @see org.vitruvian.model.trust.DataKind
	 * @see #setDataKind(DataKind)
	 * @see org.vitruvian.model.trust.TrustPackage#getTrustRule_DataKind()
	 * @model required="true"
	 * @generated
	 */
	DataKind getDataKind();

	/**
	 * Sets the value of the '{@link org.vitruvian.model.trust.TrustRule#getDataKind <em>Data Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Data Kind</em>' attribute.
	 * @see org.vitruvian.model.trust.DataKind
	 * @see #getDataKind()
	 * @generated
	 */
	void setDataKind(DataKind value);

	/**
	 * Returns the value of the '<em><b>Owner</b></em>' attribute.
	 * The literals are from the enumeration {@link org.vitruvian.model.trust.Sector}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Owner of the data the rule covers.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Owner</em>' attribute.
	 * @see org.vitruvian.model.trust.Sector
	 * @see #setOwner(Sector)
	 * @see org.vitruvian.model.trust.TrustPackage#getTrustRule_Owner()
	 * @model required="true"
	 * @generated
	 */
	Sector getOwner();

	/**
	 * Sets the value of the '{@link org.vitruvian.model.trust.TrustRule#getOwner <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' attribute.
	 * @see org.vitruvian.model.trust.Sector
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(Sector value);

	/**
	 * Returns the value of the '<em><b>Resource Class</b></em>' attribute.
	 * The literals are from the enumeration {@link org.vitruvian.model.trust.ResourceClass}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Resource class the rule covers.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Resource Class</em>' attribute.
	 * @see org.vitruvian.model.trust.ResourceClass
	 * @see #setResourceClass(ResourceClass)
	 * @see org.vitruvian.model.trust.TrustPackage#getTrustRule_ResourceClass()
	 * @model required="true"
	 * @generated
	 */
	ResourceClass getResourceClass();

	/**
	 * Sets the value of the '{@link org.vitruvian.model.trust.TrustRule#getResourceClass <em>Resource Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Resource Class</em>' attribute.
	 * @see org.vitruvian.model.trust.ResourceClass
	 * @see #getResourceClass()
	 * @generated
	 */
	void setResourceClass(ResourceClass value);

	/**
	 * Returns the value of the '<em><b>Verdict</b></em>' attribute.
	 * The literals are from the enumeration {@link org.vitruvian.model.trust.Verdict}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the rule decides.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Verdict</em>' attribute.
	 * @see org.vitruvian.model.trust.Verdict
	 * @see #setVerdict(Verdict)
	 * @see org.vitruvian.model.trust.TrustPackage#getTrustRule_Verdict()
	 * @model required="true"
	 * @generated
	 */
	Verdict getVerdict();

	/**
	 * Sets the value of the '{@link org.vitruvian.model.trust.TrustRule#getVerdict <em>Verdict</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Verdict</em>' attribute.
	 * @see org.vitruvian.model.trust.Verdict
	 * @see #getVerdict()
	 * @generated
	 */
	void setVerdict(Verdict value);

	/**
	 * Returns the value of the '<em><b>Site</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Restricts the rule to one site id (to be stricter, or to accept a certified site).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Site</em>' attribute.
	 * @see #setSite(String)
	 * @see org.vitruvian.model.trust.TrustPackage#getTrustRule_Site()
	 * @model
	 * @generated
	 */
	String getSite();

	/**
	 * Sets the value of the '{@link org.vitruvian.model.trust.TrustRule#getSite <em>Site</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Site</em>' attribute.
	 * @see #getSite()
	 * @generated
	 */
	void setSite(String value);

	/**
	 * Returns the value of the '<em><b>Accepted Certifications</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Certifications or agreements that turn a not-determined verdict into allowed for a site that holds one of them.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Accepted Certifications</em>' attribute list.
	 * @see org.vitruvian.model.trust.TrustPackage#getTrustRule_AcceptedCertifications()
	 * @model
	 * @generated
	 */
	EList<String> getAcceptedCertifications();

	/**
	 * Returns the value of the '<em><b>Rationale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Why the rule says so.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rationale</em>' attribute.
	 * @see #setRationale(String)
	 * @see org.vitruvian.model.trust.TrustPackage#getTrustRule_Rationale()
	 * @model
	 * @generated
	 */
	String getRationale();

	/**
	 * Sets the value of the '{@link org.vitruvian.model.trust.TrustRule#getRationale <em>Rationale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rationale</em>' attribute.
	 * @see #getRationale()
	 * @generated
	 */
	void setRationale(String value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the rule comes from (document, section, table).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source</em>' attribute.
	 * @see #setSource(String)
	 * @see org.vitruvian.model.trust.TrustPackage#getTrustRule_Source()
	 * @model
	 * @generated
	 */
	String getSource();

	/**
	 * Sets the value of the '{@link org.vitruvian.model.trust.TrustRule#getSource <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' attribute.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(String value);

} // TrustRule
