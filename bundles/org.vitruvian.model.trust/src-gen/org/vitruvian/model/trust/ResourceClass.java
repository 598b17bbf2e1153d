/**
 */
package org.vitruvian.model.trust;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Resource Class</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Kind of computing resource, as trust policies see it.
 * <!-- end-model-doc -->
 * @see org.vitruvian.model.trust.TrustPackage#getResourceClass()
 * @model
 * @generated
 */
public enum ResourceClass implements Enumerator {
	/**
	 * The '<em><b>Desk Side</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DESK_SIDE_VALUE
	 * @generated
	 * @ordered
	 */
	DESK_SIDE(0, "deskSide", "desk-side"),

	/**
	 * The '<em><b>Private Cloud</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRIVATE_CLOUD_VALUE
	 * @generated
	 * @ordered
	 */
	PRIVATE_CLOUD(1, "privateCloud", "private-cloud"),

	/**
	 * The '<em><b>Public Cloud</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PUBLIC_CLOUD_VALUE
	 * @generated
	 * @ordered
	 */
	PUBLIC_CLOUD(2, "publicCloud", "public-cloud"),

	/**
	 * The '<em><b>Hpc</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HPC_VALUE
	 * @generated
	 * @ordered
	 */
	HPC(3, "hpc", "hpc");

	/**
	 * The '<em><b>Desk Side</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DESK_SIDE
	 * @model name="deskSide" literal="desk-side"
	 * @generated
	 * @ordered
	 */
	public static final int DESK_SIDE_VALUE = 0;

	/**
	 * The '<em><b>Private Cloud</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRIVATE_CLOUD
	 * @model name="privateCloud" literal="private-cloud"
	 * @generated
	 * @ordered
	 */
	public static final int PRIVATE_CLOUD_VALUE = 1;

	/**
	 * The '<em><b>Public Cloud</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PUBLIC_CLOUD
	 * @model name="publicCloud" literal="public-cloud"
	 * @generated
	 * @ordered
	 */
	public static final int PUBLIC_CLOUD_VALUE = 2;

	/**
	 * The '<em><b>Hpc</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HPC
	 * @model name="hpc"
	 * @generated
	 * @ordered
	 */
	public static final int HPC_VALUE = 3;

	/**
	 * An array of all the '<em><b>Resource Class</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ResourceClass[] VALUES_ARRAY =
		new ResourceClass[] {
			DESK_SIDE,
			PRIVATE_CLOUD,
			PUBLIC_CLOUD,
			HPC,
		};

	/**
	 * A public read-only list of all the '<em><b>Resource Class</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ResourceClass> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Resource Class</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ResourceClass get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ResourceClass result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Resource Class</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ResourceClass getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ResourceClass result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Resource Class</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ResourceClass get(int value) {
		switch (value) {
			case DESK_SIDE_VALUE: return DESK_SIDE;
			case PRIVATE_CLOUD_VALUE: return PRIVATE_CLOUD;
			case PUBLIC_CLOUD_VALUE: return PUBLIC_CLOUD;
			case HPC_VALUE: return HPC;
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
	private ResourceClass(int value, String name, String literal) {
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
	
} //ResourceClass
