/**
 */
package org.vitruvian.model.recipe;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Base Image</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The image a recipe starts from, with what compatibility checks need to know about it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vitruvian.model.recipe.BaseImage#getImage <em>Image</em>}</li>
 *   <li>{@link org.vitruvian.model.recipe.BaseImage#getOs <em>Os</em>}</li>
 *   <li>{@link org.vitruvian.model.recipe.BaseImage#getGlibc <em>Glibc</em>}</li>
 * </ul>
 *
 * @see org.vitruvian.model.recipe.RecipePackage#getBaseImage()
 * @model
 * @generated
 */
public interface BaseImage extends EObject {
	/**
	 * Returns the value of the '<em><b>Image</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Image reference, e.g. debian:12 or docker://ubuntu:22.04.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Image</em>' attribute.
	 * @see #setImage(String)
	 * @see org.vitruvian.model.recipe.RecipePackage#getBaseImage_Image()
	 * @model required="true"
	 * @generated
	 */
	String getImage();

	/**
	 * Sets the value of the '{@link org.vitruvian.model.recipe.BaseImage#getImage <em>Image</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Image</em>' attribute.
	 * @see #getImage()
	 * @generated
	 */
	void setImage(String value);

	/**
	 * Returns the value of the '<em><b>Os</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Operating system and release, e.g. 'debian 12'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Os</em>' attribute.
	 * @see #setOs(String)
	 * @see org.vitruvian.model.recipe.RecipePackage#getBaseImage_Os()
	 * @model
	 * @generated
	 */
	String getOs();

	/**
	 * Sets the value of the '{@link org.vitruvian.model.recipe.BaseImage#getOs <em>Os</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Os</em>' attribute.
	 * @see #getOs()
	 * @generated
	 */
	void setOs(String value);

	/**
	 * Returns the value of the '<em><b>Glibc</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Version of the C library in the image, e.g. 2.36.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Glibc</em>' attribute.
	 * @see #setGlibc(String)
	 * @see org.vitruvian.model.recipe.RecipePackage#getBaseImage_Glibc()
	 * @model
	 * @generated
	 */
	String getGlibc();

	/**
	 * Sets the value of the '{@link org.vitruvian.model.recipe.BaseImage#getGlibc <em>Glibc</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Glibc</em>' attribute.
	 * @see #getGlibc()
	 * @generated
	 */
	void setGlibc(String value);

} // BaseImage
