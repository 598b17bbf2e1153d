/**
 */
package org.vitruvian.model.common;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Mpi Implementation</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * An MPI library family.
 * <!-- end-model-doc -->
 * @see org.vitruvian.model.common.CommonPackage#getMpiImplementation()
 * @model
 * @generated
 */
public enum MpiImplementation implements Enumerator {
	/**
	 * The '<em><b>Openmpi</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OPENMPI_VALUE
	 * @generated
	 * @ordered
	 */
	OPENMPI(0, "openmpi", "openmpi"),

	/**
	 * The '<em><b>Mpich</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MPICH_VALUE
	 * @generated
	 * @ordered
	 */
	MPICH(1, "mpich", "mpich"),

	/**
	 * The '<em><b>Intelmpi</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTELMPI_VALUE
	 * @generated
	 * @ordered
	 */
	INTELMPI(2, "intelmpi", "intelmpi"),

	/**
	 * The '<em><b>Mvapich2</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MVAPICH2_VALUE
	 * @generated
	 * @ordered
	 */
	MVAPICH2(3, "mvapich2", "mvapich2");

	/**
	 * The '<em><b>Openmpi</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OPENMPI
	 * @model name="openmpi"
	 * @generated
	 * @ordered
	 */
	public static final int OPENMPI_VALUE = 0;

	/**
	 * The '<em><b>Mpich</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MPICH
	 * @model name="mpich"
	 * @generated
	 * @ordered
	 */
	public static final int MPICH_VALUE = 1;

	/**
	 * The '<em><b>Intelmpi</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTELMPI
	 * @model name="intelmpi"
	 * @generated
	 * @ordered
	 */
	public static final int INTELMPI_VALUE = 2;

	/**
	 * The '<em><b>Mvapich2</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MVAPICH2
	 * @model name="mvapich2"
	 * @generated
	 * @ordered
	 */
	public static final int MVAPICH2_VALUE = 3;

	/**
	 * An array of all the '<em><b>Mpi Implementation</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final MpiImplementation[] VALUES_ARRAY =
		new MpiImplementation[] {
			OPENMPI,
			MPICH,
			INTELMPI,
			MVAPICH2,
		};

	/**
	 * A public read-only list of all the '<em><b>Mpi Implementation</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<MpiImplementation> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Mpi Implementation</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MpiImplementation get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			MpiImplementation result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Mpi Implementation</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MpiImplementation getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			MpiImplementation result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Mpi Implementation</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MpiImplementation get(int value) {
		switch (value) {
			case OPENMPI_VALUE: return OPENMPI;
			case MPICH_VALUE: return MPICH;
			case INTELMPI_VALUE: return INTELMPI;
			case MVAPICH2_VALUE: return MVAPICH2;
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
	private MpiImplementation(int value, String name, String literal) {
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
	
} //MpiImplementation
