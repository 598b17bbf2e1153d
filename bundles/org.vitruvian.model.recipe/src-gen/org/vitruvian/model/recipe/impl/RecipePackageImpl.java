/**
 */
package org.vitruvian.model.recipe.impl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.vitruvian.model.common.CommonPackage;

import org.vitruvian.model.recipe.BaseImage;
import org.vitruvian.model.recipe.ContainerRecipe;
import org.vitruvian.model.recipe.FileCopy;
import org.vitruvian.model.recipe.GpuSpec;
import org.vitruvian.model.recipe.MpiMode;
import org.vitruvian.model.recipe.MpiSpec;
import org.vitruvian.model.recipe.PackageManager;
import org.vitruvian.model.recipe.PackageSet;
import org.vitruvian.model.recipe.RecipeFactory;
import org.vitruvian.model.recipe.RecipePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class RecipePackageImpl extends EPackageImpl implements RecipePackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass containerRecipeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass baseImageEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass packageSetEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass fileCopyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass mpiSpecEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass gpuSpecEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum packageManagerEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum mpiModeEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.vitruvian.model.recipe.RecipePackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private RecipePackageImpl() {
		super(eNS_URI, RecipeFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link RecipePackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static RecipePackage init() {
		if (isInited) return (RecipePackage)EPackage.Registry.INSTANCE.getEPackage(RecipePackage.eNS_URI);

		// Obtain or create and register package
		Object registeredRecipePackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		RecipePackageImpl theRecipePackage = registeredRecipePackage instanceof RecipePackageImpl ? (RecipePackageImpl)registeredRecipePackage : new RecipePackageImpl();

		isInited = true;

		// Initialize simple dependencies
		CommonPackage.eINSTANCE.eClass();

		// Create package meta-data objects
		theRecipePackage.createPackageContents();

		// Initialize created meta-data
		theRecipePackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theRecipePackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(RecipePackage.eNS_URI, theRecipePackage);
		return theRecipePackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getContainerRecipe() {
		return containerRecipeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContainerRecipe_Name() {
		return (EAttribute)containerRecipeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContainerRecipe_Description() {
		return (EAttribute)containerRecipeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getContainerRecipe_Base() {
		return (EReference)containerRecipeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContainerRecipe_Architecture() {
		return (EAttribute)containerRecipeEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getContainerRecipe_Packages() {
		return (EReference)containerRecipeEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getContainerRecipe_Files() {
		return (EReference)containerRecipeEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getContainerRecipe_Environment() {
		return (EReference)containerRecipeEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContainerRecipe_Build() {
		return (EAttribute)containerRecipeEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContainerRecipe_Run() {
		return (EAttribute)containerRecipeEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getContainerRecipe_Labels() {
		return (EReference)containerRecipeEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContainerRecipe_Tests() {
		return (EAttribute)containerRecipeEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContainerRecipe_Help() {
		return (EAttribute)containerRecipeEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getContainerRecipe_Mpi() {
		return (EReference)containerRecipeEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getContainerRecipe_Gpu() {
		return (EReference)containerRecipeEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBaseImage() {
		return baseImageEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBaseImage_Image() {
		return (EAttribute)baseImageEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBaseImage_Os() {
		return (EAttribute)baseImageEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBaseImage_Glibc() {
		return (EAttribute)baseImageEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPackageSet() {
		return packageSetEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPackageSet_Manager() {
		return (EAttribute)packageSetEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPackageSet_Names() {
		return (EAttribute)packageSetEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFileCopy() {
		return fileCopyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFileCopy_Source() {
		return (EAttribute)fileCopyEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFileCopy_Destination() {
		return (EAttribute)fileCopyEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMpiSpec() {
		return mpiSpecEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMpiSpec_Implementation() {
		return (EAttribute)mpiSpecEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMpiSpec_Version() {
		return (EAttribute)mpiSpecEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMpiSpec_Mode() {
		return (EAttribute)mpiSpecEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMpiSpec_Pmi() {
		return (EAttribute)mpiSpecEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMpiSpec_Fabrics() {
		return (EAttribute)mpiSpecEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGpuSpec() {
		return gpuSpecEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGpuSpec_Vendor() {
		return (EAttribute)gpuSpecEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGpuSpec_Cuda() {
		return (EAttribute)gpuSpecEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGpuSpec_Rocm() {
		return (EAttribute)gpuSpecEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGpuSpec_MinDriver() {
		return (EAttribute)gpuSpecEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPackageManager() {
		return packageManagerEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getMpiMode() {
		return mpiModeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RecipeFactory getRecipeFactory() {
		return (RecipeFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		containerRecipeEClass = createEClass(CONTAINER_RECIPE);
		createEAttribute(containerRecipeEClass, CONTAINER_RECIPE__NAME);
		createEAttribute(containerRecipeEClass, CONTAINER_RECIPE__DESCRIPTION);
		createEReference(containerRecipeEClass, CONTAINER_RECIPE__BASE);
		createEAttribute(containerRecipeEClass, CONTAINER_RECIPE__ARCHITECTURE);
		createEReference(containerRecipeEClass, CONTAINER_RECIPE__PACKAGES);
		createEReference(containerRecipeEClass, CONTAINER_RECIPE__FILES);
		createEReference(containerRecipeEClass, CONTAINER_RECIPE__ENVIRONMENT);
		createEAttribute(containerRecipeEClass, CONTAINER_RECIPE__BUILD);
		createEAttribute(containerRecipeEClass, CONTAINER_RECIPE__RUN);
		createEReference(containerRecipeEClass, CONTAINER_RECIPE__LABELS);
		createEAttribute(containerRecipeEClass, CONTAINER_RECIPE__TESTS);
		createEAttribute(containerRecipeEClass, CONTAINER_RECIPE__HELP);
		createEReference(containerRecipeEClass, CONTAINER_RECIPE__MPI);
		createEReference(containerRecipeEClass, CONTAINER_RECIPE__GPU);

		baseImageEClass = createEClass(BASE_IMAGE);
		createEAttribute(baseImageEClass, BASE_IMAGE__IMAGE);
		createEAttribute(baseImageEClass, BASE_IMAGE__OS);
		createEAttribute(baseImageEClass, BASE_IMAGE__GLIBC);

		packageSetEClass = createEClass(PACKAGE_SET);
		createEAttribute(packageSetEClass, PACKAGE_SET__MANAGER);
		createEAttribute(packageSetEClass, PACKAGE_SET__NAMES);

		fileCopyEClass = createEClass(FILE_COPY);
		createEAttribute(fileCopyEClass, FILE_COPY__SOURCE);
		createEAttribute(fileCopyEClass, FILE_COPY__DESTINATION);

		mpiSpecEClass = createEClass(MPI_SPEC);
		createEAttribute(mpiSpecEClass, MPI_SPEC__IMPLEMENTATION);
		createEAttribute(mpiSpecEClass, MPI_SPEC__VERSION);
		createEAttribute(mpiSpecEClass, MPI_SPEC__MODE);
		createEAttribute(mpiSpecEClass, MPI_SPEC__PMI);
		createEAttribute(mpiSpecEClass, MPI_SPEC__FABRICS);

		gpuSpecEClass = createEClass(GPU_SPEC);
		createEAttribute(gpuSpecEClass, GPU_SPEC__VENDOR);
		createEAttribute(gpuSpecEClass, GPU_SPEC__CUDA);
		createEAttribute(gpuSpecEClass, GPU_SPEC__ROCM);
		createEAttribute(gpuSpecEClass, GPU_SPEC__MIN_DRIVER);

		// Create enums
		packageManagerEEnum = createEEnum(PACKAGE_MANAGER);
		mpiModeEEnum = createEEnum(MPI_MODE);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Obtain other dependent packages
		CommonPackage theCommonPackage = (CommonPackage)EPackage.Registry.INSTANCE.getEPackage(CommonPackage.eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes

		// Initialize classes, features, and operations; add parameters
		initEClass(containerRecipeEClass, ContainerRecipe.class, "ContainerRecipe", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getContainerRecipe_Name(), ecorePackage.getEString(), "name", null, 1, 1, ContainerRecipe.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContainerRecipe_Description(), ecorePackage.getEString(), "description", null, 0, 1, ContainerRecipe.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getContainerRecipe_Base(), this.getBaseImage(), null, "base", null, 1, 1, ContainerRecipe.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContainerRecipe_Architecture(), theCommonPackage.getCpuArchitecture(), "architecture", null, 0, 1, ContainerRecipe.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getContainerRecipe_Packages(), this.getPackageSet(), null, "packages", null, 0, -1, ContainerRecipe.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getContainerRecipe_Files(), this.getFileCopy(), null, "files", null, 0, -1, ContainerRecipe.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getContainerRecipe_Environment(), theCommonPackage.getStringEntry(), null, "environment", null, 0, -1, ContainerRecipe.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContainerRecipe_Build(), ecorePackage.getEString(), "build", null, 0, -1, ContainerRecipe.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContainerRecipe_Run(), ecorePackage.getEString(), "run", null, 0, -1, ContainerRecipe.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getContainerRecipe_Labels(), theCommonPackage.getStringEntry(), null, "labels", null, 0, -1, ContainerRecipe.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContainerRecipe_Tests(), ecorePackage.getEString(), "tests", null, 0, -1, ContainerRecipe.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContainerRecipe_Help(), ecorePackage.getEString(), "help", null, 0, 1, ContainerRecipe.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getContainerRecipe_Mpi(), this.getMpiSpec(), null, "mpi", null, 0, 1, ContainerRecipe.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getContainerRecipe_Gpu(), this.getGpuSpec(), null, "gpu", null, 0, 1, ContainerRecipe.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(baseImageEClass, BaseImage.class, "BaseImage", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getBaseImage_Image(), ecorePackage.getEString(), "image", null, 1, 1, BaseImage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBaseImage_Os(), ecorePackage.getEString(), "os", null, 0, 1, BaseImage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBaseImage_Glibc(), ecorePackage.getEString(), "glibc", null, 0, 1, BaseImage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(packageSetEClass, PackageSet.class, "PackageSet", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPackageSet_Manager(), this.getPackageManager(), "manager", null, 1, 1, PackageSet.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPackageSet_Names(), ecorePackage.getEString(), "names", null, 0, -1, PackageSet.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(fileCopyEClass, FileCopy.class, "FileCopy", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFileCopy_Source(), ecorePackage.getEString(), "source", null, 1, 1, FileCopy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFileCopy_Destination(), ecorePackage.getEString(), "destination", null, 1, 1, FileCopy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(mpiSpecEClass, MpiSpec.class, "MpiSpec", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMpiSpec_Implementation(), theCommonPackage.getMpiImplementation(), "implementation", null, 1, 1, MpiSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMpiSpec_Version(), ecorePackage.getEString(), "version", null, 1, 1, MpiSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMpiSpec_Mode(), this.getMpiMode(), "mode", null, 1, 1, MpiSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMpiSpec_Pmi(), theCommonPackage.getPmi(), "pmi", null, 0, 1, MpiSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMpiSpec_Fabrics(), ecorePackage.getEString(), "fabrics", null, 0, -1, MpiSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(gpuSpecEClass, GpuSpec.class, "GpuSpec", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getGpuSpec_Vendor(), theCommonPackage.getGpuVendor(), "vendor", null, 1, 1, GpuSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGpuSpec_Cuda(), ecorePackage.getEString(), "cuda", null, 0, 1, GpuSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGpuSpec_Rocm(), ecorePackage.getEString(), "rocm", null, 0, 1, GpuSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGpuSpec_MinDriver(), ecorePackage.getEString(), "minDriver", null, 0, 1, GpuSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(packageManagerEEnum, PackageManager.class, "PackageManager");
		addEEnumLiteral(packageManagerEEnum, PackageManager.APT);
		addEEnumLiteral(packageManagerEEnum, PackageManager.DNF);
		addEEnumLiteral(packageManagerEEnum, PackageManager.YUM);
		addEEnumLiteral(packageManagerEEnum, PackageManager.APK);
		addEEnumLiteral(packageManagerEEnum, PackageManager.PIP);
		addEEnumLiteral(packageManagerEEnum, PackageManager.CONDA);
		addEEnumLiteral(packageManagerEEnum, PackageManager.SPACK);

		initEEnum(mpiModeEEnum, MpiMode.class, "MpiMode");
		addEEnumLiteral(mpiModeEEnum, MpiMode.HYBRID);
		addEEnumLiteral(mpiModeEEnum, MpiMode.BIND);

		// Create resource
		createResource(eNS_URI);

		// Create annotations
		// https://vitruvian.org/yaml
		createYamlAnnotations();
	}

	/**
	 * Initializes the annotations for <b>https://vitruvian.org/yaml</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createYamlAnnotations() {
		String source = "https://vitruvian.org/yaml";
		addAnnotation
		  (containerRecipeEClass,
		   source,
		   new String[] {
			   "kind", "ContainerRecipe"
		   });
	}

} //RecipePackageImpl
