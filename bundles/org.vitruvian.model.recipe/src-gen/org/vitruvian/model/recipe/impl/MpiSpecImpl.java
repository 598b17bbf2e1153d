/**
 */
package org.vitruvian.model.recipe.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

import org.vitruvian.model.common.MpiImplementation;
import org.vitruvian.model.common.Pmi;

import org.vitruvian.model.recipe.MpiMode;
import org.vitruvian.model.recipe.MpiSpec;
import org.vitruvian.model.recipe.RecipePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Mpi Spec</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.vitruvian.model.recipe.impl.MpiSpecImpl#getImplementation <em>Implementation</em>}</li>
 *   <li>{@link org.vitruvian.model.recipe.impl.MpiSpecImpl#getVersion <em>Version</em>}</li>
 *   <li>{@link org.vitruvian.model.recipe.impl.MpiSpecImpl#getMode <em>Mode</em>}</li>
 *   <li>{@link org.vitruvian.model.recipe.impl.MpiSpecImpl#getPmi <em>Pmi</em>}</li>
 *   <li>{@link org.vitruvian.model.recipe.impl.MpiSpecImpl#getFabrics <em>Fabrics</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MpiSpecImpl extends MinimalEObjectImpl.Container implements MpiSpec {
	/**
	 * The default value of the '{@link #getImplementation() <em>Implementation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImplementation()
	 * @generated
	 * @ordered
	 */
	protected static final MpiImplementation IMPLEMENTATION_EDEFAULT = MpiImplementation.OPENMPI;

	/**
	 * The cached value of the '{@link #getImplementation() <em>Implementation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImplementation()
	 * @generated
	 * @ordered
	 */
	protected MpiImplementation implementation = IMPLEMENTATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected String version = VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getMode() <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMode()
	 * @generated
	 * @ordered
	 */
	protected static final MpiMode MODE_EDEFAULT = MpiMode.HYBRID;

	/**
	 * The cached value of the '{@link #getMode() <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMode()
	 * @generated
	 * @ordered
	 */
	protected MpiMode mode = MODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPmi() <em>Pmi</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPmi()
	 * @generated
	 * @ordered
	 */
	protected static final Pmi PMI_EDEFAULT = Pmi.PMIX;

	/**
	 * The cached value of the '{@link #getPmi() <em>Pmi</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPmi()
	 * @generated
	 * @ordered
	 */
	protected Pmi pmi = PMI_EDEFAULT;

	/**
	 * This is true if the Pmi attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean pmiESet;

	/**
	 * The cached value of the '{@link #getFabrics() <em>Fabrics</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFabrics()
	 * @generated
	 * @ordered
	 */
	protected EList<String> fabrics;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MpiSpecImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RecipePackage.Literals.MPI_SPEC;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MpiImplementation getImplementation() {
		return implementation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setImplementation(MpiImplementation newImplementation) {
		MpiImplementation oldImplementation = implementation;
		implementation = newImplementation == null ? IMPLEMENTATION_EDEFAULT : newImplementation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecipePackage.MPI_SPEC__IMPLEMENTATION, oldImplementation, implementation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVersion() {
		return version;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVersion(String newVersion) {
		String oldVersion = version;
		version = newVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecipePackage.MPI_SPEC__VERSION, oldVersion, version));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MpiMode getMode() {
		return mode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMode(MpiMode newMode) {
		MpiMode oldMode = mode;
		mode = newMode == null ? MODE_EDEFAULT : newMode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecipePackage.MPI_SPEC__MODE, oldMode, mode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Pmi getPmi() {
		return pmi;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPmi(Pmi newPmi) {
		Pmi oldPmi = pmi;
		pmi = newPmi == null ? PMI_EDEFAULT : newPmi;
		boolean oldPmiESet = pmiESet;
		pmiESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecipePackage.MPI_SPEC__PMI, oldPmi, pmi, !oldPmiESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetPmi() {
		Pmi oldPmi = pmi;
		boolean oldPmiESet = pmiESet;
		pmi = PMI_EDEFAULT;
		pmiESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, RecipePackage.MPI_SPEC__PMI, oldPmi, PMI_EDEFAULT, oldPmiESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetPmi() {
		return pmiESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getFabrics() {
		if (fabrics == null) {
			fabrics = new EDataTypeUniqueEList<String>(String.class, this, RecipePackage.MPI_SPEC__FABRICS);
		}
		return fabrics;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RecipePackage.MPI_SPEC__IMPLEMENTATION:
				return getImplementation();
			case RecipePackage.MPI_SPEC__VERSION:
				return getVersion();
			case RecipePackage.MPI_SPEC__MODE:
				return getMode();
			case RecipePackage.MPI_SPEC__PMI:
				return getPmi();
			case RecipePackage.MPI_SPEC__FABRICS:
				return getFabrics();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case RecipePackage.MPI_SPEC__IMPLEMENTATION:
				setImplementation((MpiImplementation)newValue);
				return;
			case RecipePackage.MPI_SPEC__VERSION:
				setVersion((String)newValue);
				return;
			case RecipePackage.MPI_SPEC__MODE:
				setMode((MpiMode)newValue);
				return;
			case RecipePackage.MPI_SPEC__PMI:
				setPmi((Pmi)newValue);
				return;
			case RecipePackage.MPI_SPEC__FABRICS:
				getFabrics().clear();
				getFabrics().addAll((Collection<? extends String>)newValue);
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
			case RecipePackage.MPI_SPEC__IMPLEMENTATION:
				setImplementation(IMPLEMENTATION_EDEFAULT);
				return;
			case RecipePackage.MPI_SPEC__VERSION:
				setVersion(VERSION_EDEFAULT);
				return;
			case RecipePackage.MPI_SPEC__MODE:
				setMode(MODE_EDEFAULT);
				return;
			case RecipePackage.MPI_SPEC__PMI:
				unsetPmi();
				return;
			case RecipePackage.MPI_SPEC__FABRICS:
				getFabrics().clear();
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
			case RecipePackage.MPI_SPEC__IMPLEMENTATION:
				return implementation != IMPLEMENTATION_EDEFAULT;
			case RecipePackage.MPI_SPEC__VERSION:
				return VERSION_EDEFAULT == null ? version != null : !VERSION_EDEFAULT.equals(version);
			case RecipePackage.MPI_SPEC__MODE:
				return mode != MODE_EDEFAULT;
			case RecipePackage.MPI_SPEC__PMI:
				return isSetPmi();
			case RecipePackage.MPI_SPEC__FABRICS:
				return fabrics != null && !fabrics.isEmpty();
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
		result.append(" (implementation: ");
		result.append(implementation);
		result.append(", version: ");
		result.append(version);
		result.append(", mode: ");
		result.append(mode);
		result.append(", pmi: ");
		if (pmiESet) result.append(pmi); else result.append("<unset>");
		result.append(", fabrics: ");
		result.append(fabrics);
		result.append(')');
		return result.toString();
	}

} //MpiSpecImpl
