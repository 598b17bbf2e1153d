/**
 */
package org.vitruvian.model.trust;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Policy</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Rules that decide, for each data class and resource class, whether the data may be processed there.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vitruvian.model.trust.TrustPolicy#getName <em>Name</em>}</li>
 *   <li>{@link org.vitruvian.model.trust.TrustPolicy#getDescription <em>Description</em>}</li>
 *   <li>{@link org.vitruvian.model.trust.TrustPolicy#getRules <em>Rules</em>}</li>
 * </ul>
 *
 * @see org.vitruvian.model.trust.TrustPackage#getTrustPolicy()
 * @model annotation="https://vitruvian.org/yaml kind='TrustPolicy'"
 * @generated
 */
public interface TrustPolicy extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Name of the policy.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.vitruvian.model.trust.TrustPackage#getTrustPolicy_Name()
	 * @model id="true" required="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.vitruvian.model.trust.TrustPolicy#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the policy is for and who maintains it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.vitruvian.model.trust.TrustPackage#getTrustPolicy_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.vitruvian.model.trust.TrustPolicy#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Rules</b></em>' containment reference list.
	 * The list contents are of type {@link org.vitruvian.model.trust.TrustRule}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The rules; the most specific matching rule applies.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rules</em>' containment reference list.
	 * @see org.vitruvian.model.trust.TrustPackage#getTrustPolicy_Rules()
	 * @model containment="true"
	 * @generated
	 */
	EList<TrustRule> getRules();

} // TrustPolicy
