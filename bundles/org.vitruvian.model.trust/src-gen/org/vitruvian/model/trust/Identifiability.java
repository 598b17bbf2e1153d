/**
 */
package org.vitruvian.model.trust;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Identifiability</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * How far clinical data can be traced back to a person.
 * <!-- end-model-doc -->
 * @see org.vitruvian.model.trust.TrustPackage#getIdentifiability()
 * @model
 * @generated
 */
public enum Identifiability implements Enumerator {
	/**
	 * The '<em><b>Identifiable</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IDENTIFIABLE_VALUE
	 * @generated
	 * @ordered
	 */
	IDENTIFIABLE(0, "identifiable", "identifiable"),

	/**
	 * The '<em><b>Pseudonymised</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PSEUDONYMISED_VALUE
	 * @generated
	 * @ordered
	 */
	PSEUDONYMISED(1, "pseudonymised", "pseudonymised"),

	/**
	 * The '<em><b>Anonymised</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ANONYMISED_VALUE
	 * @generated
	 * @ordered
	 */
	ANONYMISED(2, "anonymised", "anonymised"),

	/**
	 * The '<em><b>Synthetic</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SYNTHETIC_VALUE
	 * @generated
	 * @ordered
	 */
	SYNTHETIC(3, "synthetic", "synthetic");

	/**
	 * The '<em><b>Identifiable</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IDENTIFIABLE
	 * @model name="identifiable"
	 * @generated
	 * @ordered
	 */
	public static final int IDENTIFIABLE_VALUE = 0;

	/**
	 * The '<em><b>Pseudonymised</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PSEUDONYMISED
	 * @model name="pseudonymised"
	 * @generated
	 * @ordered
	 */
	public static final int PSEUDONYMISED_VALUE = 1;

	/**
	 * The '<em><b>Anonymised</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ANONYMISED
	 * @model name="anonymised"
	 * @generated
	 * @ordered
	 */
	public static final int ANONYMISED_VALUE = 2;

	/**
	 * The '<em><b>Synthetic</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SYNTHETIC
	 * @model name="synthetic"
	 * @generated
	 * @ordered
	 */
	public static final int SYNTHETIC_VALUE = 3;

	/**
	 * An array of all the '<em><b>Identifiability</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Identifiability[] VALUES_ARRAY =
		new Identifiability[] {
			IDENTIFIABLE,
			PSEUDONYMISED,
			ANONYMISED,
			SYNTHETIC,
		};

	/**
	 * A public read-only list of all the '<em><b>Identifiability</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Identifiability> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Identifiability</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Identifiability get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Identifiability result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Identifiability</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Identifiability getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Identifiability result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Identifiability</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Identifiability get(int value) {
		switch (value) {
			case IDENTIFIABLE_VALUE: return IDENTIFIABLE;
			case PSEUDONYMISED_VALUE: return PSEUDONYMISED;
			case ANONYMISED_VALUE: return ANONYMISED;
			case SYNTHETIC_VALUE: return SYNTHETIC;
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
	private Identifiability(int value, String name, String literal) {
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
	
} //Identifiability
