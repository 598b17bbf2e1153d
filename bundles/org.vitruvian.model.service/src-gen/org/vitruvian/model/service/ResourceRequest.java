/**
 */
package org.vitruvian.model.service;

import java.time.Duration;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Resource Request</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Computing resources for one run.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vitruvian.model.service.ResourceRequest#getNodes <em>Nodes</em>}</li>
 *   <li>{@link org.vitruvian.model.service.ResourceRequest#getCores <em>Cores</em>}</li>
 *   <li>{@link org.vitruvian.model.service.ResourceRequest#getMemory <em>Memory</em>}</li>
 *   <li>{@link org.vitruvian.model.service.ResourceRequest#getGpus <em>Gpus</em>}</li>
 *   <li>{@link org.vitruvian.model.service.ResourceRequest#getWalltime <em>Walltime</em>}</li>
 *   <li>{@link org.vitruvian.model.service.ResourceRequest#getMpiRanks <em>Mpi Ranks</em>}</li>
 * </ul>
 *
 * @see org.vitruvian.model.service.ServicePackage#getResourceRequest()
 * @model
 * @generated
 */
public interface ResourceRequest extends EObject {
	/**
	 * Returns the value of the '<em><b>Nodes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Nodes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Nodes</em>' attribute.
	 * @see #setNodes(Integer)
	 * @see org.vitruvian.model.service.ServicePackage#getResourceRequest_Nodes()
	 * @model
	 * @generated
	 */
	Integer getNodes();

	/**
	 * Sets the value of the '{@link org.vitruvian.model.service.ResourceRequest#getNodes <em>Nodes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Nodes</em>' attribute.
	 * @see #getNodes()
	 * @generated
	 */
	void setNodes(Integer value);

	/**
	 * Returns the value of the '<em><b>Cores</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Cores in total.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cores</em>' attribute.
	 * @see #setCores(Integer)
	 * @see org.vitruvian.model.service.ServicePackage#getResourceRequest_Cores()
	 * @model
	 * @generated
	 */
	Integer getCores();

	/**
	 * Sets the value of the '{@link org.vitruvian.model.service.ResourceRequest#getCores <em>Cores</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cores</em>' attribute.
	 * @see #getCores()
	 * @generated
	 */
	void setCores(Integer value);

	/**
	 * Returns the value of the '<em><b>Memory</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Memory per node.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Memory</em>' attribute.
	 * @see #isSetMemory()
	 * @see #unsetMemory()
	 * @see #setMemory(long)
	 * @see org.vitruvian.model.service.ServicePackage#getResourceRequest_Memory()
	 * @model unsettable="true" dataType="org.vitruvian.model.common.ByteSize"
	 * @generated
	 */
	long getMemory();

	/**
	 * Sets the value of the '{@link org.vitruvian.model.service.ResourceRequest#getMemory <em>Memory</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Memory</em>' attribute.
	 * @see #isSetMemory()
	 * @see #unsetMemory()
	 * @see #getMemory()
	 * @generated
	 */
	void setMemory(long value);

	/**
	 * Unsets the value of the '{@link org.vitruvian.model.service.ResourceRequest#getMemory <em>Memory</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetMemory()
	 * @see #getMemory()
	 * @see #setMemory(long)
	 * @generated
	 */
	void unsetMemory();

	/**
	 * Returns whether the value of the '{@link org.vitruvian.model.service.ResourceRequest#getMemory <em>Memory</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Memory</em>' attribute is set.
	 * @see #unsetMemory()
	 * @see #getMemory()
	 * @see #setMemory(long)
	 * @generated
	 */
	boolean isSetMemory();

	/**
	 * Returns the value of the '<em><b>Gpus</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * GPUs per node.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Gpus</em>' attribute.
	 * @see #setGpus(Integer)
	 * @see org.vitruvian.model.service.ServicePackage#getResourceRequest_Gpus()
	 * @model
	 * @generated
	 */
	Integer getGpus();

	/**
	 * Sets the value of the '{@link org.vitruvian.model.service.ResourceRequest#getGpus <em>Gpus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Gpus</em>' attribute.
	 * @see #getGpus()
	 * @generated
	 */
	void setGpus(Integer value);

	/**
	 * Returns the value of the '<em><b>Walltime</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Longest time the run may take.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Walltime</em>' attribute.
	 * @see #setWalltime(Duration)
	 * @see org.vitruvian.model.service.ServicePackage#getResourceRequest_Walltime()
	 * @model dataType="org.vitruvian.model.common.Duration"
	 * @generated
	 */
	Duration getWalltime();

	/**
	 * Sets the value of the '{@link org.vitruvian.model.service.ResourceRequest#getWalltime <em>Walltime</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Walltime</em>' attribute.
	 * @see #getWalltime()
	 * @generated
	 */
	void setWalltime(Duration value);

	/**
	 * Returns the value of the '<em><b>Mpi Ranks</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * MPI ranks in total (MPI services).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mpi Ranks</em>' attribute.
	 * @see #setMpiRanks(Integer)
	 * @see org.vitruvian.model.service.ServicePackage#getResourceRequest_MpiRanks()
	 * @model
	 * @generated
	 */
	Integer getMpiRanks();

	/**
	 * Sets the value of the '{@link org.vitruvian.model.service.ResourceRequest#getMpiRanks <em>Mpi Ranks</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mpi Ranks</em>' attribute.
	 * @see #getMpiRanks()
	 * @generated
	 */
	void setMpiRanks(Integer value);

} // ResourceRequest
