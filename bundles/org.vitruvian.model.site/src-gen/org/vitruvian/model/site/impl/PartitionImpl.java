/**
 */
package org.vitruvian.model.site.impl;

import java.time.Duration;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.vitruvian.model.common.impl.NamedImpl;

import org.vitruvian.model.site.Interconnect;
import org.vitruvian.model.site.Partition;
import org.vitruvian.model.site.SitePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Partition</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.vitruvian.model.site.impl.PartitionImpl#getNodes <em>Nodes</em>}</li>
 *   <li>{@link org.vitruvian.model.site.impl.PartitionImpl#getCoresPerNode <em>Cores Per Node</em>}</li>
 *   <li>{@link org.vitruvian.model.site.impl.PartitionImpl#getCpu <em>Cpu</em>}</li>
 *   <li>{@link org.vitruvian.model.site.impl.PartitionImpl#getMemoryPerNode <em>Memory Per Node</em>}</li>
 *   <li>{@link org.vitruvian.model.site.impl.PartitionImpl#getGpusPerNode <em>Gpus Per Node</em>}</li>
 *   <li>{@link org.vitruvian.model.site.impl.PartitionImpl#getGpuModel <em>Gpu Model</em>}</li>
 *   <li>{@link org.vitruvian.model.site.impl.PartitionImpl#getMaxWalltime <em>Max Walltime</em>}</li>
 *   <li>{@link org.vitruvian.model.site.impl.PartitionImpl#getInterconnect <em>Interconnect</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PartitionImpl extends NamedImpl implements Partition {
	/**
	 * The default value of the '{@link #getNodes() <em>Nodes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNodes()
	 * @generated
	 * @ordered
	 */
	protected static final Integer NODES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNodes() <em>Nodes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNodes()
	 * @generated
	 * @ordered
	 */
	protected Integer nodes = NODES_EDEFAULT;

	/**
	 * The default value of the '{@link #getCoresPerNode() <em>Cores Per Node</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCoresPerNode()
	 * @generated
	 * @ordered
	 */
	protected static final Integer CORES_PER_NODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCoresPerNode() <em>Cores Per Node</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCoresPerNode()
	 * @generated
	 * @ordered
	 */
	protected Integer coresPerNode = CORES_PER_NODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCpu() <em>Cpu</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCpu()
	 * @generated
	 * @ordered
	 */
	protected static final String CPU_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCpu() <em>Cpu</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCpu()
	 * @generated
	 * @ordered
	 */
	protected String cpu = CPU_EDEFAULT;

	/**
	 * The default value of the '{@link #getMemoryPerNode() <em>Memory Per Node</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMemoryPerNode()
	 * @generated
	 * @ordered
	 */
	protected static final long MEMORY_PER_NODE_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getMemoryPerNode() <em>Memory Per Node</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMemoryPerNode()
	 * @generated
	 * @ordered
	 */
	protected long memoryPerNode = MEMORY_PER_NODE_EDEFAULT;

	/**
	 * This is true if the Memory Per Node attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean memoryPerNodeESet;

	/**
	 * The default value of the '{@link #getGpusPerNode() <em>Gpus Per Node</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGpusPerNode()
	 * @generated
	 * @ordered
	 */
	protected static final Integer GPUS_PER_NODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGpusPerNode() <em>Gpus Per Node</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGpusPerNode()
	 * @generated
	 * @ordered
	 */
	protected Integer gpusPerNode = GPUS_PER_NODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getGpuModel() <em>Gpu Model</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGpuModel()
	 * @generated
	 * @ordered
	 */
	protected static final String GPU_MODEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGpuModel() <em>Gpu Model</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGpuModel()
	 * @generated
	 * @ordered
	 */
	protected String gpuModel = GPU_MODEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaxWalltime() <em>Max Walltime</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxWalltime()
	 * @generated
	 * @ordered
	 */
	protected static final Duration MAX_WALLTIME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMaxWalltime() <em>Max Walltime</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxWalltime()
	 * @generated
	 * @ordered
	 */
	protected Duration maxWalltime = MAX_WALLTIME_EDEFAULT;

	/**
	 * The default value of the '{@link #getInterconnect() <em>Interconnect</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInterconnect()
	 * @generated
	 * @ordered
	 */
	protected static final Interconnect INTERCONNECT_EDEFAULT = Interconnect.ETHERNET;

	/**
	 * The cached value of the '{@link #getInterconnect() <em>Interconnect</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInterconnect()
	 * @generated
	 * @ordered
	 */
	protected Interconnect interconnect = INTERCONNECT_EDEFAULT;

	/**
	 * This is true if the Interconnect attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean interconnectESet;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PartitionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SitePackage.Literals.PARTITION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getNodes() {
		return nodes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNodes(Integer newNodes) {
		Integer oldNodes = nodes;
		nodes = newNodes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SitePackage.PARTITION__NODES, oldNodes, nodes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getCoresPerNode() {
		return coresPerNode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCoresPerNode(Integer newCoresPerNode) {
		Integer oldCoresPerNode = coresPerNode;
		coresPerNode = newCoresPerNode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SitePackage.PARTITION__CORES_PER_NODE, oldCoresPerNode, coresPerNode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCpu() {
		return cpu;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCpu(String newCpu) {
		String oldCpu = cpu;
		cpu = newCpu;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SitePackage.PARTITION__CPU, oldCpu, cpu));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getMemoryPerNode() {
		return memoryPerNode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMemoryPerNode(long newMemoryPerNode) {
		long oldMemoryPerNode = memoryPerNode;
		memoryPerNode = newMemoryPerNode;
		boolean oldMemoryPerNodeESet = memoryPerNodeESet;
		memoryPerNodeESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SitePackage.PARTITION__MEMORY_PER_NODE, oldMemoryPerNode, memoryPerNode, !oldMemoryPerNodeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetMemoryPerNode() {
		long oldMemoryPerNode = memoryPerNode;
		boolean oldMemoryPerNodeESet = memoryPerNodeESet;
		memoryPerNode = MEMORY_PER_NODE_EDEFAULT;
		memoryPerNodeESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, SitePackage.PARTITION__MEMORY_PER_NODE, oldMemoryPerNode, MEMORY_PER_NODE_EDEFAULT, oldMemoryPerNodeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetMemoryPerNode() {
		return memoryPerNodeESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getGpusPerNode() {
		return gpusPerNode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGpusPerNode(Integer newGpusPerNode) {
		Integer oldGpusPerNode = gpusPerNode;
		gpusPerNode = newGpusPerNode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SitePackage.PARTITION__GPUS_PER_NODE, oldGpusPerNode, gpusPerNode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getGpuModel() {
		return gpuModel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGpuModel(String newGpuModel) {
		String oldGpuModel = gpuModel;
		gpuModel = newGpuModel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SitePackage.PARTITION__GPU_MODEL, oldGpuModel, gpuModel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Duration getMaxWalltime() {
		return maxWalltime;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxWalltime(Duration newMaxWalltime) {
		Duration oldMaxWalltime = maxWalltime;
		maxWalltime = newMaxWalltime;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SitePackage.PARTITION__MAX_WALLTIME, oldMaxWalltime, maxWalltime));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Interconnect getInterconnect() {
		return interconnect;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInterconnect(Interconnect newInterconnect) {
		Interconnect oldInterconnect = interconnect;
		interconnect = newInterconnect == null ? INTERCONNECT_EDEFAULT : newInterconnect;
		boolean oldInterconnectESet = interconnectESet;
		interconnectESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SitePackage.PARTITION__INTERCONNECT, oldInterconnect, interconnect, !oldInterconnectESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetInterconnect() {
		Interconnect oldInterconnect = interconnect;
		boolean oldInterconnectESet = interconnectESet;
		interconnect = INTERCONNECT_EDEFAULT;
		interconnectESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, SitePackage.PARTITION__INTERCONNECT, oldInterconnect, INTERCONNECT_EDEFAULT, oldInterconnectESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetInterconnect() {
		return interconnectESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SitePackage.PARTITION__NODES:
				return getNodes();
			case SitePackage.PARTITION__CORES_PER_NODE:
				return getCoresPerNode();
			case SitePackage.PARTITION__CPU:
				return getCpu();
			case SitePackage.PARTITION__MEMORY_PER_NODE:
				return getMemoryPerNode();
			case SitePackage.PARTITION__GPUS_PER_NODE:
				return getGpusPerNode();
			case SitePackage.PARTITION__GPU_MODEL:
				return getGpuModel();
			case SitePackage.PARTITION__MAX_WALLTIME:
				return getMaxWalltime();
			case SitePackage.PARTITION__INTERCONNECT:
				return getInterconnect();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case SitePackage.PARTITION__NODES:
				setNodes((Integer)newValue);
				return;
			case SitePackage.PARTITION__CORES_PER_NODE:
				setCoresPerNode((Integer)newValue);
				return;
			case SitePackage.PARTITION__CPU:
				setCpu((String)newValue);
				return;
			case SitePackage.PARTITION__MEMORY_PER_NODE:
				setMemoryPerNode((Long)newValue);
				return;
			case SitePackage.PARTITION__GPUS_PER_NODE:
				setGpusPerNode((Integer)newValue);
				return;
			case SitePackage.PARTITION__GPU_MODEL:
				setGpuModel((String)newValue);
				return;
			case SitePackage.PARTITION__MAX_WALLTIME:
				setMaxWalltime((Duration)newValue);
				return;
			case SitePackage.PARTITION__INTERCONNECT:
				setInterconnect((Interconnect)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case SitePackage.PARTITION__NODES:
				setNodes(NODES_EDEFAULT);
				return;
			case SitePackage.PARTITION__CORES_PER_NODE:
				setCoresPerNode(CORES_PER_NODE_EDEFAULT);
				return;
			case SitePackage.PARTITION__CPU:
				setCpu(CPU_EDEFAULT);
				return;
			case SitePackage.PARTITION__MEMORY_PER_NODE:
				unsetMemoryPerNode();
				return;
			case SitePackage.PARTITION__GPUS_PER_NODE:
				setGpusPerNode(GPUS_PER_NODE_EDEFAULT);
				return;
			case SitePackage.PARTITION__GPU_MODEL:
				setGpuModel(GPU_MODEL_EDEFAULT);
				return;
			case SitePackage.PARTITION__MAX_WALLTIME:
				setMaxWalltime(MAX_WALLTIME_EDEFAULT);
				return;
			case SitePackage.PARTITION__INTERCONNECT:
				unsetInterconnect();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case SitePackage.PARTITION__NODES:
				return NODES_EDEFAULT == null ? nodes != null : !NODES_EDEFAULT.equals(nodes);
			case SitePackage.PARTITION__CORES_PER_NODE:
				return CORES_PER_NODE_EDEFAULT == null ? coresPerNode != null : !CORES_PER_NODE_EDEFAULT.equals(coresPerNode);
			case SitePackage.PARTITION__CPU:
				return CPU_EDEFAULT == null ? cpu != null : !CPU_EDEFAULT.equals(cpu);
			case SitePackage.PARTITION__MEMORY_PER_NODE:
				return isSetMemoryPerNode();
			case SitePackage.PARTITION__GPUS_PER_NODE:
				return GPUS_PER_NODE_EDEFAULT == null ? gpusPerNode != null : !GPUS_PER_NODE_EDEFAULT.equals(gpusPerNode);
			case SitePackage.PARTITION__GPU_MODEL:
				return GPU_MODEL_EDEFAULT == null ? gpuModel != null : !GPU_MODEL_EDEFAULT.equals(gpuModel);
			case SitePackage.PARTITION__MAX_WALLTIME:
				return MAX_WALLTIME_EDEFAULT == null ? maxWalltime != null : !MAX_WALLTIME_EDEFAULT.equals(maxWalltime);
			case SitePackage.PARTITION__INTERCONNECT:
				return isSetInterconnect();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (nodes: ");
		result.append(nodes);
		result.append(", coresPerNode: ");
		result.append(coresPerNode);
		result.append(", cpu: ");
		result.append(cpu);
		result.append(", memoryPerNode: ");
		if (memoryPerNodeESet) result.append(memoryPerNode); else result.append("<unset>");
		result.append(", gpusPerNode: ");
		result.append(gpusPerNode);
		result.append(", gpuModel: ");
		result.append(gpuModel);
		result.append(", maxWalltime: ");
		result.append(maxWalltime);
		result.append(", interconnect: ");
		if (interconnectESet) result.append(interconnect); else result.append("<unset>");
		result.append(')');
		return result.toString();
	}

} //PartitionImpl
