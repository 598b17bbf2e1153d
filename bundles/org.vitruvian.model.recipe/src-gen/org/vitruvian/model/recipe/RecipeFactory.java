/**
 */
package org.vitruvian.model.recipe;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.vitruvian.model.recipe.RecipePackage
 * @generated
 */
public interface RecipeFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	RecipeFactory eINSTANCE = org.vitruvian.model.recipe.impl.RecipeFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Container Recipe</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Container Recipe</em>'.
	 * @generated
	 */
	ContainerRecipe createContainerRecipe();

	/**
	 * Returns a new object of class '<em>Base Image</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Base Image</em>'.
	 * @generated
	 */
	BaseImage createBaseImage();

	/**
	 * Returns a new object of class '<em>Package Set</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Package Set</em>'.
	 * @generated
	 */
	PackageSet createPackageSet();

	/**
	 * Returns a new object of class '<em>File Copy</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>File Copy</em>'.
	 * @generated
	 */
	FileCopy createFileCopy();

	/**
	 * Returns a new object of class '<em>Mpi Spec</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Mpi Spec</em>'.
	 * @generated
	 */
	MpiSpec createMpiSpec();

	/**
	 * Returns a new object of class '<em>Gpu Spec</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Gpu Spec</em>'.
	 * @generated
	 */
	GpuSpec createGpuSpec();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	RecipePackage getRecipePackage();

} //RecipeFactory
