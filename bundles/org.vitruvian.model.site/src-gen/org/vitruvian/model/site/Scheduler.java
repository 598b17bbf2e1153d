/**
 */
package org.vitruvian.model.site;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Scheduler</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * How jobs are started at the site.
 * <!-- end-model-doc -->
 * @see org.vitruvian.model.site.SitePackage#getScheduler()
 * @model
 * @generated
 */
public enum Scheduler implements Enumerator {
	/**
	 * The '<em><b>Slurm</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SLURM_VALUE
	 * @generated
	 * @ordered
	 */
	SLURM(0, "slurm", "slurm"),

	/**
	 * The '<em><b>Pbs</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PBS_VALUE
	 * @generated
	 * @ordered
	 */
	PBS(1, "pbs", "pbs"),

	/**
	 * The '<em><b>None</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NONE_VALUE
	 * @generated
	 * @ordered
	 */
	NONE(2, "none", "none"),

	/**
	 * The '<em><b>Kubernetes</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KUBERNETES_VALUE
	 * @generated
	 * @ordered
	 */
	KUBERNETES(3, "kubernetes", "kubernetes"),

	/**
	 * The '<em><b>Sge</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Grid Engine (Son of Grid Engine, Univa/Altair Grid Engine): qsub, qstat, qacct, qdel.
	 * <!-- end-model-doc -->
	 * @see #SGE_VALUE
	 * @generated
	 * @ordered
	 */
	SGE(4, "sge", "sge");

	/**
	 * The '<em><b>Slurm</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SLURM
	 * @model name="slurm"
	 * @generated
	 * @ordered
	 */
	public static final int SLURM_VALUE = 0;

	/**
	 * The '<em><b>Pbs</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PBS
	 * @model name="pbs"
	 * @generated
	 * @ordered
	 */
	public static final int PBS_VALUE = 1;

	/**
	 * The '<em><b>None</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NONE
	 * @model name="none"
	 * @generated
	 * @ordered
	 */
	public static final int NONE_VALUE = 2;

	/**
	 * The '<em><b>Kubernetes</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KUBERNETES
	 * @model name="kubernetes"
	 * @generated
	 * @ordered
	 */
	public static final int KUBERNETES_VALUE = 3;

	/**
	 * The '<em><b>Sge</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Grid Engine (Son of Grid Engine, Univa/Altair Grid Engine): qsub, qstat, qacct, qdel.
	 * <!-- end-model-doc -->
	 * @see #SGE
	 * @model name="sge"
	 * @generated
	 * @ordered
	 */
	public static final int SGE_VALUE = 4;

	/**
	 * An array of all the '<em><b>Scheduler</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Scheduler[] VALUES_ARRAY =
		new Scheduler[] {
			SLURM,
			PBS,
			NONE,
			KUBERNETES,
			SGE,
		};

	/**
	 * A public read-only list of all the '<em><b>Scheduler</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Scheduler> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Scheduler</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Scheduler get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Scheduler result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Scheduler</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Scheduler getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Scheduler result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Scheduler</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Scheduler get(int value) {
		switch (value) {
			case SLURM_VALUE: return SLURM;
			case PBS_VALUE: return PBS;
			case NONE_VALUE: return NONE;
			case KUBERNETES_VALUE: return KUBERNETES;
			case SGE_VALUE: return SGE;
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
	private Scheduler(int value, String name, String literal) {
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
	
} //Scheduler
