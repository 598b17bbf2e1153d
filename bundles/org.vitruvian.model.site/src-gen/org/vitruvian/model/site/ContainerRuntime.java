/**
 */
package org.vitruvian.model.site;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Container Runtime</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A container engine installed at a site.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vitruvian.model.site.ContainerRuntime#getKind <em>Kind</em>}</li>
 *   <li>{@link org.vitruvian.model.site.ContainerRuntime#getVersion <em>Version</em>}</li>
 *   <li>{@link org.vitruvian.model.site.ContainerRuntime#isBuildAllowed <em>Build Allowed</em>}</li>
 *   <li>{@link org.vitruvian.model.site.ContainerRuntime#isRootful <em>Rootful</em>}</li>
 * </ul>
 *
 * @see org.vitruvian.model.site.SitePackage#getContainerRuntime()
 * @model
 * @generated
 */
public interface ContainerRuntime extends EObject {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.vitruvian.model.site.ContainerRuntimeKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Which engine.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.vitruvian.model.site.ContainerRuntimeKind
	 * @see #setKind(ContainerRuntimeKind)
	 * @see org.vitruvian.model.site.SitePackage#getContainerRuntime_Kind()
	 * @model required="true"
	 * @generated
	 */
	ContainerRuntimeKind getKind();

	/**
	 * Sets the value of the '{@link org.vitruvian.model.site.ContainerRuntime#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.vitruvian.model.site.ContainerRuntimeKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ContainerRuntimeKind value);

	/**
	 * Returns the value of the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Its version.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Version</em>' attribute.
	 * @see #setVersion(String)
	 * @see org.vitruvian.model.site.SitePackage#getContainerRuntime_Version()
	 * @model
	 * @generated
	 */
	String getVersion();

	/**
	 * Sets the value of the '{@link org.vitruvian.model.site.ContainerRuntime#getVersion <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Version</em>' attribute.
	 * @see #getVersion()
	 * @generated
	 */
	void setVersion(String value);

	/**
	 * Returns the value of the '<em><b>Build Allowed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether images may be built at the site (default false).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Build Allowed</em>' attribute.
	 * @see #isSetBuildAllowed()
	 * @see #unsetBuildAllowed()
	 * @see #setBuildAllowed(boolean)
	 * @see org.vitruvian.model.site.SitePackage#getContainerRuntime_BuildAllowed()
	 * @model unsettable="true"
	 * @generated
	 */
	boolean isBuildAllowed();

	/**
	 * Sets the value of the '{@link org.vitruvian.model.site.ContainerRuntime#isBuildAllowed <em>Build Allowed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Build Allowed</em>' attribute.
	 * @see #isSetBuildAllowed()
	 * @see #unsetBuildAllowed()
	 * @see #isBuildAllowed()
	 * @generated
	 */
	void setBuildAllowed(boolean value);

	/**
	 * Unsets the value of the '{@link org.vitruvian.model.site.ContainerRuntime#isBuildAllowed <em>Build Allowed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetBuildAllowed()
	 * @see #isBuildAllowed()
	 * @see #setBuildAllowed(boolean)
	 * @generated
	 */
	void unsetBuildAllowed();

	/**
	 * Returns whether the value of the '{@link org.vitruvian.model.site.ContainerRuntime#isBuildAllowed <em>Build Allowed</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Build Allowed</em>' attribute is set.
	 * @see #unsetBuildAllowed()
	 * @see #isBuildAllowed()
	 * @see #setBuildAllowed(boolean)
	 * @generated
	 */
	boolean isSetBuildAllowed();

	/**
	 * Returns the value of the '<em><b>Rootful</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the engine runs containers through a root daemon (default false).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rootful</em>' attribute.
	 * @see #isSetRootful()
	 * @see #unsetRootful()
	 * @see #setRootful(boolean)
	 * @see org.vitruvian.model.site.SitePackage#getContainerRuntime_Rootful()
	 * @model unsettable="true"
	 * @generated
	 */
	boolean isRootful();

	/**
	 * Sets the value of the '{@link org.vitruvian.model.site.ContainerRuntime#isRootful <em>Rootful</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rootful</em>' attribute.
	 * @see #isSetRootful()
	 * @see #unsetRootful()
	 * @see #isRootful()
	 * @generated
	 */
	void setRootful(boolean value);

	/**
	 * Unsets the value of the '{@link org.vitruvian.model.site.ContainerRuntime#isRootful <em>Rootful</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetRootful()
	 * @see #isRootful()
	 * @see #setRootful(boolean)
	 * @generated
	 */
	void unsetRootful();

	/**
	 * Returns whether the value of the '{@link org.vitruvian.model.site.ContainerRuntime#isRootful <em>Rootful</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Rootful</em>' attribute is set.
	 * @see #unsetRootful()
	 * @see #isRootful()
	 * @see #setRootful(boolean)
	 * @generated
	 */
	boolean isSetRootful();

} // ContainerRuntime
