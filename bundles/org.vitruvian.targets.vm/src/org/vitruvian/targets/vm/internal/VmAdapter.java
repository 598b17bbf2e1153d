package org.vitruvian.targets.vm.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.vitruvian.core.Digests;
import org.vitruvian.core.ShellQuoting;
import org.vitruvian.execution.spi.FailureReason;
import org.vitruvian.execution.spi.JobSpec;
import org.vitruvian.execution.spi.JobState;
import org.vitruvian.execution.spi.JobStatus;
import org.vitruvian.execution.spi.TargetAdapter;
import org.vitruvian.execution.spi.TargetException;
import org.vitruvian.model.site.ContainerRuntime;
import org.vitruvian.model.site.ContainerRuntimeKind;
import org.vitruvian.model.site.Scheduler;
import org.vitruvian.model.site.Site;
import org.vitruvian.model.site.SiteKind;
import org.vitruvian.ssh.SshSettings;
import org.vitruvian.ssh.remote.SiteConnections;
import org.vitruvian.ssh.remote.SshConnection;

/**
 * Runs jobs on a remote workstation or cloud VM that has no scheduler (SURF Research Cloud, EGI
 * Cloud Compute VMs, Galileo100's cloud partition), over the SSH layer the Slurm target uses:
 * inputs are copied to the machine, each job is a script started in a session of its own with
 * {@code setsid}, so that it outlives the SSH channel, and the state of all of a run's jobs
 * comes from one remote command.
 *
 * <p>On the machine a run lives in {@code SCRATCH/vitruvian/RUN/} as on a Slurm site: a folder
 * per job named by its client id (a second submission after a crash finds the first's
 * {@code job-id} there and starts nothing), and {@code inputs/}. The job id is the process id of
 * the job's session leader; a process is taken for the job only while its working folder is the
 * job's folder, so a recycled process id is never mistaken for it. A job with an image runs in
 * a Podman container on the machine when the site lists Podman.
 *
 * <p>There is no scheduler to enforce cores and memory for a plain process: the machine is the
 * user's, and a step gets all of it. A walltime is enforced with {@code timeout(1)}; containers
 * also get {@code --cpus} and {@code --memory}.
 */
@Component(service = TargetAdapter.class)
public final class VmAdapter implements TargetAdapter {

    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(60);
    private static final Pattern JOB_ID = Pattern.compile("[1-9][0-9]{0,9}");
    /** timeout(1)'s exit code when it stopped the command at its walltime. */
    private static final int TIMED_OUT = 124;
    /** podman run's own failure (no such image, a mount it cannot make), before the command ran. */
    private static final int PODMAN_FAILED = 125;
    /** Seconds between timeout(1)'s SIGTERM and its SIGKILL: enough to flush a result file. */
    private static final int KILL_AFTER_SECONDS = 10;
    /** What the adapter leaves in a job's folder for itself; not outputs. */
    private static final Set<String> BOOKKEEPING = Set.of("job.sh", "job-id", "exit-code", "cancelled");

    private final SiteConnections sites;

    /** The service: keys and known hosts from $VITRUVIAN_HOME/ssh and ~/.ssh, as for Slurm sites. */
    public VmAdapter() {
        this(site -> SshSettings.forSite(site.getId()));
    }

    public VmAdapter(Function<Site, SshSettings> settings) {
        this.sites = new SiteConnections(settings);
    }

    @Override
    public String name() {
        return "vm";
    }

    @Override
    public Set<Capability> capabilities() {
        return EnumSet.of(Capability.STAGE_IN, Capability.STAGE_OUT, Capability.DEPLOY, Capability.SUBMIT,
                Capability.BATCH_STATUS, Capability.LOGS, Capability.CANCEL, Capability.CLEAN_UP);
    }

    /**
     * A site with a host and no scheduler. A workstation whose host is this machine is the local
     * target's, which runs it without SSH.
     */
    @Override
    public boolean supports(Site site) {
        String host = SiteConnections.host(site);
        if (host == null || host.isBlank()) {
            return false;
        }
        boolean noScheduler = !site.isSetScheduler() || site.getScheduler() == Scheduler.NONE;
        boolean workstation = !site.isSetType() || site.getType() == SiteKind.WORKSTATION;
        boolean here = host.equals("localhost") || host.equals("127.0.0.1");
        return noScheduler && !(workstation && here);
    }

    // ------------------------------------------------------------------ submission

    @Override
    public String submit(JobSpec job) throws TargetException {
        Site site = job.site();
        if (job.image() != null && !hasPodman(site)) {
            throw TargetException.permanent("step " + job.step() + " runs in a container, but site " + site.getId()
                    + " lists no Podman among its containerRuntimes; add '- kind: podman' to the site once Podman is"
                    + " installed on the machine, or run the step as a plain process");
        }
        String runFolder = runFolder(site, job.runId());
        String jobFolder = jobFolder(site, job);
        SshConnection connection = sites.connection(site);
        // A VM may be shared with colleagues: a run's folders are the account's alone.
        connection.check("umask 077 && mkdir -p " + ShellQuoting.quoted(jobFolder) + " " + ShellQuoting.quoted(runFolder + "/inputs")
                + " && chmod 700 " + ShellQuoting.quoted(sites.scratch(site)) + " " + ShellQuoting.quoted(runFolder) + " "
                + ShellQuoting.quoted(runFolder + "/inputs") + " " + ShellQuoting.quoted(jobFolder), COMMAND_TIMEOUT,
                "create the job's folder", output -> false);
        Map<String, String> paths = new LinkedHashMap<>();
        paths.put(normal(job.workDir()), jobFolder);
        List<String> copied = new ArrayList<>();
        for (Map.Entry<String, Path> input : job.inputs().entrySet()) {
            Path local = input.getValue().toAbsolutePath().normalize();
            if (!Files.exists(local)) {
                throw TargetException.permanent("input '" + input.getKey() + "' of step " + job.step() + " (" + local
                        + ") does not exist on this machine, so it cannot be copied to " + site.getId());
            }
            String remote = runFolder + "/inputs/" + Digests.sha256(local.toString().getBytes(StandardCharsets.UTF_8))
                    .substring(0, 16) + "-" + local.getFileName();
            connection.uploadOnce(local, remote);
            copied.add(remote);
            paths.put(local.toString(), remote);
        }
        // Longest first, so that a path inside an input is rewritten by that input, not by its folder.
        List<Map.Entry<String, String>> byLength = paths.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, String> e) -> -e.getKey().length())).toList();
        List<String> command = job.command().stream().map(value -> rewrite(value, byLength)).toList();
        Map<String, String> environment = new LinkedHashMap<>();
        job.environment().forEach((name, value) -> environment.put(name, rewrite(value, byLength)));
        if (job.image() != null) {
            // The container gets the environment through podman, not from the script's shell.
            command = podman(job, jobFolder, runFolder + "/inputs", command, environment);
        }
        connection.writeFile(jobFolder + "/job.sh", script(job.clientId(), jobFolder, job.walltime(), command,
                job.image() == null ? environment : Map.of()));
        StringBuilder close = new StringBuilder("chmod -R go-rwx -- job.sh");
        copied.forEach(remote -> close.append(' ').append(ShellQuoting.quoted(remote)));
        // Starting and recording the id is one remote command: a job-id already there means an
        // earlier attempt got this far, and that process is the job. setsid makes the job a
        // session (and process group) of its own: it outlives this SSH channel, and a cancel
        // signals the whole group.
        String start = "umask 077 && cd " + ShellQuoting.quoted(jobFolder) + " && " + close
                + " && if [ -s job-id ]; then cat job-id; else setsid sh job.sh > stdout.log 2> stderr.log < /dev/null &"
                + " printf '%s\\n' \"$!\" > job-id.part && mv job-id.part job-id && cat job-id; fi";
        String output = connection.check(start, COMMAND_TIMEOUT, "start step " + job.step(), out -> false).out().strip();
        String id = output.lines().reduce((first, second) -> second).orElse("").strip();
        if (!JOB_ID.matcher(id).matches()) {
            throw new TargetException("starting step " + job.step() + " on " + site.getId() + " answered '" + output
                    + "', not a process id");
        }
        try {
            Files.createDirectories(job.workDir());
        } catch (IOException e) {
            throw new TargetException("cannot create " + job.workDir() + ": " + e.getMessage(), e);
        }
        return id;
    }

    /**
     * The job script: every value quoted, so nothing in a parameter can change the command. It
     * records the command's exit code last of all, under a temporary name renamed into place, so
     * that an exit-code file is always whole.
     */
    static String script(String clientId, String jobFolder, Duration walltime, List<String> command, Map<String, String> environment) {
        StringBuilder s = new StringBuilder("#!/bin/sh\n");
        s.append("# Written by Vitruvian for job ").append(SiteConnections.safe(clientId)).append('\n');
        s.append("umask 077\n");
        s.append("cd ").append(ShellQuoting.quoted(jobFolder)).append(" || exit 97\n");
        for (Map.Entry<String, String> variable : environment.entrySet()) {
            if (ShellQuoting.isName(variable.getKey())) {
                s.append("export ").append(variable.getKey()).append('=').append(ShellQuoting.quoted(variable.getValue())).append('\n');
            }
        }
        if (walltime != null) {
            s.append("timeout --kill-after=").append(KILL_AFTER_SECONDS).append(' ').append(Math.max(1, walltime.getSeconds())).append(' ');
        }
        for (String argument : command) {
            s.append(ShellQuoting.quoted(argument)).append(' ');
        }
        s.append("\ncode=$?\n");
        s.append("printf '%s\\n' \"$code\" > exit-code.part && mv exit-code.part exit-code\n");
        s.append("exit \"$code\"\n");
        return s.toString();
    }

    /**
     * The podman command that runs the job in its image on the machine: the job's folder at its
     * path read-write, the run's inputs read-only, nothing else of the machine.
     */
    static List<String> podman(JobSpec job, String jobFolder, String inputsFolder, List<String> command, Map<String, String> environment) {
        List<String> run = new ArrayList<>(List.of("podman", "run", "--rm",
                // Without an init process the command is PID 1 and ignores SIGTERM, so neither the
                // walltime nor a cancel would stop it.
                "--init", "--name", containerName(job), "--entrypoint", "",
                "-v", jobFolder + ":" + jobFolder, "-v", inputsFolder + ":" + inputsFolder + ":ro", "-w", jobFolder));
        environment.forEach((name, value) -> {
            if (ShellQuoting.isName(name)) {
                run.add("--env");
                run.add(name + "=" + value);
            }
        });
        if (job.cores() != null) {
            run.add("--cpus");
            run.add(String.valueOf(job.cores()));
        }
        if (job.memory() != null) {
            run.add("--memory");
            run.add(String.valueOf(job.memory()));
        }
        run.add(job.image());
        run.addAll(command);
        return run;
    }

    static String containerName(JobSpec job) {
        return "vitruvian-" + SiteConnections.safe(job.clientId());
    }

    private static boolean hasPodman(Site site) {
        return site.getContainerRuntimes().stream().map(ContainerRuntime::getKind).anyMatch(ContainerRuntimeKind.PODMAN::equals);
    }

    /**
     * A value whose start is the job's folder or an input on this machine, as it is on the site;
     * {@code paths} (local to remote) longest first.
     */
    static String rewrite(String value, List<Map.Entry<String, String>> paths) {
        return paths.stream().filter(e -> value.equals(e.getKey()) || value.startsWith(e.getKey() + "/")).findFirst()
                .map(e -> e.getValue() + value.substring(e.getKey().length())).orElse(value);
    }

    // ------------------------------------------------------------------ state

    @Override
    public Optional<String> find(Site site, JobSpec job) throws TargetException {
        String command = "cat " + ShellQuoting.quoted(jobFolder(site, job) + "/job-id") + " 2>/dev/null; true";
        return sites.connection(site).exec(command, COMMAND_TIMEOUT).out().lines().map(String::strip)
                .filter(line -> JOB_ID.matcher(line).matches()).findFirst();
    }

    /**
     * One round trip for all jobs: for each, its exit code if it wrote one, whether it was
     * cancelled, and whether its process still runs in its folder. Read in that order, a job that
     * ends in between is seen running, then ended, never gone.
     */
    @Override
    public Map<String, JobStatus> status(Site site, Collection<JobSpec> jobs, Map<String, String> jobIds) throws TargetException {
        List<JobSpec> list = new ArrayList<>(jobs);
        StringBuilder command = new StringBuilder("i=0; for d in");
        for (JobSpec job : list) {
            command.append(' ').append(ShellQuoting.quoted(jobFolder(site, job)));
        }
        // The folder as the kernel names a process's working folder (links resolved).
        command.append("; do c=-; r=no; x=no; [ -f \"$d/cancelled\" ] && x=yes; p=$(cat \"$d/job-id\" 2>/dev/null);"
                + " dd=$(cd \"$d\" 2>/dev/null && pwd -P);"
                + " if [ -n \"$p\" ] && [ -n \"$dd\" ] && [ \"$(readlink \"/proc/$p/cwd\" 2>/dev/null)\" = \"$dd\" ]; then r=yes; fi;"
                + " [ -f \"$d/exit-code\" ] && c=$(cat \"$d/exit-code\");"
                + " printf '%s %s %s %s\\n' \"$i\" \"$c\" \"$r\" \"$x\"; i=$((i+1)); done");
        String out = sites.connection(site).exec(command.toString(), COMMAND_TIMEOUT).out();
        Map<Integer, String[]> lines = new LinkedHashMap<>();
        for (String line : out.lines().toList()) {
            String[] fields = line.strip().split(" ");
            if (fields.length == 4 && fields[0].matches("\\d+")) {
                lines.put(Integer.valueOf(fields[0]), fields);
            }
        }
        Map<String, JobStatus> statuses = new LinkedHashMap<>();
        for (int i = 0; i < list.size(); i++) {
            JobSpec job = list.get(i);
            String[] fields = lines.get(i);
            if (fields == null) {
                statuses.put(job.clientId(), JobStatus.unknown(site.getId() + " did not say how job " + job.step() + " is"));
                continue;
            }
            statuses.put(job.clientId(), state(job, fields[1], fields[2].equals("yes"), fields[3].equals("yes")));
        }
        return statuses;
    }

    /** A job's state from what its folder holds. */
    static JobStatus state(JobSpec job, String exitCode, boolean running, boolean cancelled) {
        if (cancelled && !running) {
            return new JobStatus(JobState.CANCELLED, null, null, "cancelled");
        }
        if (exitCode.matches("\\d+")) {
            int code = Integer.parseInt(exitCode);
            if (code == 0) {
                return new JobStatus(JobState.COMPLETED, 0, null, null);
            }
            if (job.walltime() != null && (code == TIMED_OUT || code == 128 + 9)) {
                return new JobStatus(JobState.FAILED, null, FailureReason.TIMEOUT, "ran out of its walltime ("
                        + job.walltime() + ") and was stopped: give the step a longer walltime, or less work per job");
            }
            if (job.image() != null && code == PODMAN_FAILED) {
                return new JobStatus(JobState.FAILED, code, FailureReason.EXIT_CODE, "podman could not start the container"
                        + " (no such image on the machine, or a mount it cannot make); see the job's stderr.log");
            }
            return new JobStatus(JobState.FAILED, code, FailureReason.EXIT_CODE, "exited with " + code + "; see its log");
        }
        if (running) {
            return JobStatus.of(JobState.RUNNING);
        }
        return new JobStatus(JobState.FAILED, null, FailureReason.NODE_FAILURE, "its process is gone and left no exit code:"
                + " the machine restarted or something killed it; run the step again");
    }

    /**
     * Marks the job cancelled, then sends SIGTERM to its process group (and stops its
     * container), if its process still runs in its folder.
     */
    @Override
    public void cancel(Site site, JobSpec job, String jobId) throws TargetException {
        if (jobId == null || !JOB_ID.matcher(jobId).matches()) {
            throw new TargetException("'" + jobId + "' is not a process id");
        }
        String folder = jobFolder(site, job);
        String command = "cd " + ShellQuoting.quoted(folder) + " && : > cancelled && if [ \"$(readlink /proc/" + jobId
                + "/cwd 2>/dev/null)\" = \"$(pwd -P)\" ]; then kill -TERM -- -" + jobId + " 2>/dev/null; fi"
                + (job.image() != null ? "; podman stop --ignore --time " + KILL_AFTER_SECONDS + " "
                        + ShellQuoting.quoted(containerName(job)) + " >/dev/null 2>&1" : "")
                + "; true";
        sites.connection(site).check(command, COMMAND_TIMEOUT, "cancel step " + job.step());
    }

    /** Removes the run's folder from the machine: copies of inputs, job folders and outputs. */
    @Override
    public void clean(Site site, String runId) throws TargetException {
        sites.connection(site).check("rm -rf -- " + ShellQuoting.quoted(runFolder(site, runId)), COMMAND_TIMEOUT,
                "remove run " + runId + "'s folder");
    }

    @Override
    public Path log(Site site, JobSpec job) throws IOException {
        Path local = job.workDir().resolve("stdout.log");
        try {
            sites.connection(site).appendNew(jobFolder(site, job) + "/stdout.log", local);
        } catch (TargetException e) {
            throw new IOException(e.getMessage(), e);
        }
        return local;
    }

    @Override
    public void stageOut(Site site, JobSpec job) throws TargetException {
        sites.connection(site).downloadFolder(jobFolder(site, job), job.workDir(), BOOKKEEPING);
    }

    // ------------------------------------------------------------------ the site

    private String runFolder(Site site, String runId) throws TargetException {
        return sites.scratch(site) + "/" + SiteConnections.safe(runId);
    }

    private String jobFolder(Site site, JobSpec job) throws TargetException {
        return runFolder(site, job.runId()) + "/" + SiteConnections.safe(job.clientId());
    }

    private static String normal(Path path) {
        return path.toAbsolutePath().normalize().toString();
    }

    @Deactivate
    void deactivate() {
        sites.close();
    }
}
