/**
 */
package org.vitruvian.model.site;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Interconnect</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Network between compute nodes.
 * <!-- end-model-doc -->
 * @see org.vitruvian.model.site.SitePackage#getInterconnect()
 * @model
 * @generated
 */
public enum Interconnect implements Enumerator {
	/**
	 * The '<em><b>Ethernet</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ETHERNET_VALUE
	 * @generated
	 * @ordered
	 */
	ETHERNET(0, "ethernet", "ethernet"),

	/**
	 * The '<em><b>Infiniband</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INFINIBAND_VALUE
	 * @generated
	 * @ordered
	 */
	INFINIBAND(1, "infiniband", "infiniband"),

	/**
	 * The '<em><b>Omnipath</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OMNIPATH_VALUE
	 * @generated
	 * @ordered
	 */
	OMNIPATH(2, "omnipath", "omnipath"),

	/**
	 * The '<em><b>Slingshot</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SLINGSHOT_VALUE
	 * @generated
	 * @ordered
	 */
	SLINGSHOT(3, "slingshot", "slingshot");

	/**
	 * The '<em><b>Ethernet</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ETHERNET
	 * @model name="ethernet"
	 * @generated
	 * @ordered
	 */
	public static final int ETHERNET_VALUE = 0;

	/**
	 * The '<em><b>Infiniband</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INFINIBAND
	 * @model name="infiniband"
	 * @generated
	 * @ordered
	 */
	public static final int INFINIBAND_VALUE = 1;

	/**
	 * The '<em><b>Omnipath</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OMNIPATH
	 * @model name="omnipath"
	 * @generated
	 * @ordered
	 */
	public static final int OMNIPATH_VALUE = 2;

	/**
	 * The '<em><b>Slingshot</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SLINGSHOT
	 * @model name="slingshot"
	 * @generated
	 * @ordered
	 */
	public static final int SLINGSHOT_VALUE = 3;

	/**
	 * An array of all the '<em><b>Interconnect</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Interconnect[] VALUES_ARRAY =
		new Interconnect[] {
			ETHERNET,
			INFINIBAND,
			OMNIPATH,
			SLINGSHOT,
		};

	/**
	 * A public read-only list of all the '<em><b>Interconnect</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Interconnect> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Interconnect</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Interconnect get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Interconnect result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Interconnect</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Interconnect getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Interconnect result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Interconnect</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Interconnect get(int value) {
		switch (value) {
			case ETHERNET_VALUE: return ETHERNET;
			case INFINIBAND_VALUE: return INFINIBAND;
			case OMNIPATH_VALUE: return OMNIPATH;
			case SLINGSHOT_VALUE: return SLINGSHOT;
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
	private Interconnect(int value, String name, String literal) {
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
	
} //Interconnect
