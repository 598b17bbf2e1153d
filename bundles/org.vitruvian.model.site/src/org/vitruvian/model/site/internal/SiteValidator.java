package org.vitruvian.model.site.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.osgi.service.component.annotations.Component;
import org.vitruvian.model.common.CommonPackage;
import org.vitruvian.model.common.Version;
import org.vitruvian.model.common.validation.ModelProblem;
import org.vitruvian.model.common.validation.ModelValidator;
import org.vitruvian.model.common.validation.Suggestions;
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

    /**
     * A host name (letters, digits, '.', '-', '_'), an IPv4 address, or an IPv6 address with or
     * without brackets. The first character is never '-': ssh would read "-oProxyCommand=..." as an
     * option, and no shell metacharacter (';', '$', '`', '|', space) gets through.
     */
    private static final Pattern HOST = Pattern
            .compile("[A-Za-z0-9][A-Za-z0-9._-]{0,252}|\\[[0-9A-Fa-f:.]+]|[0-9A-Fa-f]*:[0-9A-Fa-f:.]+");

    /** POSIX portable user names, as useradd and LDAP directories accept them. */
    private static final Pattern USER = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._-]{0,63}");

    @Override
    public EPackage validatedPackage() {
        return SitePackage.eINSTANCE;
    }

    @Override
    protected void check(EObject object, DiagnosticChain problems, Map<Object, Object> context) {
        if (object instanceof Site site) {
            checkSite(site, problems);
            if (allSitesLoaded(context)) {
                checkRefinement(site, loadedModels(context), problems);
            }
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

    /**
     * With every site loaded, 'refines' can be followed: it must name a site or profile, and must
     * not lead back to the site. (Without them all, the site catalog follows it and reports both.)
     */
    private void checkRefinement(Site site, List<EObject> loaded, DiagnosticChain problems) {
        String parent = site.getRefines();
        if (parent == null || parent.isBlank() || parent.equals(site.getId())) {
            return;
        }
        Map<String, Site> byId = new HashMap<>();
        for (EObject model : loaded) {
            if (model instanceof Site other && other.getId() != null) {
                byId.putIfAbsent(other.getId(), other);
            }
        }
        if (!byId.containsKey(parent)) {
            List<String> profiles = byId.values().stream().filter(Site::isProfile).map(Site::getId).sorted().toList();
            problems.add(ModelProblem.error(FAMILY + ".unknown-profile", "'refines' names '" + parent + "', which is neither "
                    + "among the files given nor in the site catalog." + Suggestions.didYouMean(parent, byId.keySet())
                    + " Profiles sites can refine: " + String.join(", ", profiles) + ".", site, Literals.SITE__REFINES));
            return;
        }
        List<String> path = new ArrayList<>(List.of(site.getId()));
        Set<String> seen = new HashSet<>(path);
        for (Site next = byId.get(parent); next != null; next = byId.get(next.getRefines())) {
            path.add(next.getId());
            if (next.getId().equals(site.getId())) {
                problems.add(ModelProblem.error(FAMILY + ".refines-cycle", "The site refines itself through "
                        + String.join(" -> ", path) + "; a profile's values could never be settled. Break the cycle: one of "
                        + "these sites must refine a profile outside it, or nothing.", site, Literals.SITE__REFINES));
                return;
            }
            if (!seen.add(next.getId()) || next.getRefines() == null) {
                // A cycle further up that this site is not part of is reported at the sites in it.
                return;
            }
        }
    }

    private void checkAccess(Access access, DiagnosticChain problems) {
        if (access.getPort() != null && (access.getPort() < 1 || access.getPort() > 65_535)) {
            problems.add(ModelProblem.error(FAMILY + ".port", "port is " + access.getPort() + "; an SSH port lies between 1 and "
                    + "65535 (usually 22).", access, Literals.ACCESS__PORT));
        }
        if (access.getHost() != null && !isHost(access.getHost())) {
            problems.add(ModelProblem.error(FAMILY + ".host", hostProblem("host", access.getHost()), access,
                    Literals.ACCESS__HOST));
        }
        for (String node : access.getLoginNodes()) {
            if (node != null && !isHost(node)) {
                problems.add(ModelProblem.error(FAMILY + ".host", hostProblem("login node", node), access,
                        Literals.ACCESS__LOGIN_NODES));
            }
        }
        if (access.getUser() != null && !USER.matcher(access.getUser()).matches()) {
            problems.add(ModelProblem.error(FAMILY + ".user", "The user '" + access.getUser() + "' is not a user name: "
                    + "Vitruvian logs in with it and writes it into commands, so it may hold only letters, digits, '.', '-' "
                    + "and '_', starting with a letter, digit or '_' (at most 64), such as jdoe or j.doe_2.", access,
                    Literals.ACCESS__USER));
        }
    }

    private static boolean isHost(String host) {
        return HOST.matcher(host).matches();
    }

    private static String hostProblem(String what, String host) {
        return "The " + what + " '" + host + "' is not a host name or address: Vitruvian connects to it and writes it into "
                + "commands, so it may hold only letters, digits, '.', '-' and '_' (':' in an IPv6 address), starting with a "
                + "letter or digit, such as login.hpc.example.org or 192.0.2.10.";
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
