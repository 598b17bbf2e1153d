/**
 */
package org.vitruvian.model.trust;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Data Class</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The sensitivity of a piece of data: its kind, owner and how identifiable or confidential it is.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vitruvian.model.trust.DataClass#getKind <em>Kind</em>}</li>
 *   <li>{@link org.vitruvian.model.trust.DataClass#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.vitruvian.model.trust.DataClass#getIdentifiability <em>Identifiability</em>}</li>
 *   <li>{@link org.vitruvian.model.trust.DataClass#isConfidential <em>Confidential</em>}</li>
 * </ul>
 *
 * @see org.vitruvian.model.trust.TrustPackage#getDataClass()
 * @model
 * @generated
 */
public interface DataClass extends EObject {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.vitruvian.model.trust.DataKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Scientific or clinical data.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.vitruvian.model.trust.DataKind
	 * @see #setKind(DataKind)
	 * @see org.vitruvian.model.trust.TrustPackage#getDataClass_Kind()
	 * @model required="true"
	 * @generated
	 */
	DataKind getKind();

	/**
	 * Sets the value of the '{@link org.vitruvian.model.trust.DataClass#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.vitruvian.model.trust.DataKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(DataKind value);

	/**
	 * Returns the value of the '<em><b>Owner</b></em>' attribute.
	 * The literals are from the enumeration {@link org.vitruvian.model.trust.Sector}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Industry, academy or hospital.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Owner</em>' attribute.
	 * @see org.vitruvian.model.trust.Sector
	 * @see #setOwner(Sector)
	 * @see org.vitruvian.model.trust.TrustPackage#getDataClass_Owner()
	 * @model required="true"
	 * @generated
	 */
	Sector getOwner();

	/**
	 * Sets the value of the '{@link org.vitruvian.model.trust.DataClass#getOwner <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' attribute.
	 * @see org.vitruvian.model.trust.Sector
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(Sector value);

	/**
	 * Returns the value of the '<em><b>Identifiability</b></em>' attribute.
	 * The literals are from the enumeration {@link org.vitruvian.model.trust.Identifiability}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For clinical data: identifiable (default), pseudonymised, anonymised or synthetic.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Identifiability</em>' attribute.
	 * @see org.vitruvian.model.trust.Identifiability
	 * @see #isSetIdentifiability()
	 * @see #unsetIdentifiability()
	 * @see #setIdentifiability(Identifiability)
	 * @see org.vitruvian.model.trust.TrustPackage#getDataClass_Identifiability()
	 * @model unsettable="true"
	 * @generated
	 */
	Identifiability getIdentifiability();

	/**
	 * Sets the value of the '{@link org.vitruvian.model.trust.DataClass#getIdentifiability <em>Identifiability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Identifiability</em>' attribute.
	 * @see org.vitruvian.model.trust.Identifiability
	 * @see #isSetIdentifiability()
	 * @see #unsetIdentifiability()
	 * @see #getIdentifiability()
	 * @generated
	 */
	void setIdentifiability(Identifiability value);

	/**
	 * Unsets the value of the '{@link org.vitruvian.model.trust.DataClass#getIdentifiability <em>Identifiability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetIdentifiability()
	 * @see #getIdentifiability()
	 * @see #setIdentifiability(Identifiability)
	 * @generated
	 */
	void unsetIdentifiability();

	/**
	 * Returns whether the value of the '{@link org.vitruvian.model.trust.DataClass#getIdentifiability <em>Identifiability</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Identifiability</em>' attribute is set.
	 * @see #unsetIdentifiability()
	 * @see #getIdentifiability()
	 * @see #setIdentifiability(Identifiability)
	 * @generated
	 */
	boolean isSetIdentifiability();

	/**
	 * Returns the value of the '<em><b>Confidential</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For scientific data: whether the owner treats it as confidential (default false).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Confidential</em>' attribute.
	 * @see #isSetConfidential()
	 * @see #unsetConfidential()
	 * @see #setConfidential(boolean)
	 * @see org.vitruvian.model.trust.TrustPackage#getDataClass_Confidential()
	 * @model unsettable="true"
	 * @generated
	 */
	boolean isConfidential();

	/**
	 * Sets the value of the '{@link org.vitruvian.model.trust.DataClass#isConfidential <em>Confidential</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Confidential</em>' attribute.
	 * @see #isSetConfidential()
	 * @see #unsetConfidential()
	 * @see #isConfidential()
	 * @generated
	 */
	void setConfidential(boolean value);

	/**
	 * Unsets the value of the '{@link org.vitruvian.model.trust.DataClass#isConfidential <em>Confidential</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetConfidential()
	 * @see #isConfidential()
	 * @see #setConfidential(boolean)
	 * @generated
	 */
	void unsetConfidential();

	/**
	 * Returns whether the value of the '{@link org.vitruvian.model.trust.DataClass#isConfidential <em>Confidential</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Confidential</em>' attribute is set.
	 * @see #unsetConfidential()
	 * @see #isConfidential()
	 * @see #setConfidential(boolean)
	 * @generated
	 */
	boolean isSetConfidential();

} // DataClass
