/**
 */
package org.vitruvian.model.site.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

import org.vitruvian.model.site.Access;
import org.vitruvian.model.site.SitePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Access</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.vitruvian.model.site.impl.AccessImpl#getHost <em>Host</em>}</li>
 *   <li>{@link org.vitruvian.model.site.impl.AccessImpl#getPort <em>Port</em>}</li>
 *   <li>{@link org.vitruvian.model.site.impl.AccessImpl#getUser <em>User</em>}</li>
 *   <li>{@link org.vitruvian.model.site.impl.AccessImpl#getLoginNodes <em>Login Nodes</em>}</li>
 *   <li>{@link org.vitruvian.model.site.impl.AccessImpl#isMfa <em>Mfa</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AccessImpl extends MinimalEObjectImpl.Container implements Access {
	/**
	 * The default value of the '{@link #getHost() <em>Host</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHost()
	 * @generated
	 * @ordered
	 */
	protected static final String HOST_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHost() <em>Host</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHost()
	 * @generated
	 * @ordered
	 */
	protected String host = HOST_EDEFAULT;

	/**
	 * The default value of the '{@link #getPort() <em>Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPort()
	 * @generated
	 * @ordered
	 */
	protected static final Integer PORT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPort() <em>Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPort()
	 * @generated
	 * @ordered
	 */
	protected Integer port = PORT_EDEFAULT;

	/**
	 * The default value of the '{@link #getUser() <em>User</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUser()
	 * @generated
	 * @ordered
	 */
	protected static final String USER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUser() <em>User</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUser()
	 * @generated
	 * @ordered
	 */
	protected String user = USER_EDEFAULT;

	/**
	 * The cached value of the '{@link #getLoginNodes() <em>Login Nodes</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLoginNodes()
	 * @generated
	 * @ordered
	 */
	protected EList<String> loginNodes;

	/**
	 * The default value of the '{@link #isMfa() <em>Mfa</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMfa()
	 * @generated
	 * @ordered
	 */
	protected static final boolean MFA_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isMfa() <em>Mfa</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMfa()
	 * @generated
	 * @ordered
	 */
	protected boolean mfa = MFA_EDEFAULT;

	/**
	 * This is true if the Mfa attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean mfaESet;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AccessImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SitePackage.Literals.ACCESS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHost() {
		return host;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHost(String newHost) {
		String oldHost = host;
		host = newHost;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SitePackage.ACCESS__HOST, oldHost, host));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getPort() {
		return port;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPort(Integer newPort) {
		Integer oldPort = port;
		port = newPort;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SitePackage.ACCESS__PORT, oldPort, port));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUser() {
		return user;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUser(String newUser) {
		String oldUser = user;
		user = newUser;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SitePackage.ACCESS__USER, oldUser, user));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getLoginNodes() {
		if (loginNodes == null) {
			loginNodes = new EDataTypeUniqueEList<String>(String.class, this, SitePackage.ACCESS__LOGIN_NODES);
		}
		return loginNodes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isMfa() {
		return mfa;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMfa(boolean newMfa) {
		boolean oldMfa = mfa;
		mfa = newMfa;
		boolean oldMfaESet = mfaESet;
		mfaESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SitePackage.ACCESS__MFA, oldMfa, mfa, !oldMfaESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetMfa() {
		boolean oldMfa = mfa;
		boolean oldMfaESet = mfaESet;
		mfa = MFA_EDEFAULT;
		mfaESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, SitePackage.ACCESS__MFA, oldMfa, MFA_EDEFAULT, oldMfaESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetMfa() {
		return mfaESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SitePackage.ACCESS__HOST:
				return getHost();
			case SitePackage.ACCESS__PORT:
				return getPort();
			case SitePackage.ACCESS__USER:
				return getUser();
			case SitePackage.ACCESS__LOGIN_NODES:
				return getLoginNodes();
			case SitePackage.ACCESS__MFA:
				return isMfa();
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
			case SitePackage.ACCESS__HOST:
				setHost((String)newValue);
				return;
			case SitePackage.ACCESS__PORT:
				setPort((Integer)newValue);
				return;
			case SitePackage.ACCESS__USER:
				setUser((String)newValue);
				return;
			case SitePackage.ACCESS__LOGIN_NODES:
				getLoginNodes().clear();
				getLoginNodes().addAll((Collection<? extends String>)newValue);
				return;
			case SitePackage.ACCESS__MFA:
				setMfa((Boolean)newValue);
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
			case SitePackage.ACCESS__HOST:
				setHost(HOST_EDEFAULT);
				return;
			case SitePackage.ACCESS__PORT:
				setPort(PORT_EDEFAULT);
				return;
			case SitePackage.ACCESS__USER:
				setUser(USER_EDEFAULT);
				return;
			case SitePackage.ACCESS__LOGIN_NODES:
				getLoginNodes().clear();
				return;
			case SitePackage.ACCESS__MFA:
				unsetMfa();
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
			case SitePackage.ACCESS__HOST:
				return HOST_EDEFAULT == null ? host != null : !HOST_EDEFAULT.equals(host);
			case SitePackage.ACCESS__PORT:
				return PORT_EDEFAULT == null ? port != null : !PORT_EDEFAULT.equals(port);
			case SitePackage.ACCESS__USER:
				return USER_EDEFAULT == null ? user != null : !USER_EDEFAULT.equals(user);
			case SitePackage.ACCESS__LOGIN_NODES:
				return loginNodes != null && !loginNodes.isEmpty();
			case SitePackage.ACCESS__MFA:
				return isSetMfa();
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
		result.append(" (host: ");
		result.append(host);
		result.append(", port: ");
		result.append(port);
		result.append(", user: ");
		result.append(user);
		result.append(", loginNodes: ");
		result.append(loginNodes);
		result.append(", mfa: ");
		if (mfaESet) result.append(mfa); else result.append("<unset>");
		result.append(')');
		return result.toString();
	}

} //AccessImpl
