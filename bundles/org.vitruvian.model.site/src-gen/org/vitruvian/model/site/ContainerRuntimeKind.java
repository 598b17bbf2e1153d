/**
 */
package org.vitruvian.model.site;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Container Runtime Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * A container engine.
 * <!-- end-model-doc -->
 * @see org.vitruvian.model.site.SitePackage#getContainerRuntimeKind()
 * @model
 * @generated
 */
public enum ContainerRuntimeKind implements Enumerator {
	/**
	 * The '<em><b>Apptainer</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #APPTAINER_VALUE
	 * @generated
	 * @ordered
	 */
	APPTAINER(0, "apptainer", "apptainer"),

	/**
	 * The '<em><b>Singularity</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SINGULARITY_VALUE
	 * @generated
	 * @ordered
	 */
	SINGULARITY(1, "singularity", "singularity"),

	/**
	 * The '<em><b>Podman</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PODMAN_VALUE
	 * @generated
	 * @ordered
	 */
	PODMAN(2, "podman", "podman"),

	/**
	 * The '<em><b>Docker</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DOCKER_VALUE
	 * @generated
	 * @ordered
	 */
	DOCKER(3, "docker", "docker"),

	/**
	 * The '<em><b>Sarus</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SARUS_VALUE
	 * @generated
	 * @ordered
	 */
	SARUS(4, "sarus", "sarus"),

	/**
	 * The '<em><b>Shifter</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SHIFTER_VALUE
	 * @generated
	 * @ordered
	 */
	SHIFTER(5, "shifter", "shifter"),

	/**
	 * The '<em><b>Charliecloud</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHARLIECLOUD_VALUE
	 * @generated
	 * @ordered
	 */
	CHARLIECLOUD(6, "charliecloud", "charliecloud");

	/**
	 * The '<em><b>Apptainer</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #APPTAINER
	 * @model name="apptainer"
	 * @generated
	 * @ordered
	 */
	public static final int APPTAINER_VALUE = 0;

	/**
	 * The '<em><b>Singularity</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SINGULARITY
	 * @model name="singularity"
	 * @generated
	 * @ordered
	 */
	public static final int SINGULARITY_VALUE = 1;

	/**
	 * The '<em><b>Podman</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PODMAN
	 * @model name="podman"
	 * @generated
	 * @ordered
	 */
	public static final int PODMAN_VALUE = 2;

	/**
	 * The '<em><b>Docker</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DOCKER
	 * @model name="docker"
	 * @generated
	 * @ordered
	 */
	public static final int DOCKER_VALUE = 3;

	/**
	 * The '<em><b>Sarus</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SARUS
	 * @model name="sarus"
	 * @generated
	 * @ordered
	 */
	public static final int SARUS_VALUE = 4;

	/**
	 * The '<em><b>Shifter</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SHIFTER
	 * @model name="shifter"
	 * @generated
	 * @ordered
	 */
	public static final int SHIFTER_VALUE = 5;

	/**
	 * The '<em><b>Charliecloud</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHARLIECLOUD
	 * @model name="charliecloud"
	 * @generated
	 * @ordered
	 */
	public static final int CHARLIECLOUD_VALUE = 6;

	/**
	 * An array of all the '<em><b>Container Runtime Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ContainerRuntimeKind[] VALUES_ARRAY =
		new ContainerRuntimeKind[] {
			APPTAINER,
			SINGULARITY,
			PODMAN,
			DOCKER,
			SARUS,
			SHIFTER,
			CHARLIECLOUD,
		};

	/**
	 * A public read-only list of all the '<em><b>Container Runtime Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ContainerRuntimeKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Container Runtime Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ContainerRuntimeKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ContainerRuntimeKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Container Runtime Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ContainerRuntimeKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ContainerRuntimeKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Container Runtime Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ContainerRuntimeKind get(int value) {
		switch (value) {
			case APPTAINER_VALUE: return APPTAINER;
			case SINGULARITY_VALUE: return SINGULARITY;
			case PODMAN_VALUE: return PODMAN;
			case DOCKER_VALUE: return DOCKER;
			case SARUS_VALUE: return SARUS;
			case SHIFTER_VALUE: return SHIFTER;
			case CHARLIECLOUD_VALUE: return CHARLIECLOUD;
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
	private ContainerRuntimeKind(int value, String name, String literal) {
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
	
} //ContainerRuntimeKind
