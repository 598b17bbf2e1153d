/**
 */
package org.vitruvian.model.recipe;

import org.eclipse.emf.ecore.EObject;

import org.vitruvian.model.common.GpuVendor;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Gpu Spec</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The GPU programming stack in the image.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vitruvian.model.recipe.GpuSpec#getVendor <em>Vendor</em>}</li>
 *   <li>{@link org.vitruvian.model.recipe.GpuSpec#getCuda <em>Cuda</em>}</li>
 *   <li>{@link org.vitruvian.model.recipe.GpuSpec#getRocm <em>Rocm</em>}</li>
 *   <li>{@link org.vitruvian.model.recipe.GpuSpec#getMinDriver <em>Min Driver</em>}</li>
 * </ul>
 *
 * @see org.vitruvian.model.recipe.RecipePackage#getGpuSpec()
 * @model
 * @generated
 */
public interface GpuSpec extends EObject {
	/**
	 * Returns the value of the '<em><b>Vendor</b></em>' attribute.
	 * The literals are from the enumeration {@link org.vitruvian.model.common.GpuVendor}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * GPU vendor.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Vendor</em>' attribute.
	 * @see org.vitruvian.model.common.GpuVendor
	 * @see #setVendor(GpuVendor)
	 * @see org.vitruvian.model.recipe.RecipePackage#getGpuSpec_Vendor()
	 * @model required="true"
	 * @generated
	 */
	GpuVendor getVendor();

	/**
	 * Sets the value of the '{@link org.vitruvian.model.recipe.GpuSpec#getVendor <em>Vendor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vendor</em>' attribute.
	 * @see org.vitruvian.model.common.GpuVendor
	 * @see #getVendor()
	 * @generated
	 */
	void setVendor(GpuVendor value);

	/**
	 * Returns the value of the '<em><b>Cuda</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * CUDA version the image is built with (NVIDIA).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cuda</em>' attribute.
	 * @see #setCuda(String)
	 * @see org.vitruvian.model.recipe.RecipePackage#getGpuSpec_Cuda()
	 * @model
	 * @generated
	 */
	String getCuda();

	/**
	 * Sets the value of the '{@link org.vitruvian.model.recipe.GpuSpec#getCuda <em>Cuda</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cuda</em>' attribute.
	 * @see #getCuda()
	 * @generated
	 */
	void setCuda(String value);

	/**
	 * Returns the value of the '<em><b>Rocm</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ROCm version the image is built with (AMD).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rocm</em>' attribute.
	 * @see #setRocm(String)
	 * @see org.vitruvian.model.recipe.RecipePackage#getGpuSpec_Rocm()
	 * @model
	 * @generated
	 */
	String getRocm();

	/**
	 * Sets the value of the '{@link org.vitruvian.model.recipe.GpuSpec#getRocm <em>Rocm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rocm</em>' attribute.
	 * @see #getRocm()
	 * @generated
	 */
	void setRocm(String value);

	/**
	 * Returns the value of the '<em><b>Min Driver</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Lowest host driver version the image works with.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Min Driver</em>' attribute.
	 * @see #setMinDriver(String)
	 * @see org.vitruvian.model.recipe.RecipePackage#getGpuSpec_MinDriver()
	 * @model
	 * @generated
	 */
	String getMinDriver();

	/**
	 * Sets the value of the '{@link org.vitruvian.model.recipe.GpuSpec#getMinDriver <em>Min Driver</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Min Driver</em>' attribute.
	 * @see #getMinDriver()
	 * @generated
	 */
	void setMinDriver(String value);

} // GpuSpec
