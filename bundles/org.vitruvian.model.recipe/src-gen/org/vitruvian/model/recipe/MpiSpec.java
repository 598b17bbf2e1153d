/**
 */
package org.vitruvian.model.recipe;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

import org.vitruvian.model.common.MpiImplementation;
import org.vitruvian.model.common.Pmi;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Mpi Spec</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The MPI library in the image and how it is meant to run.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vitruvian.model.recipe.MpiSpec#getImplementation <em>Implementation</em>}</li>
 *   <li>{@link org.vitruvian.model.recipe.MpiSpec#getVersion <em>Version</em>}</li>
 *   <li>{@link org.vitruvian.model.recipe.MpiSpec#getMode <em>Mode</em>}</li>
 *   <li>{@link org.vitruvian.model.recipe.MpiSpec#getPmi <em>Pmi</em>}</li>
 *   <li>{@link org.vitruvian.model.recipe.MpiSpec#getFabrics <em>Fabrics</em>}</li>
 * </ul>
 *
 * @see org.vitruvian.model.recipe.RecipePackage#getMpiSpec()
 * @model
 * @generated
 */
public interface MpiSpec extends EObject {
	/**
	 * Returns the value of the '<em><b>Implementation</b></em>' attribute.
	 * The literals are from the enumeration {@link org.vitruvian.model.common.MpiImplementation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The MPI family.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Implementation</em>' attribute.
	 * @see org.vitruvian.model.common.MpiImplementation
	 * @see #setImplementation(MpiImplementation)
	 * @see org.vitruvian.model.recipe.RecipePackage#getMpiSpec_Implementation()
	 * @model required="true"
	 * @generated
	 */
	MpiImplementation getImplementation();

	/**
	 * Sets the value of the '{@link org.vitruvian.model.recipe.MpiSpec#getImplementation <em>Implementation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Implementation</em>' attribute.
	 * @see org.vitruvian.model.common.MpiImplementation
	 * @see #getImplementation()
	 * @generated
	 */
	void setImplementation(MpiImplementation value);

	/**
	 * Returns the value of the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Version, e.g. 4.1.5.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Version</em>' attribute.
	 * @see #setVersion(String)
	 * @see org.vitruvian.model.recipe.RecipePackage#getMpiSpec_Version()
	 * @model required="true"
	 * @generated
	 */
	String getVersion();

	/**
	 * Sets the value of the '{@link org.vitruvian.model.recipe.MpiSpec#getVersion <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Version</em>' attribute.
	 * @see #getVersion()
	 * @generated
	 */
	void setVersion(String value);

	/**
	 * Returns the value of the '<em><b>Mode</b></em>' attribute.
	 * The literals are from the enumeration {@link org.vitruvian.model.recipe.MpiMode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * hybrid: the image's MPI talks to the host's launcher; bind: the host's MPI is bind-mounted into the image.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mode</em>' attribute.
	 * @see org.vitruvian.model.recipe.MpiMode
	 * @see #setMode(MpiMode)
	 * @see org.vitruvian.model.recipe.RecipePackage#getMpiSpec_Mode()
	 * @model required="true"
	 * @generated
	 */
	MpiMode getMode();

	/**
	 * Sets the value of the '{@link org.vitruvian.model.recipe.MpiSpec#getMode <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mode</em>' attribute.
	 * @see org.vitruvian.model.recipe.MpiMode
	 * @see #getMode()
	 * @generated
	 */
	void setMode(MpiMode value);

	/**
	 * Returns the value of the '<em><b>Pmi</b></em>' attribute.
	 * The literals are from the enumeration {@link org.vitruvian.model.common.Pmi}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Process-management interface the image's MPI is built with.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pmi</em>' attribute.
	 * @see org.vitruvian.model.common.Pmi
	 * @see #isSetPmi()
	 * @see #unsetPmi()
	 * @see #setPmi(Pmi)
	 * @see org.vitruvian.model.recipe.RecipePackage#getMpiSpec_Pmi()
	 * @model unsettable="true"
	 * @generated
	 */
	Pmi getPmi();

	/**
	 * Sets the value of the '{@link org.vitruvian.model.recipe.MpiSpec#getPmi <em>Pmi</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pmi</em>' attribute.
	 * @see org.vitruvian.model.common.Pmi
	 * @see #isSetPmi()
	 * @see #unsetPmi()
	 * @see #getPmi()
	 * @generated
	 */
	void setPmi(Pmi value);

	/**
	 * Unsets the value of the '{@link org.vitruvian.model.recipe.MpiSpec#getPmi <em>Pmi</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetPmi()
	 * @see #getPmi()
	 * @see #setPmi(Pmi)
	 * @generated
	 */
	void unsetPmi();

	/**
	 * Returns whether the value of the '{@link org.vitruvian.model.recipe.MpiSpec#getPmi <em>Pmi</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Pmi</em>' attribute is set.
	 * @see #unsetPmi()
	 * @see #getPmi()
	 * @see #setPmi(Pmi)
	 * @generated
	 */
	boolean isSetPmi();

	/**
	 * Returns the value of the '<em><b>Fabrics</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Fabric libraries in the image for fast interconnects, e.g. ucx, libfabric, verbs, psm2.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Fabrics</em>' attribute list.
	 * @see org.vitruvian.model.recipe.RecipePackage#getMpiSpec_Fabrics()
	 * @model
	 * @generated
	 */
	EList<String> getFabrics();

} // MpiSpec
