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
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.vitruvian.model.workflow.Sweep;
import org.vitruvian.model.workflow.SweepAxis;
import org.vitruvian.model.workflow.WorkflowPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Sweep</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.vitruvian.model.workflow.impl.SweepImpl#getAxes <em>Axes</em>}</li>
 *   <li>{@link org.vitruvian.model.workflow.impl.SweepImpl#getMaxRuns <em>Max Runs</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SweepImpl extends MinimalEObjectImpl.Container implements Sweep {
	/**
	 * The cached value of the '{@link #getAxes() <em>Axes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAxes()
	 * @generated
	 * @ordered
	 */
	protected EList<SweepAxis> axes;

	/**
	 * The default value of the '{@link #getMaxRuns() <em>Max Runs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxRuns()
	 * @generated
	 * @ordered
	 */
	protected static final Integer MAX_RUNS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMaxRuns() <em>Max Runs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxRuns()
	 * @generated
	 * @ordered
	 */
	protected Integer maxRuns = MAX_RUNS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SweepImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return WorkflowPackage.Literals.SWEEP;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SweepAxis> getAxes() {
		if (axes == null) {
			axes = new EObjectContainmentEList<SweepAxis>(SweepAxis.class, this, WorkflowPackage.SWEEP__AXES);
		}
		return axes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getMaxRuns() {
		return maxRuns;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxRuns(Integer newMaxRuns) {
		Integer oldMaxRuns = maxRuns;
		maxRuns = newMaxRuns;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WorkflowPackage.SWEEP__MAX_RUNS, oldMaxRuns, maxRuns));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case WorkflowPackage.SWEEP__AXES:
				return ((InternalEList<?>)getAxes()).basicRemove(otherEnd, msgs);
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
			case WorkflowPackage.SWEEP__AXES:
				return getAxes();
			case WorkflowPackage.SWEEP__MAX_RUNS:
				return getMaxRuns();
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
			case WorkflowPackage.SWEEP__AXES:
				getAxes().clear();
				getAxes().addAll((Collection<? extends SweepAxis>)newValue);
				return;
			case WorkflowPackage.SWEEP__MAX_RUNS:
				setMaxRuns((Integer)newValue);
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
			case WorkflowPackage.SWEEP__AXES:
				getAxes().clear();
				return;
			case WorkflowPackage.SWEEP__MAX_RUNS:
				setMaxRuns(MAX_RUNS_EDEFAULT);
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
			case WorkflowPackage.SWEEP__AXES:
				return axes != null && !axes.isEmpty();
			case WorkflowPackage.SWEEP__MAX_RUNS:
				return MAX_RUNS_EDEFAULT == null ? maxRuns != null : !MAX_RUNS_EDEFAULT.equals(maxRuns);
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
		result.append(" (maxRuns: ");
		result.append(maxRuns);
		result.append(')');
		return result.toString();
	}

} //SweepImpl
