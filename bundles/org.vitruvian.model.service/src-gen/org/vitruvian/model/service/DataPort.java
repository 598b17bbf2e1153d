/**
 */
package org.vitruvian.model.service;

import org.vitruvian.model.common.Named;

import org.vitruvian.model.trust.DataClass;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Data Port</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Data a service or workflow reads or writes.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vitruvian.model.service.DataPort#getFormat <em>Format</em>}</li>
 *   <li>{@link org.vitruvian.model.service.DataPort#getDescription <em>Description</em>}</li>
 *   <li>{@link org.vitruvian.model.service.DataPort#isOptional <em>Optional</em>}</li>
 *   <li>{@link org.vitruvian.model.service.DataPort#getDataClass <em>Data Class</em>}</li>
 * </ul>
 *
 * @see org.vitruvian.model.service.ServicePackage#getDataPort()
 * @model
 * @generated
 */
public interface DataPort extends Named {
	/**
	 * Returns the value of the '<em><b>Format</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * File format, e.g. nrrd, dicom, vtk, json, png.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Format</em>' attribute.
	 * @see #setFormat(String)
	 * @see org.vitruvian.model.service.ServicePackage#getDataPort_Format()
	 * @model required="true"
	 * @generated
	 */
	String getFormat();

	/**
	 * Sets the value of the '{@link org.vitruvian.model.service.DataPort#getFormat <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Format</em>' attribute.
	 * @see #getFormat()
	 * @generated
	 */
	void setFormat(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the data is.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.vitruvian.model.service.ServicePackage#getDataPort_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.vitruvian.model.service.DataPort#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Optional</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether an input may be left unlinked (default false).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Optional</em>' attribute.
	 * @see #isSetOptional()
	 * @see #unsetOptional()
	 * @see #setOptional(boolean)
	 * @see org.vitruvian.model.service.ServicePackage#getDataPort_Optional()
	 * @model unsettable="true"
	 * @generated
	 */
	boolean isOptional();

	/**
	 * Sets the value of the '{@link org.vitruvian.model.service.DataPort#isOptional <em>Optional</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Optional</em>' attribute.
	 * @see #isSetOptional()
	 * @see #unsetOptional()
	 * @see #isOptional()
	 * @generated
	 */
	void setOptional(boolean value);

	/**
	 * Unsets the value of the '{@link org.vitruvian.model.service.DataPort#isOptional <em>Optional</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetOptional()
	 * @see #isOptional()
	 * @see #setOptional(boolean)
	 * @generated
	 */
	void unsetOptional();

	/**
	 * Returns whether the value of the '{@link org.vitruvian.model.service.DataPort#isOptional <em>Optional</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Optional</em>' attribute is set.
	 * @see #unsetOptional()
	 * @see #isOptional()
	 * @see #setOptional(boolean)
	 * @generated
	 */
	boolean isSetOptional();

	/**
	 * Returns the value of the '<em><b>Data Class</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Sensitivity of the data (workflow inputs must say; outputs inherit from inputs).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Data Class</em>' containment reference.
	 * @see #setDataClass(DataClass)
	 * @see org.vitruvian.model.service.ServicePackage#getDataPort_DataClass()
	 * @model containment="true"
	 * @generated
	 */
	DataClass getDataClass();

	/**
	 * Sets the value of the '{@link org.vitruvian.model.service.DataPort#getDataClass <em>Data Class</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Data Class</em>' containment reference.
	 * @see #getDataClass()
	 * @generated
	 */
	void setDataClass(DataClass value);

} // DataPort
