package org.vitruvian.compat.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.osgi.framework.FrameworkUtil;
import org.vitruvian.compat.CompatibilityChecker;
import org.vitruvian.core.services.ServiceHandle;
import org.vitruvian.core.services.Services;
import org.vitruvian.model.common.CpuArchitecture;
import org.vitruvian.model.common.MpiImplementation;
import org.vitruvian.model.common.Units;
import org.vitruvian.model.common.validation.ModelProblem;
import org.vitruvian.model.recipe.BaseImage;
import org.vitruvian.model.recipe.ContainerRecipe;
import org.vitruvian.model.recipe.MpiMode;
import org.vitruvian.model.recipe.MpiSpec;
import org.vitruvian.model.recipe.RecipeFactory;
import org.vitruvian.model.service.ResourceRequest;
import org.vitruvian.model.service.ServiceFactory;
import org.vitruvian.model.site.ContainerRuntime;
import org.vitruvian.model.site.ContainerRuntimeKind;
import org.vitruvian.model.site.Interconnect;
import org.vitruvian.model.site.MpiInstallation;
import org.vitruvian.model.site.Partition;
import org.vitruvian.model.site.Site;
import org.vitruvian.model.site.SiteFactory;
import org.vitruvian.model.site.SiteKind;
import org.vitruvian.model.yaml.ModelService;
import org.vitruvian.model.yaml.ModelService.ModelSet;

/**
 * Every helper of these tests: models built through the generated factories, the checker reached
 * the way product code reaches it (through SCR), and assertions on its findings. Each builder
 * makes a model that passes the checks it is not about, so a test changes only what it tests.
 */
final class Fixtures {

    private Fixtures() {
    }

    // --- models -------------------------------------------------------------------------------

    /** An x86_64 image from Debian 12 (glibc 2.36), with no MPI and no GPU stack. */
    static ContainerRecipe recipe() {
        ContainerRecipe recipe = RecipeFactory.eINSTANCE.createContainerRecipe();
        recipe.setName("solver");
        BaseImage base = RecipeFactory.eINSTANCE.createBaseImage();
        base.setImage("docker://debian:12");
        base.setOs("debian 12");
        base.setGlibc("2.36");
        recipe.setBase(base);
        return recipe;
    }

    static ContainerRecipe mpiRecipe(MpiImplementation implementation, String version, MpiMode mode) {
        ContainerRecipe recipe = recipe();
        MpiSpec mpi = RecipeFactory.eINSTANCE.createMpiSpec();
        mpi.setImplementation(implementation);
        mpi.setVersion(version);
        mpi.setMode(mode);
        recipe.setMpi(mpi);
        return recipe;
    }

    static ContainerRecipe openMpi(String version, MpiMode mode) {
        return mpiRecipe(MpiImplementation.OPENMPI, version, mode);
    }

    /**
     * A shared HPC site with x86_64 nodes (glibc 2.28) and Apptainer that may build images, a CPU
     * partition 'cpu' (100 nodes, 128 cores, 256GiB, 24h, ethernet) and nothing else.
     */
    static Site site() {
        Site site = SiteFactory.eINSTANCE.createSite();
        site.setId("hpc");
        site.setType(SiteKind.HPC);
        site.setArchitecture(CpuArchitecture.X86_64);
        site.setGlibc("2.28");
        site.getContainerRuntimes().add(runtime(ContainerRuntimeKind.APPTAINER, true));
        site.getPartitions().add(partition("cpu", 100, 128, "256GiB", 0, "24h", Interconnect.ETHERNET));
        return site;
    }

    /** {@link #site()} with a GPU partition 'gpu' (20 nodes, 64 cores, 512GiB, 4 A100, 12h) and a CUDA 12.2 driver. */
    static Site gpuSite() {
        Site site = site();
        site.setGpuDriver("535.104.05");
        site.setCuda("12.2");
        Partition gpu = partition("gpu", 20, 64, "512GiB", 4, "12h", Interconnect.ETHERNET);
        gpu.setGpuModel("A100");
        site.getPartitions().add(gpu);
        return site;
    }

    static ContainerRuntime runtime(ContainerRuntimeKind kind, boolean buildAllowed) {
        ContainerRuntime runtime = SiteFactory.eINSTANCE.createContainerRuntime();
        runtime.setKind(kind);
        if (buildAllowed) {
            runtime.setBuildAllowed(true);
        }
        return runtime;
    }

    static Partition partition(String name, int nodes, int coresPerNode, String memoryPerNode, int gpusPerNode,
            String maxWalltime, Interconnect interconnect) {
        Partition partition = SiteFactory.eINSTANCE.createPartition();
        partition.setName(name);
        partition.setNodes(nodes);
        partition.setCoresPerNode(coresPerNode);
        partition.setMemoryPerNode(Units.parseByteSize(memoryPerNode));
        partition.setGpusPerNode(gpusPerNode);
        partition.setMaxWalltime(Units.parseDuration(maxWalltime));
        partition.setInterconnect(interconnect);
        return partition;
    }

    static MpiInstallation hostMpi(Site site, MpiImplementation implementation, String version) {
        MpiInstallation mpi = SiteFactory.eINSTANCE.createMpiInstallation();
        mpi.setImplementation(implementation);
        mpi.setVersion(version);
        site.getMpi().add(mpi);
        return mpi;
    }

    /** A request; null arguments are left unstated. */
    static ResourceRequest resources(Integer nodes, Integer cores, String memory, Integer gpus, String walltime) {
        ResourceRequest request = ServiceFactory.eINSTANCE.createResourceRequest();
        request.setNodes(nodes);
        request.setCores(cores);
        if (memory != null) {
            request.setMemory(Units.parseByteSize(memory));
        }
        request.setGpus(gpus);
        request.setWalltime(walltime == null ? null : Units.parseDuration(walltime));
        return request;
    }

    /** Copies data/NAME from this bundle into {@code folder} and loads it with the models it refers to. */
    static ModelSet load(Path folder, String... names) throws IOException {
        Path[] files = new Path[names.length];
        for (int i = 0; i < names.length; i++) {
            files[i] = folder.resolve(names[i]);
            try (InputStream in = FrameworkUtil.getBundle(Fixtures.class).getEntry("data/" + names[i]).openStream()) {
                Files.copy(in, files[i]);
            }
        }
        try (ServiceHandle<ModelService> models = Services.await(Fixtures.class, ModelService.class)) {
            ModelSet set = models.get().load(List.of(files));
            assertFalse(set.hasErrors(), () -> set.report().diagnostics().toString());
            return set;
        }
    }

    // --- the checker --------------------------------------------------------------------------

    static List<Diagnostic> check(ContainerRecipe recipe, Site site) {
        return check(recipe, site, null, null, null);
    }

    static List<Diagnostic> check(ContainerRecipe recipe, Site site, String partition, ResourceRequest resources) {
        return check(recipe, site, partition, resources, null);
    }

    static List<Diagnostic> check(ContainerRecipe recipe, Site site, String partition, ResourceRequest resources,
            EObject reportOn) {
        try (ServiceHandle<CompatibilityChecker> checker = Services.await(Fixtures.class, CompatibilityChecker.class)) {
            return checker.get().check(recipe, site, partition, resources, reportOn);
        }
    }

    // --- assertions ---------------------------------------------------------------------------

    /**
     * Asserts exactly one finding has {@code code}, with {@code severity}, and that its message
     * contains every fragment (case-insensitively): the fragments are how a test says which fix
     * the message must name.
     */
    static Diagnostic assertFinding(List<Diagnostic> findings, int severity, String code, String... fragments) {
        List<Diagnostic> withCode = findings.stream().filter(d -> code.equals(code(d))).toList();
        assertEquals(1, withCode.size(), () -> "expected one " + code + " in:\n" + describe(findings));
        Diagnostic finding = withCode.get(0);
        assertEquals(severity, finding.getSeverity(), () -> "severity of " + describe(List.of(finding)));
        for (String fragment : fragments) {
            assertTrue(finding.getMessage().toLowerCase().contains(fragment.toLowerCase()),
                    () -> "message lacks '" + fragment + "': " + finding.getMessage());
        }
        return finding;
    }

    /** Asserts no error or warning has a code starting with {@code prefix}. */
    static void assertNoProblems(List<Diagnostic> findings, String prefix) {
        List<Diagnostic> problems = findings.stream()
                .filter(d -> d.getSeverity() >= Diagnostic.WARNING && code(d).startsWith(prefix)).toList();
        assertTrue(problems.isEmpty(), () -> "unexpected problems:\n" + describe(problems));
    }

    static void assertAbsent(List<Diagnostic> findings, String code) {
        assertTrue(findings.stream().noneMatch(d -> code.equals(code(d))), () -> "unexpected " + code + " in:\n" + describe(findings));
    }

    static String code(Diagnostic diagnostic) {
        return ModelProblem.codeOf(diagnostic).orElse("");
    }

    static String describe(List<Diagnostic> findings) {
        return findings.stream().map(d -> "  " + severity(d) + " " + code(d) + ": " + d.getMessage())
                .collect(Collectors.joining("\n"));
    }

    private static String severity(Diagnostic d) {
        return switch (d.getSeverity()) {
            case Diagnostic.ERROR -> "error";
            case Diagnostic.WARNING -> "warning";
            case Diagnostic.INFO -> "info";
            default -> "ok";
        };
    }
}
