/**
 */
package org.vitruvian.model.trust;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Sector</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Who owns the data.
 * <!-- end-model-doc -->
 * @see org.vitruvian.model.trust.TrustPackage#getSector()
 * @model
 * @generated
 */
public enum Sector implements Enumerator {
	/**
	 * The '<em><b>Industry</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INDUSTRY_VALUE
	 * @generated
	 * @ordered
	 */
	INDUSTRY(0, "industry", "industry"),

	/**
	 * The '<em><b>Academy</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ACADEMY_VALUE
	 * @generated
	 * @ordered
	 */
	ACADEMY(1, "academy", "academy"),

	/**
	 * The '<em><b>Hospital</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HOSPITAL_VALUE
	 * @generated
	 * @ordered
	 */
	HOSPITAL(2, "hospital", "hospital");

	/**
	 * The '<em><b>Industry</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INDUSTRY
	 * @model name="industry"
	 * @generated
	 * @ordered
	 */
	public static final int INDUSTRY_VALUE = 0;

	/**
	 * The '<em><b>Academy</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ACADEMY
	 * @model name="academy"
	 * @generated
	 * @ordered
	 */
	public static final int ACADEMY_VALUE = 1;

	/**
	 * The '<em><b>Hospital</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HOSPITAL
	 * @model name="hospital"
	 * @generated
	 * @ordered
	 */
	public static final int HOSPITAL_VALUE = 2;

	/**
	 * An array of all the '<em><b>Sector</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Sector[] VALUES_ARRAY =
		new Sector[] {
			INDUSTRY,
			ACADEMY,
			HOSPITAL,
		};

	/**
	 * A public read-only list of all the '<em><b>Sector</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Sector> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Sector</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Sector get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Sector result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Sector</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Sector getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Sector result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Sector</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Sector get(int value) {
		switch (value) {
			case INDUSTRY_VALUE: return INDUSTRY;
			case ACADEMY_VALUE: return ACADEMY;
			case HOSPITAL_VALUE: return HOSPITAL;
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
	private Sector(int value, String name, String literal) {
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
	
} //Sector
