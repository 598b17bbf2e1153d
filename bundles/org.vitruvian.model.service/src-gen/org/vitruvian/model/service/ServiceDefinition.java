/**
 */
package org.vitruvian.model.service;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

import org.vitruvian.model.recipe.ContainerRecipe;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Definition</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A simulation service: what it takes, what it gives, its parameters and how it runs.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vitruvian.model.service.ServiceDefinition#getId <em>Id</em>}</li>
 *   <li>{@link org.vitruvian.model.service.ServiceDefinition#getVersion <em>Version</em>}</li>
 *   <li>{@link org.vitruvian.model.service.ServiceDefinition#getName <em>Name</em>}</li>
 *   <li>{@link org.vitruvian.model.service.ServiceDefinition#getDescription <em>Description</em>}</li>
 *   <li>{@link org.vitruvian.model.service.ServiceDefinition#getExecution <em>Execution</em>}</li>
 *   <li>{@link org.vitruvian.model.service.ServiceDefinition#getInputs <em>Inputs</em>}</li>
 *   <li>{@link org.vitruvian.model.service.ServiceDefinition#getOutputs <em>Outputs</em>}</li>
 *   <li>{@link org.vitruvian.model.service.ServiceDefinition#getParameters <em>Parameters</em>}</li>
 *   <li>{@link org.vitruvian.model.service.ServiceDefinition#getDefaultRecipe <em>Default Recipe</em>}</li>
 *   <li>{@link org.vitruvian.model.service.ServiceDefinition#getResources <em>Resources</em>}</li>
 *   <li>{@link org.vitruvian.model.service.ServiceDefinition#getCommand <em>Command</em>}</li>
 * </ul>
 *
 * @see org.vitruvian.model.service.ServicePackage#getServiceDefinition()
 * @model annotation="https://vitruvian.org/yaml kind='ServiceDefinition'"
 * @generated
 */
public interface ServiceDefinition extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Identifier, e.g. bone.segment; workflows refer to the service by it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.vitruvian.model.service.ServicePackage#getServiceDefinition_Id()
	 * @model id="true" required="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.vitruvian.model.service.ServiceDefinition#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Version of the service, e.g. 1.2.0.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Version</em>' attribute.
	 * @see #setVersion(String)
	 * @see org.vitruvian.model.service.ServicePackage#getServiceDefinition_Version()
	 * @model required="true"
	 * @generated
	 */
	String getVersion();

	/**
	 * Sets the value of the '{@link org.vitruvian.model.service.ServiceDefinition#getVersion <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Version</em>' attribute.
	 * @see #getVersion()
	 * @generated
	 */
	void setVersion(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Display name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.vitruvian.model.service.ServicePackage#getServiceDefinition_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.vitruvian.model.service.ServiceDefinition#getName <em>Name</em>}' attribute.
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
	 * What the service computes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.vitruvian.model.service.ServicePackage#getServiceDefinition_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.vitruvian.model.service.ServiceDefinition#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Execution</b></em>' attribute.
	 * The literals are from the enumeration {@link org.vitruvian.model.service.ExecutionKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How it runs (default batch).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Execution</em>' attribute.
	 * @see org.vitruvian.model.service.ExecutionKind
	 * @see #isSetExecution()
	 * @see #unsetExecution()
	 * @see #setExecution(ExecutionKind)
	 * @see org.vitruvian.model.service.ServicePackage#getServiceDefinition_Execution()
	 * @model unsettable="true"
	 * @generated
	 */
	ExecutionKind getExecution();

	/**
	 * Sets the value of the '{@link org.vitruvian.model.service.ServiceDefinition#getExecution <em>Execution</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Execution</em>' attribute.
	 * @see org.vitruvian.model.service.ExecutionKind
	 * @see #isSetExecution()
	 * @see #unsetExecution()
	 * @see #getExecution()
	 * @generated
	 */
	void setExecution(ExecutionKind value);

	/**
	 * Unsets the value of the '{@link org.vitruvian.model.service.ServiceDefinition#getExecution <em>Execution</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetExecution()
	 * @see #getExecution()
	 * @see #setExecution(ExecutionKind)
	 * @generated
	 */
	void unsetExecution();

	/**
	 * Returns whether the value of the '{@link org.vitruvian.model.service.ServiceDefinition#getExecution <em>Execution</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Execution</em>' attribute is set.
	 * @see #unsetExecution()
	 * @see #getExecution()
	 * @see #setExecution(ExecutionKind)
	 * @generated
	 */
	boolean isSetExecution();

	/**
	 * Returns the value of the '<em><b>Inputs</b></em>' containment reference list.
	 * The list contents are of type {@link org.vitruvian.model.service.DataPort}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Data it reads.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Inputs</em>' containment reference list.
	 * @see org.vitruvian.model.service.ServicePackage#getServiceDefinition_Inputs()
	 * @model containment="true"
	 * @generated
	 */
	EList<DataPort> getInputs();

	/**
	 * Returns the value of the '<em><b>Outputs</b></em>' containment reference list.
	 * The list contents are of type {@link org.vitruvian.model.service.DataPort}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Data it writes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Outputs</em>' containment reference list.
	 * @see org.vitruvian.model.service.ServicePackage#getServiceDefinition_Outputs()
	 * @model containment="true"
	 * @generated
	 */
	EList<DataPort> getOutputs();

	/**
	 * Returns the value of the '<em><b>Parameters</b></em>' containment reference list.
	 * The list contents are of type {@link org.vitruvian.model.service.Parameter}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Values it takes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Parameters</em>' containment reference list.
	 * @see org.vitruvian.model.service.ServicePackage#getServiceDefinition_Parameters()
	 * @model containment="true"
	 * @generated
	 */
	EList<Parameter> getParameters();

	/**
	 * Returns the value of the '<em><b>Default Recipe</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Recipe of the image it runs in unless a step says otherwise (a path relative to this file).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Default Recipe</em>' reference.
	 * @see #setDefaultRecipe(ContainerRecipe)
	 * @see org.vitruvian.model.service.ServicePackage#getServiceDefinition_DefaultRecipe()
	 * @model
	 * @generated
	 */
	ContainerRecipe getDefaultRecipe();

	/**
	 * Sets the value of the '{@link org.vitruvian.model.service.ServiceDefinition#getDefaultRecipe <em>Default Recipe</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Default Recipe</em>' reference.
	 * @see #getDefaultRecipe()
	 * @generated
	 */
	void setDefaultRecipe(ContainerRecipe value);

	/**
	 * Returns the value of the '<em><b>Resources</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What one run typically needs.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Resources</em>' containment reference.
	 * @see #setResources(ResourceRequest)
	 * @see org.vitruvian.model.service.ServicePackage#getServiceDefinition_Resources()
	 * @model containment="true"
	 * @generated
	 */
	ResourceRequest getResources();

	/**
	 * Sets the value of the '{@link org.vitruvian.model.service.ServiceDefinition#getResources <em>Resources</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Resources</em>' containment reference.
	 * @see #getResources()
	 * @generated
	 */
	void setResources(ResourceRequest value);

	/**
	 * Returns the value of the '<em><b>Command</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Command line that runs the service; {param} and {input} placeholders are replaced per run.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Command</em>' attribute list.
	 * @see org.vitruvian.model.service.ServicePackage#getServiceDefinition_Command()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getCommand();

} // ServiceDefinition
