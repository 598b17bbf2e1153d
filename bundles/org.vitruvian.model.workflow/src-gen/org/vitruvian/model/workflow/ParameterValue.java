/**
 */
package org.vitruvian.model.workflow;

import org.vitruvian.model.common.Named;

import org.vitruvian.model.service.Parameter;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Parameter Value</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A value for one of the service's parameters: given, or bound to a workflow parameter.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vitruvian.model.workflow.ParameterValue#getValue <em>Value</em>}</li>
 *   <li>{@link org.vitruvian.model.workflow.ParameterValue#getBind <em>Bind</em>}</li>
 * </ul>
 *
 * @see org.vitruvian.model.workflow.WorkflowPackage#getParameterValue()
 * @model
 * @generated
 */
public interface ParameterValue extends Named {
	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The value.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(String)
	 * @see org.vitruvian.model.workflow.WorkflowPackage#getParameterValue_Value()
	 * @model
	 * @generated
	 */
	String getValue();

	/**
	 * Sets the value of the '{@link org.vitruvian.model.workflow.ParameterValue#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(String value);

	/**
	 * Returns the value of the '<em><b>Bind</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The workflow parameter whose value is used.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Bind</em>' reference.
	 * @see #setBind(Parameter)
	 * @see org.vitruvian.model.workflow.WorkflowPackage#getParameterValue_Bind()
	 * @model
	 * @generated
	 */
	Parameter getBind();

	/**
	 * Sets the value of the '{@link org.vitruvian.model.workflow.ParameterValue#getBind <em>Bind</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bind</em>' reference.
	 * @see #getBind()
	 * @generated
	 */
	void setBind(Parameter value);

} // ParameterValue
