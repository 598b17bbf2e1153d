/**
 */
package org.vitruvian.model.service.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.vitruvian.model.recipe.ContainerRecipe;

import org.vitruvian.model.service.DataPort;
import org.vitruvian.model.service.ExecutionKind;
import org.vitruvian.model.service.Parameter;
import org.vitruvian.model.service.ResourceRequest;
import org.vitruvian.model.service.ServiceDefinition;
import org.vitruvian.model.service.ServicePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Definition</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.vitruvian.model.service.impl.ServiceDefinitionImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.vitruvian.model.service.impl.ServiceDefinitionImpl#getVersion <em>Version</em>}</li>
 *   <li>{@link org.vitruvian.model.service.impl.ServiceDefinitionImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.vitruvian.model.service.impl.ServiceDefinitionImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.vitruvian.model.service.impl.ServiceDefinitionImpl#getExecution <em>Execution</em>}</li>
 *   <li>{@link org.vitruvian.model.service.impl.ServiceDefinitionImpl#getInputs <em>Inputs</em>}</li>
 *   <li>{@link org.vitruvian.model.service.impl.ServiceDefinitionImpl#getOutputs <em>Outputs</em>}</li>
 *   <li>{@link org.vitruvian.model.service.impl.ServiceDefinitionImpl#getParameters <em>Parameters</em>}</li>
 *   <li>{@link org.vitruvian.model.service.impl.ServiceDefinitionImpl#getDefaultRecipe <em>Default Recipe</em>}</li>
 *   <li>{@link org.vitruvian.model.service.impl.ServiceDefinitionImpl#getResources <em>Resources</em>}</li>
 *   <li>{@link org.vitruvian.model.service.impl.ServiceDefinitionImpl#getCommand <em>Command</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ServiceDefinitionImpl extends MinimalEObjectImpl.Container implements ServiceDefinition {
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
	 * The default value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected String version = VERSION_EDEFAULT;

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
	 * The cached value of the '{@link #getInputs() <em>Inputs</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInputs()
	 * @generated
	 * @ordered
	 */
	protected EList<DataPort> inputs;

	/**
	 * The cached value of the '{@link #getOutputs() <em>Outputs</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutputs()
	 * @generated
	 * @ordered
	 */
	protected EList<DataPort> outputs;

	/**
	 * The cached value of the '{@link #getParameters() <em>Parameters</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParameters()
	 * @generated
	 * @ordered
	 */
	protected EList<Parameter> parameters;

	/**
	 * The cached value of the '{@link #getDefaultRecipe() <em>Default Recipe</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDefaultRecipe()
	 * @generated
	 * @ordered
	 */
	protected ContainerRecipe defaultRecipe;

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
	 * The cached value of the '{@link #getCommand() <em>Command</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCommand()
	 * @generated
	 * @ordered
	 */
	protected EList<String> command;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ServiceDefinitionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ServicePackage.Literals.SERVICE_DEFINITION;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ServicePackage.SERVICE_DEFINITION__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVersion() {
		return version;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVersion(String newVersion) {
		String oldVersion = version;
		version = newVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServicePackage.SERVICE_DEFINITION__VERSION, oldVersion, version));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ServicePackage.SERVICE_DEFINITION__NAME, oldName, name));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ServicePackage.SERVICE_DEFINITION__DESCRIPTION, oldDescription, description));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ServicePackage.SERVICE_DEFINITION__EXECUTION, oldExecution, execution, !oldExecutionESet));
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
			eNotify(new ENotificationImpl(this, Notification.UNSET, ServicePackage.SERVICE_DEFINITION__EXECUTION, oldExecution, EXECUTION_EDEFAULT, oldExecutionESet));
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
	public EList<DataPort> getInputs() {
		if (inputs == null) {
			inputs = new EObjectContainmentEList<DataPort>(DataPort.class, this, ServicePackage.SERVICE_DEFINITION__INPUTS);
		}
		return inputs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DataPort> getOutputs() {
		if (outputs == null) {
			outputs = new EObjectContainmentEList<DataPort>(DataPort.class, this, ServicePackage.SERVICE_DEFINITION__OUTPUTS);
		}
		return outputs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Parameter> getParameters() {
		if (parameters == null) {
			parameters = new EObjectContainmentEList<Parameter>(Parameter.class, this, ServicePackage.SERVICE_DEFINITION__PARAMETERS);
		}
		return parameters;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ContainerRecipe getDefaultRecipe() {
		if (defaultRecipe != null && defaultRecipe.eIsProxy()) {
			InternalEObject oldDefaultRecipe = (InternalEObject)defaultRecipe;
			defaultRecipe = (ContainerRecipe)eResolveProxy(oldDefaultRecipe);
			if (defaultRecipe != oldDefaultRecipe) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ServicePackage.SERVICE_DEFINITION__DEFAULT_RECIPE, oldDefaultRecipe, defaultRecipe));
			}
		}
		return defaultRecipe;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ContainerRecipe basicGetDefaultRecipe() {
		return defaultRecipe;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDefaultRecipe(ContainerRecipe newDefaultRecipe) {
		ContainerRecipe oldDefaultRecipe = defaultRecipe;
		defaultRecipe = newDefaultRecipe;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServicePackage.SERVICE_DEFINITION__DEFAULT_RECIPE, oldDefaultRecipe, defaultRecipe));
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
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ServicePackage.SERVICE_DEFINITION__RESOURCES, oldResources, newResources);
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
				msgs = ((InternalEObject)resources).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ServicePackage.SERVICE_DEFINITION__RESOURCES, null, msgs);
			if (newResources != null)
				msgs = ((InternalEObject)newResources).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ServicePackage.SERVICE_DEFINITION__RESOURCES, null, msgs);
			msgs = basicSetResources(newResources, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServicePackage.SERVICE_DEFINITION__RESOURCES, newResources, newResources));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getCommand() {
		if (command == null) {
			command = new EDataTypeEList<String>(String.class, this, ServicePackage.SERVICE_DEFINITION__COMMAND);
		}
		return command;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ServicePackage.SERVICE_DEFINITION__INPUTS:
				return ((InternalEList<?>)getInputs()).basicRemove(otherEnd, msgs);
			case ServicePackage.SERVICE_DEFINITION__OUTPUTS:
				return ((InternalEList<?>)getOutputs()).basicRemove(otherEnd, msgs);
			case ServicePackage.SERVICE_DEFINITION__PARAMETERS:
				return ((InternalEList<?>)getParameters()).basicRemove(otherEnd, msgs);
			case ServicePackage.SERVICE_DEFINITION__RESOURCES:
				return basicSetResources(null, msgs);
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
			case ServicePackage.SERVICE_DEFINITION__ID:
				return getId();
			case ServicePackage.SERVICE_DEFINITION__VERSION:
				return getVersion();
			case ServicePackage.SERVICE_DEFINITION__NAME:
				return getName();
			case ServicePackage.SERVICE_DEFINITION__DESCRIPTION:
				return getDescription();
			case ServicePackage.SERVICE_DEFINITION__EXECUTION:
				return getExecution();
			case ServicePackage.SERVICE_DEFINITION__INPUTS:
				return getInputs();
			case ServicePackage.SERVICE_DEFINITION__OUTPUTS:
				return getOutputs();
			case ServicePackage.SERVICE_DEFINITION__PARAMETERS:
				return getParameters();
			case ServicePackage.SERVICE_DEFINITION__DEFAULT_RECIPE:
				if (resolve) return getDefaultRecipe();
				return basicGetDefaultRecipe();
			case ServicePackage.SERVICE_DEFINITION__RESOURCES:
				return getResources();
			case ServicePackage.SERVICE_DEFINITION__COMMAND:
				return getCommand();
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
			case ServicePackage.SERVICE_DEFINITION__ID:
				setId((String)newValue);
				return;
			case ServicePackage.SERVICE_DEFINITION__VERSION:
				setVersion((String)newValue);
				return;
			case ServicePackage.SERVICE_DEFINITION__NAME:
				setName((String)newValue);
				return;
			case ServicePackage.SERVICE_DEFINITION__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case ServicePackage.SERVICE_DEFINITION__EXECUTION:
				setExecution((ExecutionKind)newValue);
				return;
			case ServicePackage.SERVICE_DEFINITION__INPUTS:
				getInputs().clear();
				getInputs().addAll((Collection<? extends DataPort>)newValue);
				return;
			case ServicePackage.SERVICE_DEFINITION__OUTPUTS:
				getOutputs().clear();
				getOutputs().addAll((Collection<? extends DataPort>)newValue);
				return;
			case ServicePackage.SERVICE_DEFINITION__PARAMETERS:
				getParameters().clear();
				getParameters().addAll((Collection<? extends Parameter>)newValue);
				return;
			case ServicePackage.SERVICE_DEFINITION__DEFAULT_RECIPE:
				setDefaultRecipe((ContainerRecipe)newValue);
				return;
			case ServicePackage.SERVICE_DEFINITION__RESOURCES:
				setResources((ResourceRequest)newValue);
				return;
			case ServicePackage.SERVICE_DEFINITION__COMMAND:
				getCommand().clear();
				getCommand().addAll((Collection<? extends String>)newValue);
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
			case ServicePackage.SERVICE_DEFINITION__ID:
				setId(ID_EDEFAULT);
				return;
			case ServicePackage.SERVICE_DEFINITION__VERSION:
				setVersion(VERSION_EDEFAULT);
				return;
			case ServicePackage.SERVICE_DEFINITION__NAME:
				setName(NAME_EDEFAULT);
				return;
			case ServicePackage.SERVICE_DEFINITION__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case ServicePackage.SERVICE_DEFINITION__EXECUTION:
				unsetExecution();
				return;
			case ServicePackage.SERVICE_DEFINITION__INPUTS:
				getInputs().clear();
				return;
			case ServicePackage.SERVICE_DEFINITION__OUTPUTS:
				getOutputs().clear();
				return;
			case ServicePackage.SERVICE_DEFINITION__PARAMETERS:
				getParameters().clear();
				return;
			case ServicePackage.SERVICE_DEFINITION__DEFAULT_RECIPE:
				setDefaultRecipe((ContainerRecipe)null);
				return;
			case ServicePackage.SERVICE_DEFINITION__RESOURCES:
				setResources((ResourceRequest)null);
				return;
			case ServicePackage.SERVICE_DEFINITION__COMMAND:
				getCommand().clear();
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
			case ServicePackage.SERVICE_DEFINITION__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case ServicePackage.SERVICE_DEFINITION__VERSION:
				return VERSION_EDEFAULT == null ? version != null : !VERSION_EDEFAULT.equals(version);
			case ServicePackage.SERVICE_DEFINITION__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case ServicePackage.SERVICE_DEFINITION__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case ServicePackage.SERVICE_DEFINITION__EXECUTION:
				return isSetExecution();
			case ServicePackage.SERVICE_DEFINITION__INPUTS:
				return inputs != null && !inputs.isEmpty();
			case ServicePackage.SERVICE_DEFINITION__OUTPUTS:
				return outputs != null && !outputs.isEmpty();
			case ServicePackage.SERVICE_DEFINITION__PARAMETERS:
				return parameters != null && !parameters.isEmpty();
			case ServicePackage.SERVICE_DEFINITION__DEFAULT_RECIPE:
				return defaultRecipe != null;
			case ServicePackage.SERVICE_DEFINITION__RESOURCES:
				return resources != null;
			case ServicePackage.SERVICE_DEFINITION__COMMAND:
				return command != null && !command.isEmpty();
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
		result.append(", version: ");
		result.append(version);
		result.append(", name: ");
		result.append(name);
		result.append(", description: ");
		result.append(description);
		result.append(", execution: ");
		if (executionESet) result.append(execution); else result.append("<unset>");
		result.append(", command: ");
		result.append(command);
		result.append(')');
		return result.toString();
	}

} //ServiceDefinitionImpl
