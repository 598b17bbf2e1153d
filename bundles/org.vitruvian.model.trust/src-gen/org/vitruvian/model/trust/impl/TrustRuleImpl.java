/**
 */
package org.vitruvian.model.trust.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

import org.vitruvian.model.trust.DataKind;
import org.vitruvian.model.trust.ResourceClass;
import org.vitruvian.model.trust.Sector;
import org.vitruvian.model.trust.TrustPackage;
import org.vitruvian.model.trust.TrustRule;
import org.vitruvian.model.trust.Verdict;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Rule</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.vitruvian.model.trust.impl.TrustRuleImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.vitruvian.model.trust.impl.TrustRuleImpl#getDataKind <em>Data Kind</em>}</li>
 *   <li>{@link org.vitruvian.model.trust.impl.TrustRuleImpl#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.vitruvian.model.trust.impl.TrustRuleImpl#getResourceClass <em>Resource Class</em>}</li>
 *   <li>{@link org.vitruvian.model.trust.impl.TrustRuleImpl#getVerdict <em>Verdict</em>}</li>
 *   <li>{@link org.vitruvian.model.trust.impl.TrustRuleImpl#getSite <em>Site</em>}</li>
 *   <li>{@link org.vitruvian.model.trust.impl.TrustRuleImpl#getAcceptedCertifications <em>Accepted Certifications</em>}</li>
 *   <li>{@link org.vitruvian.model.trust.impl.TrustRuleImpl#getRationale <em>Rationale</em>}</li>
 *   <li>{@link org.vitruvian.model.trust.impl.TrustRuleImpl#getSource <em>Source</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TrustRuleImpl extends MinimalEObjectImpl.Container implements TrustRule {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getDataKind() <em>Data Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataKind()
	 * @generated
	 * @ordered
	 */
	protected static final DataKind DATA_KIND_EDEFAULT = DataKind.SCIENTIFIC;

	/**
	 * The cached value of the '{@link #getDataKind() <em>Data Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataKind()
	 * @generated
	 * @ordered
	 */
	protected DataKind dataKind = DATA_KIND_EDEFAULT;

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
	 * The default value of the '{@link #getResourceClass() <em>Resource Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResourceClass()
	 * @generated
	 * @ordered
	 */
	protected static final ResourceClass RESOURCE_CLASS_EDEFAULT = ResourceClass.DESK_SIDE;

	/**
	 * The cached value of the '{@link #getResourceClass() <em>Resource Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResourceClass()
	 * @generated
	 * @ordered
	 */
	protected ResourceClass resourceClass = RESOURCE_CLASS_EDEFAULT;

	/**
	 * The default value of the '{@link #getVerdict() <em>Verdict</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVerdict()
	 * @generated
	 * @ordered
	 */
	protected static final Verdict VERDICT_EDEFAULT = Verdict.ALLOWED;

	/**
	 * The cached value of the '{@link #getVerdict() <em>Verdict</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVerdict()
	 * @generated
	 * @ordered
	 */
	protected Verdict verdict = VERDICT_EDEFAULT;

	/**
	 * The default value of the '{@link #getSite() <em>Site</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSite()
	 * @generated
	 * @ordered
	 */
	protected static final String SITE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSite() <em>Site</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSite()
	 * @generated
	 * @ordered
	 */
	protected String site = SITE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAcceptedCertifications() <em>Accepted Certifications</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAcceptedCertifications()
	 * @generated
	 * @ordered
	 */
	protected EList<String> acceptedCertifications;

	/**
	 * The default value of the '{@link #getRationale() <em>Rationale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRationale()
	 * @generated
	 * @ordered
	 */
	protected static final String RATIONALE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRationale() <em>Rationale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRationale()
	 * @generated
	 * @ordered
	 */
	protected String rationale = RATIONALE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected static final String SOURCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected String source = SOURCE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TrustRuleImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TrustPackage.Literals.TRUST_RULE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TrustPackage.TRUST_RULE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DataKind getDataKind() {
		return dataKind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDataKind(DataKind newDataKind) {
		DataKind oldDataKind = dataKind;
		dataKind = newDataKind == null ? DATA_KIND_EDEFAULT : newDataKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TrustPackage.TRUST_RULE__DATA_KIND, oldDataKind, dataKind));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TrustPackage.TRUST_RULE__OWNER, oldOwner, owner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceClass getResourceClass() {
		return resourceClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResourceClass(ResourceClass newResourceClass) {
		ResourceClass oldResourceClass = resourceClass;
		resourceClass = newResourceClass == null ? RESOURCE_CLASS_EDEFAULT : newResourceClass;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TrustPackage.TRUST_RULE__RESOURCE_CLASS, oldResourceClass, resourceClass));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Verdict getVerdict() {
		return verdict;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVerdict(Verdict newVerdict) {
		Verdict oldVerdict = verdict;
		verdict = newVerdict == null ? VERDICT_EDEFAULT : newVerdict;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TrustPackage.TRUST_RULE__VERDICT, oldVerdict, verdict));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSite() {
		return site;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSite(String newSite) {
		String oldSite = site;
		site = newSite;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TrustPackage.TRUST_RULE__SITE, oldSite, site));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getAcceptedCertifications() {
		if (acceptedCertifications == null) {
			acceptedCertifications = new EDataTypeUniqueEList<String>(String.class, this, TrustPackage.TRUST_RULE__ACCEPTED_CERTIFICATIONS);
		}
		return acceptedCertifications;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRationale() {
		return rationale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRationale(String newRationale) {
		String oldRationale = rationale;
		rationale = newRationale;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TrustPackage.TRUST_RULE__RATIONALE, oldRationale, rationale));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSource() {
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(String newSource) {
		String oldSource = source;
		source = newSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TrustPackage.TRUST_RULE__SOURCE, oldSource, source));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TrustPackage.TRUST_RULE__NAME:
				return getName();
			case TrustPackage.TRUST_RULE__DATA_KIND:
				return getDataKind();
			case TrustPackage.TRUST_RULE__OWNER:
				return getOwner();
			case TrustPackage.TRUST_RULE__RESOURCE_CLASS:
				return getResourceClass();
			case TrustPackage.TRUST_RULE__VERDICT:
				return getVerdict();
			case TrustPackage.TRUST_RULE__SITE:
				return getSite();
			case TrustPackage.TRUST_RULE__ACCEPTED_CERTIFICATIONS:
				return getAcceptedCertifications();
			case TrustPackage.TRUST_RULE__RATIONALE:
				return getRationale();
			case TrustPackage.TRUST_RULE__SOURCE:
				return getSource();
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
			case TrustPackage.TRUST_RULE__NAME:
				setName((String)newValue);
				return;
			case TrustPackage.TRUST_RULE__DATA_KIND:
				setDataKind((DataKind)newValue);
				return;
			case TrustPackage.TRUST_RULE__OWNER:
				setOwner((Sector)newValue);
				return;
			case TrustPackage.TRUST_RULE__RESOURCE_CLASS:
				setResourceClass((ResourceClass)newValue);
				return;
			case TrustPackage.TRUST_RULE__VERDICT:
				setVerdict((Verdict)newValue);
				return;
			case TrustPackage.TRUST_RULE__SITE:
				setSite((String)newValue);
				return;
			case TrustPackage.TRUST_RULE__ACCEPTED_CERTIFICATIONS:
				getAcceptedCertifications().clear();
				getAcceptedCertifications().addAll((Collection<? extends String>)newValue);
				return;
			case TrustPackage.TRUST_RULE__RATIONALE:
				setRationale((String)newValue);
				return;
			case TrustPackage.TRUST_RULE__SOURCE:
				setSource((String)newValue);
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
			case TrustPackage.TRUST_RULE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case TrustPackage.TRUST_RULE__DATA_KIND:
				setDataKind(DATA_KIND_EDEFAULT);
				return;
			case TrustPackage.TRUST_RULE__OWNER:
				setOwner(OWNER_EDEFAULT);
				return;
			case TrustPackage.TRUST_RULE__RESOURCE_CLASS:
				setResourceClass(RESOURCE_CLASS_EDEFAULT);
				return;
			case TrustPackage.TRUST_RULE__VERDICT:
				setVerdict(VERDICT_EDEFAULT);
				return;
			case TrustPackage.TRUST_RULE__SITE:
				setSite(SITE_EDEFAULT);
				return;
			case TrustPackage.TRUST_RULE__ACCEPTED_CERTIFICATIONS:
				getAcceptedCertifications().clear();
				return;
			case TrustPackage.TRUST_RULE__RATIONALE:
				setRationale(RATIONALE_EDEFAULT);
				return;
			case TrustPackage.TRUST_RULE__SOURCE:
				setSource(SOURCE_EDEFAULT);
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
			case TrustPackage.TRUST_RULE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case TrustPackage.TRUST_RULE__DATA_KIND:
				return dataKind != DATA_KIND_EDEFAULT;
			case TrustPackage.TRUST_RULE__OWNER:
				return owner != OWNER_EDEFAULT;
			case TrustPackage.TRUST_RULE__RESOURCE_CLASS:
				return resourceClass != RESOURCE_CLASS_EDEFAULT;
			case TrustPackage.TRUST_RULE__VERDICT:
				return verdict != VERDICT_EDEFAULT;
			case TrustPackage.TRUST_RULE__SITE:
				return SITE_EDEFAULT == null ? site != null : !SITE_EDEFAULT.equals(site);
			case TrustPackage.TRUST_RULE__ACCEPTED_CERTIFICATIONS:
				return acceptedCertifications != null && !acceptedCertifications.isEmpty();
			case TrustPackage.TRUST_RULE__RATIONALE:
				return RATIONALE_EDEFAULT == null ? rationale != null : !RATIONALE_EDEFAULT.equals(rationale);
			case TrustPackage.TRUST_RULE__SOURCE:
				return SOURCE_EDEFAULT == null ? source != null : !SOURCE_EDEFAULT.equals(source);
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
		result.append(" (name: ");
		result.append(name);
		result.append(", dataKind: ");
		result.append(dataKind);
		result.append(", owner: ");
		result.append(owner);
		result.append(", resourceClass: ");
		result.append(resourceClass);
		result.append(", verdict: ");
		result.append(verdict);
		result.append(", site: ");
		result.append(site);
		result.append(", acceptedCertifications: ");
		result.append(acceptedCertifications);
		result.append(", rationale: ");
		result.append(rationale);
		result.append(", source: ");
		result.append(source);
		result.append(')');
		return result.toString();
	}

} //TrustRuleImpl
