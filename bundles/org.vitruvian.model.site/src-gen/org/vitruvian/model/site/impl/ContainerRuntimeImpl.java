/**
 */
package org.vitruvian.model.site.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.vitruvian.model.site.ContainerRuntime;
import org.vitruvian.model.site.ContainerRuntimeKind;
import org.vitruvian.model.site.SitePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Container Runtime</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.vitruvian.model.site.impl.ContainerRuntimeImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.vitruvian.model.site.impl.ContainerRuntimeImpl#getVersion <em>Version</em>}</li>
 *   <li>{@link org.vitruvian.model.site.impl.ContainerRuntimeImpl#isBuildAllowed <em>Build Allowed</em>}</li>
 *   <li>{@link org.vitruvian.model.site.impl.ContainerRuntimeImpl#isRootful <em>Rootful</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ContainerRuntimeImpl extends MinimalEObjectImpl.Container implements ContainerRuntime {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final ContainerRuntimeKind KIND_EDEFAULT = ContainerRuntimeKind.APPTAINER;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected ContainerRuntimeKind kind = KIND_EDEFAULT;

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
	 * The default value of the '{@link #isBuildAllowed() <em>Build Allowed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isBuildAllowed()
	 * @generated
	 * @ordered
	 */
	protected static final boolean BUILD_ALLOWED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isBuildAllowed() <em>Build Allowed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isBuildAllowed()
	 * @generated
	 * @ordered
	 */
	protected boolean buildAllowed = BUILD_ALLOWED_EDEFAULT;

	/**
	 * This is true if the Build Allowed attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean buildAllowedESet;

	/**
	 * The default value of the '{@link #isRootful() <em>Rootful</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRootful()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ROOTFUL_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isRootful() <em>Rootful</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRootful()
	 * @generated
	 * @ordered
	 */
	protected boolean rootful = ROOTFUL_EDEFAULT;

	/**
	 * This is true if the Rootful attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean rootfulESet;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ContainerRuntimeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SitePackage.Literals.CONTAINER_RUNTIME;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ContainerRuntimeKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(ContainerRuntimeKind newKind) {
		ContainerRuntimeKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SitePackage.CONTAINER_RUNTIME__KIND, oldKind, kind));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SitePackage.CONTAINER_RUNTIME__VERSION, oldVersion, version));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isBuildAllowed() {
		return buildAllowed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBuildAllowed(boolean newBuildAllowed) {
		boolean oldBuildAllowed = buildAllowed;
		buildAllowed = newBuildAllowed;
		boolean oldBuildAllowedESet = buildAllowedESet;
		buildAllowedESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SitePackage.CONTAINER_RUNTIME__BUILD_ALLOWED, oldBuildAllowed, buildAllowed, !oldBuildAllowedESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetBuildAllowed() {
		boolean oldBuildAllowed = buildAllowed;
		boolean oldBuildAllowedESet = buildAllowedESet;
		buildAllowed = BUILD_ALLOWED_EDEFAULT;
		buildAllowedESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, SitePackage.CONTAINER_RUNTIME__BUILD_ALLOWED, oldBuildAllowed, BUILD_ALLOWED_EDEFAULT, oldBuildAllowedESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetBuildAllowed() {
		return buildAllowedESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isRootful() {
		return rootful;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRootful(boolean newRootful) {
		boolean oldRootful = rootful;
		rootful = newRootful;
		boolean oldRootfulESet = rootfulESet;
		rootfulESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SitePackage.CONTAINER_RUNTIME__ROOTFUL, oldRootful, rootful, !oldRootfulESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetRootful() {
		boolean oldRootful = rootful;
		boolean oldRootfulESet = rootfulESet;
		rootful = ROOTFUL_EDEFAULT;
		rootfulESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, SitePackage.CONTAINER_RUNTIME__ROOTFUL, oldRootful, ROOTFUL_EDEFAULT, oldRootfulESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetRootful() {
		return rootfulESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SitePackage.CONTAINER_RUNTIME__KIND:
				return getKind();
			case SitePackage.CONTAINER_RUNTIME__VERSION:
				return getVersion();
			case SitePackage.CONTAINER_RUNTIME__BUILD_ALLOWED:
				return isBuildAllowed();
			case SitePackage.CONTAINER_RUNTIME__ROOTFUL:
				return isRootful();
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
			case SitePackage.CONTAINER_RUNTIME__KIND:
				setKind((ContainerRuntimeKind)newValue);
				return;
			case SitePackage.CONTAINER_RUNTIME__VERSION:
				setVersion((String)newValue);
				return;
			case SitePackage.CONTAINER_RUNTIME__BUILD_ALLOWED:
				setBuildAllowed((Boolean)newValue);
				return;
			case SitePackage.CONTAINER_RUNTIME__ROOTFUL:
				setRootful((Boolean)newValue);
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
			case SitePackage.CONTAINER_RUNTIME__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case SitePackage.CONTAINER_RUNTIME__VERSION:
				setVersion(VERSION_EDEFAULT);
				return;
			case SitePackage.CONTAINER_RUNTIME__BUILD_ALLOWED:
				unsetBuildAllowed();
				return;
			case SitePackage.CONTAINER_RUNTIME__ROOTFUL:
				unsetRootful();
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
			case SitePackage.CONTAINER_RUNTIME__KIND:
				return kind != KIND_EDEFAULT;
			case SitePackage.CONTAINER_RUNTIME__VERSION:
				return VERSION_EDEFAULT == null ? version != null : !VERSION_EDEFAULT.equals(version);
			case SitePackage.CONTAINER_RUNTIME__BUILD_ALLOWED:
				return isSetBuildAllowed();
			case SitePackage.CONTAINER_RUNTIME__ROOTFUL:
				return isSetRootful();
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
		result.append(" (kind: ");
		result.append(kind);
		result.append(", version: ");
		result.append(version);
		result.append(", buildAllowed: ");
		if (buildAllowedESet) result.append(buildAllowed); else result.append("<unset>");
		result.append(", rootful: ");
		if (rootfulESet) result.append(rootful); else result.append("<unset>");
		result.append(')');
		return result.toString();
	}

} //ContainerRuntimeImpl
