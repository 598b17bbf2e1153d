package org.vitruvian.targets.local.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How Vitruvian starts Podman on this machine, the same for building images (the run engine)
 * and for running jobs (the local target), so that an image built by one is run the same way
 * by the other.
 */
public final class Podman {

    public static final String EXECUTABLE = "podman";

    /**
     * Options before every subcommand. crun, Podman's default runtime where it is installed,
     * fails on hosts with a hybrid cgroup hierarchy, where runc works; the systemd cgroup
     * manager needs a systemd session, which CI machines, containers and plain ssh sessions
     * often lack, while cgroupfs needs nothing.
     */
    public static final List<String> GLOBAL_OPTIONS = List.of("--runtime", "runc", "--cgroup-manager=cgroupfs");

    /** The variable that points Podman at {@link #conf(Path)} instead of the system's containers.conf. */
    public static final String CONF_VARIABLE = "CONTAINERS_CONF";

    /**
     * As root, Podman raises every container's open-file limit to the maximum, which is not
     * permitted inside another container or a CI sandbox and makes every start fail; with no
     * default ulimits a container keeps the limits of the process that starts it.
     */
    static final String CONF_TEXT = "# Written by Vitruvian: containers keep the limits of the process that starts them.\n"
            + "[containers]\ndefault_ulimits = []\n";

    private Podman() {
    }

    /** {@code podman GLOBAL-OPTIONS arguments...}. */
    public static List<String> command(List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(EXECUTABLE);
        command.addAll(GLOBAL_OPTIONS);
        command.addAll(arguments);
        return command;
    }

    /** Vitruvian's containers.conf in {@code folder}, written when missing or different. */
    public static Path conf(Path folder) throws IOException {
        Path file = folder.resolve(".vitruvian-containers.conf");
        if (!Files.isRegularFile(file) || !Files.readString(file, StandardCharsets.UTF_8).equals(CONF_TEXT)) {
            Files.createDirectories(folder);
            Files.writeString(file, CONF_TEXT, StandardCharsets.UTF_8);
        }
        return file;
    }

    /**
     * Whether {@code --cpus} and {@code --memory} can be given. Podman sets them through cgroups,
     * which the cgroupfs manager may create only as root; rootless Podman refuses to start a
     * container with limits then, so the job runs without them rather than not at all.
     */
    public static boolean limitsAllowed() {
        try {
            return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return false;
        }
    }
}
