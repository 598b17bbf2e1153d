/**
 */
package org.vitruvian.model.common;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Cpu Architecture</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Instruction set of a processor or of the binaries in an image.
 * <!-- end-model-doc -->
 * @see org.vitruvian.model.common.CommonPackage#getCpuArchitecture()
 * @model
 * @generated
 */
public enum CpuArchitecture implements Enumerator {
	/**
	 * The '<em><b>X86 64</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #X86_64_VALUE
	 * @generated
	 * @ordered
	 */
	X86_64(0, "x86_64", "x86_64"),

	/**
	 * The '<em><b>Aarch64</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AARCH64_VALUE
	 * @generated
	 * @ordered
	 */
	AARCH64(1, "aarch64", "aarch64"),

	/**
	 * The '<em><b>Ppc64le</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PPC64LE_VALUE
	 * @generated
	 * @ordered
	 */
	PPC64LE(2, "ppc64le", "ppc64le");

	/**
	 * The '<em><b>X86 64</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #X86_64
	 * @model name="x86_64"
	 * @generated
	 * @ordered
	 */
	public static final int X86_64_VALUE = 0;

	/**
	 * The '<em><b>Aarch64</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AARCH64
	 * @model name="aarch64"
	 * @generated
	 * @ordered
	 */
	public static final int AARCH64_VALUE = 1;

	/**
	 * The '<em><b>Ppc64le</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PPC64LE
	 * @model name="ppc64le"
	 * @generated
	 * @ordered
	 */
	public static final int PPC64LE_VALUE = 2;

	/**
	 * An array of all the '<em><b>Cpu Architecture</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final CpuArchitecture[] VALUES_ARRAY =
		new CpuArchitecture[] {
			X86_64,
			AARCH64,
			PPC64LE,
		};

	/**
	 * A public read-only list of all the '<em><b>Cpu Architecture</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<CpuArchitecture> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Cpu Architecture</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CpuArchitecture get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CpuArchitecture result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Cpu Architecture</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CpuArchitecture getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CpuArchitecture result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Cpu Architecture</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CpuArchitecture get(int value) {
		switch (value) {
			case X86_64_VALUE: return X86_64;
			case AARCH64_VALUE: return AARCH64;
			case PPC64LE_VALUE: return PPC64LE;
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
	private CpuArchitecture(int value, String name, String literal) {
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
	
} //CpuArchitecture
