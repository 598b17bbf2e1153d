/**
 */
package org.vitruvian.model.trust.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.vitruvian.model.trust.DataClass;
import org.vitruvian.model.trust.DataKind;
import org.vitruvian.model.trust.Identifiability;
import org.vitruvian.model.trust.Sector;
import org.vitruvian.model.trust.TrustPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Data Class</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.vitruvian.model.trust.impl.DataClassImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.vitruvian.model.trust.impl.DataClassImpl#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.vitruvian.model.trust.impl.DataClassImpl#getIdentifiability <em>Identifiability</em>}</li>
 *   <li>{@link org.vitruvian.model.trust.impl.DataClassImpl#isConfidential <em>Confidential</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DataClassImpl extends MinimalEObjectImpl.Container implements DataClass {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final DataKind KIND_EDEFAULT = DataKind.SCIENTIFIC;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected DataKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getOwner() <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwner()
	 * @generated
	 * @ordered
	 */
	protected static final Sector OWNER_EDEFAULT = Sector.INDUSTRY;

	/**
	 * The cached value of the '{@link #getOwner() <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwner()
	 * @generated
	 * @ordered
	 */
	protected Sector owner = OWNER_EDEFAULT;

	/**
	 * The default value of the '{@link #getIdentifiability() <em>Identifiability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIdentifiability()
	 * @generated
	 * @ordered
	 */
	protected static final Identifiability IDENTIFIABILITY_EDEFAULT = Identifiability.IDENTIFIABLE;

	/**
	 * The cached value of the '{@link #getIdentifiability() <em>Identifiability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIdentifiability()
	 * @generated
	 * @ordered
	 */
	protected Identifiability identifiability = IDENTIFIABILITY_EDEFAULT;

	/**
	 * This is true if the Identifiability attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean identifiabilityESet;

	/**
	 * The default value of the '{@link #isConfidential() <em>Confidential</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isConfidential()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CONFIDENTIAL_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isConfidential() <em>Confidential</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isConfidential()
	 * @generated
	 * @ordered
	 */
	protected boolean confidential = CONFIDENTIAL_EDEFAULT;

	/**
	 * This is true if the Confidential attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean confidentialESet;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DataClassImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TrustPackage.Literals.DATA_CLASS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DataKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(DataKind newKind) {
		DataKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TrustPackage.DATA_CLASS__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Sector getOwner() {
		return owner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOwner(Sector newOwner) {
		Sector oldOwner = owner;
		owner = newOwner == null ? OWNER_EDEFAULT : newOwner;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TrustPackage.DATA_CLASS__OWNER, oldOwner, owner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Identifiability getIdentifiability() {
		return identifiability;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIdentifiability(Identifiability newIdentifiability) {
		Identifiability oldIdentifiability = identifiability;
		identifiability = newIdentifiability == null ? IDENTIFIABILITY_EDEFAULT : newIdentifiability;
		boolean oldIdentifiabilityESet = identifiabilityESet;
		identifiabilityESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TrustPackage.DATA_CLASS__IDENTIFIABILITY, oldIdentifiability, identifiability, !oldIdentifiabilityESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetIdentifiability() {
		Identifiability oldIdentifiability = identifiability;
		boolean oldIdentifiabilityESet = identifiabilityESet;
		identifiability = IDENTIFIABILITY_EDEFAULT;
		identifiabilityESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, TrustPackage.DATA_CLASS__IDENTIFIABILITY, oldIdentifiability, IDENTIFIABILITY_EDEFAULT, oldIdentifiabilityESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetIdentifiability() {
		return identifiabilityESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isConfidential() {
		return confidential;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConfidential(boolean newConfidential) {
		boolean oldConfidential = confidential;
		confidential = newConfidential;
		boolean oldConfidentialESet = confidentialESet;
		confidentialESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TrustPackage.DATA_CLASS__CONFIDENTIAL, oldConfidential, confidential, !oldConfidentialESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetConfidential() {
		boolean oldConfidential = confidential;
		boolean oldConfidentialESet = confidentialESet;
		confidential = CONFIDENTIAL_EDEFAULT;
		confidentialESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, TrustPackage.DATA_CLASS__CONFIDENTIAL, oldConfidential, CONFIDENTIAL_EDEFAULT, oldConfidentialESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetConfidential() {
		return confidentialESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TrustPackage.DATA_CLASS__KIND:
				return getKind();
			case TrustPackage.DATA_CLASS__OWNER:
				return getOwner();
			case TrustPackage.DATA_CLASS__IDENTIFIABILITY:
				return getIdentifiability();
			case TrustPackage.DATA_CLASS__CONFIDENTIAL:
				return isConfidential();
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
			case TrustPackage.DATA_CLASS__KIND:
				setKind((DataKind)newValue);
				return;
			case TrustPackage.DATA_CLASS__OWNER:
				setOwner((Sector)newValue);
				return;
			case TrustPackage.DATA_CLASS__IDENTIFIABILITY:
				setIdentifiability((Identifiability)newValue);
				return;
			case TrustPackage.DATA_CLASS__CONFIDENTIAL:
				setConfidential((Boolean)newValue);
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
			case TrustPackage.DATA_CLASS__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case TrustPackage.DATA_CLASS__OWNER:
				setOwner(OWNER_EDEFAULT);
				return;
			case TrustPackage.DATA_CLASS__IDENTIFIABILITY:
				unsetIdentifiability();
				return;
			case TrustPackage.DATA_CLASS__CONFIDENTIAL:
				unsetConfidential();
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
			case TrustPackage.DATA_CLASS__KIND:
				return kind != KIND_EDEFAULT;
			case TrustPackage.DATA_CLASS__OWNER:
				return owner != OWNER_EDEFAULT;
			case TrustPackage.DATA_CLASS__IDENTIFIABILITY:
				return isSetIdentifiability();
			case TrustPackage.DATA_CLASS__CONFIDENTIAL:
				return isSetConfidential();
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
		result.append(", owner: ");
		result.append(owner);
		result.append(", identifiability: ");
		if (identifiabilityESet) result.append(identifiability); else result.append("<unset>");
		result.append(", confidential: ");
		if (confidentialESet) result.append(confidential); else result.append("<unset>");
		result.append(')');
		return result.toString();
	}

} //DataClassImpl
