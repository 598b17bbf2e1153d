package org.vitruvian.compat;

/**
 * The stable codes of the {@link CompatibilityChecker}'s diagnostics. A code is never reworded
 * once released; tools and docs/compatibility.md refer to it. Severity is given per code: the
 * same code never appears with two severities.
 */
public final class CompatibilityCodes {

    /** Info: a runtime at the site can run the image. */
    public static final String RUNTIME_OK = "compat.runtime.ok";
    /** Error: the site has no container runtime at all. */
    public static final String RUNTIME_NONE = "compat.runtime.none";
    /** Error: no runtime at the site can run the image's format (a SIF base on an OCI-only site). */
    public static final String RUNTIME_FORMAT = "compat.runtime.format";
    /** Error: the only runtimes that could run the image use a root daemon, on a shared HPC site. */
    public static final String RUNTIME_ROOT_DAEMON = "compat.runtime.root-daemon";

    /** Info: the image's CPU architecture is the nodes'. */
    public static final String ARCH_OK = "compat.arch.ok";
    /** Error: the image is built for another CPU architecture than the nodes'. */
    public static final String ARCH_MISMATCH = "compat.arch.mismatch";
    /** Warning: the site does not state its nodes' CPU architecture. */
    public static final String ARCH_UNKNOWN = "compat.arch.unknown";
    /** Warning: the site builds no images, so the build host elsewhere must match the nodes. */
    public static final String ARCH_BUILD_ELSEWHERE = "compat.arch.build-elsewhere";

    /** Error: the image needs a host MPI of its implementation and the site has none. */
    public static final String MPI_NO_HOST_MPI = "compat.mpi.no-host-mpi";
    /** Info: the versions are Green in the OpenMPI matrix, or identical. */
    public static final String MPI_COMPATIBLE = "compat.mpi.compatible";
    /** Error: the versions are Red in the OpenMPI matrix. */
    public static final String MPI_INCOMPATIBLE = "compat.mpi.incompatible";
    /** Warning: the versions are White (untested) in the OpenMPI matrix. */
    public static final String MPI_UNTESTED = "compat.mpi.untested";
    /** Info: outside the matrix, same major version and the container's is older (rule of thumb). */
    public static final String MPI_LIKELY_COMPATIBLE = "compat.mpi.likely-compatible";
    /** Warning: outside the matrix, the major versions differ (rule of thumb). */
    public static final String MPI_MAJOR_VERSION = "compat.mpi.major-version";
    /** Warning: outside the matrix, the container's MPI is newer than the host's (rule of thumb). */
    public static final String MPI_CONTAINER_NEWER = "compat.mpi.container-newer";
    /** Warning: a version is missing or not a dotted number, so it cannot be compared. */
    public static final String MPI_VERSION_UNKNOWN = "compat.mpi.version-unknown";
    /** Error: hybrid mode, and the image's process-management interface is not the launcher's. */
    public static final String MPI_PMI = "compat.mpi.pmi";
    /** Error: bind mode, and the site does not allow binding its MPI into containers. */
    public static final String MPI_BIND_NOT_ALLOWED = "compat.mpi.bind-not-allowed";
    /** Error: bind mode, and the image's glibc is older than the host's. */
    public static final String MPI_GLIBC = "compat.mpi.glibc";
    /** Warning: bind mode, and the image's or the host's glibc version is not stated. */
    public static final String MPI_GLIBC_UNKNOWN = "compat.mpi.glibc-unknown";

    /** Info: the image has a fabric library for the partitions' fast interconnect. */
    public static final String FABRIC_OK = "compat.fabric.ok";
    /** Warning: hybrid mode on a fast interconnect, and the image has no fabric library for it. */
    public static final String FABRIC_MISSING = "compat.fabric.missing";

    /** Info: the site's GPUs, driver and CUDA suit the image. */
    public static final String GPU_OK = "compat.gpu.ok";
    /** Error: GPUs are requested and the site has none. */
    public static final String GPU_NONE = "compat.gpu.none";
    /** Warning: the image has a GPU stack and the site has no GPUs (no GPUs requested). */
    public static final String GPU_UNAVAILABLE = "compat.gpu.unavailable";
    /** Error: the image is for one GPU vendor, the site has the other's. */
    public static final String GPU_VENDOR = "compat.gpu.vendor";
    /** Warning: the site does not say whose GPUs it has. */
    public static final String GPU_VENDOR_UNKNOWN = "compat.gpu.vendor-unknown";
    /** Error: the image's CUDA is newer than the site's driver supports. */
    public static final String GPU_CUDA = "compat.gpu.cuda";
    /** Warning: the image states CUDA and the site does not say which CUDA its driver supports. */
    public static final String GPU_CUDA_UNKNOWN = "compat.gpu.cuda-unknown";
    /** Error: the site's GPU driver is older than the image's minimum. */
    public static final String GPU_DRIVER = "compat.gpu.driver";
    /** Warning: the image states a minimum driver and the site does not state its driver. */
    public static final String GPU_DRIVER_UNKNOWN = "compat.gpu.driver-unknown";

    /** Error: the named partition is not one of the site's. */
    public static final String PARTITION_UNKNOWN = "compat.partition.unknown";
    /** Info: the request fits these partitions. */
    public static final String RESOURCES_FITS = "compat.resources.fits";
    /** Error: no partition was named and none of the site's fits the request. */
    public static final String RESOURCES_NO_PARTITION = "compat.resources.no-partition";
    /** Info: the site states no partitions, so the request could not be checked. */
    public static final String RESOURCES_UNCHECKED = "compat.resources.unchecked";
    /** Error: the named partition has fewer nodes than the request needs. */
    public static final String RESOURCES_NODES = "compat.resources.nodes";
    /** Error: the named partition has fewer cores per node than the request needs. */
    public static final String RESOURCES_CORES = "compat.resources.cores";
    /** Error: the named partition has less memory per node than requested. */
    public static final String RESOURCES_MEMORY = "compat.resources.memory";
    /** Error: the named partition has fewer GPUs per node than requested. */
    public static final String RESOURCES_GPUS = "compat.resources.gpus";
    /** Error: the named partition's longest job is shorter than the requested walltime. */
    public static final String RESOURCES_WALLTIME = "compat.resources.walltime";

    private CompatibilityCodes() {
    }
}
