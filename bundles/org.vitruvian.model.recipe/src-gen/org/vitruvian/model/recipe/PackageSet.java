/**
 */
package org.vitruvian.model.recipe;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Package Set</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Packages installed with one package manager.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vitruvian.model.recipe.PackageSet#getManager <em>Manager</em>}</li>
 *   <li>{@link org.vitruvian.model.recipe.PackageSet#getNames <em>Names</em>}</li>
 * </ul>
 *
 * @see org.vitruvian.model.recipe.RecipePackage#getPackageSet()
 * @model
 * @generated
 */
public interface PackageSet extends EObject {
	/**
	 * Returns the value of the '<em><b>Manager</b></em>' attribute.
	 * The literals are from the enumeration {@link org.vitruvian.model.recipe.PackageManager}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The package manager.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Manager</em>' attribute.
	 * @see org.vitruvian.model.recipe.PackageManager
	 * @see #setManager(PackageManager)
	 * @see org.vitruvian.model.recipe.RecipePackage#getPackageSet_Manager()
	 * @model required="true"
	 * @generated
	 */
	PackageManager getManager();

	/**
	 * Sets the value of the '{@link org.vitruvian.model.recipe.PackageSet#getManager <em>Manager</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Manager</em>' attribute.
	 * @see org.vitruvian.model.recipe.PackageManager
	 * @see #getManager()
	 * @generated
	 */
	void setManager(PackageManager value);

	/**
	 * Returns the value of the '<em><b>Names</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Package names, optionally with versions as the manager writes them.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Names</em>' attribute list.
	 * @see org.vitruvian.model.recipe.RecipePackage#getPackageSet_Names()
	 * @model
	 * @generated
	 */
	EList<String> getNames();

} // PackageSet
