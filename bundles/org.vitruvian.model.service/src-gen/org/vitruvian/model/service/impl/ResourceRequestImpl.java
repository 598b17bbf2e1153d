/**
 */
package org.vitruvian.model.service.impl;

import java.time.Duration;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.vitruvian.model.service.ResourceRequest;
import org.vitruvian.model.service.ServicePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Resource Request</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.vitruvian.model.service.impl.ResourceRequestImpl#getNodes <em>Nodes</em>}</li>
 *   <li>{@link org.vitruvian.model.service.impl.ResourceRequestImpl#getCores <em>Cores</em>}</li>
 *   <li>{@link org.vitruvian.model.service.impl.ResourceRequestImpl#getMemory <em>Memory</em>}</li>
 *   <li>{@link org.vitruvian.model.service.impl.ResourceRequestImpl#getGpus <em>Gpus</em>}</li>
 *   <li>{@link org.vitruvian.model.service.impl.ResourceRequestImpl#getWalltime <em>Walltime</em>}</li>
 *   <li>{@link org.vitruvian.model.service.impl.ResourceRequestImpl#getMpiRanks <em>Mpi Ranks</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ResourceRequestImpl extends MinimalEObjectImpl.Container implements ResourceRequest {
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
	 * The default value of the '{@link #getCores() <em>Cores</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCores()
	 * @generated
	 * @ordered
	 */
	protected static final Integer CORES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCores() <em>Cores</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCores()
	 * @generated
	 * @ordered
	 */
	protected Integer cores = CORES_EDEFAULT;

	/**
	 * The default value of the '{@link #getMemory() <em>Memory</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMemory()
	 * @generated
	 * @ordered
	 */
	protected static final long MEMORY_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getMemory() <em>Memory</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMemory()
	 * @generated
	 * @ordered
	 */
	protected long memory = MEMORY_EDEFAULT;

	/**
	 * This is true if the Memory attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean memoryESet;

	/**
	 * The default value of the '{@link #getGpus() <em>Gpus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGpus()
	 * @generated
	 * @ordered
	 */
	protected static final Integer GPUS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGpus() <em>Gpus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGpus()
	 * @generated
	 * @ordered
	 */
	protected Integer gpus = GPUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getWalltime() <em>Walltime</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWalltime()
	 * @generated
	 * @ordered
	 */
	protected static final Duration WALLTIME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getWalltime() <em>Walltime</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWalltime()
	 * @generated
	 * @ordered
	 */
	protected Duration walltime = WALLTIME_EDEFAULT;

	/**
	 * The default value of the '{@link #getMpiRanks() <em>Mpi Ranks</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMpiRanks()
	 * @generated
	 * @ordered
	 */
	protected static final Integer MPI_RANKS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMpiRanks() <em>Mpi Ranks</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMpiRanks()
	 * @generated
	 * @ordered
	 */
	protected Integer mpiRanks = MPI_RANKS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ResourceRequestImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ServicePackage.Literals.RESOURCE_REQUEST;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ServicePackage.RESOURCE_REQUEST__NODES, oldNodes, nodes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getCores() {
		return cores;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCores(Integer newCores) {
		Integer oldCores = cores;
		cores = newCores;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServicePackage.RESOURCE_REQUEST__CORES, oldCores, cores));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getMemory() {
		return memory;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMemory(long newMemory) {
		long oldMemory = memory;
		memory = newMemory;
		boolean oldMemoryESet = memoryESet;
		memoryESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServicePackage.RESOURCE_REQUEST__MEMORY, oldMemory, memory, !oldMemoryESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetMemory() {
		long oldMemory = memory;
		boolean oldMemoryESet = memoryESet;
		memory = MEMORY_EDEFAULT;
		memoryESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, ServicePackage.RESOURCE_REQUEST__MEMORY, oldMemory, MEMORY_EDEFAULT, oldMemoryESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetMemory() {
		return memoryESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getGpus() {
		return gpus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGpus(Integer newGpus) {
		Integer oldGpus = gpus;
		gpus = newGpus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServicePackage.RESOURCE_REQUEST__GPUS, oldGpus, gpus));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Duration getWalltime() {
		return walltime;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWalltime(Duration newWalltime) {
		Duration oldWalltime = walltime;
		walltime = newWalltime;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServicePackage.RESOURCE_REQUEST__WALLTIME, oldWalltime, walltime));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getMpiRanks() {
		return mpiRanks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMpiRanks(Integer newMpiRanks) {
		Integer oldMpiRanks = mpiRanks;
		mpiRanks = newMpiRanks;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ServicePackage.RESOURCE_REQUEST__MPI_RANKS, oldMpiRanks, mpiRanks));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ServicePackage.RESOURCE_REQUEST__NODES:
				return getNodes();
			case ServicePackage.RESOURCE_REQUEST__CORES:
				return getCores();
			case ServicePackage.RESOURCE_REQUEST__MEMORY:
				return getMemory();
			case ServicePackage.RESOURCE_REQUEST__GPUS:
				return getGpus();
			case ServicePackage.RESOURCE_REQUEST__WALLTIME:
				return getWalltime();
			case ServicePackage.RESOURCE_REQUEST__MPI_RANKS:
				return getMpiRanks();
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
			case ServicePackage.RESOURCE_REQUEST__NODES:
				setNodes((Integer)newValue);
				return;
			case ServicePackage.RESOURCE_REQUEST__CORES:
				setCores((Integer)newValue);
				return;
			case ServicePackage.RESOURCE_REQUEST__MEMORY:
				setMemory((Long)newValue);
				return;
			case ServicePackage.RESOURCE_REQUEST__GPUS:
				setGpus((Integer)newValue);
				return;
			case ServicePackage.RESOURCE_REQUEST__WALLTIME:
				setWalltime((Duration)newValue);
				return;
			case ServicePackage.RESOURCE_REQUEST__MPI_RANKS:
				setMpiRanks((Integer)newValue);
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
			case ServicePackage.RESOURCE_REQUEST__NODES:
				setNodes(NODES_EDEFAULT);
				return;
			case ServicePackage.RESOURCE_REQUEST__CORES:
				setCores(CORES_EDEFAULT);
				return;
			case ServicePackage.RESOURCE_REQUEST__MEMORY:
				unsetMemory();
				return;
			case ServicePackage.RESOURCE_REQUEST__GPUS:
				setGpus(GPUS_EDEFAULT);
				return;
			case ServicePackage.RESOURCE_REQUEST__WALLTIME:
				setWalltime(WALLTIME_EDEFAULT);
				return;
			case ServicePackage.RESOURCE_REQUEST__MPI_RANKS:
				setMpiRanks(MPI_RANKS_EDEFAULT);
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
			case ServicePackage.RESOURCE_REQUEST__NODES:
				return NODES_EDEFAULT == null ? nodes != null : !NODES_EDEFAULT.equals(nodes);
			case ServicePackage.RESOURCE_REQUEST__CORES:
				return CORES_EDEFAULT == null ? cores != null : !CORES_EDEFAULT.equals(cores);
			case ServicePackage.RESOURCE_REQUEST__MEMORY:
				return isSetMemory();
			case ServicePackage.RESOURCE_REQUEST__GPUS:
				return GPUS_EDEFAULT == null ? gpus != null : !GPUS_EDEFAULT.equals(gpus);
			case ServicePackage.RESOURCE_REQUEST__WALLTIME:
				return WALLTIME_EDEFAULT == null ? walltime != null : !WALLTIME_EDEFAULT.equals(walltime);
			case ServicePackage.RESOURCE_REQUEST__MPI_RANKS:
				return MPI_RANKS_EDEFAULT == null ? mpiRanks != null : !MPI_RANKS_EDEFAULT.equals(mpiRanks);
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
		result.append(", cores: ");
		result.append(cores);
		result.append(", memory: ");
		if (memoryESet) result.append(memory); else result.append("<unset>");
		result.append(", gpus: ");
		result.append(gpus);
		result.append(", walltime: ");
		result.append(walltime);
		result.append(", mpiRanks: ");
		result.append(mpiRanks);
		result.append(')');
		return result.toString();
	}

} //ResourceRequestImpl
