package org.vitruvian.sites.internal;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.vitruvian.core.Processes;
import org.vitruvian.model.common.CpuArchitecture;
import org.vitruvian.model.common.MpiImplementation;
import org.vitruvian.model.site.ContainerRuntime;
import org.vitruvian.model.site.ContainerRuntimeKind;
import org.vitruvian.model.site.MpiInstallation;
import org.vitruvian.model.site.Partition;
import org.vitruvian.model.site.Scheduler;
import org.vitruvian.model.site.Site;
import org.vitruvian.model.site.SiteFactory;
import org.vitruvian.model.site.SiteKind;
import org.vitruvian.model.site.StoragePath;
import org.vitruvian.model.trust.ResourceClass;

/**
 * Describes this machine as the site {@code local}: what it really has, read from the OS and
 * from the tools installed on it. Probing starts processes, so the result is kept for the life
 * of the catalog; each snapshot gets a copy.
 */
final class LocalSiteProbe {

    private static final Pattern VERSION = Pattern.compile("(\\d+(?:\\.\\d+)+)");
    private static final java.time.Duration COMMAND_TIMEOUT = java.time.Duration.ofSeconds(5);

    private Site probed;

    synchronized Site probe() {
        if (probed == null) {
            probed = detect();
        }
        return EcoreUtil.copy(probed);
    }

    private static Site detect() {
        SiteFactory factory = SiteFactory.eINSTANCE;
        Site site = factory.createSite();
        site.setId("local");
        site.setName("This machine (" + hostName() + ")");
        site.setDescription("Detected when Vitruvian started: processors, memory, GPUs, C library, container runtimes and MPI.");
        site.setType(SiteKind.WORKSTATION);
        site.setResourceClass(ResourceClass.DESK_SIDE);
        site.setScheduler(Scheduler.NONE);
        architecture().ifPresent(site::setArchitecture);
        osRelease().ifPresent(site::setOs);
        glibc().ifPresent(site::setGlibc);

        Partition partition = factory.createPartition();
        partition.setName("local");
        partition.setNodes(1);
        partition.setCoresPerNode(Runtime.getRuntime().availableProcessors());
        partition.setMemoryPerNode(totalMemory());
        List<String> gpus = run("nvidia-smi", "--query-gpu=name,driver_version", "--format=csv,noheader").map(String::lines)
                .map(lines -> lines.filter(l -> !l.isBlank()).toList()).orElse(List.of());
        partition.setGpusPerNode(gpus.size());
        if (!gpus.isEmpty()) {
            String[] first = gpus.get(0).split(",");
            partition.setGpuModel(first[0].strip());
            if (first.length > 1) {
                site.setGpuDriver(first[1].strip());
            }
        }
        site.getPartitions().add(partition);

        for (ContainerRuntimeKind kind : List.of(ContainerRuntimeKind.APPTAINER, ContainerRuntimeKind.SINGULARITY,
                ContainerRuntimeKind.PODMAN, ContainerRuntimeKind.DOCKER)) {
            run(kind.getLiteral(), "--version").flatMap(LocalSiteProbe::version).ifPresent(version -> {
                ContainerRuntime runtime = factory.createContainerRuntime();
                runtime.setKind(kind);
                runtime.setVersion(version);
                // On one's own machine images may be built; Docker's engine runs as a root daemon.
                runtime.setBuildAllowed(true);
                runtime.setRootful(kind == ContainerRuntimeKind.DOCKER);
                site.getContainerRuntimes().add(runtime);
            });
        }
        run("mpirun", "--version").ifPresent(text -> {
            MpiInstallation mpi = factory.createMpiInstallation();
            String lower = text.toLowerCase(Locale.ROOT);
            mpi.setImplementation(lower.contains("open mpi") ? MpiImplementation.OPENMPI
                    : lower.contains("intel") ? MpiImplementation.INTELMPI
                            : lower.contains("mvapich") ? MpiImplementation.MVAPICH2 : MpiImplementation.MPICH);
            version(text).ifPresent(mpi::setVersion);
            if (mpi.getVersion() != null) {
                site.getMpi().add(mpi);
            }
        });

        StoragePath home = factory.createStoragePath();
        home.setName("home");
        home.setPath(System.getProperty("user.home"));
        home.setPurpose("home");
        StoragePath scratch = factory.createStoragePath();
        scratch.setName("scratch");
        scratch.setPath(System.getProperty("java.io.tmpdir"));
        scratch.setPurpose("scratch");
        site.getStorage().add(home);
        site.getStorage().add(scratch);
        return site;
    }

    private static Optional<CpuArchitecture> architecture() {
        return switch (System.getProperty("os.arch", "")) {
            case "amd64", "x86_64" -> Optional.of(CpuArchitecture.X86_64);
            case "aarch64", "arm64" -> Optional.of(CpuArchitecture.AARCH64);
            case "ppc64le" -> Optional.of(CpuArchitecture.PPC64LE);
            default -> Optional.empty();
        };
    }

    private static Optional<String> osRelease() {
        try {
            List<String> lines = Files.readAllLines(Path.of("/etc/os-release"), StandardCharsets.UTF_8);
            String id = value(lines, "ID");
            String version = value(lines, "VERSION_ID");
            return id == null ? Optional.empty() : Optional.of(version == null ? id : id + " " + version);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String value(List<String> lines, String key) {
        return lines.stream().filter(l -> l.startsWith(key + "=")).map(l -> l.substring(key.length() + 1).replace("\"", ""))
                .findFirst().orElse(null);
    }

    private static Optional<String> glibc() {
        return run("getconf", "GNU_LIBC_VERSION").flatMap(LocalSiteProbe::version);
    }

    private static long totalMemory() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    long kib = Long.parseLong(line.replaceAll("\\D+", ""));
                    // Round down to whole MiB so the figure reads well (e.g. 24044MiB).
                    return kib / 1024 * 1024 * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            // Not Linux, or an unusual /proc: fall back to what the JVM knows.
        }
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getTotalMemorySize();
    }

    private static String hostName() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "localhost";
        }
    }

    private static Optional<String> version(String text) {
        Matcher m = VERSION.matcher(text);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** Output of a tool found on the PATH, or empty when it is missing, fails or hangs. */
    private static Optional<String> run(String... command) {
        return onPath(command[0]) ? Processes.output(null, COMMAND_TIMEOUT, command) : Optional.empty();
    }

    private static boolean onPath(String tool) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String folder : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(folder, tool))) {
                return true;
            }
        }
        return false;
    }
}
