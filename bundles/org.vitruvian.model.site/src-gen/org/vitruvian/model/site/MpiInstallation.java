/**
 */
package org.vitruvian.model.site;

import org.eclipse.emf.ecore.EObject;

import org.vitruvian.model.common.MpiImplementation;
import org.vitruvian.model.common.Pmi;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Mpi Installation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An MPI library on the site's nodes.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vitruvian.model.site.MpiInstallation#getImplementation <em>Implementation</em>}</li>
 *   <li>{@link org.vitruvian.model.site.MpiInstallation#getVersion <em>Version</em>}</li>
 *   <li>{@link org.vitruvian.model.site.MpiInstallation#getPmi <em>Pmi</em>}</li>
 *   <li>{@link org.vitruvian.model.site.MpiInstallation#isBindAllowed <em>Bind Allowed</em>}</li>
 * </ul>
 *
 * @see org.vitruvian.model.site.SitePackage#getMpiInstallation()
 * @model
 * @generated
 */
public interface MpiInstallation extends EObject {
	/**
	 * Returns the value of the '<em><b>Implementation</b></em>' attribute.
	 * The literals are from the enumeration {@link org.vitruvian.model.common.MpiImplementation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The MPI family.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Implementation</em>' attribute.
	 * @see org.vitruvian.model.common.MpiImplementation
	 * @see #setImplementation(MpiImplementation)
	 * @see org.vitruvian.model.site.SitePackage#getMpiInstallation_Implementation()
	 * @model required="true"
	 * @generated
	 */
	MpiImplementation getImplementation();

	/**
	 * Sets the value of the '{@link org.vitruvian.model.site.MpiInstallation#getImplementation <em>Implementation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Implementation</em>' attribute.
	 * @see org.vitruvian.model.common.MpiImplementation
	 * @see #getImplementation()
	 * @generated
	 */
	void setImplementation(MpiImplementation value);

	/**
	 * Returns the value of the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Its version.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Version</em>' attribute.
	 * @see #setVersion(String)
	 * @see org.vitruvian.model.site.SitePackage#getMpiInstallation_Version()
	 * @model required="true"
	 * @generated
	 */
	String getVersion();

	/**
	 * Sets the value of the '{@link org.vitruvian.model.site.MpiInstallation#getVersion <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Version</em>' attribute.
	 * @see #getVersion()
	 * @generated
	 */
	void setVersion(String value);

	/**
	 * Returns the value of the '<em><b>Pmi</b></em>' attribute.
	 * The literals are from the enumeration {@link org.vitruvian.model.common.Pmi}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Process-management interface the launcher offers.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pmi</em>' attribute.
	 * @see org.vitruvian.model.common.Pmi
	 * @see #isSetPmi()
	 * @see #unsetPmi()
	 * @see #setPmi(Pmi)
	 * @see org.vitruvian.model.site.SitePackage#getMpiInstallation_Pmi()
	 * @model unsettable="true"
	 * @generated
	 */
	Pmi getPmi();

	/**
	 * Sets the value of the '{@link org.vitruvian.model.site.MpiInstallation#getPmi <em>Pmi</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pmi</em>' attribute.
	 * @see org.vitruvian.model.common.Pmi
	 * @see #isSetPmi()
	 * @see #unsetPmi()
	 * @see #getPmi()
	 * @generated
	 */
	void setPmi(Pmi value);

	/**
	 * Unsets the value of the '{@link org.vitruvian.model.site.MpiInstallation#getPmi <em>Pmi</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetPmi()
	 * @see #getPmi()
	 * @see #setPmi(Pmi)
	 * @generated
	 */
	void unsetPmi();

	/**
	 * Returns whether the value of the '{@link org.vitruvian.model.site.MpiInstallation#getPmi <em>Pmi</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Pmi</em>' attribute is set.
	 * @see #unsetPmi()
	 * @see #getPmi()
	 * @see #setPmi(Pmi)
	 * @generated
	 */
	boolean isSetPmi();

	/**
	 * Returns the value of the '<em><b>Bind Allowed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the installation may be bind-mounted into containers (default true).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Bind Allowed</em>' attribute.
	 * @see #isSetBindAllowed()
	 * @see #unsetBindAllowed()
	 * @see #setBindAllowed(boolean)
	 * @see org.vitruvian.model.site.SitePackage#getMpiInstallation_BindAllowed()
	 * @model unsettable="true"
	 * @generated
	 */
	boolean isBindAllowed();

	/**
	 * Sets the value of the '{@link org.vitruvian.model.site.MpiInstallation#isBindAllowed <em>Bind Allowed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bind Allowed</em>' attribute.
	 * @see #isSetBindAllowed()
	 * @see #unsetBindAllowed()
	 * @see #isBindAllowed()
	 * @generated
	 */
	void setBindAllowed(boolean value);

	/**
	 * Unsets the value of the '{@link org.vitruvian.model.site.MpiInstallation#isBindAllowed <em>Bind Allowed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetBindAllowed()
	 * @see #isBindAllowed()
	 * @see #setBindAllowed(boolean)
	 * @generated
	 */
	void unsetBindAllowed();

	/**
	 * Returns whether the value of the '{@link org.vitruvian.model.site.MpiInstallation#isBindAllowed <em>Bind Allowed</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Bind Allowed</em>' attribute is set.
	 * @see #unsetBindAllowed()
	 * @see #isBindAllowed()
	 * @see #setBindAllowed(boolean)
	 * @generated
	 */
	boolean isSetBindAllowed();

} // MpiInstallation
