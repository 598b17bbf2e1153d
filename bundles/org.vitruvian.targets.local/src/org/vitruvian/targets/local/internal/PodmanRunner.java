package org.vitruvian.targets.local.internal;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import org.vitruvian.core.ShellQuoting;
import org.vitruvian.execution.spi.JobSpec;
import org.vitruvian.execution.spi.TargetException;

/**
 * Runs a job in a Podman container of its image. The container sees the job's folder at the
 * same path, read-write, and the folders of its input files at theirs, read-only, and nothing
 * else of this machine, so the command's paths mean the same inside and out and whatever it
 * writes stays in the job's folder.
 */
public final class PodmanRunner {

    /** Seconds a stopped container has to end before it is killed: enough to flush a result file. */
    private static final int STOP_SECONDS = 10;

    /** Beyond the walltime: timeout(1)'s grace before it kills podman, and a margin for podman to report. */
    private static final long TIMEOUT_MARGIN_SECONDS = 60;

    /** Stopping reads local state and signals one process; longer means Podman is stuck. */
    private static final long STOP_DEADLINE_SECONDS = STOP_SECONDS + 60;

    private PodmanRunner() {
    }

    /** The container's name: podman stops it by name, and a second start with the same name is refused. */
    public static String containerName(JobSpec job) {
        return "vitruvian-" + LocalProcessAdapter.safe(job.clientId());
    }

    /**
     * The podman command line that runs the job, one element per argument; {@code --cpus} and
     * {@code --memory} only when {@code limits} says podman can set them.
     */
    public static List<String> command(JobSpec job, boolean limits) {
        String workDir = job.workDir().toString();
        List<String> run = new ArrayList<>(List.of("run", "--rm",
                // Without an init process the command is PID 1, which ignores SIGTERM unless it handles it, so
                // neither the walltime nor a cancel would stop it.
                "--init",
                // The image was built on this machine; asking a registry for it only delays the error.
                "--pull=never",
                "--name", containerName(job),
                // The service's command is the whole command line, not arguments to the recipe's run command.
                "--entrypoint", "",
                "-v", workDir + ":" + workDir + ":Z"));
        for (Path folder : inputFolders(job)) {
            run.add("-v");
            run.add(folder + ":" + folder + ":ro");
        }
        run.add("-w");
        run.add(workDir);
        for (Map.Entry<String, String> variable : job.environment().entrySet()) {
            if (!ShellQuoting.isName(variable.getKey())) {
                continue;
            }
            run.add("--env");
            run.add(variable.getKey() + "=" + variable.getValue());
        }
        if (limits && job.cores() != null) {
            run.add("--cpus");
            run.add(String.valueOf(job.cores()));
        }
        if (limits && job.memory() != null) {
            run.add("--memory");
            run.add(String.valueOf(job.memory()));
        }
        if (job.walltime() != null) {
            // timeout(1) ends the job at its walltime; should podman itself be killed, conmon still ends the container.
            run.add("--timeout");
            run.add(String.valueOf(Math.max(1, job.walltime().getSeconds()) + TIMEOUT_MARGIN_SECONDS));
        }
        run.add(job.image());
        run.addAll(job.command());
        return Podman.command(run);
    }

    /**
     * The folders of the input files, each mounted once: a folder inside another is already
     * visible, and one inside the job's folder is mounted read-write with it. An input directly
     * in / is mounted alone, since mounting / would hide the image.
     */
    public static List<Path> inputFolders(JobSpec job) {
        Path workDir = job.workDir().toAbsolutePath().normalize();
        TreeSet<Path> candidates = new TreeSet<>();
        for (Path input : job.inputs().values()) {
            Path absolute = input.toAbsolutePath().normalize();
            Path folder = absolute.getParent();
            candidates.add(folder == null || folder.getParent() == null ? absolute : folder);
        }
        List<Path> folders = new ArrayList<>();
        for (Path candidate : candidates) {
            if (candidate.startsWith(workDir) || folders.stream().anyMatch(candidate::startsWith)) {
                continue;
            }
            folders.add(candidate);
        }
        return folders;
    }

    /** Stops the job's container, if it still runs. */
    static void stop(JobSpec job) throws TargetException {
        try {
            Path output = Files.createTempFile("vitruvian-podman-stop", ".log");
            try {
                ProcessBuilder builder = new ProcessBuilder(Podman.command(List.of("stop", "--ignore", "--time",
                        String.valueOf(STOP_SECONDS), containerName(job)))).redirectErrorStream(true).redirectOutput(output.toFile())
                        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
                builder.environment().put(Podman.CONF_VARIABLE, Podman.conf(job.workDir()).toString());
                Process process = builder.start();
                if (!process.waitFor(STOP_DEADLINE_SECONDS, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new TargetException("podman stop " + containerName(job) + " did not end in " + STOP_DEADLINE_SECONDS + " s");
                }
                if (process.exitValue() != 0) {
                    throw new TargetException("podman stop " + containerName(job) + " failed: " + Files.readString(output).strip());
                }
            } finally {
                Files.deleteIfExists(output);
            }
        } catch (IOException e) {
            throw new TargetException("cannot stop container " + containerName(job) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TargetException("interrupted while stopping container " + containerName(job), e);
        }
    }
}
