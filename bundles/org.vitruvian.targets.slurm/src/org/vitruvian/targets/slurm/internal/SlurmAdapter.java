package org.vitruvian.targets.slurm.internal;

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.vitruvian.core.Digests;
import org.vitruvian.core.ShellQuoting;
import org.vitruvian.execution.spi.FailureReason;
import org.vitruvian.execution.spi.JobSpec;
import org.vitruvian.execution.spi.JobState;
import org.vitruvian.execution.spi.JobStatus;
import org.vitruvian.execution.spi.TargetAdapter;
import org.vitruvian.execution.spi.TargetException;
import org.vitruvian.model.site.Scheduler;
import org.vitruvian.model.site.Site;
import org.vitruvian.sites.SubmissionCommands;
import org.vitruvian.ssh.SshSettings;
import org.vitruvian.ssh.remote.SiteConnections;
import org.vitruvian.ssh.remote.SshConnection;

/**
 * Runs jobs on a Slurm cluster through SSH to its login node: inputs and deployed program files
 * are copied to the site's scratch, each job is a batch script submitted with sbatch, the state
 * of all of a run's jobs comes from one squeue, and outputs are copied back when a job ends.
 *
 * <p>On the site a run lives in {@code SCRATCH/vitruvian/RUN/}: a folder per job (named by its
 * client id, so that a submission after a crash finds the first one's {@code job-id} and does
 * not submit again), and {@code inputs/} with one copy of each input. Paths in the command that
 * lie in the job's folder or in an input on this machine are rewritten to their copies there.
 * Job scripts run in a login shell ({@code #!/bin/bash -l}), so that what the site's login
 * environment provides (modules, a Java) is there, as for a user's own jobs.
 */
@Component(service = TargetAdapter.class)
public final class SlurmAdapter implements TargetAdapter {

    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(60);
    private static final Pattern JOB_ID = Pattern.compile("[0-9]+(_[0-9]+)?");
    private static final Pattern SCONTROL_STATE = Pattern.compile("JobState=(\\S+)");
    private static final Pattern SCONTROL_EXIT = Pattern.compile("ExitCode=(\\d+):(\\d+)");
    /** What the adapter leaves in a job's folder for itself; not outputs. */
    private static final Set<String> BOOKKEEPING = Set.of("job.sh", "job-id", "exit-code");

    private final SubmissionCommands submission;
    private final SiteConnections sites;

    /**
     * The service: keys and known hosts from $VITRUVIAN_HOME/ssh and ~/.ssh, and sbatch as the
     * site's plugins may wrap it (a project account, a site's own submit tool).
     */
    @Activate
    public SlurmAdapter(@Reference SubmissionCommands submission) {
        this(site -> SshSettings.forSite(site.getId()), submission);
    }

    public SlurmAdapter(Function<Site, SshSettings> settings, SubmissionCommands submission) {
        this.sites = new SiteConnections(settings);
        this.submission = submission;
    }

    @Override
    public String name() {
        return "slurm";
    }

    @Override
    public Set<Capability> capabilities() {
        return EnumSet.of(Capability.STAGE_IN, Capability.STAGE_OUT, Capability.DEPLOY, Capability.SUBMIT,
                Capability.BATCH_STATUS, Capability.LOGS, Capability.CANCEL, Capability.CLEAN_UP);
    }

    @Override
    public boolean supports(Site site) {
        return site.isSetScheduler() && site.getScheduler() == Scheduler.SLURM && site.getAccess() != null
                && site.getAccess().getHost() != null && !site.getAccess().getHost().isBlank();
    }

    // ------------------------------------------------------------------ submission

    @Override
    public String submit(JobSpec job) throws TargetException {
        if (job.image() != null) {
            throw TargetException.permanent("site " + job.site().getId() + " is a Slurm site: containers (Apptainer) are not "
                    + "supported there yet; run the step as a plain process or on a workstation with Podman");
        }
        String runFolder = runFolder(job.site(), job.runId());
        String jobFolder = jobFolder(job.site(), job);
        SshConnection connection = connection(job.site());
        // Clinical data must not be readable by the site's other accounts: every folder of a run
        // is the account's alone, including Vitruvian's own folder in a scratch that is often
        // world-readable, and folders made by an earlier release are closed too.
        connection.check("umask 077 && mkdir -p " + ShellQuoting.quoted(jobFolder) + " " + ShellQuoting.quoted(runFolder + "/inputs")
                + " && chmod 700 " + ShellQuoting.quoted(scratch(job.site())) + " " + ShellQuoting.quoted(runFolder) + " "
                + ShellQuoting.quoted(runFolder + "/inputs") + " " + ShellQuoting.quoted(jobFolder), COMMAND_TIMEOUT,
                "create the job's folder", output -> false);
        Map<String, String> paths = new LinkedHashMap<>();
        paths.put(normal(job.workDir()), jobFolder);
        List<String> copied = new ArrayList<>();
        for (Map.Entry<String, Path> input : job.inputs().entrySet()) {
            Path local = input.getValue().toAbsolutePath().normalize();
            if (!Files.exists(local)) {
                throw TargetException.permanent("input '" + input.getKey() + "' of step " + job.step() + " (" + local
                        + ") does not exist on this machine, so it cannot be copied to " + job.site().getId());
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
        connection.writeFile(jobFolder + "/job.sh",
                script(job.clientId(), jobFolder, directives(job, jobFolder), command, environment));
        List<String> submitWords = submission.submitCommand(job.site(), "job.sh").arguments();
        if (submitWords.isEmpty()) {
            throw new TargetException("no submit command for site " + job.site().getId());
        }
        // Submitting and recording the id is one remote command: a job-id already there means
        // an earlier attempt got this far, and that job is the one.
        // SFTP leaves copies with the server's umask (0644): they are closed before the job can
        // run, and the umask travels with sbatch (SLURM_UMASK) to the job's logs and outputs.
        StringBuilder close = new StringBuilder("chmod -R go-rwx -- job.sh");
        copied.forEach(remote -> close.append(' ').append(ShellQuoting.quoted(remote)));
        String submit = "umask 077 && cd " + ShellQuoting.quoted(jobFolder) + " && " + close + " && if [ -s job-id ]; then cat job-id; else id=$("
                + String.join(" ", submitWords.stream().map(ShellQuoting::quoted).toList())
                + ") && printf '%s\\n' \"$id\" > job-id.part && mv job-id.part job-id && printf '%s\\n' \"$id\"; fi";
        String output = connection.check(submit, COMMAND_TIMEOUT, "submit step " + job.step() + " with "
                + submitWords.get(0), SlurmAdapter::schedulerUnavailable).out().strip();
        String id = output.lines().reduce((first, second) -> second).orElse("").split(";")[0].strip();
        if (!JOB_ID.matcher(id).matches()) {
            throw new TargetException("sbatch on " + job.site().getId() + " answered '" + output + "', not a job id");
        }
        try {
            Files.createDirectories(job.workDir());
        } catch (IOException e) {
            throw new TargetException("cannot create " + job.workDir() + ": " + e.getMessage(), e);
        }
        return id;
    }

    /**
     * The job's #SBATCH lines. They are in the script rather than on sbatch's command line so
     * that a site plugin's submit command (see SubmissionCommands) gets them too.
     */
    static List<String> directives(JobSpec job, String jobFolder) throws TargetException {
        List<String> options = new ArrayList<>();
        options.add("--job-name=" + jobName(job));
        options.add("--output=" + jobFolder + "/stdout.log");
        options.add("--error=" + jobFolder + "/stderr.log");
        options.add("--chdir=" + jobFolder);
        if (!job.partitions().isEmpty()) {
            // Any of them: Slurm starts the job in whichever can run it first.
            options.add("--partition=" + String.join(",", job.partitions()));
        }
        if (job.walltime() != null) {
            options.add("--time=" + Math.max(1, (job.walltime().getSeconds() + 59) / 60));
        }
        if (job.cores() != null) {
            options.add("--cpus-per-task=" + job.cores());
        }
        if (job.memory() != null) {
            options.add("--mem=" + Math.max(1, (job.memory() + (1 << 20) - 1) >> 20) + "M");
        }
        List<String> lines = new ArrayList<>();
        for (String option : options) {
            if (option.contains("\"") || option.contains("\n") || option.contains("\r")) {
                throw TargetException.permanent("cannot give Slurm the option '" + option + "': it holds a quote or a line break");
            }
            int equals = option.indexOf('=');
            String value = option.substring(equals + 1);
            // sbatch reads #SBATCH lines itself, without a shell: double quotes keep a value with spaces whole.
            lines.add("#SBATCH " + option.substring(0, equals + 1) + (value.matches("[A-Za-z0-9._/:=+-]+") ? value : "\"" + value + "\""));
        }
        return lines;
    }

    /** The batch script: every value quoted, so nothing in a parameter can change the command. */
    static String script(String clientId, String jobFolder, List<String> directives, List<String> command,
            Map<String, String> environment) {
        StringBuilder s = new StringBuilder("#!/bin/bash -l\n");
        for (String directive : directives) {
            s.append(directive).append('\n');
        }
        s.append("# Written by Vitruvian for job ").append(safe(clientId)).append('\n');
        s.append("umask 077\n");
        s.append("cd ").append(ShellQuoting.quoted(jobFolder)).append(" || exit 97\n");
        for (Map.Entry<String, String> variable : environment.entrySet()) {
            if (ShellQuoting.isName(variable.getKey())) {
                s.append("export ").append(variable.getKey()).append('=').append(ShellQuoting.quoted(variable.getValue())).append('\n');
            }
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
        String command = "cat " + ShellQuoting.quoted(jobFolder(site, job) + "/job-id") + " 2>/dev/null; squeue -h -u "
                + ShellQuoting.quoted(user(site)) + " -n " + ShellQuoting.quoted(jobName(job)) + " -o %i 2>/dev/null";
        return connection(site).exec(command, COMMAND_TIMEOUT).out().lines().map(String::strip)
                .filter(line -> JOB_ID.matcher(line).matches()).findFirst();
    }

    @Override
    public Map<String, JobStatus> status(Site site, Collection<JobSpec> jobs, Map<String, String> jobIds) throws TargetException {
        List<JobSpec> list = new ArrayList<>(jobs);
        // One round trip for all jobs: the user's queue first, then the exit codes; read in
        // that order, a job that ends in between is seen as queued, then as ended.
        StringBuilder command = new StringBuilder("queue=$(squeue -h -u ").append(ShellQuoting.quoted(user(site)))
                .append(" -o '%i %T %r' 2>&1); printf 'squeue %s\\n' \"$?\"; printf '%s\\n' \"$queue\"; echo @@exit-codes@@; i=0; for d in");
        for (JobSpec job : list) {
            command.append(' ').append(ShellQuoting.quoted(jobFolder(site, job)));
        }
        command.append("; do if [ -f \"$d/exit-code\" ]; then printf '%s %s\\n' \"$i\" \"$(cat \"$d/exit-code\")\"; fi; i=$((i+1)); done");
        String out = connection(site).check(command.toString(), COMMAND_TIMEOUT, "ask Slurm for the jobs' state").out();
        String[] parts = out.split("@@exit-codes@@\n?", 2);
        List<String> queueLines = parts[0].lines().toList();
        boolean queueAnswered = !queueLines.isEmpty() && queueLines.get(0).equals("squeue 0");
        Map<String, String[]> queue = new LinkedHashMap<>();
        for (String line : queueLines.subList(Math.min(1, queueLines.size()), queueLines.size())) {
            String[] fields = line.strip().split("\\s+", 3);
            if (fields.length >= 2 && JOB_ID.matcher(fields[0]).matches()) {
                queue.put(fields[0], fields);
            }
        }
        Map<Integer, Integer> exitCodes = new LinkedHashMap<>();
        if (parts.length > 1) {
            for (String line : parts[1].lines().toList()) {
                String[] fields = line.strip().split(" ");
                if (fields.length == 2 && fields[0].matches("\\d+") && fields[1].matches("-?\\d+")) {
                    exitCodes.put(Integer.parseInt(fields[0]), Integer.parseInt(fields[1]));
                }
            }
        }
        Map<String, JobStatus> statuses = new LinkedHashMap<>();
        List<JobSpec> vanished = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JobSpec job = list.get(i);
            String id = jobIds.get(job.clientId());
            Integer code = exitCodes.get(i);
            if (code != null) {
                statuses.put(job.clientId(), code == 0 ? new JobStatus(JobState.COMPLETED, 0, null, null)
                        : new JobStatus(JobState.FAILED, code, FailureReason.EXIT_CODE, "exited with " + code + "; see its log"));
            } else if (id == null || !JOB_ID.matcher(id).matches()) {
                statuses.put(job.clientId(), JobStatus.unknown("no Slurm job id recorded"));
            } else if (!queueAnswered) {
                statuses.put(job.clientId(), JobStatus.unknown("squeue on " + site.getId() + " did not answer: "
                        + String.join(" ", queueLines).strip()));
            } else if (queue.containsKey(id)) {
                statuses.put(job.clientId(), fromQueue(queue.get(id)));
            } else {
                vanished.add(job);
            }
        }
        if (!vanished.isEmpty()) {
            statuses.putAll(ended(site, vanished, jobIds));
        }
        return statuses;
    }

    private static JobStatus fromQueue(String[] fields) {
        String state = fields[1];
        String reason = fields.length > 2 ? fields[2] : "";
        return switch (state) {
            case "PENDING", "CONFIGURING", "REQUEUED", "REQUEUE_HOLD", "REQUEUE_FED", "RESV_DEL_HOLD", "SPECIAL_EXIT" ->
                new JobStatus(JobState.QUEUED, null, null, reason.isBlank() || reason.equals("None") ? null : "waiting: " + reason);
            // COMPLETING without an exit code is a job being stopped (cancelled, out of time):
            // it still holds its node, and how it ended is known once it has left the queue.
            case "RUNNING", "SUSPENDED", "STOPPED", "SIGNALING", "RESIZING", "COMPLETING", "STAGE_OUT" ->
                JobStatus.of(JobState.RUNNING);
            // Its script wrote the exit code last of all, so it is about to be readable; if it
            // never is, the job is reported as failed once Slurm forgets it (MinJobAge).
            case "COMPLETED" -> JobStatus.of(JobState.COMPLETING);
            default -> fromEndState(state, null);
        };
    }

    /**
     * Jobs that left the queue without an exit code file: the batch script itself was stopped,
     * or the file is not visible yet. Slurm's accounting ({@code sacct}) is asked first, as it
     * knows every job for as long as the site keeps its records; {@code scontrol} is the
     * fallback on a site without accounting, for {@code MinJobAge} after the job ended. A job
     * neither knows is never taken as successful. One round trip for all of them.
     */
    private Map<String, JobStatus> ended(Site site, List<JobSpec> jobs, Map<String, String> jobIds) throws TargetException {
        List<String> ids = jobs.stream().map(job -> jobIds.get(job.clientId())).toList();
        StringBuilder command = new StringBuilder("sacct -n -P -D -j ").append(String.join(",", ids))
                .append(" -o JobIDRaw,State,ExitCode,Elapsed,MaxRSS 2>/dev/null; echo @@scontrol@@; for id in");
        ids.forEach(id -> command.append(' ').append(id));
        command.append("; do printf '%s ' \"$id\"; scontrol -o show job \"$id\" 2>/dev/null | head -n 1; echo; done");
        String out = connection(site).exec(command.toString(), COMMAND_TIMEOUT).out();
        String[] parts = out.split("@@scontrol@@\n?", 2);
        Map<String, Accounted> accounted = accounting(parts[0]);
        Map<String, String> lines = new LinkedHashMap<>();
        for (String line : (parts.length > 1 ? parts[1] : "").lines().toList()) {
            String[] fields = line.strip().split(" ", 2);
            if (fields.length == 2 && JOB_ID.matcher(fields[0]).matches()) {
                lines.put(fields[0], fields[1]);
            }
        }
        Map<String, JobStatus> statuses = new LinkedHashMap<>();
        for (JobSpec job : jobs) {
            String id = jobIds.get(job.clientId());
            Accounted known = accounted.get(id);
            String line = lines.get(id);
            Matcher state = line == null ? null : SCONTROL_STATE.matcher(line);
            if (known != null && !known.state().equals("PENDING") && !known.state().equals("RUNNING")) {
                JobStatus status = known.status();
                // The batch step's record, which has the signal, can reach the accounting a poll
                // after the job's: scontrol has it at once.
                if (status.state() == JobState.FAILED && status.signal() == null && status.exitCode() == null && state != null
                        && state.find()) {
                    Integer signal = fromScontrol(state.group(1), line).signal();
                    if (signal != null) {
                        status = new JobStatus(status.state(), null, status.reason(), status.detail() + "; killed by signal " + signal
                                + signalName(signal), signal);
                    }
                }
                statuses.put(job.clientId(), status);
                continue;
            }
            if (state != null) {
                state.reset();
            }
            if (state == null || !state.find()) {
                statuses.put(job.clientId(), new JobStatus(JobState.FAILED, null, FailureReason.NODE_FAILURE,
                        "Slurm job " + id + " is gone and left no exit code: it was killed before it could write one"));
                continue;
            }
            statuses.put(job.clientId(), fromScontrol(state.group(1), line));
        }
        return statuses;
    }

    /**
     * What Slurm's accounting says of an ended job: its allocation's state and exit code
     * ({@code CODE:SIGNAL}), the batch step's exit code (which has the signal that stopped the
     * script) and peak memory, and the time it ran.
     */
    public record Accounted(String state, String exitCode, String batchExitCode, String elapsed, String maxRss) {

        /**
         * As a status. sacct's ExitCode is the batch script's, and the script ends with the
         * command's code, so COMPLETED and FAILED carry the command's own code. A job Slurm
         * stopped (time, memory, node, cancel) has no code of the command's: only the signal,
         * never the 0 sacct shows beside it. What the job used goes into a failure's detail.
         */
        public JobStatus status() {
            Integer code = code(exitCode);
            JobStatus status;
            if (state.equals("COMPLETED") && code != null) {
                status = new JobStatus(JobState.COMPLETED, code, null, null);
            } else if (state.equals("FAILED") && code != null) {
                status = new JobStatus(JobState.FAILED, code, FailureReason.EXIT_CODE, "exited with " + code + "; see its log");
            } else {
                Integer signal = signal(batchExitCode) != null ? signal(batchExitCode) : signal(exitCode);
                status = fromScontrol(state, "ExitCode=0:" + (signal == null ? 0 : signal));
                if (status.exitCode() != null) {
                    status = new JobStatus(status.state(), null, status.reason(), status.detail(), status.signal());
                }
            }
            if (status.state() != JobState.FAILED) {
                return status;
            }
            List<String> used = new ArrayList<>();
            if (elapsed != null && !elapsed.isBlank()) {
                used.add("ran " + elapsed);
            }
            if (maxRss != null && !maxRss.isBlank()) {
                used.add("peak memory " + maxRss);
            }
            return used.isEmpty() ? status : new JobStatus(status.state(), status.exitCode(), status.reason(),
                    status.detail() + " (" + String.join(", ", used) + ")", status.signal());
        }

        /** CODE of CODE:SIGNAL when no signal ended the job, else null. */
        private static Integer code(String value) {
            String[] parts = value == null ? new String[0] : value.split(":");
            return parts.length == 2 && parts[0].matches("\\d+") && parts[1].equals("0") ? Integer.valueOf(parts[0]) : null;
        }

        /** SIGNAL of CODE:SIGNAL when there is one, else null. */
        private static Integer signal(String value) {
            String[] parts = value == null ? new String[0] : value.split(":");
            return parts.length == 2 && parts[1].matches("[1-9]\\d*") ? Integer.valueOf(parts[1]) : null;
        }
    }

    /**
     * sacct's parsable lines by job id: {@code ID|STATE|CODE:SIGNAL|ELAPSED|MAXRSS} for the
     * allocation, and {@code ID.batch|...} for the batch step, which has the peak memory. A
     * state may carry words after it ({@code CANCELLED by 1001}).
     */
    public static Map<String, Accounted> accounting(String sacct) {
        Map<String, String[]> allocations = new LinkedHashMap<>();
        Map<String, String[]> batches = new LinkedHashMap<>();
        for (String line : sacct.lines().toList()) {
            String[] fields = line.strip().split("\\|", -1);
            if (fields.length < 5) {
                continue;
            }
            if (JOB_ID.matcher(fields[0]).matches()) {
                allocations.put(fields[0], fields);
            } else if (fields[0].endsWith(".batch")) {
                batches.put(fields[0].substring(0, fields[0].length() - ".batch".length()), fields);
            }
        }
        Map<String, Accounted> result = new LinkedHashMap<>();
        allocations.forEach((id, fields) -> {
            String[] batch = batches.get(id);
            String rss = batch != null ? batch[4] : fields[4];
            result.put(id, new Accounted(fields[1].split(" ")[0], fields[2], batch == null ? null : batch[2], fields[3],
                    rss.isBlank() ? null : rss));
        });
        return result;
    }

    /**
     * An ended job as {@code scontrol show job} describes it. Its {@code ExitCode=CODE:SIGNAL}
     * gives the code only when no signal ended the job: a job killed at its walltime shows
     * {@code 0:15}, and its 0 is no exit code a process returned, so none is recorded.
     */
    public static JobStatus fromScontrol(String state, String line) {
        Matcher exit = SCONTROL_EXIT.matcher(line);
        if (!exit.find()) {
            return fromEndState(state, null);
        }
        int code = Integer.parseInt(exit.group(1));
        int signal = Integer.parseInt(exit.group(2));
        if (signal == 0) {
            return fromEndState(state, code);
        }
        JobStatus status = fromEndState(state, null);
        String detail = (status.detail() == null ? "" : status.detail() + "; ") + "killed by signal " + signal + signalName(signal);
        return new JobStatus(status.state(), null, status.reason(), detail, signal);
    }

    private static String signalName(int signal) {
        return switch (signal) {
            case 9 -> " (SIGKILL)";
            case 15 -> " (SIGTERM)";
            case 6 -> " (SIGABRT)";
            case 11 -> " (SIGSEGV)";
            case 2 -> " (SIGINT)";
            case 7 -> " (SIGBUS)";
            default -> "";
        };
    }

    private static JobStatus fromEndState(String state, Integer code) {
        return switch (state) {
            case "CANCELLED" -> new JobStatus(JobState.CANCELLED, code, null, "cancelled");
            case "TIMEOUT" -> new JobStatus(JobState.FAILED, code, FailureReason.TIMEOUT,
                    "ran out of its walltime (TIMEOUT): give the step a longer walltime, or less work per job");
            case "DEADLINE" -> new JobStatus(JobState.FAILED, code, FailureReason.TIMEOUT,
                    "could not end before its deadline (DEADLINE): submit it earlier or with a later deadline");
            case "OUT_OF_MEMORY" -> new JobStatus(JobState.FAILED, code, FailureReason.OUT_OF_MEMORY,
                    "ran out of memory (OUT_OF_MEMORY): give the step more memory");
            case "NODE_FAIL" -> new JobStatus(JobState.FAILED, code, FailureReason.NODE_FAILURE,
                    "its node failed (NODE_FAIL): run it again; if it recurs, tell the site's support");
            case "BOOT_FAIL" -> new JobStatus(JobState.FAILED, code, FailureReason.NODE_FAILURE,
                    "its node failed to boot (BOOT_FAIL): run it again; if it recurs, tell the site's support");
            case "PREEMPTED", "REVOKED" -> new JobStatus(JobState.FAILED, code, FailureReason.CANCELLED_BY_SCHEDULER,
                    "stopped by the scheduler to make room for other work (" + state + "): run it again, or use a"
                            + " partition or QOS without preemption");
            // Ended normally by Slurm's account, but its exit code file is not readable yet
            // (a shared file system's cache): look again, until Slurm forgets the job.
            case "COMPLETED" -> JobStatus.of(JobState.COMPLETING);
            case "COMPLETING" -> JobStatus.of(JobState.RUNNING);
            default -> new JobStatus(JobState.FAILED, code, FailureReason.EXIT_CODE, "Slurm says " + state);
        };
    }

    @Override
    public void cancel(Site site, JobSpec job, String jobId) throws TargetException {
        if (jobId == null || !JOB_ID.matcher(jobId).matches()) {
            throw new TargetException("'" + jobId + "' is not a Slurm job id");
        }
        connection(site).check("scancel " + jobId, COMMAND_TIMEOUT, "cancel Slurm job " + jobId);
    }

    /** Removes the run's folder from the site's scratch: copies of inputs, job folders and outputs. */
    @Override
    public void clean(Site site, String runId) throws TargetException {
        // safe() keeps the run id one name inside Vitruvian's folder, whatever the record says.
        connection(site).check("rm -rf -- " + ShellQuoting.quoted(runFolder(site, runId)), COMMAND_TIMEOUT,
                "remove run " + runId + "'s folder");
    }

    @Override
    public Path log(Site site, JobSpec job) throws IOException {
        Path local = job.workDir().resolve("stdout.log");
        try {
            connection(site).appendNew(jobFolder(site, job) + "/stdout.log", local);
        } catch (TargetException e) {
            throw new IOException(e.getMessage(), e);
        }
        return local;
    }

    @Override
    public void stageOut(Site site, JobSpec job) throws TargetException {
        connection(site).downloadFolder(jobFolder(site, job), job.workDir(), BOOKKEEPING);
    }

    // ------------------------------------------------------------------ the site

    private SshConnection connection(Site site) throws TargetException {
        return sites.connection(site);
    }

    private static String user(Site site) {
        return SiteConnections.user(site);
    }

    private String scratch(Site site) throws TargetException {
        return sites.scratch(site);
    }

    private String runFolder(Site site, String runId) throws TargetException {
        return scratch(site) + "/" + safe(runId);
    }

    private String jobFolder(Site site, JobSpec job) throws TargetException {
        return runFolder(site, job.runId()) + "/" + safe(job.clientId());
    }

    /**
     * Whether sbatch's complaint is about a controller that is down or busy (it comes back):
     * Slurm's own words for that. Anything else it says (no such partition, a limit) stays.
     */
    static boolean schedulerUnavailable(String output) {
        return output.contains("Unable to contact slurm controller") || output.contains("Socket timed out")
                || output.contains("temporarily unable") || output.contains("Slurm backup controller in standby mode");
    }

    static String jobName(JobSpec job) {
        String name = "vitruvian-" + safe(job.clientId());
        return name.length() <= 128 ? name : name.substring(0, 128);
    }

    static String safe(String value) {
        return SiteConnections.safe(value);
    }

    private static String normal(Path path) {
        return path.toAbsolutePath().normalize().toString();
    }

    @Deactivate
    void deactivate() {
        sites.close();
    }
}
