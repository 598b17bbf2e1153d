/**
 */
package org.vitruvian.model.workflow;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Sweep</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Runs a step once per combination of parameter values (high-throughput runs).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vitruvian.model.workflow.Sweep#getAxes <em>Axes</em>}</li>
 *   <li>{@link org.vitruvian.model.workflow.Sweep#getMaxRuns <em>Max Runs</em>}</li>
 * </ul>
 *
 * @see org.vitruvian.model.workflow.WorkflowPackage#getSweep()
 * @model
 * @generated
 */
public interface Sweep extends EObject {
	/**
	 * Returns the value of the '<em><b>Axes</b></em>' containment reference list.
	 * The list contents are of type {@link org.vitruvian.model.workflow.SweepAxis}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * One axis per swept parameter; runs are their cartesian product.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Axes</em>' containment reference list.
	 * @see org.vitruvian.model.workflow.WorkflowPackage#getSweep_Axes()
	 * @model containment="true"
	 * @generated
	 */
	EList<SweepAxis> getAxes();

	/**
	 * Returns the value of the '<em><b>Max Runs</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Refuse sweeps larger than this (default 10000).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Max Runs</em>' attribute.
	 * @see #setMaxRuns(Integer)
	 * @see org.vitruvian.model.workflow.WorkflowPackage#getSweep_MaxRuns()
	 * @model
	 * @generated
	 */
	Integer getMaxRuns();

	/**
	 * Sets the value of the '{@link org.vitruvian.model.workflow.Sweep#getMaxRuns <em>Max Runs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Runs</em>' attribute.
	 * @see #getMaxRuns()
	 * @generated
	 */
	void setMaxRuns(Integer value);

} // Sweep
