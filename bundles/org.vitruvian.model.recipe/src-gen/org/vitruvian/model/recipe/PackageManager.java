/**
 */
package org.vitruvian.model.recipe;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Package Manager</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Tool that installs packages into the image.
 * <!-- end-model-doc -->
 * @see org.vitruvian.model.recipe.RecipePackage#getPackageManager()
 * @model
 * @generated
 */
public enum PackageManager implements Enumerator {
	/**
	 * The '<em><b>Apt</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #APT_VALUE
	 * @generated
	 * @ordered
	 */
	APT(0, "apt", "apt"),

	/**
	 * The '<em><b>Dnf</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DNF_VALUE
	 * @generated
	 * @ordered
	 */
	DNF(1, "dnf", "dnf"),

	/**
	 * The '<em><b>Yum</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #YUM_VALUE
	 * @generated
	 * @ordered
	 */
	YUM(2, "yum", "yum"),

	/**
	 * The '<em><b>Apk</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #APK_VALUE
	 * @generated
	 * @ordered
	 */
	APK(3, "apk", "apk"),

	/**
	 * The '<em><b>Pip</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PIP_VALUE
	 * @generated
	 * @ordered
	 */
	PIP(4, "pip", "pip"),

	/**
	 * The '<em><b>Conda</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONDA_VALUE
	 * @generated
	 * @ordered
	 */
	CONDA(5, "conda", "conda"),

	/**
	 * The '<em><b>Spack</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SPACK_VALUE
	 * @generated
	 * @ordered
	 */
	SPACK(6, "spack", "spack");

	/**
	 * The '<em><b>Apt</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #APT
	 * @model name="apt"
	 * @generated
	 * @ordered
	 */
	public static final int APT_VALUE = 0;

	/**
	 * The '<em><b>Dnf</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DNF
	 * @model name="dnf"
	 * @generated
	 * @ordered
	 */
	public static final int DNF_VALUE = 1;

	/**
	 * The '<em><b>Yum</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #YUM
	 * @model name="yum"
	 * @generated
	 * @ordered
	 */
	public static final int YUM_VALUE = 2;

	/**
	 * The '<em><b>Apk</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #APK
	 * @model name="apk"
	 * @generated
	 * @ordered
	 */
	public static final int APK_VALUE = 3;

	/**
	 * The '<em><b>Pip</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PIP
	 * @model name="pip"
	 * @generated
	 * @ordered
	 */
	public static final int PIP_VALUE = 4;

	/**
	 * The '<em><b>Conda</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONDA
	 * @model name="conda"
	 * @generated
	 * @ordered
	 */
	public static final int CONDA_VALUE = 5;

	/**
	 * The '<em><b>Spack</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SPACK
	 * @model name="spack"
	 * @generated
	 * @ordered
	 */
	public static final int SPACK_VALUE = 6;

	/**
	 * An array of all the '<em><b>Package Manager</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final PackageManager[] VALUES_ARRAY =
		new PackageManager[] {
			APT,
			DNF,
			YUM,
			APK,
			PIP,
			CONDA,
			SPACK,
		};

	/**
	 * A public read-only list of all the '<em><b>Package Manager</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<PackageManager> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Package Manager</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PackageManager get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PackageManager result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Package Manager</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PackageManager getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PackageManager result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Package Manager</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PackageManager get(int value) {
		switch (value) {
			case APT_VALUE: return APT;
			case DNF_VALUE: return DNF;
			case YUM_VALUE: return YUM;
			case APK_VALUE: return APK;
			case PIP_VALUE: return PIP;
			case CONDA_VALUE: return CONDA;
			case SPACK_VALUE: return SPACK;
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
	private PackageManager(int value, String name, String literal) {
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
	
} //PackageManager
