package org.vitruvian.targets.local.internal;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.Collection;

import org.osgi.service.component.annotations.Component;
import org.vitruvian.core.ShellQuoting;
import org.vitruvian.execution.spi.ContainerImage;
import org.vitruvian.execution.spi.FailureReason;
import org.vitruvian.execution.spi.JobSpec;
import org.vitruvian.execution.spi.JobState;
import org.vitruvian.execution.spi.JobStatus;
import org.vitruvian.execution.spi.TargetAdapter;
import org.vitruvian.execution.spi.TargetException;
import org.vitruvian.model.recipe.ContainerRecipe;
import org.vitruvian.model.site.Scheduler;
import org.vitruvian.model.site.Site;
import org.vitruvian.model.site.SiteKind;

/**
 * Runs jobs as processes on this machine, or, when a job has an image, in a Podman container
 * ({@link PodmanRunner}). Each job is a small shell script in its folder, started in a session
 * of its own (setsid) so that it outlives the process that started it: Ctrl-C or kill -9 of
 * the CLI leaves running jobs running. The script first claims the job (mkdir is atomic), so
 * starting it twice runs the command once: submitting again after a crash is safe. In a
 * container too the script records its pid and the exit code, which {@code podman run}
 * returns as the command's.
 */
@Component(service = TargetAdapter.class)
public final class LocalProcessAdapter implements TargetAdapter {

    /** timeout(1)'s exit code when the walltime ran out. */
    private static final int TIMED_OUT = 124;
    /** 128 + SIGKILL: most often the kernel's out-of-memory killer. */
    private static final int KILLED = 137;
    /** podman run's own failure, before the command ran (no such image, a mount that cannot be made). */
    private static final int PODMAN_FAILED = 125;

    @Override
    public String name() {
        return "local";
    }

    @Override
    public Set<Capability> capabilities() {
        return EnumSet.of(Capability.SUBMIT, Capability.BATCH_STATUS, Capability.LOGS, Capability.CANCEL, Capability.DEPLOY,
                Capability.CONTAINERS);
    }

    @Override
    public boolean supports(Site site) {
        boolean workstation = !site.isSetType() || site.getType() == SiteKind.WORKSTATION;
        boolean noScheduler = !site.isSetScheduler() || site.getScheduler() == Scheduler.NONE;
        String host = site.getAccess() == null ? null : site.getAccess().getHost();
        boolean here = host == null || host.equals("localhost") || host.equals("127.0.0.1");
        return workstation && noScheduler && here;
    }

    @Override
    public String submit(JobSpec job) throws TargetException {
        Path folder = job.workDir();
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve("client-id"), job.clientId(), StandardCharsets.UTF_8);
            Path script = folder.resolve("job-" + safe(job.clientId()) + ".sh");
            Path conf = job.image() == null ? null : Podman.conf(folder);
            Files.writeString(script, script(job, conf, Podman.limitsAllowed()), StandardCharsets.UTF_8);
            new ProcessBuilder("setsid", "sh", script.toString()).directory(folder.toFile())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD)
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
            // The script claims the job itself, a moment later; this marker lets find() answer at once.
            Files.writeString(folder.resolve("submitted-" + safe(job.clientId())), job.clientId(), StandardCharsets.UTF_8);
            return folder.toString();
        } catch (IOException e) {
            throw new TargetException("cannot start the job in " + folder + ": " + e.getMessage(), e);
        }
    }

    /**
     * The job script. Every value is quoted: nothing in a parameter can change the command.
     * A container job gets Vitruvian's containers.conf from {@code containersConf}, and the
     * recipe's environment through podman, since exporting it here (a PATH of the image)
     * could keep the script from finding podman.
     */
    public static String script(JobSpec job, Path containersConf, boolean limits) {
        String id = safe(job.clientId());
        StringBuilder s = new StringBuilder("#!/bin/sh\n# Written by Vitruvian for job ").append(id).append('\n');
        s.append("cd ").append(ShellQuoting.quoted(job.workDir().toString())).append(" || exit 97\n");
        // Claim the job once: a second start of this script (after a crash) does nothing.
        s.append("mkdir .claim-").append(id).append(" 2>/dev/null || exit 0\n");
        s.append("echo $$ > pid-").append(id).append(".tmp && mv pid-").append(id).append(".tmp pid-").append(id).append('\n');
        List<String> command = job.command();
        if (job.image() != null) {
            s.append(Podman.CONF_VARIABLE).append('=').append(ShellQuoting.quoted(containersConf.toString())).append('\n');
            s.append("export ").append(Podman.CONF_VARIABLE).append('\n');
            command = PodmanRunner.command(job, limits);
        } else {
            // 'java' in a service's command means a Java as recent as the one running Vitruvian (>= 21),
        // not whatever older one comes first on the machine's PATH.
        s.append("PATH=").append(ShellQuoting.quoted(Path.of(System.getProperty("java.home"), "bin").toString())).append(":\"$PATH\"; export PATH\n");
        for (Map.Entry<String, String> variable : job.environment().entrySet()) {
                if (!ShellQuoting.isName(variable.getKey())) {
                    continue;
                }
                s.append("export ").append(variable.getKey()).append('=').append(ShellQuoting.quoted(variable.getValue())).append('\n');
            }
        }
        if (job.walltime() != null) {
            s.append("timeout --signal=TERM --kill-after=30 ").append(Math.max(1, job.walltime().getSeconds())).append(' ');
        }
        for (String argument : command) {
            s.append(ShellQuoting.quoted(argument)).append(' ');
        }
        s.append("> stdout.log 2> stderr.log\n");
        s.append("echo $? > exit-").append(id).append(".tmp && mv exit-").append(id).append(".tmp exit-").append(id).append('\n');
        return s.toString();
    }

    /** Client ids name files; anything but safe characters is replaced. */
    static String safe(String clientId) {
        return clientId.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    @Override
    public Optional<String> find(Site site, JobSpec job) {
        Path folder = job.workDir();
        String id = safe(job.clientId());
        boolean submitted = Files.isRegularFile(folder.resolve("submitted-" + id)) || Files.isDirectory(folder.resolve(".claim-" + id));
        return submitted ? Optional.of(folder.toString()) : Optional.empty();
    }

    @Override
    public Map<String, JobStatus> status(Site site, Collection<JobSpec> jobs, Map<String, String> jobIds) {
        Map<String, JobStatus> statuses = new LinkedHashMap<>();
        for (JobSpec job : jobs) {
            statuses.put(job.clientId(), status(job));
        }
        return statuses;
    }

    private static JobStatus status(JobSpec job) {
        String id = safe(job.clientId());
        Path folder = job.workDir();
        Path exit = folder.resolve("exit-" + id);
        try {
            if (Files.isRegularFile(exit)) {
                int code = Integer.parseInt(Files.readString(exit).strip());
                if (code == 0) {
                    return new JobStatus(JobState.COMPLETED, 0, null, null);
                }
                if (code == TIMED_OUT) {
                    return new JobStatus(JobState.FAILED, code, FailureReason.TIMEOUT, "ran out of its walltime " + job.walltime());
                }
                if (code == PODMAN_FAILED && job.image() != null) {
                    return new JobStatus(JobState.FAILED, code, FailureReason.EXIT_CODE,
                            "podman could not run the container (exit 125); its message is in stderr.log");
                }
                if (code == KILLED) {
                    return new JobStatus(JobState.FAILED, code, FailureReason.OUT_OF_MEMORY,
                            "killed (SIGKILL), most often by the out-of-memory killer");
                }
                return new JobStatus(JobState.FAILED, code, FailureReason.EXIT_CODE, "exited with " + code + "; see its log");
            }
            Path pid = folder.resolve("pid-" + id);
            if (Files.isRegularFile(pid)) {
                long process = Long.parseLong(Files.readString(pid).strip());
                if (ProcessHandle.of(process).map(ProcessHandle::isAlive).orElse(false)) {
                    return JobStatus.of(JobState.RUNNING);
                }
                // Re-read: the script may have finished between the two looks.
                if (Files.isRegularFile(exit)) {
                    return status(job);
                }
                return new JobStatus(JobState.FAILED, null, FailureReason.NODE_FAILURE,
                        "the process ended without recording an exit code (killed, or the machine restarted)");
            }
            return JobStatus.of(JobState.SUBMITTED);
        } catch (IOException | NumberFormatException e) {
            return JobStatus.unknown("cannot read the job's state in " + folder + ": " + e.getMessage());
        }
    }

    @Override
    public void cancel(Site site, JobSpec job, String jobId) throws TargetException {
        if (job.image() != null) {
            // The container runs under conmon, not under the script: stopping the script would leave it running.
            PodmanRunner.stop(job);
        }
        Path pid = job.workDir().resolve("pid-" + safe(job.clientId()));
        try {
            if (Files.isRegularFile(pid)) {
                long process = Long.parseLong(Files.readString(pid).strip());
                ProcessHandle.of(process).ifPresent(handle -> {
                    handle.descendants().forEach(ProcessHandle::destroy);
                    handle.destroy();
                });
            }
        } catch (IOException | NumberFormatException e) {
            throw new TargetException("cannot cancel the job in " + job.workDir() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Path log(Site site, JobSpec job) {
        return job.workDir().resolve("stdout.log");
    }

    /** Podman images are built on this machine from the recipe exported as a Containerfile ({@link PodmanImages}). */
    @Override
    public ContainerImage image(Site site, ContainerRecipe recipe, Path folder) {
        return new PodmanImages(folder).image(recipe);
    }
}
