package org.vitruvian.model.site.internal;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.osgi.service.component.annotations.Component;
import org.vitruvian.model.common.CommonPackage;
import org.vitruvian.model.common.Version;
import org.vitruvian.model.common.validation.ModelProblem;
import org.vitruvian.model.common.validation.ModelValidator;
import org.vitruvian.model.site.Access;
import org.vitruvian.model.site.ContainerRuntime;
import org.vitruvian.model.site.MpiInstallation;
import org.vitruvian.model.site.Partition;
import org.vitruvian.model.site.Site;
import org.vitruvian.model.site.SitePackage;
import org.vitruvian.model.site.SitePackage.Literals;
import org.vitruvian.model.site.StoragePath;

/** Checks site descriptions: figures the planner can compute with, and references that make sense. */
@Component(service = ModelValidator.class, property = ModelValidator.PACKAGE_PROPERTY + "=" + SitePackage.eNS_URI)
public final class SiteValidator extends ModelValidator {

    static final String FAMILY = "site";

    @Override
    public EPackage validatedPackage() {
        return SitePackage.eINSTANCE;
    }

    @Override
    protected void check(EObject object, DiagnosticChain problems, Map<Object, Object> context) {
        if (object instanceof Site site) {
            checkSite(site, problems);
        }
    }

    private void checkSite(Site site, DiagnosticChain problems) {
        if (site.getTier() != null && (site.getTier() < 0 || site.getTier() > 2)) {
            problems.add(ModelProblem.error(FAMILY + ".tier", "tier is " + site.getTier() + "; HPC tiers are 0 (European, "
                    + "e.g. Piz Daint), 1 (national, e.g. ARCHER) and 2 (regional or institutional, e.g. Cirrus). Leave it out "
                    + "for workstations and clouds.", site, Literals.SITE__TIER));
        }
        if (site.getRefines() != null && site.getRefines().equals(site.getId())) {
            problems.add(ModelProblem.error(FAMILY + ".refines", "The site refines itself; 'refines' names a generic profile "
                    + "such as slurm-generic whose values apply where this site states none. Remove it or name another site.",
                    site, Literals.SITE__REFINES));
        }
        if (site.getCostPerCoreHour() != null && site.getCostPerCoreHour() < 0) {
            problems.add(ModelProblem.error(FAMILY + ".cost", "costPerCoreHour is negative; give the price of one core-hour in "
                    + "euro, 0 for sites that do not charge.", site, Literals.SITE__COST_PER_CORE_HOUR));
        }
        if (site.getAccess() != null) {
            checkAccess(site.getAccess(), problems);
        }
        checkUniqueNames(FAMILY + ".duplicate-name", site.getPartitions(), CommonPackage.Literals.NAMED__NAME, "partition",
                "Jobs are submitted to a partition by its name.", problems);
        checkUniqueNames(FAMILY + ".duplicate-name", site.getStorage(), CommonPackage.Literals.NAMED__NAME, "storage area",
                "Workflows and reports refer to storage areas by name.", problems);
        for (Partition partition : site.getPartitions()) {
            checkPartition(partition, problems);
        }
        for (StoragePath storage : site.getStorage()) {
            if (storage.getPath() != null && !storage.getPath().startsWith("/")) {
                problems.add(ModelProblem.error(FAMILY + ".storage", "The path '" + storage.getPath() + "' of storage area '"
                        + storage.getName() + "' is not absolute; jobs start in different folders, so write it from /, e.g. "
                        + "/scratch/$USER.", storage, Literals.STORAGE_PATH__PATH));
            }
        }
        checkVersions(site, problems);
        checkIllustrative(site, problems);
    }

    private void checkAccess(Access access, DiagnosticChain problems) {
        if (access.getPort() != null && (access.getPort() < 1 || access.getPort() > 65_535)) {
            problems.add(ModelProblem.error(FAMILY + ".port", "port is " + access.getPort() + "; an SSH port lies between 1 and "
                    + "65535 (usually 22).", access, Literals.ACCESS__PORT));
        }
    }

    private void checkPartition(Partition partition, DiagnosticChain problems) {
        String name = "Partition '" + partition.getName() + "'";
        if (partition.getNodes() != null && partition.getNodes() < 1) {
            partitionProblem(partition, Literals.PARTITION__NODES, name + " has " + partition.getNodes()
                    + " nodes; give the number of nodes it has (at least 1), or remove the partition.", problems);
        }
        if (partition.getCoresPerNode() != null && partition.getCoresPerNode() < 1) {
            partitionProblem(partition, Literals.PARTITION__CORES_PER_NODE, name + " has " + partition.getCoresPerNode()
                    + " cores per node; give the CPU cores of one node (at least 1).", problems);
        }
        if (partition.isSetMemoryPerNode() && partition.getMemoryPerNode() <= 0) {
            partitionProblem(partition, Literals.PARTITION__MEMORY_PER_NODE, name + " has no memory per node; give the "
                    + "memory of one node, such as 256GiB.", problems);
        }
        if (partition.getGpusPerNode() != null && partition.getGpusPerNode() < 0) {
            partitionProblem(partition, Literals.PARTITION__GPUS_PER_NODE, name + " has " + partition.getGpusPerNode()
                    + " GPUs per node; write 0 for nodes without GPUs.", problems);
        }
        if (partition.getMaxWalltime() != null && (partition.getMaxWalltime().isZero() || partition.getMaxWalltime().isNegative())) {
            partitionProblem(partition, Literals.PARTITION__MAX_WALLTIME, name + " allows no time at all; give its longest "
                    + "job, such as 24h, or leave maxWalltime out when there is no limit.", problems);
        }
    }

    private static void partitionProblem(Partition partition, EStructuralFeature feature, String message,
            DiagnosticChain problems) {
        problems.add(ModelProblem.error(FAMILY + ".partition", message, partition, feature));
    }

    /** Compatibility checks compare these versions with an image's, so they must read as versions. */
    private void checkVersions(Site site, DiagnosticChain problems) {
        version(site.getGlibc(), "glibc", site, Literals.SITE__GLIBC, problems);
        version(site.getGpuDriver(), "gpuDriver", site, Literals.SITE__GPU_DRIVER, problems);
        version(site.getCuda(), "cuda", site, Literals.SITE__CUDA, problems);
        for (ContainerRuntime runtime : site.getContainerRuntimes()) {
            version(runtime.getVersion(), "The " + runtime.getKind().getLiteral() + " version", runtime,
                    Literals.CONTAINER_RUNTIME__VERSION, problems);
        }
        for (MpiInstallation mpi : site.getMpi()) {
            version(mpi.getVersion(), "The " + mpi.getImplementation().getLiteral() + " version", mpi,
                    Literals.MPI_INSTALLATION__VERSION, problems);
        }
    }

    private static void version(String text, String what, EObject object, EStructuralFeature feature,
            DiagnosticChain problems) {
        if (text == null) {
            return;
        }
        try {
            Version.parse(text);
        } catch (IllegalArgumentException e) {
            problems.add(ModelProblem.error(FAMILY + ".version-syntax", what + ": " + e.getMessage() + ".", object, feature));
        }
    }

    /** 'illustrative' marks figures that are not published; a name that is no key marks nothing. */
    private void checkIllustrative(Site site, DiagnosticChain problems) {
        List<String> keys = site.eClass().getEAllStructuralFeatures().stream().map(EStructuralFeature::getName).toList();
        for (String name : site.getIllustrative()) {
            if (!keys.contains(name)) {
                problems.add(ModelProblem.error(FAMILY + ".illustrative", "'illustrative' names '" + name + "', which is not a "
                        + "key of a site; list the keys whose values are illustrative, such as tier or costPerCoreHour.", site,
                        Literals.SITE__ILLUSTRATIVE));
            }
        }
    }
}
