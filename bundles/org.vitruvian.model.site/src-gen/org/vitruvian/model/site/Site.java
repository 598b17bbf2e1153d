/**
 */
package org.vitruvian.model.site;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

import org.vitruvian.model.common.CpuArchitecture;

import org.vitruvian.model.trust.ResourceClass;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Site</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A place where simulations run, with what the planner and the checkers need to know about it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vitruvian.model.site.Site#getId <em>Id</em>}</li>
 *   <li>{@link org.vitruvian.model.site.Site#getName <em>Name</em>}</li>
 *   <li>{@link org.vitruvian.model.site.Site#getDescription <em>Description</em>}</li>
 *   <li>{@link org.vitruvian.model.site.Site#getRefines <em>Refines</em>}</li>
 *   <li>{@link org.vitruvian.model.site.Site#getKind <em>Kind</em>}</li>
 *   <li>{@link org.vitruvian.model.site.Site#getTier <em>Tier</em>}</li>
 *   <li>{@link org.vitruvian.model.site.Site#getOperator <em>Operator</em>}</li>
 *   <li>{@link org.vitruvian.model.site.Site#getResourceClass <em>Resource Class</em>}</li>
 *   <li>{@link org.vitruvian.model.site.Site#getAccess <em>Access</em>}</li>
 *   <li>{@link org.vitruvian.model.site.Site#getScheduler <em>Scheduler</em>}</li>
 *   <li>{@link org.vitruvian.model.site.Site#getPartitions <em>Partitions</em>}</li>
 *   <li>{@link org.vitruvian.model.site.Site#getArchitecture <em>Architecture</em>}</li>
 *   <li>{@link org.vitruvian.model.site.Site#getOs <em>Os</em>}</li>
 *   <li>{@link org.vitruvian.model.site.Site#getGlibc <em>Glibc</em>}</li>
 *   <li>{@link org.vitruvian.model.site.Site#getContainerRuntimes <em>Container Runtimes</em>}</li>
 *   <li>{@link org.vitruvian.model.site.Site#getMpi <em>Mpi</em>}</li>
 *   <li>{@link org.vitruvian.model.site.Site#getGpuDriver <em>Gpu Driver</em>}</li>
 *   <li>{@link org.vitruvian.model.site.Site#getCuda <em>Cuda</em>}</li>
 *   <li>{@link org.vitruvian.model.site.Site#getStorage <em>Storage</em>}</li>
 *   <li>{@link org.vitruvian.model.site.Site#getCostPerCoreHour <em>Cost Per Core Hour</em>}</li>
 *   <li>{@link org.vitruvian.model.site.Site#getCertifications <em>Certifications</em>}</li>
 *   <li>{@link org.vitruvian.model.site.Site#getIllustrative <em>Illustrative</em>}</li>
 * </ul>
 *
 * @see org.vitruvian.model.site.SitePackage#getSite()
 * @model annotation="https://vitruvian.org/yaml kind='Site'"
 * @generated
 */
public interface Site extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Identifier used on the command line and in workflows, e.g. jureca-dc.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.vitruvian.model.site.SitePackage#getSite_Id()
	 * @model id="true" required="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.vitruvian.model.site.Site#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Display name, e.g. JURECA-DC.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.vitruvian.model.site.SitePackage#getSite_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.vitruvian.model.site.Site#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the site is.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.vitruvian.model.site.SitePackage#getSite_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.vitruvian.model.site.Site#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Refines</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Id of a generic profile (e.g. slurm-generic) whose values apply where this site states none.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Refines</em>' attribute.
	 * @see #setRefines(String)
	 * @see org.vitruvian.model.site.SitePackage#getSite_Refines()
	 * @model
	 * @generated
	 */
	String getRefines();

	/**
	 * Sets the value of the '{@link org.vitruvian.model.site.Site#getRefines <em>Refines</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Refines</em>' attribute.
	 * @see #getRefines()
	 * @generated
	 */
	void setRefines(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.vitruvian.model.site.SiteKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Workstation, HPC system or cloud.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.vitruvian.model.site.SiteKind
	 * @see #isSetKind()
	 * @see #unsetKind()
	 * @see #setKind(SiteKind)
	 * @see org.vitruvian.model.site.SitePackage#getSite_Kind()
	 * @model unsettable="true"
	 *        annotation="https://vitruvian.org/yaml key='siteKind'"
	 * @generated
	 */
	SiteKind getKind();

	/**
	 * Sets the value of the '{@link org.vitruvian.model.site.Site#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.vitruvian.model.site.SiteKind
	 * @see #isSetKind()
	 * @see #unsetKind()
	 * @see #getKind()
	 * @generated
	 */
	void setKind(SiteKind value);

	/**
	 * Unsets the value of the '{@link org.vitruvian.model.site.Site#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetKind()
	 * @see #getKind()
	 * @see #setKind(SiteKind)
	 * @generated
	 */
	void unsetKind();

	/**
	 * Returns whether the value of the '{@link org.vitruvian.model.site.Site#getKind <em>Kind</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Kind</em>' attribute is set.
	 * @see #unsetKind()
	 * @see #getKind()
	 * @see #setKind(SiteKind)
	 * @generated
	 */
	boolean isSetKind();

	/**
	 * Returns the value of the '<em><b>Tier</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * HPC tier: 0 (European), 1 (national), 2 (regional or institutional).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tier</em>' attribute.
	 * @see #setTier(Integer)
	 * @see org.vitruvian.model.site.SitePackage#getSite_Tier()
	 * @model
	 * @generated
	 */
	Integer getTier();

	/**
	 * Sets the value of the '{@link org.vitruvian.model.site.Site#getTier <em>Tier</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tier</em>' attribute.
	 * @see #getTier()
	 * @generated
	 */
	void setTier(Integer value);

	/**
	 * Returns the value of the '<em><b>Operator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who runs the site.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Operator</em>' attribute.
	 * @see #setOperator(String)
	 * @see org.vitruvian.model.site.SitePackage#getSite_Operator()
	 * @model
	 * @generated
	 */
	String getOperator();

	/**
	 * Sets the value of the '{@link org.vitruvian.model.site.Site#getOperator <em>Operator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Operator</em>' attribute.
	 * @see #getOperator()
	 * @generated
	 */
	void setOperator(String value);

	/**
	 * Returns the value of the '<em><b>Resource Class</b></em>' attribute.
	 * The literals are from the enumeration {@link org.vitruvian.model.trust.ResourceClass}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Resource class for trust decisions.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Resource Class</em>' attribute.
	 * @see org.vitruvian.model.trust.ResourceClass
	 * @see #isSetResourceClass()
	 * @see #unsetResourceClass()
	 * @see #setResourceClass(ResourceClass)
	 * @see org.vitruvian.model.site.SitePackage#getSite_ResourceClass()
	 * @model unsettable="true"
	 * @generated
	 */
	ResourceClass getResourceClass();

	/**
	 * Sets the value of the '{@link org.vitruvian.model.site.Site#getResourceClass <em>Resource Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Resource Class</em>' attribute.
	 * @see org.vitruvian.model.trust.ResourceClass
	 * @see #isSetResourceClass()
	 * @see #unsetResourceClass()
	 * @see #getResourceClass()
	 * @generated
	 */
	void setResourceClass(ResourceClass value);

	/**
	 * Unsets the value of the '{@link org.vitruvian.model.site.Site#getResourceClass <em>Resource Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetResourceClass()
	 * @see #getResourceClass()
	 * @see #setResourceClass(ResourceClass)
	 * @generated
	 */
	void unsetResourceClass();

	/**
	 * Returns whether the value of the '{@link org.vitruvian.model.site.Site#getResourceClass <em>Resource Class</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Resource Class</em>' attribute is set.
	 * @see #unsetResourceClass()
	 * @see #getResourceClass()
	 * @see #setResourceClass(ResourceClass)
	 * @generated
	 */
	boolean isSetResourceClass();

	/**
	 * Returns the value of the '<em><b>Access</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How Vitruvian reaches the site.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Access</em>' containment reference.
	 * @see #setAccess(Access)
	 * @see org.vitruvian.model.site.SitePackage#getSite_Access()
	 * @model containment="true"
	 * @generated
	 */
	Access getAccess();

	/**
	 * Sets the value of the '{@link org.vitruvian.model.site.Site#getAccess <em>Access</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Access</em>' containment reference.
	 * @see #getAccess()
	 * @generated
	 */
	void setAccess(Access value);

	/**
	 * Returns the value of the '<em><b>Scheduler</b></em>' attribute.
	 * The literals are from the enumeration {@link org.vitruvian.model.site.Scheduler}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How jobs are started.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Scheduler</em>' attribute.
	 * @see org.vitruvian.model.site.Scheduler
	 * @see #isSetScheduler()
	 * @see #unsetScheduler()
	 * @see #setScheduler(Scheduler)
	 * @see org.vitruvian.model.site.SitePackage#getSite_Scheduler()
	 * @model unsettable="true"
	 * @generated
	 */
	Scheduler getScheduler();

	/**
	 * Sets the value of the '{@link org.vitruvian.model.site.Site#getScheduler <em>Scheduler</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scheduler</em>' attribute.
	 * @see org.vitruvian.model.site.Scheduler
	 * @see #isSetScheduler()
	 * @see #unsetScheduler()
	 * @see #getScheduler()
	 * @generated
	 */
	void setScheduler(Scheduler value);

	/**
	 * Unsets the value of the '{@link org.vitruvian.model.site.Site#getScheduler <em>Scheduler</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetScheduler()
	 * @see #getScheduler()
	 * @see #setScheduler(Scheduler)
	 * @generated
	 */
	void unsetScheduler();

	/**
	 * Returns whether the value of the '{@link org.vitruvian.model.site.Site#getScheduler <em>Scheduler</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Scheduler</em>' attribute is set.
	 * @see #unsetScheduler()
	 * @see #getScheduler()
	 * @see #setScheduler(Scheduler)
	 * @generated
	 */
	boolean isSetScheduler();

	/**
	 * Returns the value of the '<em><b>Partitions</b></em>' containment reference list.
	 * The list contents are of type {@link org.vitruvian.model.site.Partition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Partitions (queues) and their nodes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Partitions</em>' containment reference list.
	 * @see org.vitruvian.model.site.SitePackage#getSite_Partitions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Partition> getPartitions();

	/**
	 * Returns the value of the '<em><b>Architecture</b></em>' attribute.
	 * The literals are from the enumeration {@link org.vitruvian.model.common.CpuArchitecture}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * CPU architecture of the compute nodes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Architecture</em>' attribute.
	 * @see org.vitruvian.model.common.CpuArchitecture
	 * @see #isSetArchitecture()
	 * @see #unsetArchitecture()
	 * @see #setArchitecture(CpuArchitecture)
	 * @see org.vitruvian.model.site.SitePackage#getSite_Architecture()
	 * @model unsettable="true"
	 * @generated
	 */
	CpuArchitecture getArchitecture();

	/**
	 * Sets the value of the '{@link org.vitruvian.model.site.Site#getArchitecture <em>Architecture</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Architecture</em>' attribute.
	 * @see org.vitruvian.model.common.CpuArchitecture
	 * @see #isSetArchitecture()
	 * @see #unsetArchitecture()
	 * @see #getArchitecture()
	 * @generated
	 */
	void setArchitecture(CpuArchitecture value);

	/**
	 * Unsets the value of the '{@link org.vitruvian.model.site.Site#getArchitecture <em>Architecture</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetArchitecture()
	 * @see #getArchitecture()
	 * @see #setArchitecture(CpuArchitecture)
	 * @generated
	 */
	void unsetArchitecture();

	/**
	 * Returns whether the value of the '{@link org.vitruvian.model.site.Site#getArchitecture <em>Architecture</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Architecture</em>' attribute is set.
	 * @see #unsetArchitecture()
	 * @see #getArchitecture()
	 * @see #setArchitecture(CpuArchitecture)
	 * @generated
	 */
	boolean isSetArchitecture();

	/**
	 * Returns the value of the '<em><b>Os</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Operating system of the compute nodes, e.g. 'rocky 8'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Os</em>' attribute.
	 * @see #setOs(String)
	 * @see org.vitruvian.model.site.SitePackage#getSite_Os()
	 * @model
	 * @generated
	 */
	String getOs();

	/**
	 * Sets the value of the '{@link org.vitruvian.model.site.Site#getOs <em>Os</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Os</em>' attribute.
	 * @see #getOs()
	 * @generated
	 */
	void setOs(String value);

	/**
	 * Returns the value of the '<em><b>Glibc</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * C library version on the compute nodes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Glibc</em>' attribute.
	 * @see #setGlibc(String)
	 * @see org.vitruvian.model.site.SitePackage#getSite_Glibc()
	 * @model
	 * @generated
	 */
	String getGlibc();

	/**
	 * Sets the value of the '{@link org.vitruvian.model.site.Site#getGlibc <em>Glibc</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Glibc</em>' attribute.
	 * @see #getGlibc()
	 * @generated
	 */
	void setGlibc(String value);

	/**
	 * Returns the value of the '<em><b>Container Runtimes</b></em>' containment reference list.
	 * The list contents are of type {@link org.vitruvian.model.site.ContainerRuntime}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Container engines available on the compute nodes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Container Runtimes</em>' containment reference list.
	 * @see org.vitruvian.model.site.SitePackage#getSite_ContainerRuntimes()
	 * @model containment="true"
	 * @generated
	 */
	EList<ContainerRuntime> getContainerRuntimes();

	/**
	 * Returns the value of the '<em><b>Mpi</b></em>' containment reference list.
	 * The list contents are of type {@link org.vitruvian.model.site.MpiInstallation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * MPI libraries installed at the site.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mpi</em>' containment reference list.
	 * @see org.vitruvian.model.site.SitePackage#getSite_Mpi()
	 * @model containment="true"
	 * @generated
	 */
	EList<MpiInstallation> getMpi();

	/**
	 * Returns the value of the '<em><b>Gpu Driver</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * GPU driver version on the GPU nodes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Gpu Driver</em>' attribute.
	 * @see #setGpuDriver(String)
	 * @see org.vitruvian.model.site.SitePackage#getSite_GpuDriver()
	 * @model
	 * @generated
	 */
	String getGpuDriver();

	/**
	 * Sets the value of the '{@link org.vitruvian.model.site.Site#getGpuDriver <em>Gpu Driver</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Gpu Driver</em>' attribute.
	 * @see #getGpuDriver()
	 * @generated
	 */
	void setGpuDriver(String value);

	/**
	 * Returns the value of the '<em><b>Cuda</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Highest CUDA version the driver supports.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cuda</em>' attribute.
	 * @see #setCuda(String)
	 * @see org.vitruvian.model.site.SitePackage#getSite_Cuda()
	 * @model
	 * @generated
	 */
	String getCuda();

	/**
	 * Sets the value of the '{@link org.vitruvian.model.site.Site#getCuda <em>Cuda</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cuda</em>' attribute.
	 * @see #getCuda()
	 * @generated
	 */
	void setCuda(String value);

	/**
	 * Returns the value of the '<em><b>Storage</b></em>' containment reference list.
	 * The list contents are of type {@link org.vitruvian.model.site.StoragePath}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Storage areas jobs can use.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Storage</em>' containment reference list.
	 * @see org.vitruvian.model.site.SitePackage#getSite_Storage()
	 * @model containment="true"
	 * @generated
	 */
	EList<StoragePath> getStorage();

	/**
	 * Returns the value of the '<em><b>Cost Per Core Hour</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Price of one core-hour, in euro.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cost Per Core Hour</em>' attribute.
	 * @see #setCostPerCoreHour(Double)
	 * @see org.vitruvian.model.site.SitePackage#getSite_CostPerCoreHour()
	 * @model
	 * @generated
	 */
	Double getCostPerCoreHour();

	/**
	 * Sets the value of the '{@link org.vitruvian.model.site.Site#getCostPerCoreHour <em>Cost Per Core Hour</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cost Per Core Hour</em>' attribute.
	 * @see #getCostPerCoreHour()
	 * @generated
	 */
	void setCostPerCoreHour(Double value);

	/**
	 * Returns the value of the '<em><b>Certifications</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Certifications and agreements the site holds (e.g. iso27001, hospital-dpa).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Certifications</em>' attribute list.
	 * @see org.vitruvian.model.site.SitePackage#getSite_Certifications()
	 * @model
	 * @generated
	 */
	EList<String> getCertifications();

	/**
	 * Returns the value of the '<em><b>Illustrative</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Names of the values above that are illustrative rather than published figures.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Illustrative</em>' attribute list.
	 * @see org.vitruvian.model.site.SitePackage#getSite_Illustrative()
	 * @model
	 * @generated
	 */
	EList<String> getIllustrative();

} // Site
