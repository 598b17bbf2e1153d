/**
 */
package org.vitruvian.model.workflow;

import org.eclipse.emf.common.util.EList;

import org.vitruvian.model.common.Named;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Sweep Axis</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The values one parameter takes in a sweep.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vitruvian.model.workflow.SweepAxis#getValues <em>Values</em>}</li>
 *   <li>{@link org.vitruvian.model.workflow.SweepAxis#getFrom <em>From</em>}</li>
 *   <li>{@link org.vitruvian.model.workflow.SweepAxis#getTo <em>To</em>}</li>
 *   <li>{@link org.vitruvian.model.workflow.SweepAxis#getStep <em>Step</em>}</li>
 * </ul>
 *
 * @see org.vitruvian.model.workflow.WorkflowPackage#getSweepAxis()
 * @model
 * @generated
 */
public interface SweepAxis extends Named {
	/**
	 * Returns the value of the '<em><b>Values</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Explicit values.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Values</em>' attribute list.
	 * @see org.vitruvian.model.workflow.WorkflowPackage#getSweepAxis_Values()
	 * @model
	 * @generated
	 */
	EList<String> getValues();

	/**
	 * Returns the value of the '<em><b>From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * First value of a range.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>From</em>' attribute.
	 * @see #setFrom(Double)
	 * @see org.vitruvian.model.workflow.WorkflowPackage#getSweepAxis_From()
	 * @model
	 * @generated
	 */
	Double getFrom();

	/**
	 * Sets the value of the '{@link org.vitruvian.model.workflow.SweepAxis#getFrom <em>From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>From</em>' attribute.
	 * @see #getFrom()
	 * @generated
	 */
	void setFrom(Double value);

	/**
	 * Returns the value of the '<em><b>To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Last value of a range (inclusive).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>To</em>' attribute.
	 * @see #setTo(Double)
	 * @see org.vitruvian.model.workflow.WorkflowPackage#getSweepAxis_To()
	 * @model
	 * @generated
	 */
	Double getTo();

	/**
	 * Sets the value of the '{@link org.vitruvian.model.workflow.SweepAxis#getTo <em>To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>To</em>' attribute.
	 * @see #getTo()
	 * @generated
	 */
	void setTo(Double value);

	/**
	 * Returns the value of the '<em><b>Step</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Increment of a range.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Step</em>' attribute.
	 * @see #setStep(Double)
	 * @see org.vitruvian.model.workflow.WorkflowPackage#getSweepAxis_Step()
	 * @model
	 * @generated
	 */
	Double getStep();

	/**
	 * Sets the value of the '{@link org.vitruvian.model.workflow.SweepAxis#getStep <em>Step</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Step</em>' attribute.
	 * @see #getStep()
	 * @generated
	 */
	void setStep(Double value);

} // SweepAxis
