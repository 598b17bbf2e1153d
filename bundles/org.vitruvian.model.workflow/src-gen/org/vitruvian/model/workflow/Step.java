/**
 */
package org.vitruvian.model.workflow;

import org.eclipse.emf.common.util.EList;

import org.vitruvian.model.common.Named;

import org.vitruvian.model.recipe.ContainerRecipe;

import org.vitruvian.model.service.ExecutionKind;
import org.vitruvian.model.service.ResourceRequest;

import org.vitruvian.model.trust.Identifiability;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Step</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One run of a service in the workflow.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vitruvian.model.workflow.Step#getService <em>Service</em>}</li>
 *   <li>{@link org.vitruvian.model.workflow.Step#getExecution <em>Execution</em>}</li>
 *   <li>{@link org.vitruvian.model.workflow.Step#getParameters <em>Parameters</em>}</li>
 *   <li>{@link org.vitruvian.model.workflow.Step#getResources <em>Resources</em>}</li>
 *   <li>{@link org.vitruvian.model.workflow.Step#getRecipe <em>Recipe</em>}</li>
 *   <li>{@link org.vitruvian.model.workflow.Step#getSite <em>Site</em>}</li>
 *   <li>{@link org.vitruvian.model.workflow.Step#getRetries <em>Retries</em>}</li>
 *   <li>{@link org.vitruvian.model.workflow.Step#getSweep <em>Sweep</em>}</li>
 *   <li>{@link org.vitruvian.model.workflow.Step#isDeidentifies <em>Deidentifies</em>}</li>
 *   <li>{@link org.vitruvian.model.workflow.Step#getIdentifiabilityAfter <em>Identifiability After</em>}</li>
 * </ul>
 *
 * @see org.vitruvian.model.workflow.WorkflowPackage#getStep()
 * @model
 * @generated
 */
public interface Step extends Named {
	/**
	 * Returns the value of the '<em><b>Service</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The service the step runs.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Service</em>' containment reference.
	 * @see #setService(ServiceRef)
	 * @see org.vitruvian.model.workflow.WorkflowPackage#getStep_Service()
	 * @model containment="true" required="true"
	 * @generated
	 */
	ServiceRef getService();

	/**
	 * Sets the value of the '{@link org.vitruvian.model.workflow.Step#getService <em>Service</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Service</em>' containment reference.
	 * @see #getService()
	 * @generated
	 */
	void setService(ServiceRef value);

	/**
	 * Returns the value of the '<em><b>Execution</b></em>' attribute.
	 * The literals are from the enumeration {@link org.vitruvian.model.service.ExecutionKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the step runs (default: the service's kind).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Execution</em>' attribute.
	 * @see org.vitruvian.model.service.ExecutionKind
	 * @see #isSetExecution()
	 * @see #unsetExecution()
	 * @see #setExecution(ExecutionKind)
	 * @see org.vitruvian.model.workflow.WorkflowPackage#getStep_Execution()
	 * @model unsettable="true"
	 * @generated
	 */
	ExecutionKind getExecution();

	/**
	 * Sets the value of the '{@link org.vitruvian.model.workflow.Step#getExecution <em>Execution</em>}' attribute.
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
	 * Unsets the value of the '{@link org.vitruvian.model.workflow.Step#getExecution <em>Execution</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetExecution()
	 * @see #getExecution()
	 * @see #setExecution(ExecutionKind)
	 * @generated
	 */
	void unsetExecution();

	/**
	 * Returns whether the value of the '{@link org.vitruvian.model.workflow.Step#getExecution <em>Execution</em>}' attribute is set.
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
	 * Returns the value of the '<em><b>Parameters</b></em>' containment reference list.
	 * The list contents are of type {@link org.vitruvian.model.workflow.ParameterValue}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Values for the service's parameters.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Parameters</em>' containment reference list.
	 * @see org.vitruvian.model.workflow.WorkflowPackage#getStep_Parameters()
	 * @model containment="true"
	 * @generated
	 */
	EList<ParameterValue> getParameters();

	/**
	 * Returns the value of the '<em><b>Resources</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Resources for the step (default: the service's hints).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Resources</em>' containment reference.
	 * @see #setResources(ResourceRequest)
	 * @see org.vitruvian.model.workflow.WorkflowPackage#getStep_Resources()
	 * @model containment="true"
	 * @generated
	 */
	ResourceRequest getResources();

	/**
	 * Sets the value of the '{@link org.vitruvian.model.workflow.Step#getResources <em>Resources</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Resources</em>' containment reference.
	 * @see #getResources()
	 * @generated
	 */
	void setResources(ResourceRequest value);

	/**
	 * Returns the value of the '<em><b>Recipe</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Recipe of the image to run in (default: the service's), a path relative to this file.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Recipe</em>' reference.
	 * @see #setRecipe(ContainerRecipe)
	 * @see org.vitruvian.model.workflow.WorkflowPackage#getStep_Recipe()
	 * @model
	 * @generated
	 */
	ContainerRecipe getRecipe();

	/**
	 * Sets the value of the '{@link org.vitruvian.model.workflow.Step#getRecipe <em>Recipe</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Recipe</em>' reference.
	 * @see #getRecipe()
	 * @generated
	 */
	void setRecipe(ContainerRecipe value);

	/**
	 * Returns the value of the '<em><b>Site</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Id of the site the step must run on.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Site</em>' attribute.
	 * @see #setSite(String)
	 * @see org.vitruvian.model.workflow.WorkflowPackage#getStep_Site()
	 * @model
	 * @generated
	 */
	String getSite();

	/**
	 * Sets the value of the '{@link org.vitruvian.model.workflow.Step#getSite <em>Site</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Site</em>' attribute.
	 * @see #getSite()
	 * @generated
	 */
	void setSite(String value);

	/**
	 * Returns the value of the '<em><b>Retries</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How often a failed run is retried (default 0).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Retries</em>' attribute.
	 * @see #setRetries(Integer)
	 * @see org.vitruvian.model.workflow.WorkflowPackage#getStep_Retries()
	 * @model
	 * @generated
	 */
	Integer getRetries();

	/**
	 * Sets the value of the '{@link org.vitruvian.model.workflow.Step#getRetries <em>Retries</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Retries</em>' attribute.
	 * @see #getRetries()
	 * @generated
	 */
	void setRetries(Integer value);

	/**
	 * Returns the value of the '<em><b>Sweep</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For kind sweep: the parameter values to run over.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sweep</em>' containment reference.
	 * @see #setSweep(Sweep)
	 * @see org.vitruvian.model.workflow.WorkflowPackage#getStep_Sweep()
	 * @model containment="true"
	 * @generated
	 */
	Sweep getSweep();

	/**
	 * Sets the value of the '{@link org.vitruvian.model.workflow.Step#getSweep <em>Sweep</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sweep</em>' containment reference.
	 * @see #getSweep()
	 * @generated
	 */
	void setSweep(Sweep value);

	/**
	 * Returns the value of the '<em><b>Deidentifies</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the step de-identifies the data passing through it (lowers its identifiability).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Deidentifies</em>' attribute.
	 * @see #isSetDeidentifies()
	 * @see #unsetDeidentifies()
	 * @see #setDeidentifies(boolean)
	 * @see org.vitruvian.model.workflow.WorkflowPackage#getStep_Deidentifies()
	 * @model unsettable="true"
	 * @generated
	 */
	boolean isDeidentifies();

	/**
	 * Sets the value of the '{@link org.vitruvian.model.workflow.Step#isDeidentifies <em>Deidentifies</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Deidentifies</em>' attribute.
	 * @see #isSetDeidentifies()
	 * @see #unsetDeidentifies()
	 * @see #isDeidentifies()
	 * @generated
	 */
	void setDeidentifies(boolean value);

	/**
	 * Unsets the value of the '{@link org.vitruvian.model.workflow.Step#isDeidentifies <em>Deidentifies</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetDeidentifies()
	 * @see #isDeidentifies()
	 * @see #setDeidentifies(boolean)
	 * @generated
	 */
	void unsetDeidentifies();

	/**
	 * Returns whether the value of the '{@link org.vitruvian.model.workflow.Step#isDeidentifies <em>Deidentifies</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Deidentifies</em>' attribute is set.
	 * @see #unsetDeidentifies()
	 * @see #isDeidentifies()
	 * @see #setDeidentifies(boolean)
	 * @generated
	 */
	boolean isSetDeidentifies();

	/**
	 * Returns the value of the '<em><b>Identifiability After</b></em>' attribute.
	 * The literals are from the enumeration {@link org.vitruvian.model.trust.Identifiability}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For de-identification steps: the identifiability of what the step writes (default anonymised).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Identifiability After</em>' attribute.
	 * @see org.vitruvian.model.trust.Identifiability
	 * @see #isSetIdentifiabilityAfter()
	 * @see #unsetIdentifiabilityAfter()
	 * @see #setIdentifiabilityAfter(Identifiability)
	 * @see org.vitruvian.model.workflow.WorkflowPackage#getStep_IdentifiabilityAfter()
	 * @model unsettable="true"
	 * @generated
	 */
	Identifiability getIdentifiabilityAfter();

	/**
	 * Sets the value of the '{@link org.vitruvian.model.workflow.Step#getIdentifiabilityAfter <em>Identifiability After</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Identifiability After</em>' attribute.
	 * @see org.vitruvian.model.trust.Identifiability
	 * @see #isSetIdentifiabilityAfter()
	 * @see #unsetIdentifiabilityAfter()
	 * @see #getIdentifiabilityAfter()
	 * @generated
	 */
	void setIdentifiabilityAfter(Identifiability value);

	/**
	 * Unsets the value of the '{@link org.vitruvian.model.workflow.Step#getIdentifiabilityAfter <em>Identifiability After</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetIdentifiabilityAfter()
	 * @see #getIdentifiabilityAfter()
	 * @see #setIdentifiabilityAfter(Identifiability)
	 * @generated
	 */
	void unsetIdentifiabilityAfter();

	/**
	 * Returns whether the value of the '{@link org.vitruvian.model.workflow.Step#getIdentifiabilityAfter <em>Identifiability After</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Identifiability After</em>' attribute is set.
	 * @see #unsetIdentifiabilityAfter()
	 * @see #getIdentifiabilityAfter()
	 * @see #setIdentifiabilityAfter(Identifiability)
	 * @generated
	 */
	boolean isSetIdentifiabilityAfter();

} // Step
