/**
 */
package org.vitruvian.model.recipe;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

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
 * Container recipes: how to build the image a simulation service runs in.
 * <!-- end-model-doc -->
 * @see org.vitruvian.model.recipe.RecipeFactory
 * @model kind="package"
 * @generated
 */
public interface RecipePackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "recipe";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "https://vitruvian.org/model/recipe/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "recipe";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	RecipePackage eINSTANCE = org.vitruvian.model.recipe.impl.RecipePackageImpl.init();

	/**
	 * The meta object id for the '{@link org.vitruvian.model.recipe.impl.ContainerRecipeImpl <em>Container Recipe</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vitruvian.model.recipe.impl.ContainerRecipeImpl
	 * @see org.vitruvian.model.recipe.impl.RecipePackageImpl#getContainerRecipe()
	 * @generated
	 */
	int CONTAINER_RECIPE = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_RECIPE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_RECIPE__DESCRIPTION = 1;

	/**
	 * The feature id for the '<em><b>Base</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_RECIPE__BASE = 2;

	/**
	 * The feature id for the '<em><b>Architecture</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_RECIPE__ARCHITECTURE = 3;

	/**
	 * The feature id for the '<em><b>Packages</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_RECIPE__PACKAGES = 4;

	/**
	 * The feature id for the '<em><b>Files</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_RECIPE__FILES = 5;

	/**
	 * The feature id for the '<em><b>Environment</b></em>' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_RECIPE__ENVIRONMENT = 6;

	/**
	 * The feature id for the '<em><b>Build</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_RECIPE__BUILD = 7;

	/**
	 * The feature id for the '<em><b>Run</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_RECIPE__RUN = 8;

	/**
	 * The feature id for the '<em><b>Labels</b></em>' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_RECIPE__LABELS = 9;

	/**
	 * The feature id for the '<em><b>Tests</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_RECIPE__TESTS = 10;

	/**
	 * The feature id for the '<em><b>Help</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_RECIPE__HELP = 11;

	/**
	 * The feature id for the '<em><b>Mpi</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_RECIPE__MPI = 12;

	/**
	 * The feature id for the '<em><b>Gpu</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_RECIPE__GPU = 13;

	/**
	 * The number of structural features of the '<em>Container Recipe</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_RECIPE_FEATURE_COUNT = 14;

	/**
	 * The number of operations of the '<em>Container Recipe</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_RECIPE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vitruvian.model.recipe.impl.BaseImageImpl <em>Base Image</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vitruvian.model.recipe.impl.BaseImageImpl
	 * @see org.vitruvian.model.recipe.impl.RecipePackageImpl#getBaseImage()
	 * @generated
	 */
	int BASE_IMAGE = 1;

	/**
	 * The feature id for the '<em><b>Image</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASE_IMAGE__IMAGE = 0;

	/**
	 * The feature id for the '<em><b>Os</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASE_IMAGE__OS = 1;

	/**
	 * The feature id for the '<em><b>Glibc</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASE_IMAGE__GLIBC = 2;

	/**
	 * The number of structural features of the '<em>Base Image</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASE_IMAGE_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Base Image</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASE_IMAGE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vitruvian.model.recipe.impl.PackageSetImpl <em>Package Set</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vitruvian.model.recipe.impl.PackageSetImpl
	 * @see org.vitruvian.model.recipe.impl.RecipePackageImpl#getPackageSet()
	 * @generated
	 */
	int PACKAGE_SET = 2;

	/**
	 * The feature id for the '<em><b>Manager</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PACKAGE_SET__MANAGER = 0;

	/**
	 * The feature id for the '<em><b>Names</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PACKAGE_SET__NAMES = 1;

	/**
	 * The number of structural features of the '<em>Package Set</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PACKAGE_SET_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Package Set</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PACKAGE_SET_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vitruvian.model.recipe.impl.FileCopyImpl <em>File Copy</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vitruvian.model.recipe.impl.FileCopyImpl
	 * @see org.vitruvian.model.recipe.impl.RecipePackageImpl#getFileCopy()
	 * @generated
	 */
	int FILE_COPY = 3;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_COPY__SOURCE = 0;

	/**
	 * The feature id for the '<em><b>Destination</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_COPY__DESTINATION = 1;

	/**
	 * The number of structural features of the '<em>File Copy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_COPY_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>File Copy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_COPY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vitruvian.model.recipe.impl.MpiSpecImpl <em>Mpi Spec</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vitruvian.model.recipe.impl.MpiSpecImpl
	 * @see org.vitruvian.model.recipe.impl.RecipePackageImpl#getMpiSpec()
	 * @generated
	 */
	int MPI_SPEC = 4;

	/**
	 * The feature id for the '<em><b>Implementation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MPI_SPEC__IMPLEMENTATION = 0;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MPI_SPEC__VERSION = 1;

	/**
	 * The feature id for the '<em><b>Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MPI_SPEC__MODE = 2;

	/**
	 * The feature id for the '<em><b>Pmi</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MPI_SPEC__PMI = 3;

	/**
	 * The feature id for the '<em><b>Fabrics</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MPI_SPEC__FABRICS = 4;

	/**
	 * The number of structural features of the '<em>Mpi Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MPI_SPEC_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Mpi Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MPI_SPEC_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vitruvian.model.recipe.impl.GpuSpecImpl <em>Gpu Spec</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vitruvian.model.recipe.impl.GpuSpecImpl
	 * @see org.vitruvian.model.recipe.impl.RecipePackageImpl#getGpuSpec()
	 * @generated
	 */
	int GPU_SPEC = 5;

	/**
	 * The feature id for the '<em><b>Vendor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GPU_SPEC__VENDOR = 0;

	/**
	 * The feature id for the '<em><b>Cuda</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GPU_SPEC__CUDA = 1;

	/**
	 * The feature id for the '<em><b>Rocm</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GPU_SPEC__ROCM = 2;

	/**
	 * The feature id for the '<em><b>Min Driver</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GPU_SPEC__MIN_DRIVER = 3;

	/**
	 * The number of structural features of the '<em>Gpu Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GPU_SPEC_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Gpu Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GPU_SPEC_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vitruvian.model.recipe.PackageManager <em>Package Manager</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vitruvian.model.recipe.PackageManager
	 * @see org.vitruvian.model.recipe.impl.RecipePackageImpl#getPackageManager()
	 * @generated
	 */
	int PACKAGE_MANAGER = 6;

	/**
	 * The meta object id for the '{@link org.vitruvian.model.recipe.MpiMode <em>Mpi Mode</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vitruvian.model.recipe.MpiMode
	 * @see org.vitruvian.model.recipe.impl.RecipePackageImpl#getMpiMode()
	 * @generated
	 */
	int MPI_MODE = 7;


	/**
	 * Returns the meta object for class '{@link org.vitruvian.model.recipe.ContainerRecipe <em>Container Recipe</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Container Recipe</em>'.
	 * @see org.vitruvian.model.recipe.ContainerRecipe
	 * @generated
	 */
	EClass getContainerRecipe();

	/**
	 * Returns the meta object for the attribute '{@link org.vitruvian.model.recipe.ContainerRecipe#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.vitruvian.model.recipe.ContainerRecipe#getName()
	 * @see #getContainerRecipe()
	 * @generated
	 */
	EAttribute getContainerRecipe_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.vitruvian.model.recipe.ContainerRecipe#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.vitruvian.model.recipe.ContainerRecipe#getDescription()
	 * @see #getContainerRecipe()
	 * @generated
	 */
	EAttribute getContainerRecipe_Description();

	/**
	 * Returns the meta object for the containment reference '{@link org.vitruvian.model.recipe.ContainerRecipe#getBase <em>Base</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Base</em>'.
	 * @see org.vitruvian.model.recipe.ContainerRecipe#getBase()
	 * @see #getContainerRecipe()
	 * @generated
	 */
	EReference getContainerRecipe_Base();

	/**
	 * Returns the meta object for the attribute '{@link org.vitruvian.model.recipe.ContainerRecipe#getArchitecture <em>Architecture</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Architecture</em>'.
	 * @see org.vitruvian.model.recipe.ContainerRecipe#getArchitecture()
	 * @see #getContainerRecipe()
	 * @generated
	 */
	EAttribute getContainerRecipe_Architecture();

	/**
	 * Returns the meta object for the containment reference list '{@link org.vitruvian.model.recipe.ContainerRecipe#getPackages <em>Packages</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Packages</em>'.
	 * @see org.vitruvian.model.recipe.ContainerRecipe#getPackages()
	 * @see #getContainerRecipe()
	 * @generated
	 */
	EReference getContainerRecipe_Packages();

	/**
	 * Returns the meta object for the containment reference list '{@link org.vitruvian.model.recipe.ContainerRecipe#getFiles <em>Files</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Files</em>'.
	 * @see org.vitruvian.model.recipe.ContainerRecipe#getFiles()
	 * @see #getContainerRecipe()
	 * @generated
	 */
	EReference getContainerRecipe_Files();

	/**
	 * Returns the meta object for the map '{@link org.vitruvian.model.recipe.ContainerRecipe#getEnvironment <em>Environment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the map '<em>Environment</em>'.
	 * @see org.vitruvian.model.recipe.ContainerRecipe#getEnvironment()
	 * @see #getContainerRecipe()
	 * @generated
	 */
	EReference getContainerRecipe_Environment();

	/**
	 * Returns the meta object for the attribute list '{@link org.vitruvian.model.recipe.ContainerRecipe#getBuild <em>Build</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Build</em>'.
	 * @see org.vitruvian.model.recipe.ContainerRecipe#getBuild()
	 * @see #getContainerRecipe()
	 * @generated
	 */
	EAttribute getContainerRecipe_Build();

	/**
	 * Returns the meta object for the attribute list '{@link org.vitruvian.model.recipe.ContainerRecipe#getRun <em>Run</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Run</em>'.
	 * @see org.vitruvian.model.recipe.ContainerRecipe#getRun()
	 * @see #getContainerRecipe()
	 * @generated
	 */
	EAttribute getContainerRecipe_Run();

	/**
	 * Returns the meta object for the map '{@link org.vitruvian.model.recipe.ContainerRecipe#getLabels <em>Labels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the map '<em>Labels</em>'.
	 * @see org.vitruvian.model.recipe.ContainerRecipe#getLabels()
	 * @see #getContainerRecipe()
	 * @generated
	 */
	EReference getContainerRecipe_Labels();

	/**
	 * Returns the meta object for the attribute list '{@link org.vitruvian.model.recipe.ContainerRecipe#getTests <em>Tests</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Tests</em>'.
	 * @see org.vitruvian.model.recipe.ContainerRecipe#getTests()
	 * @see #getContainerRecipe()
	 * @generated
	 */
	EAttribute getContainerRecipe_Tests();

	/**
	 * Returns the meta object for the attribute '{@link org.vitruvian.model.recipe.ContainerRecipe#getHelp <em>Help</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Help</em>'.
	 * @see org.vitruvian.model.recipe.ContainerRecipe#getHelp()
	 * @see #getContainerRecipe()
	 * @generated
	 */
	EAttribute getContainerRecipe_Help();

	/**
	 * Returns the meta object for the containment reference '{@link org.vitruvian.model.recipe.ContainerRecipe#getMpi <em>Mpi</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Mpi</em>'.
	 * @see org.vitruvian.model.recipe.ContainerRecipe#getMpi()
	 * @see #getContainerRecipe()
	 * @generated
	 */
	EReference getContainerRecipe_Mpi();

	/**
	 * Returns the meta object for the containment reference '{@link org.vitruvian.model.recipe.ContainerRecipe#getGpu <em>Gpu</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Gpu</em>'.
	 * @see org.vitruvian.model.recipe.ContainerRecipe#getGpu()
	 * @see #getContainerRecipe()
	 * @generated
	 */
	EReference getContainerRecipe_Gpu();

	/**
	 * Returns the meta object for class '{@link org.vitruvian.model.recipe.BaseImage <em>Base Image</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Base Image</em>'.
	 * @see org.vitruvian.model.recipe.BaseImage
	 * @generated
	 */
	EClass getBaseImage();

	/**
	 * Returns the meta object for the attribute '{@link org.vitruvian.model.recipe.BaseImage#getImage <em>Image</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Image</em>'.
	 * @see org.vitruvian.model.recipe.BaseImage#getImage()
	 * @see #getBaseImage()
	 * @generated
	 */
	EAttribute getBaseImage_Image();

	/**
	 * Returns the meta object for the attribute '{@link org.vitruvian.model.recipe.BaseImage#getOs <em>Os</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Os</em>'.
	 * @see org.vitruvian.model.recipe.BaseImage#getOs()
	 * @see #getBaseImage()
	 * @generated
	 */
	EAttribute getBaseImage_Os();

	/**
	 * Returns the meta object for the attribute '{@link org.vitruvian.model.recipe.BaseImage#getGlibc <em>Glibc</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Glibc</em>'.
	 * @see org.vitruvian.model.recipe.BaseImage#getGlibc()
	 * @see #getBaseImage()
	 * @generated
	 */
	EAttribute getBaseImage_Glibc();

	/**
	 * Returns the meta object for class '{@link org.vitruvian.model.recipe.PackageSet <em>Package Set</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Package Set</em>'.
	 * @see org.vitruvian.model.recipe.PackageSet
	 * @generated
	 */
	EClass getPackageSet();

	/**
	 * Returns the meta object for the attribute '{@link org.vitruvian.model.recipe.PackageSet#getManager <em>Manager</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Manager</em>'.
	 * @see org.vitruvian.model.recipe.PackageSet#getManager()
	 * @see #getPackageSet()
	 * @generated
	 */
	EAttribute getPackageSet_Manager();

	/**
	 * Returns the meta object for the attribute list '{@link org.vitruvian.model.recipe.PackageSet#getNames <em>Names</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Names</em>'.
	 * @see org.vitruvian.model.recipe.PackageSet#getNames()
	 * @see #getPackageSet()
	 * @generated
	 */
	EAttribute getPackageSet_Names();

	/**
	 * Returns the meta object for class '{@link org.vitruvian.model.recipe.FileCopy <em>File Copy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>File Copy</em>'.
	 * @see org.vitruvian.model.recipe.FileCopy
	 * @generated
	 */
	EClass getFileCopy();

	/**
	 * Returns the meta object for the attribute '{@link org.vitruvian.model.recipe.FileCopy#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see org.vitruvian.model.recipe.FileCopy#getSource()
	 * @see #getFileCopy()
	 * @generated
	 */
	EAttribute getFileCopy_Source();

	/**
	 * Returns the meta object for the attribute '{@link org.vitruvian.model.recipe.FileCopy#getDestination <em>Destination</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Destination</em>'.
	 * @see org.vitruvian.model.recipe.FileCopy#getDestination()
	 * @see #getFileCopy()
	 * @generated
	 */
	EAttribute getFileCopy_Destination();

	/**
	 * Returns the meta object for class '{@link org.vitruvian.model.recipe.MpiSpec <em>Mpi Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Mpi Spec</em>'.
	 * @see org.vitruvian.model.recipe.MpiSpec
	 * @generated
	 */
	EClass getMpiSpec();

	/**
	 * Returns the meta object for the attribute '{@link org.vitruvian.model.recipe.MpiSpec#getImplementation <em>Implementation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Implementation</em>'.
	 * @see org.vitruvian.model.recipe.MpiSpec#getImplementation()
	 * @see #getMpiSpec()
	 * @generated
	 */
	EAttribute getMpiSpec_Implementation();

	/**
	 * Returns the meta object for the attribute '{@link org.vitruvian.model.recipe.MpiSpec#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see org.vitruvian.model.recipe.MpiSpec#getVersion()
	 * @see #getMpiSpec()
	 * @generated
	 */
	EAttribute getMpiSpec_Version();

	/**
	 * Returns the meta object for the attribute '{@link org.vitruvian.model.recipe.MpiSpec#getMode <em>Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mode</em>'.
	 * @see org.vitruvian.model.recipe.MpiSpec#getMode()
	 * @see #getMpiSpec()
	 * @generated
	 */
	EAttribute getMpiSpec_Mode();

	/**
	 * Returns the meta object for the attribute '{@link org.vitruvian.model.recipe.MpiSpec#getPmi <em>Pmi</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pmi</em>'.
	 * @see org.vitruvian.model.recipe.MpiSpec#getPmi()
	 * @see #getMpiSpec()
	 * @generated
	 */
	EAttribute getMpiSpec_Pmi();

	/**
	 * Returns the meta object for the attribute list '{@link org.vitruvian.model.recipe.MpiSpec#getFabrics <em>Fabrics</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Fabrics</em>'.
	 * @see org.vitruvian.model.recipe.MpiSpec#getFabrics()
	 * @see #getMpiSpec()
	 * @generated
	 */
	EAttribute getMpiSpec_Fabrics();

	/**
	 * Returns the meta object for class '{@link org.vitruvian.model.recipe.GpuSpec <em>Gpu Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Gpu Spec</em>'.
	 * @see org.vitruvian.model.recipe.GpuSpec
	 * @generated
	 */
	EClass getGpuSpec();

	/**
	 * Returns the meta object for the attribute '{@link org.vitruvian.model.recipe.GpuSpec#getVendor <em>Vendor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vendor</em>'.
	 * @see org.vitruvian.model.recipe.GpuSpec#getVendor()
	 * @see #getGpuSpec()
	 * @generated
	 */
	EAttribute getGpuSpec_Vendor();

	/**
	 * Returns the meta object for the attribute '{@link org.vitruvian.model.recipe.GpuSpec#getCuda <em>Cuda</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cuda</em>'.
	 * @see org.vitruvian.model.recipe.GpuSpec#getCuda()
	 * @see #getGpuSpec()
	 * @generated
	 */
	EAttribute getGpuSpec_Cuda();

	/**
	 * Returns the meta object for the attribute '{@link org.vitruvian.model.recipe.GpuSpec#getRocm <em>Rocm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rocm</em>'.
	 * @see org.vitruvian.model.recipe.GpuSpec#getRocm()
	 * @see #getGpuSpec()
	 * @generated
	 */
	EAttribute getGpuSpec_Rocm();

	/**
	 * Returns the meta object for the attribute '{@link org.vitruvian.model.recipe.GpuSpec#getMinDriver <em>Min Driver</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Min Driver</em>'.
	 * @see org.vitruvian.model.recipe.GpuSpec#getMinDriver()
	 * @see #getGpuSpec()
	 * @generated
	 */
	EAttribute getGpuSpec_MinDriver();

	/**
	 * Returns the meta object for enum '{@link org.vitruvian.model.recipe.PackageManager <em>Package Manager</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Package Manager</em>'.
	 * @see org.vitruvian.model.recipe.PackageManager
	 * @generated
	 */
	EEnum getPackageManager();

	/**
	 * Returns the meta object for enum '{@link org.vitruvian.model.recipe.MpiMode <em>Mpi Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Mpi Mode</em>'.
	 * @see org.vitruvian.model.recipe.MpiMode
	 * @generated
	 */
	EEnum getMpiMode();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	RecipeFactory getRecipeFactory();

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
		 * The meta object literal for the '{@link org.vitruvian.model.recipe.impl.ContainerRecipeImpl <em>Container Recipe</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vitruvian.model.recipe.impl.ContainerRecipeImpl
		 * @see org.vitruvian.model.recipe.impl.RecipePackageImpl#getContainerRecipe()
		 * @generated
		 */
		EClass CONTAINER_RECIPE = eINSTANCE.getContainerRecipe();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTAINER_RECIPE__NAME = eINSTANCE.getContainerRecipe_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTAINER_RECIPE__DESCRIPTION = eINSTANCE.getContainerRecipe_Description();

		/**
		 * The meta object literal for the '<em><b>Base</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONTAINER_RECIPE__BASE = eINSTANCE.getContainerRecipe_Base();

		/**
		 * The meta object literal for the '<em><b>Architecture</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTAINER_RECIPE__ARCHITECTURE = eINSTANCE.getContainerRecipe_Architecture();

		/**
		 * The meta object literal for the '<em><b>Packages</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONTAINER_RECIPE__PACKAGES = eINSTANCE.getContainerRecipe_Packages();

		/**
		 * The meta object literal for the '<em><b>Files</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONTAINER_RECIPE__FILES = eINSTANCE.getContainerRecipe_Files();

		/**
		 * The meta object literal for the '<em><b>Environment</b></em>' map feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONTAINER_RECIPE__ENVIRONMENT = eINSTANCE.getContainerRecipe_Environment();

		/**
		 * The meta object literal for the '<em><b>Build</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTAINER_RECIPE__BUILD = eINSTANCE.getContainerRecipe_Build();

		/**
		 * The meta object literal for the '<em><b>Run</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTAINER_RECIPE__RUN = eINSTANCE.getContainerRecipe_Run();

		/**
		 * The meta object literal for the '<em><b>Labels</b></em>' map feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONTAINER_RECIPE__LABELS = eINSTANCE.getContainerRecipe_Labels();

		/**
		 * The meta object literal for the '<em><b>Tests</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTAINER_RECIPE__TESTS = eINSTANCE.getContainerRecipe_Tests();

		/**
		 * The meta object literal for the '<em><b>Help</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTAINER_RECIPE__HELP = eINSTANCE.getContainerRecipe_Help();

		/**
		 * The meta object literal for the '<em><b>Mpi</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONTAINER_RECIPE__MPI = eINSTANCE.getContainerRecipe_Mpi();

		/**
		 * The meta object literal for the '<em><b>Gpu</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONTAINER_RECIPE__GPU = eINSTANCE.getContainerRecipe_Gpu();

		/**
		 * The meta object literal for the '{@link org.vitruvian.model.recipe.impl.BaseImageImpl <em>Base Image</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vitruvian.model.recipe.impl.BaseImageImpl
		 * @see org.vitruvian.model.recipe.impl.RecipePackageImpl#getBaseImage()
		 * @generated
		 */
		EClass BASE_IMAGE = eINSTANCE.getBaseImage();

		/**
		 * The meta object literal for the '<em><b>Image</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BASE_IMAGE__IMAGE = eINSTANCE.getBaseImage_Image();

		/**
		 * The meta object literal for the '<em><b>Os</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BASE_IMAGE__OS = eINSTANCE.getBaseImage_Os();

		/**
		 * The meta object literal for the '<em><b>Glibc</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BASE_IMAGE__GLIBC = eINSTANCE.getBaseImage_Glibc();

		/**
		 * The meta object literal for the '{@link org.vitruvian.model.recipe.impl.PackageSetImpl <em>Package Set</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vitruvian.model.recipe.impl.PackageSetImpl
		 * @see org.vitruvian.model.recipe.impl.RecipePackageImpl#getPackageSet()
		 * @generated
		 */
		EClass PACKAGE_SET = eINSTANCE.getPackageSet();

		/**
		 * The meta object literal for the '<em><b>Manager</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PACKAGE_SET__MANAGER = eINSTANCE.getPackageSet_Manager();

		/**
		 * The meta object literal for the '<em><b>Names</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PACKAGE_SET__NAMES = eINSTANCE.getPackageSet_Names();

		/**
		 * The meta object literal for the '{@link org.vitruvian.model.recipe.impl.FileCopyImpl <em>File Copy</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vitruvian.model.recipe.impl.FileCopyImpl
		 * @see org.vitruvian.model.recipe.impl.RecipePackageImpl#getFileCopy()
		 * @generated
		 */
		EClass FILE_COPY = eINSTANCE.getFileCopy();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILE_COPY__SOURCE = eINSTANCE.getFileCopy_Source();

		/**
		 * The meta object literal for the '<em><b>Destination</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILE_COPY__DESTINATION = eINSTANCE.getFileCopy_Destination();

		/**
		 * The meta object literal for the '{@link org.vitruvian.model.recipe.impl.MpiSpecImpl <em>Mpi Spec</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vitruvian.model.recipe.impl.MpiSpecImpl
		 * @see org.vitruvian.model.recipe.impl.RecipePackageImpl#getMpiSpec()
		 * @generated
		 */
		EClass MPI_SPEC = eINSTANCE.getMpiSpec();

		/**
		 * The meta object literal for the '<em><b>Implementation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MPI_SPEC__IMPLEMENTATION = eINSTANCE.getMpiSpec_Implementation();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MPI_SPEC__VERSION = eINSTANCE.getMpiSpec_Version();

		/**
		 * The meta object literal for the '<em><b>Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MPI_SPEC__MODE = eINSTANCE.getMpiSpec_Mode();

		/**
		 * The meta object literal for the '<em><b>Pmi</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MPI_SPEC__PMI = eINSTANCE.getMpiSpec_Pmi();

		/**
		 * The meta object literal for the '<em><b>Fabrics</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MPI_SPEC__FABRICS = eINSTANCE.getMpiSpec_Fabrics();

		/**
		 * The meta object literal for the '{@link org.vitruvian.model.recipe.impl.GpuSpecImpl <em>Gpu Spec</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vitruvian.model.recipe.impl.GpuSpecImpl
		 * @see org.vitruvian.model.recipe.impl.RecipePackageImpl#getGpuSpec()
		 * @generated
		 */
		EClass GPU_SPEC = eINSTANCE.getGpuSpec();

		/**
		 * The meta object literal for the '<em><b>Vendor</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GPU_SPEC__VENDOR = eINSTANCE.getGpuSpec_Vendor();

		/**
		 * The meta object literal for the '<em><b>Cuda</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GPU_SPEC__CUDA = eINSTANCE.getGpuSpec_Cuda();

		/**
		 * The meta object literal for the '<em><b>Rocm</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GPU_SPEC__ROCM = eINSTANCE.getGpuSpec_Rocm();

		/**
		 * The meta object literal for the '<em><b>Min Driver</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GPU_SPEC__MIN_DRIVER = eINSTANCE.getGpuSpec_MinDriver();

		/**
		 * The meta object literal for the '{@link org.vitruvian.model.recipe.PackageManager <em>Package Manager</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vitruvian.model.recipe.PackageManager
		 * @see org.vitruvian.model.recipe.impl.RecipePackageImpl#getPackageManager()
		 * @generated
		 */
		EEnum PACKAGE_MANAGER = eINSTANCE.getPackageManager();

		/**
		 * The meta object literal for the '{@link org.vitruvian.model.recipe.MpiMode <em>Mpi Mode</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vitruvian.model.recipe.MpiMode
		 * @see org.vitruvian.model.recipe.impl.RecipePackageImpl#getMpiMode()
		 * @generated
		 */
		EEnum MPI_MODE = eINSTANCE.getMpiMode();

	}

} //RecipePackage
