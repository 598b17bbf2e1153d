/**
 */
package org.vitruvian.model.site;

import java.time.Duration;

import org.vitruvian.model.common.Named;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Partition</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A set of identical nodes jobs are submitted to.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vitruvian.model.site.Partition#getNodes <em>Nodes</em>}</li>
 *   <li>{@link org.vitruvian.model.site.Partition#getCoresPerNode <em>Cores Per Node</em>}</li>
 *   <li>{@link org.vitruvian.model.site.Partition#getCpu <em>Cpu</em>}</li>
 *   <li>{@link org.vitruvian.model.site.Partition#getMemoryPerNode <em>Memory Per Node</em>}</li>
 *   <li>{@link org.vitruvian.model.site.Partition#getGpusPerNode <em>Gpus Per Node</em>}</li>
 *   <li>{@link org.vitruvian.model.site.Partition#getGpuModel <em>Gpu Model</em>}</li>
 *   <li>{@link org.vitruvian.model.site.Partition#getMaxWalltime <em>Max Walltime</em>}</li>
 *   <li>{@link org.vitruvian.model.site.Partition#getInterconnect <em>Interconnect</em>}</li>
 * </ul>
 *
 * @see org.vitruvian.model.site.SitePackage#getPartition()
 * @model
 * @generated
 */
public interface Partition extends Named {
	/**
	 * Returns the value of the '<em><b>Nodes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Number of nodes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Nodes</em>' attribute.
	 * @see #setNodes(Integer)
	 * @see org.vitruvian.model.site.SitePackage#getPartition_Nodes()
	 * @model
	 * @generated
	 */
	Integer getNodes();

	/**
	 * Sets the value of the '{@link org.vitruvian.model.site.Partition#getNodes <em>Nodes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Nodes</em>' attribute.
	 * @see #getNodes()
	 * @generated
	 */
	void setNodes(Integer value);

	/**
	 * Returns the value of the '<em><b>Cores Per Node</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * CPU cores per node.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cores Per Node</em>' attribute.
	 * @see #setCoresPerNode(Integer)
	 * @see org.vitruvian.model.site.SitePackage#getPartition_CoresPerNode()
	 * @model
	 * @generated
	 */
	Integer getCoresPerNode();

	/**
	 * Sets the value of the '{@link org.vitruvian.model.site.Partition#getCoresPerNode <em>Cores Per Node</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cores Per Node</em>' attribute.
	 * @see #getCoresPerNode()
	 * @generated
	 */
	void setCoresPerNode(Integer value);

	/**
	 * Returns the value of the '<em><b>Cpu</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * CPU model.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cpu</em>' attribute.
	 * @see #setCpu(String)
	 * @see org.vitruvian.model.site.SitePackage#getPartition_Cpu()
	 * @model
	 * @generated
	 */
	String getCpu();

	/**
	 * Sets the value of the '{@link org.vitruvian.model.site.Partition#getCpu <em>Cpu</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cpu</em>' attribute.
	 * @see #getCpu()
	 * @generated
	 */
	void setCpu(String value);

	/**
	 * Returns the value of the '<em><b>Memory Per Node</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Memory per node.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Memory Per Node</em>' attribute.
	 * @see #isSetMemoryPerNode()
	 * @see #unsetMemoryPerNode()
	 * @see #setMemoryPerNode(long)
	 * @see org.vitruvian.model.site.SitePackage#getPartition_MemoryPerNode()
	 * @model unsettable="true" dataType="org.vitruvian.model.common.ByteSize"
	 * @generated
	 */
	long getMemoryPerNode();

	/**
	 * Sets the value of the '{@link org.vitruvian.model.site.Partition#getMemoryPerNode <em>Memory Per Node</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Memory Per Node</em>' attribute.
	 * @see #isSetMemoryPerNode()
	 * @see #unsetMemoryPerNode()
	 * @see #getMemoryPerNode()
	 * @generated
	 */
	void setMemoryPerNode(long value);

	/**
	 * Unsets the value of the '{@link org.vitruvian.model.site.Partition#getMemoryPerNode <em>Memory Per Node</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetMemoryPerNode()
	 * @see #getMemoryPerNode()
	 * @see #setMemoryPerNode(long)
	 * @generated
	 */
	void unsetMemoryPerNode();

	/**
	 * Returns whether the value of the '{@link org.vitruvian.model.site.Partition#getMemoryPerNode <em>Memory Per Node</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Memory Per Node</em>' attribute is set.
	 * @see #unsetMemoryPerNode()
	 * @see #getMemoryPerNode()
	 * @see #setMemoryPerNode(long)
	 * @generated
	 */
	boolean isSetMemoryPerNode();

	/**
	 * Returns the value of the '<em><b>Gpus Per Node</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * GPUs per node (0 when none).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Gpus Per Node</em>' attribute.
	 * @see #setGpusPerNode(Integer)
	 * @see org.vitruvian.model.site.SitePackage#getPartition_GpusPerNode()
	 * @model
	 * @generated
	 */
	Integer getGpusPerNode();

	/**
	 * Sets the value of the '{@link org.vitruvian.model.site.Partition#getGpusPerNode <em>Gpus Per Node</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Gpus Per Node</em>' attribute.
	 * @see #getGpusPerNode()
	 * @generated
	 */
	void setGpusPerNode(Integer value);

	/**
	 * Returns the value of the '<em><b>Gpu Model</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * GPU model, e.g. A100.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Gpu Model</em>' attribute.
	 * @see #setGpuModel(String)
	 * @see org.vitruvian.model.site.SitePackage#getPartition_GpuModel()
	 * @model
	 * @generated
	 */
	String getGpuModel();

	/**
	 * Sets the value of the '{@link org.vitruvian.model.site.Partition#getGpuModel <em>Gpu Model</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Gpu Model</em>' attribute.
	 * @see #getGpuModel()
	 * @generated
	 */
	void setGpuModel(String value);

	/**
	 * Returns the value of the '<em><b>Max Walltime</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Longest job allowed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Max Walltime</em>' attribute.
	 * @see #setMaxWalltime(Duration)
	 * @see org.vitruvian.model.site.SitePackage#getPartition_MaxWalltime()
	 * @model dataType="org.vitruvian.model.common.Duration"
	 * @generated
	 */
	Duration getMaxWalltime();

	/**
	 * Sets the value of the '{@link org.vitruvian.model.site.Partition#getMaxWalltime <em>Max Walltime</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Walltime</em>' attribute.
	 * @see #getMaxWalltime()
	 * @generated
	 */
	void setMaxWalltime(Duration value);

	/**
	 * Returns the value of the '<em><b>Interconnect</b></em>' attribute.
	 * The literals are from the enumeration {@link org.vitruvian.model.site.Interconnect}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Network between the nodes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Interconnect</em>' attribute.
	 * @see org.vitruvian.model.site.Interconnect
	 * @see #isSetInterconnect()
	 * @see #unsetInterconnect()
	 * @see #setInterconnect(Interconnect)
	 * @see org.vitruvian.model.site.SitePackage#getPartition_Interconnect()
	 * @model unsettable="true"
	 * @generated
	 */
	Interconnect getInterconnect();

	/**
	 * Sets the value of the '{@link org.vitruvian.model.site.Partition#getInterconnect <em>Interconnect</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Interconnect</em>' attribute.
	 * @see org.vitruvian.model.site.Interconnect
	 * @see #isSetInterconnect()
	 * @see #unsetInterconnect()
	 * @see #getInterconnect()
	 * @generated
	 */
	void setInterconnect(Interconnect value);

	/**
	 * Unsets the value of the '{@link org.vitruvian.model.site.Partition#getInterconnect <em>Interconnect</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetInterconnect()
	 * @see #getInterconnect()
	 * @see #setInterconnect(Interconnect)
	 * @generated
	 */
	void unsetInterconnect();

	/**
	 * Returns whether the value of the '{@link org.vitruvian.model.site.Partition#getInterconnect <em>Interconnect</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Interconnect</em>' attribute is set.
	 * @see #unsetInterconnect()
	 * @see #getInterconnect()
	 * @see #setInterconnect(Interconnect)
	 * @generated
	 */
	boolean isSetInterconnect();

} // Partition
