/**
 */
package org.vitruvian.model.site;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.vitruvian.model.common.CommonPackage;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Sites: workstations, HPC systems and clouds where simulations run.
 * <!-- end-model-doc -->
 * @see org.vitruvian.model.site.SiteFactory
 * @model kind="package"
 * @generated
 */
public interface SitePackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "site";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "https://vitruvian.org/model/site/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "site";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	SitePackage eINSTANCE = org.vitruvian.model.site.impl.SitePackageImpl.init();

	/**
	 * The meta object id for the '{@link org.vitruvian.model.site.impl.SiteImpl <em>Site</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vitruvian.model.site.impl.SiteImpl
	 * @see org.vitruvian.model.site.impl.SitePackageImpl#getSite()
	 * @generated
	 */
	int SITE = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__NAME = 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__DESCRIPTION = 2;

	/**
	 * The feature id for the '<em><b>Profile</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__PROFILE = 3;

	/**
	 * The feature id for the '<em><b>Refines</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__REFINES = 4;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__TYPE = 5;

	/**
	 * The feature id for the '<em><b>Tier</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__TIER = 6;

	/**
	 * The feature id for the '<em><b>Operator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__OPERATOR = 7;

	/**
	 * The feature id for the '<em><b>Resource Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__RESOURCE_CLASS = 8;

	/**
	 * The feature id for the '<em><b>Access</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__ACCESS = 9;

	/**
	 * The feature id for the '<em><b>Scheduler</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__SCHEDULER = 10;

	/**
	 * The feature id for the '<em><b>Partitions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__PARTITIONS = 11;

	/**
	 * The feature id for the '<em><b>Architecture</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__ARCHITECTURE = 12;

	/**
	 * The feature id for the '<em><b>Os</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__OS = 13;

	/**
	 * The feature id for the '<em><b>Glibc</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__GLIBC = 14;

	/**
	 * The feature id for the '<em><b>Container Runtimes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__CONTAINER_RUNTIMES = 15;

	/**
	 * The feature id for the '<em><b>Mpi</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__MPI = 16;

	/**
	 * The feature id for the '<em><b>Gpu Driver</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__GPU_DRIVER = 17;

	/**
	 * The feature id for the '<em><b>Cuda</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__CUDA = 18;

	/**
	 * The feature id for the '<em><b>Storage</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__STORAGE = 19;

	/**
	 * The feature id for the '<em><b>Cost Per Core Hour</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__COST_PER_CORE_HOUR = 20;

	/**
	 * The feature id for the '<em><b>Certifications</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__CERTIFICATIONS = 21;

	/**
	 * The feature id for the '<em><b>Illustrative</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__ILLUSTRATIVE = 22;

	/**
	 * The number of structural features of the '<em>Site</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE_FEATURE_COUNT = 23;

	/**
	 * The number of operations of the '<em>Site</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vitruvian.model.site.impl.AccessImpl <em>Access</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vitruvian.model.site.impl.AccessImpl
	 * @see org.vitruvian.model.site.impl.SitePackageImpl#getAccess()
	 * @generated
	 */
	int ACCESS = 1;

	/**
	 * The feature id for the '<em><b>Host</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESS__HOST = 0;

	/**
	 * The feature id for the '<em><b>Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESS__PORT = 1;

	/**
	 * The feature id for the '<em><b>User</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESS__USER = 2;

	/**
	 * The feature id for the '<em><b>Login Nodes</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESS__LOGIN_NODES = 3;

	/**
	 * The feature id for the '<em><b>Mfa</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESS__MFA = 4;

	/**
	 * The number of structural features of the '<em>Access</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESS_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Access</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACCESS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vitruvian.model.site.impl.PartitionImpl <em>Partition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vitruvian.model.site.impl.PartitionImpl
	 * @see org.vitruvian.model.site.impl.SitePackageImpl#getPartition()
	 * @generated
	 */
	int PARTITION = 2;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTITION__NAME = CommonPackage.NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Nodes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTITION__NODES = CommonPackage.NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Cores Per Node</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTITION__CORES_PER_NODE = CommonPackage.NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Cpu</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTITION__CPU = CommonPackage.NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Memory Per Node</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTITION__MEMORY_PER_NODE = CommonPackage.NAMED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Gpus Per Node</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTITION__GPUS_PER_NODE = CommonPackage.NAMED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Gpu Model</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTITION__GPU_MODEL = CommonPackage.NAMED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Max Walltime</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTITION__MAX_WALLTIME = CommonPackage.NAMED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Interconnect</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTITION__INTERCONNECT = CommonPackage.NAMED_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Partition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTITION_FEATURE_COUNT = CommonPackage.NAMED_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Partition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTITION_OPERATION_COUNT = CommonPackage.NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.vitruvian.model.site.impl.ContainerRuntimeImpl <em>Container Runtime</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vitruvian.model.site.impl.ContainerRuntimeImpl
	 * @see org.vitruvian.model.site.impl.SitePackageImpl#getContainerRuntime()
	 * @generated
	 */
	int CONTAINER_RUNTIME = 3;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_RUNTIME__KIND = 0;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_RUNTIME__VERSION = 1;

	/**
	 * The feature id for the '<em><b>Build Allowed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_RUNTIME__BUILD_ALLOWED = 2;

	/**
	 * The feature id for the '<em><b>Rootful</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_RUNTIME__ROOTFUL = 3;

	/**
	 * The number of structural features of the '<em>Container Runtime</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_RUNTIME_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Container Runtime</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_RUNTIME_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vitruvian.model.site.impl.MpiInstallationImpl <em>Mpi Installation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vitruvian.model.site.impl.MpiInstallationImpl
	 * @see org.vitruvian.model.site.impl.SitePackageImpl#getMpiInstallation()
	 * @generated
	 */
	int MPI_INSTALLATION = 4;

	/**
	 * The feature id for the '<em><b>Implementation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MPI_INSTALLATION__IMPLEMENTATION = 0;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MPI_INSTALLATION__VERSION = 1;

	/**
	 * The feature id for the '<em><b>Pmi</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MPI_INSTALLATION__PMI = 2;

	/**
	 * The feature id for the '<em><b>Bind Allowed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MPI_INSTALLATION__BIND_ALLOWED = 3;

	/**
	 * The number of structural features of the '<em>Mpi Installation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MPI_INSTALLATION_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Mpi Installation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MPI_INSTALLATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vitruvian.model.site.impl.StoragePathImpl <em>Storage Path</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vitruvian.model.site.impl.StoragePathImpl
	 * @see org.vitruvian.model.site.impl.SitePackageImpl#getStoragePath()
	 * @generated
	 */
	int STORAGE_PATH = 5;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORAGE_PATH__NAME = CommonPackage.NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORAGE_PATH__PATH = CommonPackage.NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Purpose</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORAGE_PATH__PURPOSE = CommonPackage.NAMED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Storage Path</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORAGE_PATH_FEATURE_COUNT = CommonPackage.NAMED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Storage Path</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STORAGE_PATH_OPERATION_COUNT = CommonPackage.NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.vitruvian.model.site.SiteKind <em>Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vitruvian.model.site.SiteKind
	 * @see org.vitruvian.model.site.impl.SitePackageImpl#getSiteKind()
	 * @generated
	 */
	int SITE_KIND = 6;

	/**
	 * The meta object id for the '{@link org.vitruvian.model.site.Scheduler <em>Scheduler</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vitruvian.model.site.Scheduler
	 * @see org.vitruvian.model.site.impl.SitePackageImpl#getScheduler()
	 * @generated
	 */
	int SCHEDULER = 7;

	/**
	 * The meta object id for the '{@link org.vitruvian.model.site.ContainerRuntimeKind <em>Container Runtime Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vitruvian.model.site.ContainerRuntimeKind
	 * @see org.vitruvian.model.site.impl.SitePackageImpl#getContainerRuntimeKind()
	 * @generated
	 */
	int CONTAINER_RUNTIME_KIND = 8;

	/**
	 * The meta object id for the '{@link org.vitruvian.model.site.Interconnect <em>Interconnect</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vitruvian.model.site.Interconnect
	 * @see org.vitruvian.model.site.impl.SitePackageImpl#getInterconnect()
	 * @generated
	 */
	int INTERCONNECT = 9;


	/**
	 * Returns the meta object for class '{@link org.vitruvian.model.site.Site <em>Site</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Site</em>'.
	 * @see org.vitruvian.model.site.Site
	 * @generated
	 */
	EClass getSite();

	/**
	 * Returns the meta object for the attribute '{@link org.vitruvian.model.site.Site#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.vitruvian.model.site.Site#getId()
	 * @see #getSite()
	 * @generated
	 */
	EAttribute getSite_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.vitruvian.model.site.Site#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.vitruvian.model.site.Site#getName()
	 * @see #getSite()
	 * @generated
	 */
	EAttribute getSite_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.vitruvian.model.site.Site#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.vitruvian.model.site.Site#getDescription()
	 * @see #getSite()
	 * @generated
	 */
	EAttribute getSite_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.vitruvian.model.site.Site#isProfile <em>Profile</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Profile</em>'.
	 * @see org.vitruvian.model.site.Site#isProfile()
	 * @see #getSite()
	 * @generated
	 */
	EAttribute getSite_Profile();

	/**
	 * Returns the meta object for the attribute '{@link org.vitruvian.model.site.Site#getRefines <em>Refines</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Refines</em>'.
	 * @see org.vitruvian.model.site.Site#getRefines()
	 * @see #getSite()
	 * @generated
	 */
	EAttribute getSite_Refines();

	/**
	 * Returns the meta object for the attribute '{@link org.vitruvian.model.site.Site#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see org.vitruvian.model.site.Site#getType()
	 * @see #getSite()
	 * @generated
	 */
	EAttribute getSite_Type();

	/**
	 * Returns the meta object for the attribute '{@link org.vitruvian.model.site.Site#getTier <em>Tier</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tier</em>'.
	 * @see org.vitruvian.model.site.Site#getTier()
	 * @see #getSite()
	 * @generated
	 */
	EAttribute getSite_Tier();

	/**
	 * Returns the meta object for the attribute '{@link org.vitruvian.model.site.Site#getOperator <em>Operator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Operator</em>'.
	 * @see org.vitruvian.model.site.Site#getOperator()
	 * @see #getSite()
	 * @generated
	 */
	EAttribute getSite_Operator();

	/**
	 * Returns the meta object for the attribute '{@link org.vitruvian.model.site.Site#getResourceClass <em>Resource Class</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Resource Class</em>'.
	 * @see org.vitruvian.model.site.Site#getResourceClass()
	 * @see #getSite()
	 * @generated
	 */
	EAttribute getSite_ResourceClass();

	/**
	 * Returns the meta object for the containment reference '{@link org.vitruvian.model.site.Site#getAccess <em>Access</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Access</em>'.
	 * @see org.vitruvian.model.site.Site#getAccess()
	 * @see #getSite()
	 * @generated
	 */
	EReference getSite_Access();

	/**
	 * Returns the meta object for the attribute '{@link org.vitruvian.model.site.Site#getScheduler <em>Scheduler</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scheduler</em>'.
	 * @see org.vitruvian.model.site.Site#getScheduler()
	 * @see #getSite()
	 * @generated
	 */
	EAttribute getSite_Scheduler();

	/**
	 * Returns the meta object for the containment reference list '{@link org.vitruvian.model.site.Site#getPartitions <em>Partitions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Partitions</em>'.
	 * @see org.vitruvian.model.site.Site#getPartitions()
	 * @see #getSite()
	 * @generated
	 */
	EReference getSite_Partitions();

	/**
	 * Returns the meta object for the attribute '{@link org.vitruvian.model.site.Site#getArchitecture <em>Architecture</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Architecture</em>'.
	 * @see org.vitruvian.model.site.Site#getArchitecture()
	 * @see #getSite()
	 * @generated
	 */
	EAttribute getSite_Architecture();

	/**
	 * Returns the meta object for the attribute '{@link org.vitruvian.model.site.Site#getOs <em>Os</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Os</em>'.
	 * @see org.vitruvian.model.site.Site#getOs()
	 * @see #getSite()
	 * @generated
	 */
	EAttribute getSite_Os();

	/**
	 * Returns the meta object for the attribute '{@link org.vitruvian.model.site.Site#getGlibc <em>Glibc</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Glibc</em>'.
	 * @see org.vitruvian.model.site.Site#getGlibc()
	 * @see #getSite()
	 * @generated
	 */
	EAttribute getSite_Glibc();

	/**
	 * Returns the meta object for the containment reference list '{@link org.vitruvian.model.site.Site#getContainerRuntimes <em>Container Runtimes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Container Runtimes</em>'.
	 * @see org.vitruvian.model.site.Site#getContainerRuntimes()
	 * @see #getSite()
	 * @generated
	 */
	EReference getSite_ContainerRuntimes();

	/**
	 * Returns the meta object for the containment reference list '{@link org.vitruvian.model.site.Site#getMpi <em>Mpi</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Mpi</em>'.
	 * @see org.vitruvian.model.site.Site#getMpi()
	 * @see #getSite()
	 * @generated
	 */
	EReference getSite_Mpi();

	/**
	 * Returns the meta object for the attribute '{@link org.vitruvian.model.site.Site#getGpuDriver <em>Gpu Driver</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Gpu Driver</em>'.
	 * @see org.vitruvian.model.site.Site#getGpuDriver()
	 * @see #getSite()
	 * @generated
	 */
	EAttribute getSite_GpuDriver();

	/**
	 * Returns the meta object for the attribute '{@link org.vitruvian.model.site.Site#getCuda <em>Cuda</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cuda</em>'.
	 * @see org.vitruvian.model.site.Site#getCuda()
	 * @see #getSite()
	 * @generated
	 */
	EAttribute getSite_Cuda();

	/**
	 * Returns the meta object for the containment reference list '{@link org.vitruvian.model.site.Site#getStorage <em>Storage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Storage</em>'.
	 * @see org.vitruvian.model.site.Site#getStorage()
	 * @see #getSite()
	 * @generated
	 */
	EReference getSite_Storage();

	/**
	 * Returns the meta object for the attribute '{@link org.vitruvian.model.site.Site#getCostPerCoreHour <em>Cost Per Core Hour</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cost Per Core Hour</em>'.
	 * @see org.vitruvian.model.site.Site#getCostPerCoreHour()
	 * @see #getSite()
	 * @generated
	 */
	EAttribute getSite_CostPerCoreHour();

	/**
	 * Returns the meta object for the attribute list '{@link org.vitruvian.model.site.Site#getCertifications <em>Certifications</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Certifications</em>'.
	 * @see org.vitruvian.model.site.Site#getCertifications()
	 * @see #getSite()
	 * @generated
	 */
	EAttribute getSite_Certifications();

	/**
	 * Returns the meta object for the attribute list '{@link org.vitruvian.model.site.Site#getIllustrative <em>Illustrative</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Illustrative</em>'.
	 * @see org.vitruvian.model.site.Site#getIllustrative()
	 * @see #getSite()
	 * @generated
	 */
	EAttribute getSite_Illustrative();

	/**
	 * Returns the meta object for class '{@link org.vitruvian.model.site.Access <em>Access</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Access</em>'.
	 * @see org.vitruvian.model.site.Access
	 * @generated
	 */
	EClass getAccess();

	/**
	 * Returns the meta object for the attribute '{@link org.vitruvian.model.site.Access#getHost <em>Host</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Host</em>'.
	 * @see org.vitruvian.model.site.Access#getHost()
	 * @see #getAccess()
	 * @generated
	 */
	EAttribute getAccess_Host();

	/**
	 * Returns the meta object for the attribute '{@link org.vitruvian.model.site.Access#getPort <em>Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Port</em>'.
	 * @see org.vitruvian.model.site.Access#getPort()
	 * @see #getAccess()
	 * @generated
	 */
	EAttribute getAccess_Port();

	/**
	 * Returns the meta object for the attribute '{@link org.vitruvian.model.site.Access#getUser <em>User</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>User</em>'.
	 * @see org.vitruvian.model.site.Access#getUser()
	 * @see #getAccess()
	 * @generated
	 */
	EAttribute getAccess_User();

	/**
	 * Returns the meta object for the attribute list '{@link org.vitruvian.model.site.Access#getLoginNodes <em>Login Nodes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Login Nodes</em>'.
	 * @see org.vitruvian.model.site.Access#getLoginNodes()
	 * @see #getAccess()
	 * @generated
	 */
	EAttribute getAccess_LoginNodes();

	/**
	 * Returns the meta object for the attribute '{@link org.vitruvian.model.site.Access#isMfa <em>Mfa</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mfa</em>'.
	 * @see org.vitruvian.model.site.Access#isMfa()
	 * @see #getAccess()
	 * @generated
	 */
	EAttribute getAccess_Mfa();

	/**
	 * Returns the meta object for class '{@link org.vitruvian.model.site.Partition <em>Partition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Partition</em>'.
	 * @see org.vitruvian.model.site.Partition
	 * @generated
	 */
	EClass getPartition();

	/**
	 * Returns the meta object for the attribute '{@link org.vitruvian.model.site.Partition#getNodes <em>Nodes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Nodes</em>'.
	 * @see org.vitruvian.model.site.Partition#getNodes()
	 * @see #getPartition()
	 * @generated
	 */
	EAttribute getPartition_Nodes();

	/**
	 * Returns the meta object for the attribute '{@link org.vitruvian.model.site.Partition#getCoresPerNode <em>Cores Per Node</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cores Per Node</em>'.
	 * @see org.vitruvian.model.site.Partition#getCoresPerNode()
	 * @see #getPartition()
	 * @generated
	 */
	EAttribute getPartition_CoresPerNode();

	/**
	 * Returns the meta object for the attribute '{@link org.vitruvian.model.site.Partition#getCpu <em>Cpu</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cpu</em>'.
	 * @see org.vitruvian.model.site.Partition#getCpu()
	 * @see #getPartition()
	 * @generated
	 */
	EAttribute getPartition_Cpu();

	/**
	 * Returns the meta object for the attribute '{@link org.vitruvian.model.site.Partition#getMemoryPerNode <em>Memory Per Node</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Memory Per Node</em>'.
	 * @see org.vitruvian.model.site.Partition#getMemoryPerNode()
	 * @see #getPartition()
	 * @generated
	 */
	EAttribute getPartition_MemoryPerNode();

	/**
	 * Returns the meta object for the attribute '{@link org.vitruvian.model.site.Partition#getGpusPerNode <em>Gpus Per Node</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Gpus Per Node</em>'.
	 * @see org.vitruvian.model.site.Partition#getGpusPerNode()
	 * @see #getPartition()
	 * @generated
	 */
	EAttribute getPartition_GpusPerNode();

	/**
	 * Returns the meta object for the attribute '{@link org.vitruvian.model.site.Partition#getGpuModel <em>Gpu Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Gpu Model</em>'.
	 * @see org.vitruvian.model.site.Partition#getGpuModel()
	 * @see #getPartition()
	 * @generated
	 */
	EAttribute getPartition_GpuModel();

	/**
	 * Returns the meta object for the attribute '{@link org.vitruvian.model.site.Partition#getMaxWalltime <em>Max Walltime</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Walltime</em>'.
	 * @see org.vitruvian.model.site.Partition#getMaxWalltime()
	 * @see #getPartition()
	 * @generated
	 */
	EAttribute getPartition_MaxWalltime();

	/**
	 * Returns the meta object for the attribute '{@link org.vitruvian.model.site.Partition#getInterconnect <em>Interconnect</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Interconnect</em>'.
	 * @see org.vitruvian.model.site.Partition#getInterconnect()
	 * @see #getPartition()
	 * @generated
	 */
	EAttribute getPartition_Interconnect();

	/**
	 * Returns the meta object for class '{@link org.vitruvian.model.site.ContainerRuntime <em>Container Runtime</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Container Runtime</em>'.
	 * @see org.vitruvian.model.site.ContainerRuntime
	 * @generated
	 */
	EClass getContainerRuntime();

	/**
	 * Returns the meta object for the attribute '{@link org.vitruvian.model.site.ContainerRuntime#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.vitruvian.model.site.ContainerRuntime#getKind()
	 * @see #getContainerRuntime()
	 * @generated
	 */
	EAttribute getContainerRuntime_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.vitruvian.model.site.ContainerRuntime#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see org.vitruvian.model.site.ContainerRuntime#getVersion()
	 * @see #getContainerRuntime()
	 * @generated
	 */
	EAttribute getContainerRuntime_Version();

	/**
	 * Returns the meta object for the attribute '{@link org.vitruvian.model.site.ContainerRuntime#isBuildAllowed <em>Build Allowed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Build Allowed</em>'.
	 * @see org.vitruvian.model.site.ContainerRuntime#isBuildAllowed()
	 * @see #getContainerRuntime()
	 * @generated
	 */
	EAttribute getContainerRuntime_BuildAllowed();

	/**
	 * Returns the meta object for the attribute '{@link org.vitruvian.model.site.ContainerRuntime#isRootful <em>Rootful</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rootful</em>'.
	 * @see org.vitruvian.model.site.ContainerRuntime#isRootful()
	 * @see #getContainerRuntime()
	 * @generated
	 */
	EAttribute getContainerRuntime_Rootful();

	/**
	 * Returns the meta object for class '{@link org.vitruvian.model.site.MpiInstallation <em>Mpi Installation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Mpi Installation</em>'.
	 * @see org.vitruvian.model.site.MpiInstallation
	 * @generated
	 */
	EClass getMpiInstallation();

	/**
	 * Returns the meta object for the attribute '{@link org.vitruvian.model.site.MpiInstallation#getImplementation <em>Implementation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Implementation</em>'.
	 * @see org.vitruvian.model.site.MpiInstallation#getImplementation()
	 * @see #getMpiInstallation()
	 * @generated
	 */
	EAttribute getMpiInstallation_Implementation();

	/**
	 * Returns the meta object for the attribute '{@link org.vitruvian.model.site.MpiInstallation#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see org.vitruvian.model.site.MpiInstallation#getVersion()
	 * @see #getMpiInstallation()
	 * @generated
	 */
	EAttribute getMpiInstallation_Version();

	/**
	 * Returns the meta object for the attribute '{@link org.vitruvian.model.site.MpiInstallation#getPmi <em>Pmi</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pmi</em>'.
	 * @see org.vitruvian.model.site.MpiInstallation#getPmi()
	 * @see #getMpiInstallation()
	 * @generated
	 */
	EAttribute getMpiInstallation_Pmi();

	/**
	 * Returns the meta object for the attribute '{@link org.vitruvian.model.site.MpiInstallation#isBindAllowed <em>Bind Allowed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bind Allowed</em>'.
	 * @see org.vitruvian.model.site.MpiInstallation#isBindAllowed()
	 * @see #getMpiInstallation()
	 * @generated
	 */
	EAttribute getMpiInstallation_BindAllowed();

	/**
	 * Returns the meta object for class '{@link org.vitruvian.model.site.StoragePath <em>Storage Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Storage Path</em>'.
	 * @see org.vitruvian.model.site.StoragePath
	 * @generated
	 */
	EClass getStoragePath();

	/**
	 * Returns the meta object for the attribute '{@link org.vitruvian.model.site.StoragePath#getPath <em>Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Path</em>'.
	 * @see org.vitruvian.model.site.StoragePath#getPath()
	 * @see #getStoragePath()
	 * @generated
	 */
	EAttribute getStoragePath_Path();

	/**
	 * Returns the meta object for the attribute '{@link org.vitruvian.model.site.StoragePath#getPurpose <em>Purpose</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Purpose</em>'.
	 * @see org.vitruvian.model.site.StoragePath#getPurpose()
	 * @see #getStoragePath()
	 * @generated
	 */
	EAttribute getStoragePath_Purpose();

	/**
	 * Returns the meta object for enum '{@link org.vitruvian.model.site.SiteKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Kind</em>'.
	 * @see org.vitruvian.model.site.SiteKind
	 * @generated
	 */
	EEnum getSiteKind();

	/**
	 * Returns the meta object for enum '{@link org.vitruvian.model.site.Scheduler <em>Scheduler</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Scheduler</em>'.
	 * @see org.vitruvian.model.site.Scheduler
	 * @generated
	 */
	EEnum getScheduler();

	/**
	 * Returns the meta object for enum '{@link org.vitruvian.model.site.ContainerRuntimeKind <em>Container Runtime Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Container Runtime Kind</em>'.
	 * @see org.vitruvian.model.site.ContainerRuntimeKind
	 * @generated
	 */
	EEnum getContainerRuntimeKind();

	/**
	 * Returns the meta object for enum '{@link org.vitruvian.model.site.Interconnect <em>Interconnect</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Interconnect</em>'.
	 * @see org.vitruvian.model.site.Interconnect
	 * @generated
	 */
	EEnum getInterconnect();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	SiteFactory getSiteFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.vitruvian.model.site.impl.SiteImpl <em>Site</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vitruvian.model.site.impl.SiteImpl
		 * @see org.vitruvian.model.site.impl.SitePackageImpl#getSite()
		 * @generated
		 */
		EClass SITE = eINSTANCE.getSite();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SITE__ID = eINSTANCE.getSite_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SITE__NAME = eINSTANCE.getSite_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SITE__DESCRIPTION = eINSTANCE.getSite_Description();

		/**
		 * The meta object literal for the '<em><b>Profile</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SITE__PROFILE = eINSTANCE.getSite_Profile();

		/**
		 * The meta object literal for the '<em><b>Refines</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SITE__REFINES = eINSTANCE.getSite_Refines();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SITE__TYPE = eINSTANCE.getSite_Type();

		/**
		 * The meta object literal for the '<em><b>Tier</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SITE__TIER = eINSTANCE.getSite_Tier();

		/**
		 * The meta object literal for the '<em><b>Operator</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SITE__OPERATOR = eINSTANCE.getSite_Operator();

		/**
		 * The meta object literal for the '<em><b>Resource Class</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SITE__RESOURCE_CLASS = eINSTANCE.getSite_ResourceClass();

		/**
		 * The meta object literal for the '<em><b>Access</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SITE__ACCESS = eINSTANCE.getSite_Access();

		/**
		 * The meta object literal for the '<em><b>Scheduler</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SITE__SCHEDULER = eINSTANCE.getSite_Scheduler();

		/**
		 * The meta object literal for the '<em><b>Partitions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SITE__PARTITIONS = eINSTANCE.getSite_Partitions();

		/**
		 * The meta object literal for the '<em><b>Architecture</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SITE__ARCHITECTURE = eINSTANCE.getSite_Architecture();

		/**
		 * The meta object literal for the '<em><b>Os</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SITE__OS = eINSTANCE.getSite_Os();

		/**
		 * The meta object literal for the '<em><b>Glibc</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SITE__GLIBC = eINSTANCE.getSite_Glibc();

		/**
		 * The meta object literal for the '<em><b>Container Runtimes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SITE__CONTAINER_RUNTIMES = eINSTANCE.getSite_ContainerRuntimes();

		/**
		 * The meta object literal for the '<em><b>Mpi</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SITE__MPI = eINSTANCE.getSite_Mpi();

		/**
		 * The meta object literal for the '<em><b>Gpu Driver</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SITE__GPU_DRIVER = eINSTANCE.getSite_GpuDriver();

		/**
		 * The meta object literal for the '<em><b>Cuda</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SITE__CUDA = eINSTANCE.getSite_Cuda();

		/**
		 * The meta object literal for the '<em><b>Storage</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SITE__STORAGE = eINSTANCE.getSite_Storage();

		/**
		 * The meta object literal for the '<em><b>Cost Per Core Hour</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SITE__COST_PER_CORE_HOUR = eINSTANCE.getSite_CostPerCoreHour();

		/**
		 * The meta object literal for the '<em><b>Certifications</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SITE__CERTIFICATIONS = eINSTANCE.getSite_Certifications();

		/**
		 * The meta object literal for the '<em><b>Illustrative</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SITE__ILLUSTRATIVE = eINSTANCE.getSite_Illustrative();

		/**
		 * The meta object literal for the '{@link org.vitruvian.model.site.impl.AccessImpl <em>Access</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vitruvian.model.site.impl.AccessImpl
		 * @see org.vitruvian.model.site.impl.SitePackageImpl#getAccess()
		 * @generated
		 */
		EClass ACCESS = eINSTANCE.getAccess();

		/**
		 * The meta object literal for the '<em><b>Host</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACCESS__HOST = eINSTANCE.getAccess_Host();

		/**
		 * The meta object literal for the '<em><b>Port</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACCESS__PORT = eINSTANCE.getAccess_Port();

		/**
		 * The meta object literal for the '<em><b>User</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACCESS__USER = eINSTANCE.getAccess_User();

		/**
		 * The meta object literal for the '<em><b>Login Nodes</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACCESS__LOGIN_NODES = eINSTANCE.getAccess_LoginNodes();

		/**
		 * The meta object literal for the '<em><b>Mfa</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACCESS__MFA = eINSTANCE.getAccess_Mfa();

		/**
		 * The meta object literal for the '{@link org.vitruvian.model.site.impl.PartitionImpl <em>Partition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vitruvian.model.site.impl.PartitionImpl
		 * @see org.vitruvian.model.site.impl.SitePackageImpl#getPartition()
		 * @generated
		 */
		EClass PARTITION = eINSTANCE.getPartition();

		/**
		 * The meta object literal for the '<em><b>Nodes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTITION__NODES = eINSTANCE.getPartition_Nodes();

		/**
		 * The meta object literal for the '<em><b>Cores Per Node</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTITION__CORES_PER_NODE = eINSTANCE.getPartition_CoresPerNode();

		/**
		 * The meta object literal for the '<em><b>Cpu</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTITION__CPU = eINSTANCE.getPartition_Cpu();

		/**
		 * The meta object literal for the '<em><b>Memory Per Node</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTITION__MEMORY_PER_NODE = eINSTANCE.getPartition_MemoryPerNode();

		/**
		 * The meta object literal for the '<em><b>Gpus Per Node</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTITION__GPUS_PER_NODE = eINSTANCE.getPartition_GpusPerNode();

		/**
		 * The meta object literal for the '<em><b>Gpu Model</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTITION__GPU_MODEL = eINSTANCE.getPartition_GpuModel();

		/**
		 * The meta object literal for the '<em><b>Max Walltime</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTITION__MAX_WALLTIME = eINSTANCE.getPartition_MaxWalltime();

		/**
		 * The meta object literal for the '<em><b>Interconnect</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTITION__INTERCONNECT = eINSTANCE.getPartition_Interconnect();

		/**
		 * The meta object literal for the '{@link org.vitruvian.model.site.impl.ContainerRuntimeImpl <em>Container Runtime</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vitruvian.model.site.impl.ContainerRuntimeImpl
		 * @see org.vitruvian.model.site.impl.SitePackageImpl#getContainerRuntime()
		 * @generated
		 */
		EClass CONTAINER_RUNTIME = eINSTANCE.getContainerRuntime();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTAINER_RUNTIME__KIND = eINSTANCE.getContainerRuntime_Kind();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTAINER_RUNTIME__VERSION = eINSTANCE.getContainerRuntime_Version();

		/**
		 * The meta object literal for the '<em><b>Build Allowed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTAINER_RUNTIME__BUILD_ALLOWED = eINSTANCE.getContainerRuntime_BuildAllowed();

		/**
		 * The meta object literal for the '<em><b>Rootful</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTAINER_RUNTIME__ROOTFUL = eINSTANCE.getContainerRuntime_Rootful();

		/**
		 * The meta object literal for the '{@link org.vitruvian.model.site.impl.MpiInstallationImpl <em>Mpi Installation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vitruvian.model.site.impl.MpiInstallationImpl
		 * @see org.vitruvian.model.site.impl.SitePackageImpl#getMpiInstallation()
		 * @generated
		 */
		EClass MPI_INSTALLATION = eINSTANCE.getMpiInstallation();

		/**
		 * The meta object literal for the '<em><b>Implementation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MPI_INSTALLATION__IMPLEMENTATION = eINSTANCE.getMpiInstallation_Implementation();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MPI_INSTALLATION__VERSION = eINSTANCE.getMpiInstallation_Version();

		/**
		 * The meta object literal for the '<em><b>Pmi</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MPI_INSTALLATION__PMI = eINSTANCE.getMpiInstallation_Pmi();

		/**
		 * The meta object literal for the '<em><b>Bind Allowed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MPI_INSTALLATION__BIND_ALLOWED = eINSTANCE.getMpiInstallation_BindAllowed();

		/**
		 * The meta object literal for the '{@link org.vitruvian.model.site.impl.StoragePathImpl <em>Storage Path</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vitruvian.model.site.impl.StoragePathImpl
		 * @see org.vitruvian.model.site.impl.SitePackageImpl#getStoragePath()
		 * @generated
		 */
		EClass STORAGE_PATH = eINSTANCE.getStoragePath();

		/**
		 * The meta object literal for the '<em><b>Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STORAGE_PATH__PATH = eINSTANCE.getStoragePath_Path();

		/**
		 * The meta object literal for the '<em><b>Purpose</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STORAGE_PATH__PURPOSE = eINSTANCE.getStoragePath_Purpose();

		/**
		 * The meta object literal for the '{@link org.vitruvian.model.site.SiteKind <em>Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vitruvian.model.site.SiteKind
		 * @see org.vitruvian.model.site.impl.SitePackageImpl#getSiteKind()
		 * @generated
		 */
		EEnum SITE_KIND = eINSTANCE.getSiteKind();

		/**
		 * The meta object literal for the '{@link org.vitruvian.model.site.Scheduler <em>Scheduler</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vitruvian.model.site.Scheduler
		 * @see org.vitruvian.model.site.impl.SitePackageImpl#getScheduler()
		 * @generated
		 */
		EEnum SCHEDULER = eINSTANCE.getScheduler();

		/**
		 * The meta object literal for the '{@link org.vitruvian.model.site.ContainerRuntimeKind <em>Container Runtime Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vitruvian.model.site.ContainerRuntimeKind
		 * @see org.vitruvian.model.site.impl.SitePackageImpl#getContainerRuntimeKind()
		 * @generated
		 */
		EEnum CONTAINER_RUNTIME_KIND = eINSTANCE.getContainerRuntimeKind();

		/**
		 * The meta object literal for the '{@link org.vitruvian.model.site.Interconnect <em>Interconnect</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vitruvian.model.site.Interconnect
		 * @see org.vitruvian.model.site.impl.SitePackageImpl#getInterconnect()
		 * @generated
		 */
		EEnum INTERCONNECT = eINSTANCE.getInterconnect();

	}

} //SitePackage
