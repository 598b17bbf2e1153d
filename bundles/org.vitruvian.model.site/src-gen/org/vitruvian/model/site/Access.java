/**
 */
package org.vitruvian.model.site;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Access</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How to reach a site. Credentials are never stored here: they live in secure storage.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vitruvian.model.site.Access#getHost <em>Host</em>}</li>
 *   <li>{@link org.vitruvian.model.site.Access#getPort <em>Port</em>}</li>
 *   <li>{@link org.vitruvian.model.site.Access#getUser <em>User</em>}</li>
 *   <li>{@link org.vitruvian.model.site.Access#getLoginNodes <em>Login Nodes</em>}</li>
 *   <li>{@link org.vitruvian.model.site.Access#isMfa <em>Mfa</em>}</li>
 * </ul>
 *
 * @see org.vitruvian.model.site.SitePackage#getAccess()
 * @model
 * @generated
 */
public interface Access extends EObject {
	/**
	 * Returns the value of the '<em><b>Host</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Host name or address of the login node.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Host</em>' attribute.
	 * @see #setHost(String)
	 * @see org.vitruvian.model.site.SitePackage#getAccess_Host()
	 * @model
	 * @generated
	 */
	String getHost();

	/**
	 * Sets the value of the '{@link org.vitruvian.model.site.Access#getHost <em>Host</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Host</em>' attribute.
	 * @see #getHost()
	 * @generated
	 */
	void setHost(String value);

	/**
	 * Returns the value of the '<em><b>Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * SSH port (default 22).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Port</em>' attribute.
	 * @see #setPort(Integer)
	 * @see org.vitruvian.model.site.SitePackage#getAccess_Port()
	 * @model
	 * @generated
	 */
	Integer getPort();

	/**
	 * Sets the value of the '{@link org.vitruvian.model.site.Access#getPort <em>Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Port</em>' attribute.
	 * @see #getPort()
	 * @generated
	 */
	void setPort(Integer value);

	/**
	 * Returns the value of the '<em><b>User</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * User name on the site.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>User</em>' attribute.
	 * @see #setUser(String)
	 * @see org.vitruvian.model.site.SitePackage#getAccess_User()
	 * @model
	 * @generated
	 */
	String getUser();

	/**
	 * Sets the value of the '{@link org.vitruvian.model.site.Access#getUser <em>User</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>User</em>' attribute.
	 * @see #getUser()
	 * @generated
	 */
	void setUser(String value);

	/**
	 * Returns the value of the '<em><b>Login Nodes</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Other login nodes to fall back to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Login Nodes</em>' attribute list.
	 * @see org.vitruvian.model.site.SitePackage#getAccess_LoginNodes()
	 * @model
	 * @generated
	 */
	EList<String> getLoginNodes();

	/**
	 * Returns the value of the '<em><b>Mfa</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether logging in needs a second factor.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mfa</em>' attribute.
	 * @see #isSetMfa()
	 * @see #unsetMfa()
	 * @see #setMfa(boolean)
	 * @see org.vitruvian.model.site.SitePackage#getAccess_Mfa()
	 * @model unsettable="true"
	 * @generated
	 */
	boolean isMfa();

	/**
	 * Sets the value of the '{@link org.vitruvian.model.site.Access#isMfa <em>Mfa</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mfa</em>' attribute.
	 * @see #isSetMfa()
	 * @see #unsetMfa()
	 * @see #isMfa()
	 * @generated
	 */
	void setMfa(boolean value);

	/**
	 * Unsets the value of the '{@link org.vitruvian.model.site.Access#isMfa <em>Mfa</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetMfa()
	 * @see #isMfa()
	 * @see #setMfa(boolean)
	 * @generated
	 */
	void unsetMfa();

	/**
	 * Returns whether the value of the '{@link org.vitruvian.model.site.Access#isMfa <em>Mfa</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Mfa</em>' attribute is set.
	 * @see #unsetMfa()
	 * @see #isMfa()
	 * @see #setMfa(boolean)
	 * @generated
	 */
	boolean isSetMfa();

} // Access
