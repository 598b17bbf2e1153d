/**
 */
package org.vitruvian.model.common;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Types shared by every Vitruvian model.
 * <!-- end-model-doc -->
 * @see org.vitruvian.model.common.CommonFactory
 * @model kind="package"
 * @generated
 */
public interface CommonPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "common";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "https://vitruvian.org/model/common/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "common";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	CommonPackage eINSTANCE = org.vitruvian.model.common.impl.CommonPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.vitruvian.model.common.impl.NamedImpl <em>Named</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vitruvian.model.common.impl.NamedImpl
	 * @see org.vitruvian.model.common.impl.CommonPackageImpl#getNamed()
	 * @generated
	 */
	int NAMED = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED__NAME = 0;

	/**
	 * The number of structural features of the '<em>Named</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Named</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vitruvian.model.common.impl.StringEntryImpl <em>String Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vitruvian.model.common.impl.StringEntryImpl
	 * @see org.vitruvian.model.common.impl.CommonPackageImpl#getStringEntry()
	 * @generated
	 */
	int STRING_ENTRY = 1;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRING_ENTRY__KEY = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRING_ENTRY__VALUE = 1;

	/**
	 * The number of structural features of the '<em>String Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRING_ENTRY_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>String Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRING_ENTRY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vitruvian.model.common.CpuArchitecture <em>Cpu Architecture</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vitruvian.model.common.CpuArchitecture
	 * @see org.vitruvian.model.common.impl.CommonPackageImpl#getCpuArchitecture()
	 * @generated
	 */
	int CPU_ARCHITECTURE = 2;

	/**
	 * The meta object id for the '{@link org.vitruvian.model.common.MpiImplementation <em>Mpi Implementation</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vitruvian.model.common.MpiImplementation
	 * @see org.vitruvian.model.common.impl.CommonPackageImpl#getMpiImplementation()
	 * @generated
	 */
	int MPI_IMPLEMENTATION = 3;

	/**
	 * The meta object id for the '{@link org.vitruvian.model.common.Pmi <em>Pmi</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vitruvian.model.common.Pmi
	 * @see org.vitruvian.model.common.impl.CommonPackageImpl#getPmi()
	 * @generated
	 */
	int PMI = 4;

	/**
	 * The meta object id for the '{@link org.vitruvian.model.common.GpuVendor <em>Gpu Vendor</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vitruvian.model.common.GpuVendor
	 * @see org.vitruvian.model.common.impl.CommonPackageImpl#getGpuVendor()
	 * @generated
	 */
	int GPU_VENDOR = 5;

	/**
	 * The meta object id for the '<em>Byte Size</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vitruvian.model.common.impl.CommonPackageImpl#getByteSize()
	 * @generated
	 */
	int BYTE_SIZE = 6;

	/**
	 * The meta object id for the '<em>Duration</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.Duration
	 * @see org.vitruvian.model.common.impl.CommonPackageImpl#getDuration()
	 * @generated
	 */
	int DURATION = 7;


	/**
	 * Returns the meta object for class '{@link org.vitruvian.model.common.Named <em>Named</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Named</em>'.
	 * @see org.vitruvian.model.common.Named
	 * @generated
	 */
	EClass getNamed();

	/**
	 * Returns the meta object for the attribute '{@link org.vitruvian.model.common.Named#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.vitruvian.model.common.Named#getName()
	 * @see #getNamed()
	 * @generated
	 */
	EAttribute getNamed_Name();

	/**
	 * Returns the meta object for class '{@link java.util.Map.Entry <em>String Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>String Entry</em>'.
	 * @see java.util.Map.Entry
	 * @model keyDataType="org.eclipse.emf.ecore.EString"
	 *        valueDataType="org.eclipse.emf.ecore.EString"
	 * @generated
	 */
	EClass getStringEntry();

	/**
	 * Returns the meta object for the attribute '{@link java.util.Map.Entry <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see java.util.Map.Entry
	 * @see #getStringEntry()
	 * @generated
	 */
	EAttribute getStringEntry_Key();

	/**
	 * Returns the meta object for the attribute '{@link java.util.Map.Entry <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see java.util.Map.Entry
	 * @see #getStringEntry()
	 * @generated
	 */
	EAttribute getStringEntry_Value();

	/**
	 * Returns the meta object for enum '{@link org.vitruvian.model.common.CpuArchitecture <em>Cpu Architecture</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Cpu Architecture</em>'.
	 * @see org.vitruvian.model.common.CpuArchitecture
	 * @generated
	 */
	EEnum getCpuArchitecture();

	/**
	 * Returns the meta object for enum '{@link org.vitruvian.model.common.MpiImplementation <em>Mpi Implementation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Mpi Implementation</em>'.
	 * @see org.vitruvian.model.common.MpiImplementation
	 * @generated
	 */
	EEnum getMpiImplementation();

	/**
	 * Returns the meta object for enum '{@link org.vitruvian.model.common.Pmi <em>Pmi</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Pmi</em>'.
	 * @see org.vitruvian.model.common.Pmi
	 * @generated
	 */
	EEnum getPmi();

	/**
	 * Returns the meta object for enum '{@link org.vitruvian.model.common.GpuVendor <em>Gpu Vendor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Gpu Vendor</em>'.
	 * @see org.vitruvian.model.common.GpuVendor
	 * @generated
	 */
	EEnum getGpuVendor();

	/**
	 * Returns the meta object for data type '<em>Byte Size</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * An amount of memory or storage in bytes, written with a binary unit: 512MiB, 4GiB, 1TiB (KiB, MiB, GiB, TiB; KB/MB/GB/TB are read as the same binary units).
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Byte Size</em>'.
	 * @model instanceClass="long"
	 * @generated
	 */
	EDataType getByteSize();

	/**
	 * Returns the meta object for data type '{@link java.time.Duration <em>Duration</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A length of time, written as 90s, 30m, 2h, 1d12h, or as HH:MM:SS / D-HH:MM:SS like Slurm.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Duration</em>'.
	 * @see java.time.Duration
	 * @model instanceClass="java.time.Duration"
	 * @generated
	 */
	EDataType getDuration();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	CommonFactory getCommonFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.vitruvian.model.common.impl.NamedImpl <em>Named</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vitruvian.model.common.impl.NamedImpl
		 * @see org.vitruvian.model.common.impl.CommonPackageImpl#getNamed()
		 * @generated
		 */
		EClass NAMED = eINSTANCE.getNamed();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED__NAME = eINSTANCE.getNamed_Name();

		/**
		 * The meta object literal for the '{@link org.vitruvian.model.common.impl.StringEntryImpl <em>String Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vitruvian.model.common.impl.StringEntryImpl
		 * @see org.vitruvian.model.common.impl.CommonPackageImpl#getStringEntry()
		 * @generated
		 */
		EClass STRING_ENTRY = eINSTANCE.getStringEntry();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STRING_ENTRY__KEY = eINSTANCE.getStringEntry_Key();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STRING_ENTRY__VALUE = eINSTANCE.getStringEntry_Value();

		/**
		 * The meta object literal for the '{@link org.vitruvian.model.common.CpuArchitecture <em>Cpu Architecture</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vitruvian.model.common.CpuArchitecture
		 * @see org.vitruvian.model.common.impl.CommonPackageImpl#getCpuArchitecture()
		 * @generated
		 */
		EEnum CPU_ARCHITECTURE = eINSTANCE.getCpuArchitecture();

		/**
		 * The meta object literal for the '{@link org.vitruvian.model.common.MpiImplementation <em>Mpi Implementation</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vitruvian.model.common.MpiImplementation
		 * @see org.vitruvian.model.common.impl.CommonPackageImpl#getMpiImplementation()
		 * @generated
		 */
		EEnum MPI_IMPLEMENTATION = eINSTANCE.getMpiImplementation();

		/**
		 * The meta object literal for the '{@link org.vitruvian.model.common.Pmi <em>Pmi</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vitruvian.model.common.Pmi
		 * @see org.vitruvian.model.common.impl.CommonPackageImpl#getPmi()
		 * @generated
		 */
		EEnum PMI = eINSTANCE.getPmi();

		/**
		 * The meta object literal for the '{@link org.vitruvian.model.common.GpuVendor <em>Gpu Vendor</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vitruvian.model.common.GpuVendor
		 * @see org.vitruvian.model.common.impl.CommonPackageImpl#getGpuVendor()
		 * @generated
		 */
		EEnum GPU_VENDOR = eINSTANCE.getGpuVendor();

		/**
		 * The meta object literal for the '<em>Byte Size</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vitruvian.model.common.impl.CommonPackageImpl#getByteSize()
		 * @generated
		 */
		EDataType BYTE_SIZE = eINSTANCE.getByteSize();

		/**
		 * The meta object literal for the '<em>Duration</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.Duration
		 * @see org.vitruvian.model.common.impl.CommonPackageImpl#getDuration()
		 * @generated
		 */
		EDataType DURATION = eINSTANCE.getDuration();

	}

} //CommonPackage
