package org.vitruvian.targets.batch;

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

import org.vitruvian.core.Digests;
import org.vitruvian.core.ShellQuoting;
import org.vitruvian.execution.spi.FailureReason;
import org.vitruvian.execution.spi.JobSpec;
import org.vitruvian.execution.spi.JobState;
import org.vitruvian.execution.spi.JobStatus;
import org.vitruvian.execution.spi.TargetAdapter;
import org.vitruvian.execution.spi.TargetException;
import org.vitruvian.model.site.Site;
import org.vitruvian.sites.SubmissionCommands;
import org.vitruvian.ssh.SshSettings;
import org.vitruvian.ssh.remote.SiteConnections;
import org.vitruvian.ssh.remote.SshConnection;

/**
 * Runs jobs on a batch scheduler's cluster through SSH to its login node, the scheduler's
 * commands and outputs given by a {@link BatchDialect} (Grid Engine, PBS): inputs are copied to
 * the site's scratch, each job is a batch script submitted once, the state of all of a run's
 * jobs comes from one round trip, and outputs are copied back when a job ends.
 *
 * <p>On the site a run lives in {@code SCRATCH/vitruvian/RUN/}, private to the account: a
 * folder per job (named by its client id, so that a submission after a crash finds the first
 * one's {@code job-id} and does not submit again) and {@code inputs/}. The job script writes
 * the command's exit code to {@code exit-code} last of all; that file is what says a job ended
 * and how. A job that left the queue without it is looked up in the scheduler's accounting;
 * one that neither knows is never taken as successful.
 */
public class BatchAdapter implements TargetAdapter {

    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(60);
    /** What the adapter leaves in a job's folder for itself; not outputs. */
    private static final Set<String> BOOKKEEPING = Set.of("job.sh", "job-id", "exit-code");

    private final BatchDialect dialect;
    private final SubmissionCommands submission;
    private final SiteConnections sites;

    /**
     * @param settings   the SSH keys and known hosts for a site
     * @param submission the submit command, as the site's plugins may wrap it
     */
    public BatchAdapter(BatchDialect dialect, Function<Site, SshSettings> settings, SubmissionCommands submission) {
        this.dialect = dialect;
        this.submission = submission;
        this.sites = new SiteConnections(settings);
    }

    public BatchDialect dialect() {
        return dialect;
    }

    @Override
    public String name() {
        return dialect.name();
    }

    @Override
    public Set<Capability> capabilities() {
        return EnumSet.of(Capability.STAGE_IN, Capability.STAGE_OUT, Capability.DEPLOY, Capability.SUBMIT,
                Capability.BATCH_STATUS, Capability.LOGS, Capability.CANCEL, Capability.CLEAN_UP);
    }

    @Override
    public boolean supports(Site site) {
        return site.isSetScheduler() && site.getScheduler() == dialect.scheduler() && site.getAccess() != null
                && site.getAccess().getHost() != null && !site.getAccess().getHost().isBlank();
    }

    // ------------------------------------------------------------------ submission

    @Override
    public String submit(JobSpec job) throws TargetException {
        if (job.image() != null) {
            throw TargetException.permanent("site " + job.site().getId() + " is a " + dialect.displayName()
                    + " site: containers are not supported there yet; run the step as a plain process or on a workstation"
                    + " with Podman");
        }
        String runFolder = runFolder(job.site(), job.runId());
        String jobFolder = jobFolder(job.site(), job);
        SshConnection connection = connection(job.site());
        // Clinical data must not be readable by the site's other accounts.
        connection.check("umask 077 && mkdir -p " + ShellQuoting.quoted(jobFolder) + " " + ShellQuoting.quoted(runFolder + "/inputs")
                + " && chmod 700 " + ShellQuoting.quoted(scratch(job.site())) + " " + ShellQuoting.quoted(runFolder) + " "
                + ShellQuoting.quoted(runFolder + "/inputs") + " " + ShellQuoting.quoted(jobFolder), COMMAND_TIMEOUT,
                "create the job's folder", output -> false);
        Map<String, String> paths = new LinkedHashMap<>();
        paths.put(job.workDir().toAbsolutePath().normalize().toString(), jobFolder);
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
        connection.writeFile(jobFolder + "/job.sh", script(job.clientId(), jobFolder,
                dialect.directives(job, jobFolder, jobName(job)), dialect.prologue(), command, environment));
        List<String> submitWords = submission.submitCommand(job.site(), "job.sh").arguments();
        if (submitWords.isEmpty()) {
            throw new TargetException("no submit command for site " + job.site().getId());
        }
        // Submitting and recording the id is one remote command: a job-id already there means
        // an earlier attempt got this far, and that job is the one. Copies made by SFTP get the
        // server's umask: they are closed before the job can run.
        StringBuilder close = new StringBuilder("chmod -R go-rwx -- job.sh");
        copied.forEach(remote -> close.append(' ').append(ShellQuoting.quoted(remote)));
        String submit = "umask 077 && cd " + ShellQuoting.quoted(jobFolder) + " && " + close
                + " && if [ -s job-id ]; then cat job-id; else id=$("
                + String.join(" ", submitWords.stream().map(ShellQuoting::quoted).toList())
                + ") && printf '%s\\n' \"$id\" > job-id.part && mv job-id.part job-id && printf '%s\\n' \"$id\"; fi";
        String output = connection.check(submit, COMMAND_TIMEOUT, "submit step " + job.step() + " with " + submitWords.get(0),
                dialect::schedulerUnavailable).out().strip();
        String id = output.lines().reduce((first, second) -> second).orElse("").strip();
        if (!dialect.isJobId(id)) {
            throw new TargetException(submitWords.get(0) + " on " + job.site().getId() + " answered '" + output + "', not a job id");
        }
        try {
            Files.createDirectories(job.workDir());
        } catch (IOException e) {
            throw new TargetException("cannot create " + job.workDir() + ": " + e.getMessage(), e);
        }
        return id;
    }

    /**
     * The batch script: every value quoted, so nothing in a parameter can change the command.
     * The command's exit code is written last, whole or not at all.
     */
    public static String script(String clientId, String jobFolder, List<String> directives, List<String> prologue,
            List<String> command, Map<String, String> environment) {
        StringBuilder s = new StringBuilder("#!/bin/bash\n");
        for (String directive : directives) {
            s.append(directive).append('\n');
        }
        s.append("# Written by Vitruvian for job ").append(safe(clientId)).append('\n');
        for (String line : prologue) {
            s.append(line).append('\n');
        }
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

    /** A value whose start is the job's folder or an input on this machine, as it is on the site. */
    static String rewrite(String value, List<Map.Entry<String, String>> paths) {
        return paths.stream().filter(e -> value.equals(e.getKey()) || value.startsWith(e.getKey() + "/")).findFirst()
                .map(e -> e.getValue() + value.substring(e.getKey().length())).orElse(value);
    }

    // ------------------------------------------------------------------ state

    @Override
    public Optional<String> find(Site site, JobSpec job) throws TargetException {
        String command = "cat " + ShellQuoting.quoted(jobFolder(site, job) + "/job-id") + " 2>/dev/null; "
                + dialect.findCommand(user(site), jobName(job));
        return connection(site).exec(command, COMMAND_TIMEOUT).out().lines().map(String::strip).filter(dialect::isJobId)
                .findFirst();
    }

    @Override
    public Map<String, JobStatus> status(Site site, Collection<JobSpec> jobs, Map<String, String> jobIds) throws TargetException {
        List<JobSpec> list = new ArrayList<>(jobs);
        List<String> ids = list.stream().map(job -> jobIds.get(job.clientId())).filter(id -> id != null && dialect.isJobId(id))
                .toList();
        // One round trip for all jobs: the queue first, then the exit codes; read in that order,
        // a job that ends in between is seen as queued, then as ended.
        StringBuilder command = new StringBuilder("queue=$(").append(dialect.queueCommand(user(site), ids))
                .append(" 2>&1); printf 'queue %s\\n' \"$?\"; printf '%s\\n' \"$queue\"; echo @@exit-codes@@; i=0; for d in");
        for (JobSpec job : list) {
            command.append(' ').append(ShellQuoting.quoted(jobFolder(site, job)));
        }
        command.append("; do if [ -f \"$d/exit-code\" ]; then printf '%s %s\\n' \"$i\" \"$(cat \"$d/exit-code\")\"; fi; i=$((i+1)); done");
        String out = connection(site).check(command.toString(), COMMAND_TIMEOUT,
                "ask " + dialect.displayName() + " for the jobs' state").out();
        String[] parts = out.split("@@exit-codes@@\n?", 2);
        List<String> queueLines = parts[0].lines().toList();
        boolean queueAnswered = !queueLines.isEmpty() && queueLines.get(0).equals("queue 0");
        String queueOutput = String.join("\n", queueLines.subList(Math.min(1, queueLines.size()), queueLines.size()));
        Map<String, JobStatus> queue = queueAnswered ? dialect.parseQueue(queueOutput) : Map.of();
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
            } else if (id == null || !dialect.isJobId(id)) {
                statuses.put(job.clientId(), JobStatus.unknown("no " + dialect.displayName() + " job id recorded"));
            } else if (!queueAnswered) {
                statuses.put(job.clientId(), JobStatus.unknown(dialect.displayName() + " on " + site.getId() + " did not answer: "
                        + queueOutput.strip()));
            } else if (queue.containsKey(id)) {
                JobStatus status = queue.get(id);
                // Ended by the scheduler's account, but the exit code file is not readable yet (a
                // shared file system's cache): look again.
                statuses.put(job.clientId(), status.state() == JobState.COMPLETED ? JobStatus.of(JobState.COMPLETING) : status);
            } else {
                vanished.add(job);
            }
        }
        if (!vanished.isEmpty()) {
            statuses.putAll(ended(site, vanished, jobIds));
        }
        return statuses;
    }

    /**
     * Jobs that left the queue without an exit code file: the script itself was stopped, or the
     * file is not visible yet. The scheduler's accounting says how they ended; a job it does not
     * know (yet: accounting may be written a little later) is asked about again, never taken as
     * successful.
     */
    private Map<String, JobStatus> ended(Site site, List<JobSpec> jobs, Map<String, String> jobIds) throws TargetException {
        List<String> ids = jobs.stream().map(job -> jobIds.get(job.clientId())).toList();
        String command = dialect.endedCommand(ids);
        Map<String, JobStatus> known = command.isBlank() ? Map.of()
                : dialect.parseEnded(connection(site).exec(command, COMMAND_TIMEOUT).out());
        Map<String, JobStatus> statuses = new LinkedHashMap<>();
        for (JobSpec job : jobs) {
            String id = jobIds.get(job.clientId());
            JobStatus status = known.get(id);
            if (status == null) {
                status = JobStatus.unknown(dialect.displayName() + " job " + id + " left the queue without an exit code, and the"
                        + " accounting does not know it (yet)");
            } else if (status.state() == JobState.COMPLETED) {
                // The scheduler says it ended well, but the script did not get to write its exit
                // code (or it is not visible yet): look again rather than believe it.
                status = JobStatus.of(JobState.COMPLETING);
            }
            statuses.put(job.clientId(), status);
        }
        return statuses;
    }

    @Override
    public void cancel(Site site, JobSpec job, String jobId) throws TargetException {
        if (jobId == null || !dialect.isJobId(jobId)) {
            throw new TargetException("'" + jobId + "' is not a " + dialect.displayName() + " job id");
        }
        connection(site).check(dialect.cancelCommand(jobId), COMMAND_TIMEOUT, "cancel " + dialect.displayName() + " job " + jobId);
    }

    /** Removes the run's folder from the site's scratch: copies of inputs, job folders and outputs. */
    @Override
    public void clean(Site site, String runId) throws TargetException {
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

    /** The site's one SSH session, opened on first use and again when it dropped (one login at a time). */
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

    /** The job's name at the scheduler: Vitruvian's client id, so that it can be found after a crash. */
    String jobName(JobSpec job) {
        String name = "vitruvian-" + safe(job.clientId());
        return name.length() <= dialect.maxJobName() ? name : name.substring(0, dialect.maxJobName());
    }

    /** One plain name: letters, digits and {@code . _ -}, not starting with a dot. */
    public static String safe(String value) {
        return SiteConnections.safe(value);
    }

    /** Ends the SSH sessions; the component's deactivation calls it. */
    public void close() {
        sites.close();
    }
}
