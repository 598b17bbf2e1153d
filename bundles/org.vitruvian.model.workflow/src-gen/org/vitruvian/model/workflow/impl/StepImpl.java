/**
 */
package org.vitruvian.model.workflow.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.vitruvian.model.common.impl.NamedImpl;

import org.vitruvian.model.recipe.ContainerRecipe;

import org.vitruvian.model.service.ExecutionKind;
import org.vitruvian.model.service.ResourceRequest;

import org.vitruvian.model.trust.Identifiability;

import org.vitruvian.model.workflow.ParameterValue;
import org.vitruvian.model.workflow.ServiceRef;
import org.vitruvian.model.workflow.Step;
import org.vitruvian.model.workflow.Sweep;
import org.vitruvian.model.workflow.WorkflowPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Step</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.vitruvian.model.workflow.impl.StepImpl#getService <em>Service</em>}</li>
 *   <li>{@link org.vitruvian.model.workflow.impl.StepImpl#getExecution <em>Execution</em>}</li>
 *   <li>{@link org.vitruvian.model.workflow.impl.StepImpl#getParameters <em>Parameters</em>}</li>
 *   <li>{@link org.vitruvian.model.workflow.impl.StepImpl#getResources <em>Resources</em>}</li>
 *   <li>{@link org.vitruvian.model.workflow.impl.StepImpl#getRecipe <em>Recipe</em>}</li>
 *   <li>{@link org.vitruvian.model.workflow.impl.StepImpl#getSite <em>Site</em>}</li>
 *   <li>{@link org.vitruvian.model.workflow.impl.StepImpl#getRetries <em>Retries</em>}</li>
 *   <li>{@link org.vitruvian.model.workflow.impl.StepImpl#getSweep <em>Sweep</em>}</li>
 *   <li>{@link org.vitruvian.model.workflow.impl.StepImpl#isDeidentifies <em>Deidentifies</em>}</li>
 *   <li>{@link org.vitruvian.model.workflow.impl.StepImpl#getIdentifiabilityAfter <em>Identifiability After</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StepImpl extends NamedImpl implements Step {
	/**
	 * The cached value of the '{@link #getService() <em>Service</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getService()
	 * @generated
	 * @ordered
	 */
	protected ServiceRef service;

	/**
	 * The default value of the '{@link #getExecution() <em>Execution</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExecution()
	 * @generated
	 * @ordered
	 */
	protected static final ExecutionKind EXECUTION_EDEFAULT = ExecutionKind.BATCH;

	/**
	 * The cached value of the '{@link #getExecution() <em>Execution</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExecution()
	 * @generated
	 * @ordered
	 */
	protected ExecutionKind execution = EXECUTION_EDEFAULT;

	/**
	 * This is true if the Execution attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean executionESet;

	/**
	 * The cached value of the '{@link #getParameters() <em>Parameters</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParameters()
	 * @generated
	 * @ordered
	 */
	protected EList<ParameterValue> parameters;

	/**
	 * The cached value of the '{@link #getResources() <em>Resources</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResources()
	 * @generated
	 * @ordered
	 */
	protected ResourceRequest resources;

	/**
	 * The cached value of the '{@link #getRecipe() <em>Recipe</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecipe()
	 * @generated
	 * @ordered
	 */
	protected ContainerRecipe recipe;

	/**
	 * The default value of the '{@link #getSite() <em>Site</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSite()
	 * @generated
	 * @ordered
	 */
	protected static final String SITE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSite() <em>Site</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSite()
	 * @generated
	 * @ordered
	 */
	protected String site = SITE_EDEFAULT;

	/**
	 * The default value of the '{@link #getRetries() <em>Retries</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRetries()
	 * @generated
	 * @ordered
	 */
	protected static final Integer RETRIES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRetries() <em>Retries</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRetries()
	 * @generated
	 * @ordered
	 */
	protected Integer retries = RETRIES_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSweep() <em>Sweep</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSweep()
	 * @generated
	 * @ordered
	 */
	protected Sweep sweep;

	/**
	 * The default value of the '{@link #isDeidentifies() <em>Deidentifies</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDeidentifies()
	 * @generated
	 * @ordered
	 */
	protected static final boolean DEIDENTIFIES_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isDeidentifies() <em>Deidentifies</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDeidentifies()
	 * @generated
	 * @ordered
	 */
	protected boolean deidentifies = DEIDENTIFIES_EDEFAULT;

	/**
	 * This is true if the Deidentifies attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean deidentifiesESet;

	/**
	 * The default value of the '{@link #getIdentifiabilityAfter() <em>Identifiability After</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIdentifiabilityAfter()
	 * @generated
	 * @ordered
	 */
	protected static final Identifiability IDENTIFIABILITY_AFTER_EDEFAULT = Identifiability.IDENTIFIABLE;

	/**
	 * The cached value of the '{@link #getIdentifiabilityAfter() <em>Identifiability After</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIdentifiabilityAfter()
	 * @generated
	 * @ordered
	 */
	protected Identifiability identifiabilityAfter = IDENTIFIABILITY_AFTER_EDEFAULT;

	/**
	 * This is true if the Identifiability After attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean identifiabilityAfterESet;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StepImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return WorkflowPackage.Literals.STEP;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ServiceRef getService() {
		return service;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetService(ServiceRef newService, NotificationChain msgs) {
		ServiceRef oldService = service;
		service = newService;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, WorkflowPackage.STEP__SERVICE, oldService, newService);
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
	public void setService(ServiceRef newService) {
		if (newService != service) {
			NotificationChain msgs = null;
			if (service != null)
				msgs = ((InternalEObject)service).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - WorkflowPackage.STEP__SERVICE, null, msgs);
			if (newService != null)
				msgs = ((InternalEObject)newService).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - WorkflowPackage.STEP__SERVICE, null, msgs);
			msgs = basicSetService(newService, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WorkflowPackage.STEP__SERVICE, newService, newService));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ExecutionKind getExecution() {
		return execution;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExecution(ExecutionKind newExecution) {
		ExecutionKind oldExecution = execution;
		execution = newExecution == null ? EXECUTION_EDEFAULT : newExecution;
		boolean oldExecutionESet = executionESet;
		executionESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WorkflowPackage.STEP__EXECUTION, oldExecution, execution, !oldExecutionESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetExecution() {
		ExecutionKind oldExecution = execution;
		boolean oldExecutionESet = executionESet;
		execution = EXECUTION_EDEFAULT;
		executionESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, WorkflowPackage.STEP__EXECUTION, oldExecution, EXECUTION_EDEFAULT, oldExecutionESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetExecution() {
		return executionESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ParameterValue> getParameters() {
		if (parameters == null) {
			parameters = new EObjectContainmentEList<ParameterValue>(ParameterValue.class, this, WorkflowPackage.STEP__PARAMETERS);
		}
		return parameters;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceRequest getResources() {
		return resources;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetResources(ResourceRequest newResources, NotificationChain msgs) {
		ResourceRequest oldResources = resources;
		resources = newResources;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, WorkflowPackage.STEP__RESOURCES, oldResources, newResources);
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
	public void setResources(ResourceRequest newResources) {
		if (newResources != resources) {
			NotificationChain msgs = null;
			if (resources != null)
				msgs = ((InternalEObject)resources).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - WorkflowPackage.STEP__RESOURCES, null, msgs);
			if (newResources != null)
				msgs = ((InternalEObject)newResources).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - WorkflowPackage.STEP__RESOURCES, null, msgs);
			msgs = basicSetResources(newResources, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WorkflowPackage.STEP__RESOURCES, newResources, newResources));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ContainerRecipe getRecipe() {
		if (recipe != null && recipe.eIsProxy()) {
			InternalEObject oldRecipe = (InternalEObject)recipe;
			recipe = (ContainerRecipe)eResolveProxy(oldRecipe);
			if (recipe != oldRecipe) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, WorkflowPackage.STEP__RECIPE, oldRecipe, recipe));
			}
		}
		return recipe;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ContainerRecipe basicGetRecipe() {
		return recipe;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRecipe(ContainerRecipe newRecipe) {
		ContainerRecipe oldRecipe = recipe;
		recipe = newRecipe;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WorkflowPackage.STEP__RECIPE, oldRecipe, recipe));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSite() {
		return site;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSite(String newSite) {
		String oldSite = site;
		site = newSite;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WorkflowPackage.STEP__SITE, oldSite, site));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getRetries() {
		return retries;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRetries(Integer newRetries) {
		Integer oldRetries = retries;
		retries = newRetries;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WorkflowPackage.STEP__RETRIES, oldRetries, retries));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Sweep getSweep() {
		return sweep;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSweep(Sweep newSweep, NotificationChain msgs) {
		Sweep oldSweep = sweep;
		sweep = newSweep;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, WorkflowPackage.STEP__SWEEP, oldSweep, newSweep);
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
	public void setSweep(Sweep newSweep) {
		if (newSweep != sweep) {
			NotificationChain msgs = null;
			if (sweep != null)
				msgs = ((InternalEObject)sweep).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - WorkflowPackage.STEP__SWEEP, null, msgs);
			if (newSweep != null)
				msgs = ((InternalEObject)newSweep).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - WorkflowPackage.STEP__SWEEP, null, msgs);
			msgs = basicSetSweep(newSweep, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WorkflowPackage.STEP__SWEEP, newSweep, newSweep));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isDeidentifies() {
		return deidentifies;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDeidentifies(boolean newDeidentifies) {
		boolean oldDeidentifies = deidentifies;
		deidentifies = newDeidentifies;
		boolean oldDeidentifiesESet = deidentifiesESet;
		deidentifiesESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WorkflowPackage.STEP__DEIDENTIFIES, oldDeidentifies, deidentifies, !oldDeidentifiesESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetDeidentifies() {
		boolean oldDeidentifies = deidentifies;
		boolean oldDeidentifiesESet = deidentifiesESet;
		deidentifies = DEIDENTIFIES_EDEFAULT;
		deidentifiesESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, WorkflowPackage.STEP__DEIDENTIFIES, oldDeidentifies, DEIDENTIFIES_EDEFAULT, oldDeidentifiesESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetDeidentifies() {
		return deidentifiesESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Identifiability getIdentifiabilityAfter() {
		return identifiabilityAfter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIdentifiabilityAfter(Identifiability newIdentifiabilityAfter) {
		Identifiability oldIdentifiabilityAfter = identifiabilityAfter;
		identifiabilityAfter = newIdentifiabilityAfter == null ? IDENTIFIABILITY_AFTER_EDEFAULT : newIdentifiabilityAfter;
		boolean oldIdentifiabilityAfterESet = identifiabilityAfterESet;
		identifiabilityAfterESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WorkflowPackage.STEP__IDENTIFIABILITY_AFTER, oldIdentifiabilityAfter, identifiabilityAfter, !oldIdentifiabilityAfterESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetIdentifiabilityAfter() {
		Identifiability oldIdentifiabilityAfter = identifiabilityAfter;
		boolean oldIdentifiabilityAfterESet = identifiabilityAfterESet;
		identifiabilityAfter = IDENTIFIABILITY_AFTER_EDEFAULT;
		identifiabilityAfterESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, WorkflowPackage.STEP__IDENTIFIABILITY_AFTER, oldIdentifiabilityAfter, IDENTIFIABILITY_AFTER_EDEFAULT, oldIdentifiabilityAfterESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetIdentifiabilityAfter() {
		return identifiabilityAfterESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case WorkflowPackage.STEP__SERVICE:
				return basicSetService(null, msgs);
			case WorkflowPackage.STEP__PARAMETERS:
				return ((InternalEList<?>)getParameters()).basicRemove(otherEnd, msgs);
			case WorkflowPackage.STEP__RESOURCES:
				return basicSetResources(null, msgs);
			case WorkflowPackage.STEP__SWEEP:
				return basicSetSweep(null, msgs);
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
			case WorkflowPackage.STEP__SERVICE:
				return getService();
			case WorkflowPackage.STEP__EXECUTION:
				return getExecution();
			case WorkflowPackage.STEP__PARAMETERS:
				return getParameters();
			case WorkflowPackage.STEP__RESOURCES:
				return getResources();
			case WorkflowPackage.STEP__RECIPE:
				if (resolve) return getRecipe();
				return basicGetRecipe();
			case WorkflowPackage.STEP__SITE:
				return getSite();
			case WorkflowPackage.STEP__RETRIES:
				return getRetries();
			case WorkflowPackage.STEP__SWEEP:
				return getSweep();
			case WorkflowPackage.STEP__DEIDENTIFIES:
				return isDeidentifies();
			case WorkflowPackage.STEP__IDENTIFIABILITY_AFTER:
				return getIdentifiabilityAfter();
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
			case WorkflowPackage.STEP__SERVICE:
				setService((ServiceRef)newValue);
				return;
			case WorkflowPackage.STEP__EXECUTION:
				setExecution((ExecutionKind)newValue);
				return;
			case WorkflowPackage.STEP__PARAMETERS:
				getParameters().clear();
				getParameters().addAll((Collection<? extends ParameterValue>)newValue);
				return;
			case WorkflowPackage.STEP__RESOURCES:
				setResources((ResourceRequest)newValue);
				return;
			case WorkflowPackage.STEP__RECIPE:
				setRecipe((ContainerRecipe)newValue);
				return;
			case WorkflowPackage.STEP__SITE:
				setSite((String)newValue);
				return;
			case WorkflowPackage.STEP__RETRIES:
				setRetries((Integer)newValue);
				return;
			case WorkflowPackage.STEP__SWEEP:
				setSweep((Sweep)newValue);
				return;
			case WorkflowPackage.STEP__DEIDENTIFIES:
				setDeidentifies((Boolean)newValue);
				return;
			case WorkflowPackage.STEP__IDENTIFIABILITY_AFTER:
				setIdentifiabilityAfter((Identifiability)newValue);
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
			case WorkflowPackage.STEP__SERVICE:
				setService((ServiceRef)null);
				return;
			case WorkflowPackage.STEP__EXECUTION:
				unsetExecution();
				return;
			case WorkflowPackage.STEP__PARAMETERS:
				getParameters().clear();
				return;
			case WorkflowPackage.STEP__RESOURCES:
				setResources((ResourceRequest)null);
				return;
			case WorkflowPackage.STEP__RECIPE:
				setRecipe((ContainerRecipe)null);
				return;
			case WorkflowPackage.STEP__SITE:
				setSite(SITE_EDEFAULT);
				return;
			case WorkflowPackage.STEP__RETRIES:
				setRetries(RETRIES_EDEFAULT);
				return;
			case WorkflowPackage.STEP__SWEEP:
				setSweep((Sweep)null);
				return;
			case WorkflowPackage.STEP__DEIDENTIFIES:
				unsetDeidentifies();
				return;
			case WorkflowPackage.STEP__IDENTIFIABILITY_AFTER:
				unsetIdentifiabilityAfter();
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
			case WorkflowPackage.STEP__SERVICE:
				return service != null;
			case WorkflowPackage.STEP__EXECUTION:
				return isSetExecution();
			case WorkflowPackage.STEP__PARAMETERS:
				return parameters != null && !parameters.isEmpty();
			case WorkflowPackage.STEP__RESOURCES:
				return resources != null;
			case WorkflowPackage.STEP__RECIPE:
				return recipe != null;
			case WorkflowPackage.STEP__SITE:
				return SITE_EDEFAULT == null ? site != null : !SITE_EDEFAULT.equals(site);
			case WorkflowPackage.STEP__RETRIES:
				return RETRIES_EDEFAULT == null ? retries != null : !RETRIES_EDEFAULT.equals(retries);
			case WorkflowPackage.STEP__SWEEP:
				return sweep != null;
			case WorkflowPackage.STEP__DEIDENTIFIES:
				return isSetDeidentifies();
			case WorkflowPackage.STEP__IDENTIFIABILITY_AFTER:
				return isSetIdentifiabilityAfter();
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
		result.append(" (execution: ");
		if (executionESet) result.append(execution); else result.append("<unset>");
		result.append(", site: ");
		result.append(site);
		result.append(", retries: ");
		result.append(retries);
		result.append(", deidentifies: ");
		if (deidentifiesESet) result.append(deidentifies); else result.append("<unset>");
		result.append(", identifiabilityAfter: ");
		if (identifiabilityAfterESet) result.append(identifiabilityAfter); else result.append("<unset>");
		result.append(')');
		return result.toString();
	}

} //StepImpl
