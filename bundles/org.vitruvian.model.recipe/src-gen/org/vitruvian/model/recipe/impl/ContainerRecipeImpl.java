/**
 */
package org.vitruvian.model.recipe.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.EMap;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EcoreEMap;
import org.eclipse.emf.ecore.util.InternalEList;

import org.vitruvian.model.common.CommonPackage;
import org.vitruvian.model.common.CpuArchitecture;

import org.vitruvian.model.common.impl.StringEntryImpl;

import org.vitruvian.model.recipe.BaseImage;
import org.vitruvian.model.recipe.ContainerRecipe;
import org.vitruvian.model.recipe.FileCopy;
import org.vitruvian.model.recipe.GpuSpec;
import org.vitruvian.model.recipe.MpiSpec;
import org.vitruvian.model.recipe.PackageSet;
import org.vitruvian.model.recipe.RecipePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Container Recipe</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.vitruvian.model.recipe.impl.ContainerRecipeImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.vitruvian.model.recipe.impl.ContainerRecipeImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.vitruvian.model.recipe.impl.ContainerRecipeImpl#getBase <em>Base</em>}</li>
 *   <li>{@link org.vitruvian.model.recipe.impl.ContainerRecipeImpl#getArchitecture <em>Architecture</em>}</li>
 *   <li>{@link org.vitruvian.model.recipe.impl.ContainerRecipeImpl#getPackages <em>Packages</em>}</li>
 *   <li>{@link org.vitruvian.model.recipe.impl.ContainerRecipeImpl#getFiles <em>Files</em>}</li>
 *   <li>{@link org.vitruvian.model.recipe.impl.ContainerRecipeImpl#getEnvironment <em>Environment</em>}</li>
 *   <li>{@link org.vitruvian.model.recipe.impl.ContainerRecipeImpl#getBuild <em>Build</em>}</li>
 *   <li>{@link org.vitruvian.model.recipe.impl.ContainerRecipeImpl#getRun <em>Run</em>}</li>
 *   <li>{@link org.vitruvian.model.recipe.impl.ContainerRecipeImpl#getLabels <em>Labels</em>}</li>
 *   <li>{@link org.vitruvian.model.recipe.impl.ContainerRecipeImpl#getTests <em>Tests</em>}</li>
 *   <li>{@link org.vitruvian.model.recipe.impl.ContainerRecipeImpl#getHelp <em>Help</em>}</li>
 *   <li>{@link org.vitruvian.model.recipe.impl.ContainerRecipeImpl#getMpi <em>Mpi</em>}</li>
 *   <li>{@link org.vitruvian.model.recipe.impl.ContainerRecipeImpl#getGpu <em>Gpu</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ContainerRecipeImpl extends MinimalEObjectImpl.Container implements ContainerRecipe {
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
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getBase() <em>Base</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBase()
	 * @generated
	 * @ordered
	 */
	protected BaseImage base;

	/**
	 * The default value of the '{@link #getArchitecture() <em>Architecture</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArchitecture()
	 * @generated
	 * @ordered
	 */
	protected static final CpuArchitecture ARCHITECTURE_EDEFAULT = CpuArchitecture.X86_64;

	/**
	 * The cached value of the '{@link #getArchitecture() <em>Architecture</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArchitecture()
	 * @generated
	 * @ordered
	 */
	protected CpuArchitecture architecture = ARCHITECTURE_EDEFAULT;

	/**
	 * This is true if the Architecture attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean architectureESet;

	/**
	 * The cached value of the '{@link #getPackages() <em>Packages</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPackages()
	 * @generated
	 * @ordered
	 */
	protected EList<PackageSet> packages;

	/**
	 * The cached value of the '{@link #getFiles() <em>Files</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFiles()
	 * @generated
	 * @ordered
	 */
	protected EList<FileCopy> files;

	/**
	 * The cached value of the '{@link #getEnvironment() <em>Environment</em>}' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnvironment()
	 * @generated
	 * @ordered
	 */
	protected EMap<String, String> environment;

	/**
	 * The cached value of the '{@link #getBuild() <em>Build</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBuild()
	 * @generated
	 * @ordered
	 */
	protected EList<String> build;

	/**
	 * The cached value of the '{@link #getRun() <em>Run</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRun()
	 * @generated
	 * @ordered
	 */
	protected EList<String> run;

	/**
	 * The cached value of the '{@link #getLabels() <em>Labels</em>}' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabels()
	 * @generated
	 * @ordered
	 */
	protected EMap<String, String> labels;

	/**
	 * The cached value of the '{@link #getTests() <em>Tests</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTests()
	 * @generated
	 * @ordered
	 */
	protected EList<String> tests;

	/**
	 * The default value of the '{@link #getHelp() <em>Help</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHelp()
	 * @generated
	 * @ordered
	 */
	protected static final String HELP_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHelp() <em>Help</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHelp()
	 * @generated
	 * @ordered
	 */
	protected String help = HELP_EDEFAULT;

	/**
	 * The cached value of the '{@link #getMpi() <em>Mpi</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMpi()
	 * @generated
	 * @ordered
	 */
	protected MpiSpec mpi;

	/**
	 * The cached value of the '{@link #getGpu() <em>Gpu</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGpu()
	 * @generated
	 * @ordered
	 */
	protected GpuSpec gpu;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ContainerRecipeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RecipePackage.Literals.CONTAINER_RECIPE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, RecipePackage.CONTAINER_RECIPE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecipePackage.CONTAINER_RECIPE__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BaseImage getBase() {
		return base;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetBase(BaseImage newBase, NotificationChain msgs) {
		BaseImage oldBase = base;
		base = newBase;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, RecipePackage.CONTAINER_RECIPE__BASE, oldBase, newBase);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBase(BaseImage newBase) {
		if (newBase != base) {
			NotificationChain msgs = null;
			if (base != null)
				msgs = ((InternalEObject)base).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - RecipePackage.CONTAINER_RECIPE__BASE, null, msgs);
			if (newBase != null)
				msgs = ((InternalEObject)newBase).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - RecipePackage.CONTAINER_RECIPE__BASE, null, msgs);
			msgs = basicSetBase(newBase, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecipePackage.CONTAINER_RECIPE__BASE, newBase, newBase));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CpuArchitecture getArchitecture() {
		return architecture;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setArchitecture(CpuArchitecture newArchitecture) {
		CpuArchitecture oldArchitecture = architecture;
		architecture = newArchitecture == null ? ARCHITECTURE_EDEFAULT : newArchitecture;
		boolean oldArchitectureESet = architectureESet;
		architectureESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecipePackage.CONTAINER_RECIPE__ARCHITECTURE, oldArchitecture, architecture, !oldArchitectureESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetArchitecture() {
		CpuArchitecture oldArchitecture = architecture;
		boolean oldArchitectureESet = architectureESet;
		architecture = ARCHITECTURE_EDEFAULT;
		architectureESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, RecipePackage.CONTAINER_RECIPE__ARCHITECTURE, oldArchitecture, ARCHITECTURE_EDEFAULT, oldArchitectureESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetArchitecture() {
		return architectureESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PackageSet> getPackages() {
		if (packages == null) {
			packages = new EObjectContainmentEList<PackageSet>(PackageSet.class, this, RecipePackage.CONTAINER_RECIPE__PACKAGES);
		}
		return packages;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<FileCopy> getFiles() {
		if (files == null) {
			files = new EObjectContainmentEList<FileCopy>(FileCopy.class, this, RecipePackage.CONTAINER_RECIPE__FILES);
		}
		return files;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EMap<String, String> getEnvironment() {
		if (environment == null) {
			environment = new EcoreEMap<String,String>(CommonPackage.Literals.STRING_ENTRY, StringEntryImpl.class, this, RecipePackage.CONTAINER_RECIPE__ENVIRONMENT);
		}
		return environment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getBuild() {
		if (build == null) {
			build = new EDataTypeEList<String>(String.class, this, RecipePackage.CONTAINER_RECIPE__BUILD);
		}
		return build;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getRun() {
		if (run == null) {
			run = new EDataTypeEList<String>(String.class, this, RecipePackage.CONTAINER_RECIPE__RUN);
		}
		return run;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EMap<String, String> getLabels() {
		if (labels == null) {
			labels = new EcoreEMap<String,String>(CommonPackage.Literals.STRING_ENTRY, StringEntryImpl.class, this, RecipePackage.CONTAINER_RECIPE__LABELS);
		}
		return labels;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getTests() {
		if (tests == null) {
			tests = new EDataTypeEList<String>(String.class, this, RecipePackage.CONTAINER_RECIPE__TESTS);
		}
		return tests;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHelp() {
		return help;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHelp(String newHelp) {
		String oldHelp = help;
		help = newHelp;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecipePackage.CONTAINER_RECIPE__HELP, oldHelp, help));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MpiSpec getMpi() {
		return mpi;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetMpi(MpiSpec newMpi, NotificationChain msgs) {
		MpiSpec oldMpi = mpi;
		mpi = newMpi;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, RecipePackage.CONTAINER_RECIPE__MPI, oldMpi, newMpi);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMpi(MpiSpec newMpi) {
		if (newMpi != mpi) {
			NotificationChain msgs = null;
			if (mpi != null)
				msgs = ((InternalEObject)mpi).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - RecipePackage.CONTAINER_RECIPE__MPI, null, msgs);
			if (newMpi != null)
				msgs = ((InternalEObject)newMpi).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - RecipePackage.CONTAINER_RECIPE__MPI, null, msgs);
			msgs = basicSetMpi(newMpi, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecipePackage.CONTAINER_RECIPE__MPI, newMpi, newMpi));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GpuSpec getGpu() {
		return gpu;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetGpu(GpuSpec newGpu, NotificationChain msgs) {
		GpuSpec oldGpu = gpu;
		gpu = newGpu;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, RecipePackage.CONTAINER_RECIPE__GPU, oldGpu, newGpu);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGpu(GpuSpec newGpu) {
		if (newGpu != gpu) {
			NotificationChain msgs = null;
			if (gpu != null)
				msgs = ((InternalEObject)gpu).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - RecipePackage.CONTAINER_RECIPE__GPU, null, msgs);
			if (newGpu != null)
				msgs = ((InternalEObject)newGpu).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - RecipePackage.CONTAINER_RECIPE__GPU, null, msgs);
			msgs = basicSetGpu(newGpu, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecipePackage.CONTAINER_RECIPE__GPU, newGpu, newGpu));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case RecipePackage.CONTAINER_RECIPE__BASE:
				return basicSetBase(null, msgs);
			case RecipePackage.CONTAINER_RECIPE__PACKAGES:
				return ((InternalEList<?>)getPackages()).basicRemove(otherEnd, msgs);
			case RecipePackage.CONTAINER_RECIPE__FILES:
				return ((InternalEList<?>)getFiles()).basicRemove(otherEnd, msgs);
			case RecipePackage.CONTAINER_RECIPE__ENVIRONMENT:
				return ((InternalEList<?>)getEnvironment()).basicRemove(otherEnd, msgs);
			case RecipePackage.CONTAINER_RECIPE__LABELS:
				return ((InternalEList<?>)getLabels()).basicRemove(otherEnd, msgs);
			case RecipePackage.CONTAINER_RECIPE__MPI:
				return basicSetMpi(null, msgs);
			case RecipePackage.CONTAINER_RECIPE__GPU:
				return basicSetGpu(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RecipePackage.CONTAINER_RECIPE__NAME:
				return getName();
			case RecipePackage.CONTAINER_RECIPE__DESCRIPTION:
				return getDescription();
			case RecipePackage.CONTAINER_RECIPE__BASE:
				return getBase();
			case RecipePackage.CONTAINER_RECIPE__ARCHITECTURE:
				return getArchitecture();
			case RecipePackage.CONTAINER_RECIPE__PACKAGES:
				return getPackages();
			case RecipePackage.CONTAINER_RECIPE__FILES:
				return getFiles();
			case RecipePackage.CONTAINER_RECIPE__ENVIRONMENT:
				if (coreType) return getEnvironment();
				else return getEnvironment().map();
			case RecipePackage.CONTAINER_RECIPE__BUILD:
				return getBuild();
			case RecipePackage.CONTAINER_RECIPE__RUN:
				return getRun();
			case RecipePackage.CONTAINER_RECIPE__LABELS:
				if (coreType) return getLabels();
				else return getLabels().map();
			case RecipePackage.CONTAINER_RECIPE__TESTS:
				return getTests();
			case RecipePackage.CONTAINER_RECIPE__HELP:
				return getHelp();
			case RecipePackage.CONTAINER_RECIPE__MPI:
				return getMpi();
			case RecipePackage.CONTAINER_RECIPE__GPU:
				return getGpu();
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
			case RecipePackage.CONTAINER_RECIPE__NAME:
				setName((String)newValue);
				return;
			case RecipePackage.CONTAINER_RECIPE__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case RecipePackage.CONTAINER_RECIPE__BASE:
				setBase((BaseImage)newValue);
				return;
			case RecipePackage.CONTAINER_RECIPE__ARCHITECTURE:
				setArchitecture((CpuArchitecture)newValue);
				return;
			case RecipePackage.CONTAINER_RECIPE__PACKAGES:
				getPackages().clear();
				getPackages().addAll((Collection<? extends PackageSet>)newValue);
				return;
			case RecipePackage.CONTAINER_RECIPE__FILES:
				getFiles().clear();
				getFiles().addAll((Collection<? extends FileCopy>)newValue);
				return;
			case RecipePackage.CONTAINER_RECIPE__ENVIRONMENT:
				((EStructuralFeature.Setting)getEnvironment()).set(newValue);
				return;
			case RecipePackage.CONTAINER_RECIPE__BUILD:
				getBuild().clear();
				getBuild().addAll((Collection<? extends String>)newValue);
				return;
			case RecipePackage.CONTAINER_RECIPE__RUN:
				getRun().clear();
				getRun().addAll((Collection<? extends String>)newValue);
				return;
			case RecipePackage.CONTAINER_RECIPE__LABELS:
				((EStructuralFeature.Setting)getLabels()).set(newValue);
				return;
			case RecipePackage.CONTAINER_RECIPE__TESTS:
				getTests().clear();
				getTests().addAll((Collection<? extends String>)newValue);
				return;
			case RecipePackage.CONTAINER_RECIPE__HELP:
				setHelp((String)newValue);
				return;
			case RecipePackage.CONTAINER_RECIPE__MPI:
				setMpi((MpiSpec)newValue);
				return;
			case RecipePackage.CONTAINER_RECIPE__GPU:
				setGpu((GpuSpec)newValue);
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
			case RecipePackage.CONTAINER_RECIPE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case RecipePackage.CONTAINER_RECIPE__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case RecipePackage.CONTAINER_RECIPE__BASE:
				setBase((BaseImage)null);
				return;
			case RecipePackage.CONTAINER_RECIPE__ARCHITECTURE:
				unsetArchitecture();
				return;
			case RecipePackage.CONTAINER_RECIPE__PACKAGES:
				getPackages().clear();
				return;
			case RecipePackage.CONTAINER_RECIPE__FILES:
				getFiles().clear();
				return;
			case RecipePackage.CONTAINER_RECIPE__ENVIRONMENT:
				getEnvironment().clear();
				return;
			case RecipePackage.CONTAINER_RECIPE__BUILD:
				getBuild().clear();
				return;
			case RecipePackage.CONTAINER_RECIPE__RUN:
				getRun().clear();
				return;
			case RecipePackage.CONTAINER_RECIPE__LABELS:
				getLabels().clear();
				return;
			case RecipePackage.CONTAINER_RECIPE__TESTS:
				getTests().clear();
				return;
			case RecipePackage.CONTAINER_RECIPE__HELP:
				setHelp(HELP_EDEFAULT);
				return;
			case RecipePackage.CONTAINER_RECIPE__MPI:
				setMpi((MpiSpec)null);
				return;
			case RecipePackage.CONTAINER_RECIPE__GPU:
				setGpu((GpuSpec)null);
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
			case RecipePackage.CONTAINER_RECIPE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case RecipePackage.CONTAINER_RECIPE__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case RecipePackage.CONTAINER_RECIPE__BASE:
				return base != null;
			case RecipePackage.CONTAINER_RECIPE__ARCHITECTURE:
				return isSetArchitecture();
			case RecipePackage.CONTAINER_RECIPE__PACKAGES:
				return packages != null && !packages.isEmpty();
			case RecipePackage.CONTAINER_RECIPE__FILES:
				return files != null && !files.isEmpty();
			case RecipePackage.CONTAINER_RECIPE__ENVIRONMENT:
				return environment != null && !environment.isEmpty();
			case RecipePackage.CONTAINER_RECIPE__BUILD:
				return build != null && !build.isEmpty();
			case RecipePackage.CONTAINER_RECIPE__RUN:
				return run != null && !run.isEmpty();
			case RecipePackage.CONTAINER_RECIPE__LABELS:
				return labels != null && !labels.isEmpty();
			case RecipePackage.CONTAINER_RECIPE__TESTS:
				return tests != null && !tests.isEmpty();
			case RecipePackage.CONTAINER_RECIPE__HELP:
				return HELP_EDEFAULT == null ? help != null : !HELP_EDEFAULT.equals(help);
			case RecipePackage.CONTAINER_RECIPE__MPI:
				return mpi != null;
			case RecipePackage.CONTAINER_RECIPE__GPU:
				return gpu != null;
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
		result.append(", description: ");
		result.append(description);
		result.append(", architecture: ");
		if (architectureESet) result.append(architecture); else result.append("<unset>");
		result.append(", build: ");
		result.append(build);
		result.append(", run: ");
		result.append(run);
		result.append(", tests: ");
		result.append(tests);
		result.append(", help: ");
		result.append(help);
		result.append(')');
		return result.toString();
	}

} //ContainerRecipeImpl
