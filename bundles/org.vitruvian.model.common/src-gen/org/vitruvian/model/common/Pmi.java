/**
 */
package org.vitruvian.model.common;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Pmi</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Process-management interface through which the launcher starts MPI ranks.
 * <!-- end-model-doc -->
 * @see org.vitruvian.model.common.CommonPackage#getPmi()
 * @model
 * @generated
 */
public enum Pmi implements Enumerator {
	/**
	 * The '<em><b>Pmix</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PMIX_VALUE
	 * @generated
	 * @ordered
	 */
	PMIX(0, "pmix", "pmix"),

	/**
	 * The '<em><b>Pmi2</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PMI2_VALUE
	 * @generated
	 * @ordered
	 */
	PMI2(1, "pmi2", "pmi2"),

	/**
	 * The '<em><b>Pmi1</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PMI1_VALUE
	 * @generated
	 * @ordered
	 */
	PMI1(2, "pmi1", "pmi1");

	/**
	 * The '<em><b>Pmix</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PMIX
	 * @model name="pmix"
	 * @generated
	 * @ordered
	 */
	public static final int PMIX_VALUE = 0;

	/**
	 * The '<em><b>Pmi2</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PMI2
	 * @model name="pmi2"
	 * @generated
	 * @ordered
	 */
	public static final int PMI2_VALUE = 1;

	/**
	 * The '<em><b>Pmi1</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PMI1
	 * @model name="pmi1"
	 * @generated
	 * @ordered
	 */
	public static final int PMI1_VALUE = 2;

	/**
	 * An array of all the '<em><b>Pmi</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Pmi[] VALUES_ARRAY =
		new Pmi[] {
			PMIX,
			PMI2,
			PMI1,
		};

	/**
	 * A public read-only list of all the '<em><b>Pmi</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Pmi> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Pmi</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Pmi get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Pmi result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Pmi</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Pmi getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Pmi result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Pmi</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Pmi get(int value) {
		switch (value) {
			case PMIX_VALUE: return PMIX;
			case PMI2_VALUE: return PMI2;
			case PMI1_VALUE: return PMI1;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private Pmi(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
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
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //Pmi
