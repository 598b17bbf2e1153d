/**
 */
package org.vitruvian.model.workflow;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

import org.vitruvian.model.service.DataPort;
import org.vitruvian.model.service.Parameter;
import org.vitruvian.model.service.ServiceDefinition;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Workflow</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A simulation workflow: parameters, data in and out, and the steps that compute them.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vitruvian.model.workflow.Workflow#getName <em>Name</em>}</li>
 *   <li>{@link org.vitruvian.model.workflow.Workflow#getVersion <em>Version</em>}</li>
 *   <li>{@link org.vitruvian.model.workflow.Workflow#getDescription <em>Description</em>}</li>
 *   <li>{@link org.vitruvian.model.workflow.Workflow#getImports <em>Imports</em>}</li>
 *   <li>{@link org.vitruvian.model.workflow.Workflow#getParameters <em>Parameters</em>}</li>
 *   <li>{@link org.vitruvian.model.workflow.Workflow#getInputs <em>Inputs</em>}</li>
 *   <li>{@link org.vitruvian.model.workflow.Workflow#getOutputs <em>Outputs</em>}</li>
 *   <li>{@link org.vitruvian.model.workflow.Workflow#getSteps <em>Steps</em>}</li>
 *   <li>{@link org.vitruvian.model.workflow.Workflow#getLinks <em>Links</em>}</li>
 * </ul>
 *
 * @see org.vitruvian.model.workflow.WorkflowPackage#getWorkflow()
 * @model annotation="https://vitruvian.org/yaml kind='Workflow'"
 * @generated
 */
public interface Workflow extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Name of the workflow.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.vitruvian.model.workflow.WorkflowPackage#getWorkflow_Name()
	 * @model id="true" required="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.vitruvian.model.workflow.Workflow#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Version of the workflow.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Version</em>' attribute.
	 * @see #setVersion(String)
	 * @see org.vitruvian.model.workflow.WorkflowPackage#getWorkflow_Version()
	 * @model
	 * @generated
	 */
	String getVersion();

	/**
	 * Sets the value of the '{@link org.vitruvian.model.workflow.Workflow#getVersion <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Version</em>' attribute.
	 * @see #getVersion()
	 * @generated
	 */
	void setVersion(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the workflow computes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.vitruvian.model.workflow.WorkflowPackage#getWorkflow_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.vitruvian.model.workflow.Workflow#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Imports</b></em>' reference list.
	 * The list contents are of type {@link org.vitruvian.model.service.ServiceDefinition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Service definition files the steps use (paths relative to this file).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Imports</em>' reference list.
	 * @see org.vitruvian.model.workflow.WorkflowPackage#getWorkflow_Imports()
	 * @model
	 * @generated
	 */
	EList<ServiceDefinition> getImports();

	/**
	 * Returns the value of the '<em><b>Parameters</b></em>' containment reference list.
	 * The list contents are of type {@link org.vitruvian.model.service.Parameter}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Parameters a run can set (--param NAME=VALUE).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Parameters</em>' containment reference list.
	 * @see org.vitruvian.model.workflow.WorkflowPackage#getWorkflow_Parameters()
	 * @model containment="true"
	 * @generated
	 */
	EList<Parameter> getParameters();

	/**
	 * Returns the value of the '<em><b>Inputs</b></em>' containment reference list.
	 * The list contents are of type {@link org.vitruvian.model.service.DataPort}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Data a run needs.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Inputs</em>' containment reference list.
	 * @see org.vitruvian.model.workflow.WorkflowPackage#getWorkflow_Inputs()
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
	 * Data a run produces.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Outputs</em>' containment reference list.
	 * @see org.vitruvian.model.workflow.WorkflowPackage#getWorkflow_Outputs()
	 * @model containment="true"
	 * @generated
	 */
	EList<DataPort> getOutputs();

	/**
	 * Returns the value of the '<em><b>Steps</b></em>' containment reference list.
	 * The list contents are of type {@link org.vitruvian.model.workflow.Step}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The steps.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Steps</em>' containment reference list.
	 * @see org.vitruvian.model.workflow.WorkflowPackage#getWorkflow_Steps()
	 * @model containment="true"
	 * @generated
	 */
	EList<Step> getSteps();

	/**
	 * Returns the value of the '<em><b>Links</b></em>' containment reference list.
	 * The list contents are of type {@link org.vitruvian.model.workflow.Link}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where each step's inputs come from and where the workflow's outputs come from.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Links</em>' containment reference list.
	 * @see org.vitruvian.model.workflow.WorkflowPackage#getWorkflow_Links()
	 * @model containment="true"
	 * @generated
	 */
	EList<Link> getLinks();

} // Workflow
