/**
 */
package org.vitruvian.model.site.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.vitruvian.model.common.MpiImplementation;
import org.vitruvian.model.common.Pmi;

import org.vitruvian.model.site.MpiInstallation;
import org.vitruvian.model.site.SitePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Mpi Installation</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.vitruvian.model.site.impl.MpiInstallationImpl#getImplementation <em>Implementation</em>}</li>
 *   <li>{@link org.vitruvian.model.site.impl.MpiInstallationImpl#getVersion <em>Version</em>}</li>
 *   <li>{@link org.vitruvian.model.site.impl.MpiInstallationImpl#getPmi <em>Pmi</em>}</li>
 *   <li>{@link org.vitruvian.model.site.impl.MpiInstallationImpl#isBindAllowed <em>Bind Allowed</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MpiInstallationImpl extends MinimalEObjectImpl.Container implements MpiInstallation {
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
	 * The default value of the '{@link #isBindAllowed() <em>Bind Allowed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isBindAllowed()
	 * @generated
	 * @ordered
	 */
	protected static final boolean BIND_ALLOWED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isBindAllowed() <em>Bind Allowed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isBindAllowed()
	 * @generated
	 * @ordered
	 */
	protected boolean bindAllowed = BIND_ALLOWED_EDEFAULT;

	/**
	 * This is true if the Bind Allowed attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean bindAllowedESet;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MpiInstallationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SitePackage.Literals.MPI_INSTALLATION;
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
			eNotify(new ENotificationImpl(this, Notification.SET, SitePackage.MPI_INSTALLATION__IMPLEMENTATION, oldImplementation, implementation));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SitePackage.MPI_INSTALLATION__VERSION, oldVersion, version));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SitePackage.MPI_INSTALLATION__PMI, oldPmi, pmi, !oldPmiESet));
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
			eNotify(new ENotificationImpl(this, Notification.UNSET, SitePackage.MPI_INSTALLATION__PMI, oldPmi, PMI_EDEFAULT, oldPmiESet));
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
	public boolean isBindAllowed() {
		return bindAllowed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBindAllowed(boolean newBindAllowed) {
		boolean oldBindAllowed = bindAllowed;
		bindAllowed = newBindAllowed;
		boolean oldBindAllowedESet = bindAllowedESet;
		bindAllowedESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SitePackage.MPI_INSTALLATION__BIND_ALLOWED, oldBindAllowed, bindAllowed, !oldBindAllowedESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetBindAllowed() {
		boolean oldBindAllowed = bindAllowed;
		boolean oldBindAllowedESet = bindAllowedESet;
		bindAllowed = BIND_ALLOWED_EDEFAULT;
		bindAllowedESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, SitePackage.MPI_INSTALLATION__BIND_ALLOWED, oldBindAllowed, BIND_ALLOWED_EDEFAULT, oldBindAllowedESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetBindAllowed() {
		return bindAllowedESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SitePackage.MPI_INSTALLATION__IMPLEMENTATION:
				return getImplementation();
			case SitePackage.MPI_INSTALLATION__VERSION:
				return getVersion();
			case SitePackage.MPI_INSTALLATION__PMI:
				return getPmi();
			case SitePackage.MPI_INSTALLATION__BIND_ALLOWED:
				return isBindAllowed();
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
			case SitePackage.MPI_INSTALLATION__IMPLEMENTATION:
				setImplementation((MpiImplementation)newValue);
				return;
			case SitePackage.MPI_INSTALLATION__VERSION:
				setVersion((String)newValue);
				return;
			case SitePackage.MPI_INSTALLATION__PMI:
				setPmi((Pmi)newValue);
				return;
			case SitePackage.MPI_INSTALLATION__BIND_ALLOWED:
				setBindAllowed((Boolean)newValue);
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
			case SitePackage.MPI_INSTALLATION__IMPLEMENTATION:
				setImplementation(IMPLEMENTATION_EDEFAULT);
				return;
			case SitePackage.MPI_INSTALLATION__VERSION:
				setVersion(VERSION_EDEFAULT);
				return;
			case SitePackage.MPI_INSTALLATION__PMI:
				unsetPmi();
				return;
			case SitePackage.MPI_INSTALLATION__BIND_ALLOWED:
				unsetBindAllowed();
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
			case SitePackage.MPI_INSTALLATION__IMPLEMENTATION:
				return implementation != IMPLEMENTATION_EDEFAULT;
			case SitePackage.MPI_INSTALLATION__VERSION:
				return VERSION_EDEFAULT == null ? version != null : !VERSION_EDEFAULT.equals(version);
			case SitePackage.MPI_INSTALLATION__PMI:
				return isSetPmi();
			case SitePackage.MPI_INSTALLATION__BIND_ALLOWED:
				return isSetBindAllowed();
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
		result.append(", pmi: ");
		if (pmiESet) result.append(pmi); else result.append("<unset>");
		result.append(", bindAllowed: ");
		if (bindAllowedESet) result.append(bindAllowed); else result.append("<unset>");
		result.append(')');
		return result.toString();
	}

} //MpiInstallationImpl
