/**
 */
package org.vitruvian.model.recipe.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.vitruvian.model.common.GpuVendor;

import org.vitruvian.model.recipe.GpuSpec;
import org.vitruvian.model.recipe.RecipePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Gpu Spec</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.vitruvian.model.recipe.impl.GpuSpecImpl#getVendor <em>Vendor</em>}</li>
 *   <li>{@link org.vitruvian.model.recipe.impl.GpuSpecImpl#getCuda <em>Cuda</em>}</li>
 *   <li>{@link org.vitruvian.model.recipe.impl.GpuSpecImpl#getRocm <em>Rocm</em>}</li>
 *   <li>{@link org.vitruvian.model.recipe.impl.GpuSpecImpl#getMinDriver <em>Min Driver</em>}</li>
 * </ul>
 *
 * @generated
 */
public class GpuSpecImpl extends MinimalEObjectImpl.Container implements GpuSpec {
	/**
	 * The default value of the '{@link #getVendor() <em>Vendor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVendor()
	 * @generated
	 * @ordered
	 */
	protected static final GpuVendor VENDOR_EDEFAULT = GpuVendor.NVIDIA;

	/**
	 * The cached value of the '{@link #getVendor() <em>Vendor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVendor()
	 * @generated
	 * @ordered
	 */
	protected GpuVendor vendor = VENDOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getCuda() <em>Cuda</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCuda()
	 * @generated
	 * @ordered
	 */
	protected static final String CUDA_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCuda() <em>Cuda</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCuda()
	 * @generated
	 * @ordered
	 */
	protected String cuda = CUDA_EDEFAULT;

	/**
	 * The default value of the '{@link #getRocm() <em>Rocm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRocm()
	 * @generated
	 * @ordered
	 */
	protected static final String ROCM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRocm() <em>Rocm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRocm()
	 * @generated
	 * @ordered
	 */
	protected String rocm = ROCM_EDEFAULT;

	/**
	 * The default value of the '{@link #getMinDriver() <em>Min Driver</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinDriver()
	 * @generated
	 * @ordered
	 */
	protected static final String MIN_DRIVER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMinDriver() <em>Min Driver</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinDriver()
	 * @generated
	 * @ordered
	 */
	protected String minDriver = MIN_DRIVER_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected GpuSpecImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RecipePackage.Literals.GPU_SPEC;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GpuVendor getVendor() {
		return vendor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVendor(GpuVendor newVendor) {
		GpuVendor oldVendor = vendor;
		vendor = newVendor == null ? VENDOR_EDEFAULT : newVendor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecipePackage.GPU_SPEC__VENDOR, oldVendor, vendor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCuda() {
		return cuda;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCuda(String newCuda) {
		String oldCuda = cuda;
		cuda = newCuda;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecipePackage.GPU_SPEC__CUDA, oldCuda, cuda));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRocm() {
		return rocm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRocm(String newRocm) {
		String oldRocm = rocm;
		rocm = newRocm;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecipePackage.GPU_SPEC__ROCM, oldRocm, rocm));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMinDriver() {
		return minDriver;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinDriver(String newMinDriver) {
		String oldMinDriver = minDriver;
		minDriver = newMinDriver;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecipePackage.GPU_SPEC__MIN_DRIVER, oldMinDriver, minDriver));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RecipePackage.GPU_SPEC__VENDOR:
				return getVendor();
			case RecipePackage.GPU_SPEC__CUDA:
				return getCuda();
			case RecipePackage.GPU_SPEC__ROCM:
				return getRocm();
			case RecipePackage.GPU_SPEC__MIN_DRIVER:
				return getMinDriver();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case RecipePackage.GPU_SPEC__VENDOR:
				setVendor((GpuVendor)newValue);
				return;
			case RecipePackage.GPU_SPEC__CUDA:
				setCuda((String)newValue);
				return;
			case RecipePackage.GPU_SPEC__ROCM:
				setRocm((String)newValue);
				return;
			case RecipePackage.GPU_SPEC__MIN_DRIVER:
				setMinDriver((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case RecipePackage.GPU_SPEC__VENDOR:
				setVendor(VENDOR_EDEFAULT);
				return;
			case RecipePackage.GPU_SPEC__CUDA:
				setCuda(CUDA_EDEFAULT);
				return;
			case RecipePackage.GPU_SPEC__ROCM:
				setRocm(ROCM_EDEFAULT);
				return;
			case RecipePackage.GPU_SPEC__MIN_DRIVER:
				setMinDriver(MIN_DRIVER_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case RecipePackage.GPU_SPEC__VENDOR:
				return vendor != VENDOR_EDEFAULT;
			case RecipePackage.GPU_SPEC__CUDA:
				return CUDA_EDEFAULT == null ? cuda != null : !CUDA_EDEFAULT.equals(cuda);
			case RecipePackage.GPU_SPEC__ROCM:
				return ROCM_EDEFAULT == null ? rocm != null : !ROCM_EDEFAULT.equals(rocm);
			case RecipePackage.GPU_SPEC__MIN_DRIVER:
				return MIN_DRIVER_EDEFAULT == null ? minDriver != null : !MIN_DRIVER_EDEFAULT.equals(minDriver);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (vendor: ");
		result.append(vendor);
		result.append(", cuda: ");
		result.append(cuda);
		result.append(", rocm: ");
		result.append(rocm);
		result.append(", minDriver: ");
		result.append(minDriver);
		result.append(')');
		return result.toString();
	}

} //GpuSpecImpl
