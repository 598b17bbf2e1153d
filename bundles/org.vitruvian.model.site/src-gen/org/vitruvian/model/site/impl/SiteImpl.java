/**
 */
package org.vitruvian.model.site.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.vitruvian.model.common.CpuArchitecture;

import org.vitruvian.model.site.Access;
import org.vitruvian.model.site.ContainerRuntime;
import org.vitruvian.model.site.MpiInstallation;
import org.vitruvian.model.site.Partition;
import org.vitruvian.model.site.Scheduler;
import org.vitruvian.model.site.Site;
import org.vitruvian.model.site.SiteKind;
import org.vitruvian.model.site.SitePackage;
import org.vitruvian.model.site.StoragePath;

import org.vitruvian.model.trust.ResourceClass;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Site</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.vitruvian.model.site.impl.SiteImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.vitruvian.model.site.impl.SiteImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.vitruvian.model.site.impl.SiteImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.vitruvian.model.site.impl.SiteImpl#isProfile <em>Profile</em>}</li>
 *   <li>{@link org.vitruvian.model.site.impl.SiteImpl#getRefines <em>Refines</em>}</li>
 *   <li>{@link org.vitruvian.model.site.impl.SiteImpl#getType <em>Type</em>}</li>
 *   <li>{@link org.vitruvian.model.site.impl.SiteImpl#getTier <em>Tier</em>}</li>
 *   <li>{@link org.vitruvian.model.site.impl.SiteImpl#getOperator <em>Operator</em>}</li>
 *   <li>{@link org.vitruvian.model.site.impl.SiteImpl#getResourceClass <em>Resource Class</em>}</li>
 *   <li>{@link org.vitruvian.model.site.impl.SiteImpl#getAccess <em>Access</em>}</li>
 *   <li>{@link org.vitruvian.model.site.impl.SiteImpl#getScheduler <em>Scheduler</em>}</li>
 *   <li>{@link org.vitruvian.model.site.impl.SiteImpl#getPartitions <em>Partitions</em>}</li>
 *   <li>{@link org.vitruvian.model.site.impl.SiteImpl#getArchitecture <em>Architecture</em>}</li>
 *   <li>{@link org.vitruvian.model.site.impl.SiteImpl#getOs <em>Os</em>}</li>
 *   <li>{@link org.vitruvian.model.site.impl.SiteImpl#getGlibc <em>Glibc</em>}</li>
 *   <li>{@link org.vitruvian.model.site.impl.SiteImpl#getContainerRuntimes <em>Container Runtimes</em>}</li>
 *   <li>{@link org.vitruvian.model.site.impl.SiteImpl#getMpi <em>Mpi</em>}</li>
 *   <li>{@link org.vitruvian.model.site.impl.SiteImpl#getGpuDriver <em>Gpu Driver</em>}</li>
 *   <li>{@link org.vitruvian.model.site.impl.SiteImpl#getCuda <em>Cuda</em>}</li>
 *   <li>{@link org.vitruvian.model.site.impl.SiteImpl#getStorage <em>Storage</em>}</li>
 *   <li>{@link org.vitruvian.model.site.impl.SiteImpl#getCostPerCoreHour <em>Cost Per Core Hour</em>}</li>
 *   <li>{@link org.vitruvian.model.site.impl.SiteImpl#getCertifications <em>Certifications</em>}</li>
 *   <li>{@link org.vitruvian.model.site.impl.SiteImpl#getIllustrative <em>Illustrative</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SiteImpl extends MinimalEObjectImpl.Container implements Site {
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected String id = ID_EDEFAULT;

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
	 * The default value of the '{@link #isProfile() <em>Profile</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isProfile()
	 * @generated
	 * @ordered
	 */
	protected static final boolean PROFILE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isProfile() <em>Profile</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isProfile()
	 * @generated
	 * @ordered
	 */
	protected boolean profile = PROFILE_EDEFAULT;

	/**
	 * This is true if the Profile attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean profileESet;

	/**
	 * The default value of the '{@link #getRefines() <em>Refines</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRefines()
	 * @generated
	 * @ordered
	 */
	protected static final String REFINES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRefines() <em>Refines</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRefines()
	 * @generated
	 * @ordered
	 */
	protected String refines = REFINES_EDEFAULT;

	/**
	 * The default value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected static final SiteKind TYPE_EDEFAULT = SiteKind.WORKSTATION;

	/**
	 * The cached value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected SiteKind type = TYPE_EDEFAULT;

	/**
	 * This is true if the Type attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean typeESet;

	/**
	 * The default value of the '{@link #getTier() <em>Tier</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTier()
	 * @generated
	 * @ordered
	 */
	protected static final Integer TIER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTier() <em>Tier</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTier()
	 * @generated
	 * @ordered
	 */
	protected Integer tier = TIER_EDEFAULT;

	/**
	 * The default value of the '{@link #getOperator() <em>Operator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOperator()
	 * @generated
	 * @ordered
	 */
	protected static final String OPERATOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOperator() <em>Operator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOperator()
	 * @generated
	 * @ordered
	 */
	protected String operator = OPERATOR_EDEFAULT;

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
	 * This is true if the Resource Class attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean resourceClassESet;

	/**
	 * The cached value of the '{@link #getAccess() <em>Access</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAccess()
	 * @generated
	 * @ordered
	 */
	protected Access access;

	/**
	 * The default value of the '{@link #getScheduler() <em>Scheduler</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScheduler()
	 * @generated
	 * @ordered
	 */
	protected static final Scheduler SCHEDULER_EDEFAULT = Scheduler.SLURM;

	/**
	 * The cached value of the '{@link #getScheduler() <em>Scheduler</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScheduler()
	 * @generated
	 * @ordered
	 */
	protected Scheduler scheduler = SCHEDULER_EDEFAULT;

	/**
	 * This is true if the Scheduler attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean schedulerESet;

	/**
	 * The cached value of the '{@link #getPartitions() <em>Partitions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPartitions()
	 * @generated
	 * @ordered
	 */
	protected EList<Partition> partitions;

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
	 * The default value of the '{@link #getOs() <em>Os</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOs()
	 * @generated
	 * @ordered
	 */
	protected static final String OS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOs() <em>Os</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOs()
	 * @generated
	 * @ordered
	 */
	protected String os = OS_EDEFAULT;

	/**
	 * The default value of the '{@link #getGlibc() <em>Glibc</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGlibc()
	 * @generated
	 * @ordered
	 */
	protected static final String GLIBC_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGlibc() <em>Glibc</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGlibc()
	 * @generated
	 * @ordered
	 */
	protected String glibc = GLIBC_EDEFAULT;

	/**
	 * The cached value of the '{@link #getContainerRuntimes() <em>Container Runtimes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContainerRuntimes()
	 * @generated
	 * @ordered
	 */
	protected EList<ContainerRuntime> containerRuntimes;

	/**
	 * The cached value of the '{@link #getMpi() <em>Mpi</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMpi()
	 * @generated
	 * @ordered
	 */
	protected EList<MpiInstallation> mpi;

	/**
	 * The default value of the '{@link #getGpuDriver() <em>Gpu Driver</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGpuDriver()
	 * @generated
	 * @ordered
	 */
	protected static final String GPU_DRIVER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGpuDriver() <em>Gpu Driver</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGpuDriver()
	 * @generated
	 * @ordered
	 */
	protected String gpuDriver = GPU_DRIVER_EDEFAULT;

	/**
	 * The default value of the '{@link #getCuda() <em>Cuda</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCuda()
	 * @generated
	 * @ordered
	 */
	protected static final String CUDA_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCuda() <em>Cuda</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCuda()
	 * @generated
	 * @ordered
	 */
	protected String cuda = CUDA_EDEFAULT;

	/**
	 * The cached value of the '{@link #getStorage() <em>Storage</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStorage()
	 * @generated
	 * @ordered
	 */
	protected EList<StoragePath> storage;

	/**
	 * The default value of the '{@link #getCostPerCoreHour() <em>Cost Per Core Hour</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCostPerCoreHour()
	 * @generated
	 * @ordered
	 */
	protected static final Double COST_PER_CORE_HOUR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCostPerCoreHour() <em>Cost Per Core Hour</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCostPerCoreHour()
	 * @generated
	 * @ordered
	 */
	protected Double costPerCoreHour = COST_PER_CORE_HOUR_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCertifications() <em>Certifications</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCertifications()
	 * @generated
	 * @ordered
	 */
	protected EList<String> certifications;

	/**
	 * The cached value of the '{@link #getIllustrative() <em>Illustrative</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIllustrative()
	 * @generated
	 * @ordered
	 */
	protected EList<String> illustrative;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SiteImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SitePackage.Literals.SITE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId) {
		String oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SitePackage.SITE__ID, oldId, id));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SitePackage.SITE__NAME, oldName, name));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SitePackage.SITE__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isProfile() {
		return profile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProfile(boolean newProfile) {
		boolean oldProfile = profile;
		profile = newProfile;
		boolean oldProfileESet = profileESet;
		profileESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SitePackage.SITE__PROFILE, oldProfile, profile, !oldProfileESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetProfile() {
		boolean oldProfile = profile;
		boolean oldProfileESet = profileESet;
		profile = PROFILE_EDEFAULT;
		profileESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, SitePackage.SITE__PROFILE, oldProfile, PROFILE_EDEFAULT, oldProfileESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetProfile() {
		return profileESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRefines() {
		return refines;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRefines(String newRefines) {
		String oldRefines = refines;
		refines = newRefines;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SitePackage.SITE__REFINES, oldRefines, refines));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SiteKind getType() {
		return type;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setType(SiteKind newType) {
		SiteKind oldType = type;
		type = newType == null ? TYPE_EDEFAULT : newType;
		boolean oldTypeESet = typeESet;
		typeESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SitePackage.SITE__TYPE, oldType, type, !oldTypeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetType() {
		SiteKind oldType = type;
		boolean oldTypeESet = typeESet;
		type = TYPE_EDEFAULT;
		typeESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, SitePackage.SITE__TYPE, oldType, TYPE_EDEFAULT, oldTypeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetType() {
		return typeESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getTier() {
		return tier;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTier(Integer newTier) {
		Integer oldTier = tier;
		tier = newTier;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SitePackage.SITE__TIER, oldTier, tier));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOperator() {
		return operator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOperator(String newOperator) {
		String oldOperator = operator;
		operator = newOperator;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SitePackage.SITE__OPERATOR, oldOperator, operator));
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
		boolean oldResourceClassESet = resourceClassESet;
		resourceClassESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SitePackage.SITE__RESOURCE_CLASS, oldResourceClass, resourceClass, !oldResourceClassESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetResourceClass() {
		ResourceClass oldResourceClass = resourceClass;
		boolean oldResourceClassESet = resourceClassESet;
		resourceClass = RESOURCE_CLASS_EDEFAULT;
		resourceClassESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, SitePackage.SITE__RESOURCE_CLASS, oldResourceClass, RESOURCE_CLASS_EDEFAULT, oldResourceClassESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetResourceClass() {
		return resourceClassESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Access getAccess() {
		return access;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetAccess(Access newAccess, NotificationChain msgs) {
		Access oldAccess = access;
		access = newAccess;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, SitePackage.SITE__ACCESS, oldAccess, newAccess);
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
	public void setAccess(Access newAccess) {
		if (newAccess != access) {
			NotificationChain msgs = null;
			if (access != null)
				msgs = ((InternalEObject)access).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - SitePackage.SITE__ACCESS, null, msgs);
			if (newAccess != null)
				msgs = ((InternalEObject)newAccess).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - SitePackage.SITE__ACCESS, null, msgs);
			msgs = basicSetAccess(newAccess, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SitePackage.SITE__ACCESS, newAccess, newAccess));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Scheduler getScheduler() {
		return scheduler;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScheduler(Scheduler newScheduler) {
		Scheduler oldScheduler = scheduler;
		scheduler = newScheduler == null ? SCHEDULER_EDEFAULT : newScheduler;
		boolean oldSchedulerESet = schedulerESet;
		schedulerESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SitePackage.SITE__SCHEDULER, oldScheduler, scheduler, !oldSchedulerESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetScheduler() {
		Scheduler oldScheduler = scheduler;
		boolean oldSchedulerESet = schedulerESet;
		scheduler = SCHEDULER_EDEFAULT;
		schedulerESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, SitePackage.SITE__SCHEDULER, oldScheduler, SCHEDULER_EDEFAULT, oldSchedulerESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetScheduler() {
		return schedulerESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Partition> getPartitions() {
		if (partitions == null) {
			partitions = new EObjectContainmentEList<Partition>(Partition.class, this, SitePackage.SITE__PARTITIONS);
		}
		return partitions;
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
			eNotify(new ENotificationImpl(this, Notification.SET, SitePackage.SITE__ARCHITECTURE, oldArchitecture, architecture, !oldArchitectureESet));
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
			eNotify(new ENotificationImpl(this, Notification.UNSET, SitePackage.SITE__ARCHITECTURE, oldArchitecture, ARCHITECTURE_EDEFAULT, oldArchitectureESet));
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
	public String getOs() {
		return os;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOs(String newOs) {
		String oldOs = os;
		os = newOs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SitePackage.SITE__OS, oldOs, os));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getGlibc() {
		return glibc;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGlibc(String newGlibc) {
		String oldGlibc = glibc;
		glibc = newGlibc;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SitePackage.SITE__GLIBC, oldGlibc, glibc));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ContainerRuntime> getContainerRuntimes() {
		if (containerRuntimes == null) {
			containerRuntimes = new EObjectContainmentEList<ContainerRuntime>(ContainerRuntime.class, this, SitePackage.SITE__CONTAINER_RUNTIMES);
		}
		return containerRuntimes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<MpiInstallation> getMpi() {
		if (mpi == null) {
			mpi = new EObjectContainmentEList<MpiInstallation>(MpiInstallation.class, this, SitePackage.SITE__MPI);
		}
		return mpi;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getGpuDriver() {
		return gpuDriver;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGpuDriver(String newGpuDriver) {
		String oldGpuDriver = gpuDriver;
		gpuDriver = newGpuDriver;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SitePackage.SITE__GPU_DRIVER, oldGpuDriver, gpuDriver));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCuda() {
		return cuda;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCuda(String newCuda) {
		String oldCuda = cuda;
		cuda = newCuda;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SitePackage.SITE__CUDA, oldCuda, cuda));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<StoragePath> getStorage() {
		if (storage == null) {
			storage = new EObjectContainmentEList<StoragePath>(StoragePath.class, this, SitePackage.SITE__STORAGE);
		}
		return storage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getCostPerCoreHour() {
		return costPerCoreHour;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCostPerCoreHour(Double newCostPerCoreHour) {
		Double oldCostPerCoreHour = costPerCoreHour;
		costPerCoreHour = newCostPerCoreHour;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SitePackage.SITE__COST_PER_CORE_HOUR, oldCostPerCoreHour, costPerCoreHour));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getCertifications() {
		if (certifications == null) {
			certifications = new EDataTypeUniqueEList<String>(String.class, this, SitePackage.SITE__CERTIFICATIONS);
		}
		return certifications;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getIllustrative() {
		if (illustrative == null) {
			illustrative = new EDataTypeUniqueEList<String>(String.class, this, SitePackage.SITE__ILLUSTRATIVE);
		}
		return illustrative;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SitePackage.SITE__ACCESS:
				return basicSetAccess(null, msgs);
			case SitePackage.SITE__PARTITIONS:
				return ((InternalEList<?>)getPartitions()).basicRemove(otherEnd, msgs);
			case SitePackage.SITE__CONTAINER_RUNTIMES:
				return ((InternalEList<?>)getContainerRuntimes()).basicRemove(otherEnd, msgs);
			case SitePackage.SITE__MPI:
				return ((InternalEList<?>)getMpi()).basicRemove(otherEnd, msgs);
			case SitePackage.SITE__STORAGE:
				return ((InternalEList<?>)getStorage()).basicRemove(otherEnd, msgs);
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
			case SitePackage.SITE__ID:
				return getId();
			case SitePackage.SITE__NAME:
				return getName();
			case SitePackage.SITE__DESCRIPTION:
				return getDescription();
			case SitePackage.SITE__PROFILE:
				return isProfile();
			case SitePackage.SITE__REFINES:
				return getRefines();
			case SitePackage.SITE__TYPE:
				return getType();
			case SitePackage.SITE__TIER:
				return getTier();
			case SitePackage.SITE__OPERATOR:
				return getOperator();
			case SitePackage.SITE__RESOURCE_CLASS:
				return getResourceClass();
			case SitePackage.SITE__ACCESS:
				return getAccess();
			case SitePackage.SITE__SCHEDULER:
				return getScheduler();
			case SitePackage.SITE__PARTITIONS:
				return getPartitions();
			case SitePackage.SITE__ARCHITECTURE:
				return getArchitecture();
			case SitePackage.SITE__OS:
				return getOs();
			case SitePackage.SITE__GLIBC:
				return getGlibc();
			case SitePackage.SITE__CONTAINER_RUNTIMES:
				return getContainerRuntimes();
			case SitePackage.SITE__MPI:
				return getMpi();
			case SitePackage.SITE__GPU_DRIVER:
				return getGpuDriver();
			case SitePackage.SITE__CUDA:
				return getCuda();
			case SitePackage.SITE__STORAGE:
				return getStorage();
			case SitePackage.SITE__COST_PER_CORE_HOUR:
				return getCostPerCoreHour();
			case SitePackage.SITE__CERTIFICATIONS:
				return getCertifications();
			case SitePackage.SITE__ILLUSTRATIVE:
				return getIllustrative();
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
			case SitePackage.SITE__ID:
				setId((String)newValue);
				return;
			case SitePackage.SITE__NAME:
				setName((String)newValue);
				return;
			case SitePackage.SITE__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case SitePackage.SITE__PROFILE:
				setProfile((Boolean)newValue);
				return;
			case SitePackage.SITE__REFINES:
				setRefines((String)newValue);
				return;
			case SitePackage.SITE__TYPE:
				setType((SiteKind)newValue);
				return;
			case SitePackage.SITE__TIER:
				setTier((Integer)newValue);
				return;
			case SitePackage.SITE__OPERATOR:
				setOperator((String)newValue);
				return;
			case SitePackage.SITE__RESOURCE_CLASS:
				setResourceClass((ResourceClass)newValue);
				return;
			case SitePackage.SITE__ACCESS:
				setAccess((Access)newValue);
				return;
			case SitePackage.SITE__SCHEDULER:
				setScheduler((Scheduler)newValue);
				return;
			case SitePackage.SITE__PARTITIONS:
				getPartitions().clear();
				getPartitions().addAll((Collection<? extends Partition>)newValue);
				return;
			case SitePackage.SITE__ARCHITECTURE:
				setArchitecture((CpuArchitecture)newValue);
				return;
			case SitePackage.SITE__OS:
				setOs((String)newValue);
				return;
			case SitePackage.SITE__GLIBC:
				setGlibc((String)newValue);
				return;
			case SitePackage.SITE__CONTAINER_RUNTIMES:
				getContainerRuntimes().clear();
				getContainerRuntimes().addAll((Collection<? extends ContainerRuntime>)newValue);
				return;
			case SitePackage.SITE__MPI:
				getMpi().clear();
				getMpi().addAll((Collection<? extends MpiInstallation>)newValue);
				return;
			case SitePackage.SITE__GPU_DRIVER:
				setGpuDriver((String)newValue);
				return;
			case SitePackage.SITE__CUDA:
				setCuda((String)newValue);
				return;
			case SitePackage.SITE__STORAGE:
				getStorage().clear();
				getStorage().addAll((Collection<? extends StoragePath>)newValue);
				return;
			case SitePackage.SITE__COST_PER_CORE_HOUR:
				setCostPerCoreHour((Double)newValue);
				return;
			case SitePackage.SITE__CERTIFICATIONS:
				getCertifications().clear();
				getCertifications().addAll((Collection<? extends String>)newValue);
				return;
			case SitePackage.SITE__ILLUSTRATIVE:
				getIllustrative().clear();
				getIllustrative().addAll((Collection<? extends String>)newValue);
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
			case SitePackage.SITE__ID:
				setId(ID_EDEFAULT);
				return;
			case SitePackage.SITE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case SitePackage.SITE__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case SitePackage.SITE__PROFILE:
				unsetProfile();
				return;
			case SitePackage.SITE__REFINES:
				setRefines(REFINES_EDEFAULT);
				return;
			case SitePackage.SITE__TYPE:
				unsetType();
				return;
			case SitePackage.SITE__TIER:
				setTier(TIER_EDEFAULT);
				return;
			case SitePackage.SITE__OPERATOR:
				setOperator(OPERATOR_EDEFAULT);
				return;
			case SitePackage.SITE__RESOURCE_CLASS:
				unsetResourceClass();
				return;
			case SitePackage.SITE__ACCESS:
				setAccess((Access)null);
				return;
			case SitePackage.SITE__SCHEDULER:
				unsetScheduler();
				return;
			case SitePackage.SITE__PARTITIONS:
				getPartitions().clear();
				return;
			case SitePackage.SITE__ARCHITECTURE:
				unsetArchitecture();
				return;
			case SitePackage.SITE__OS:
				setOs(OS_EDEFAULT);
				return;
			case SitePackage.SITE__GLIBC:
				setGlibc(GLIBC_EDEFAULT);
				return;
			case SitePackage.SITE__CONTAINER_RUNTIMES:
				getContainerRuntimes().clear();
				return;
			case SitePackage.SITE__MPI:
				getMpi().clear();
				return;
			case SitePackage.SITE__GPU_DRIVER:
				setGpuDriver(GPU_DRIVER_EDEFAULT);
				return;
			case SitePackage.SITE__CUDA:
				setCuda(CUDA_EDEFAULT);
				return;
			case SitePackage.SITE__STORAGE:
				getStorage().clear();
				return;
			case SitePackage.SITE__COST_PER_CORE_HOUR:
				setCostPerCoreHour(COST_PER_CORE_HOUR_EDEFAULT);
				return;
			case SitePackage.SITE__CERTIFICATIONS:
				getCertifications().clear();
				return;
			case SitePackage.SITE__ILLUSTRATIVE:
				getIllustrative().clear();
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
			case SitePackage.SITE__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case SitePackage.SITE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case SitePackage.SITE__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case SitePackage.SITE__PROFILE:
				return isSetProfile();
			case SitePackage.SITE__REFINES:
				return REFINES_EDEFAULT == null ? refines != null : !REFINES_EDEFAULT.equals(refines);
			case SitePackage.SITE__TYPE:
				return isSetType();
			case SitePackage.SITE__TIER:
				return TIER_EDEFAULT == null ? tier != null : !TIER_EDEFAULT.equals(tier);
			case SitePackage.SITE__OPERATOR:
				return OPERATOR_EDEFAULT == null ? operator != null : !OPERATOR_EDEFAULT.equals(operator);
			case SitePackage.SITE__RESOURCE_CLASS:
				return isSetResourceClass();
			case SitePackage.SITE__ACCESS:
				return access != null;
			case SitePackage.SITE__SCHEDULER:
				return isSetScheduler();
			case SitePackage.SITE__PARTITIONS:
				return partitions != null && !partitions.isEmpty();
			case SitePackage.SITE__ARCHITECTURE:
				return isSetArchitecture();
			case SitePackage.SITE__OS:
				return OS_EDEFAULT == null ? os != null : !OS_EDEFAULT.equals(os);
			case SitePackage.SITE__GLIBC:
				return GLIBC_EDEFAULT == null ? glibc != null : !GLIBC_EDEFAULT.equals(glibc);
			case SitePackage.SITE__CONTAINER_RUNTIMES:
				return containerRuntimes != null && !containerRuntimes.isEmpty();
			case SitePackage.SITE__MPI:
				return mpi != null && !mpi.isEmpty();
			case SitePackage.SITE__GPU_DRIVER:
				return GPU_DRIVER_EDEFAULT == null ? gpuDriver != null : !GPU_DRIVER_EDEFAULT.equals(gpuDriver);
			case SitePackage.SITE__CUDA:
				return CUDA_EDEFAULT == null ? cuda != null : !CUDA_EDEFAULT.equals(cuda);
			case SitePackage.SITE__STORAGE:
				return storage != null && !storage.isEmpty();
			case SitePackage.SITE__COST_PER_CORE_HOUR:
				return COST_PER_CORE_HOUR_EDEFAULT == null ? costPerCoreHour != null : !COST_PER_CORE_HOUR_EDEFAULT.equals(costPerCoreHour);
			case SitePackage.SITE__CERTIFICATIONS:
				return certifications != null && !certifications.isEmpty();
			case SitePackage.SITE__ILLUSTRATIVE:
				return illustrative != null && !illustrative.isEmpty();
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
		result.append(" (id: ");
		result.append(id);
		result.append(", name: ");
		result.append(name);
		result.append(", description: ");
		result.append(description);
		result.append(", profile: ");
		if (profileESet) result.append(profile); else result.append("<unset>");
		result.append(", refines: ");
		result.append(refines);
		result.append(", type: ");
		if (typeESet) result.append(type); else result.append("<unset>");
		result.append(", tier: ");
		result.append(tier);
		result.append(", operator: ");
		result.append(operator);
		result.append(", resourceClass: ");
		if (resourceClassESet) result.append(resourceClass); else result.append("<unset>");
		result.append(", scheduler: ");
		if (schedulerESet) result.append(scheduler); else result.append("<unset>");
		result.append(", architecture: ");
		if (architectureESet) result.append(architecture); else result.append("<unset>");
		result.append(", os: ");
		result.append(os);
		result.append(", glibc: ");
		result.append(glibc);
		result.append(", gpuDriver: ");
		result.append(gpuDriver);
		result.append(", cuda: ");
		result.append(cuda);
		result.append(", costPerCoreHour: ");
		result.append(costPerCoreHour);
		result.append(", certifications: ");
		result.append(certifications);
		result.append(", illustrative: ");
		result.append(illustrative);
		result.append(')');
		return result.toString();
	}

} //SiteImpl
