package org.vitruvian.targets.sge.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.vitruvian.core.ShellQuoting;
import org.vitruvian.execution.spi.FailureReason;
import org.vitruvian.execution.spi.JobSpec;
import org.vitruvian.execution.spi.JobState;
import org.vitruvian.execution.spi.JobStatus;
import org.vitruvian.execution.spi.TargetException;
import org.vitruvian.model.site.Scheduler;
import org.vitruvian.targets.batch.BatchDialect;

/**
 * Grid Engine (Son of Grid Engine 8.1, as Debian ships it; Univa and Altair Grid Engine read
 * the same): {@code qsub -terse}, {@code qstat -u}, {@code qacct -j} and {@code qdel}.
 *
 * <p>Cores are asked for with the parallel environment {@code smp} (slots on one host), the name
 * most sites use for it; the walltime with {@code h_rt}; memory with {@code mem_free}, so that
 * the job goes to a host with that much free. Not {@code h_vmem}: it caps virtual memory, which
 * a JVM (its class space alone reserves 1 GiB) and many MPI codes reserve far beyond what they
 * use, so a Java step under h_vmem fails to start. A site that sets h_vmem by default still has
 * its kills read as out of memory. Jobs run under bash (-S), which the script turns into a login shell
 * itself, because whether Grid Engine honours the script's first line depends on the queue's
 * {@code shell_start_mode}.
 */
public final class GridEngineDialect implements BatchDialect {

    /** The parallel environment that gives a job several slots on one host. */
    static final String SMP_ENVIRONMENT = "smp";
    private static final Pattern JOB_ID = Pattern.compile("[0-9]+");
    private static final Pattern H_RT = Pattern.compile("h_rt=([0-9:]+)");
    /** What may follow #$ without quoting: Grid Engine splits these lines at spaces itself. */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._/:=+,@-]+");

    @Override
    public String name() {
        return "sge";
    }

    @Override
    public Scheduler scheduler() {
        return Scheduler.SGE;
    }

    @Override
    public String displayName() {
        return "Grid Engine";
    }

    @Override
    public List<String> directives(JobSpec job, String jobFolder, String jobName) throws TargetException {
        // The scheduler splits directive lines at spaces itself, without a shell's quoting.
        for (String value : concat(jobFolder, job.partitions())) {
            if (!PLAIN.matcher(value).matches()) {
                throw TargetException.permanent("cannot give Grid Engine the path or queue '" + value + "': it holds a space, a quote or"
                        + " another character qsub would split or misread; use a scratch path and queue names of letters, digits"
                        + " and . _ / -");
            }
        }
        List<String> options = new ArrayList<>();
        options.add("-N " + jobName);
        options.add("-S /bin/bash");
        options.add("-wd " + jobFolder);
        options.add("-o " + jobFolder + "/stdout.log");
        options.add("-e " + jobFolder + "/stderr.log");
        if (!job.partitions().isEmpty()) {
            // Grid Engine's queues are what other schedulers call partitions; any of them will do.
            options.add("-q " + String.join(",", job.partitions()));
        }
        if (job.walltime() != null) {
            options.add("-l h_rt=" + Math.max(1, job.walltime().getSeconds()));
        }
        int slots = job.cores() == null ? 1 : Math.max(1, job.cores());
        if (slots > 1) {
            options.add("-pe " + SMP_ENVIRONMENT + " " + slots);
        }
        if (job.memory() != null) {
            // The host's free memory, not a per-slot request: mem_free is no consumable.
            options.add("-l mem_free=" + Math.max(1, (job.memory() + (1 << 20) - 1) >> 20) + "M");
        }
        List<String> lines = new ArrayList<>();
        for (String option : options) {
            for (String word : option.split(" ")) {
                if (!PLAIN.matcher(word).matches()) {
                    throw TargetException.permanent("cannot give Grid Engine the option '" + option + "': '" + word
                            + "' holds a space, a quote or another character qsub would split or misread; use a scratch path and"
                            + " queue names of letters, digits and . _ / -");
                }
            }
            lines.add("#$ " + option);
        }
        return lines;
    }

    /**
     * Re-runs the script as a login shell once, so that what the site's login environment
     * provides (modules, a Java) is there, as in the user's own jobs. $0 is the copy of the
     * script Grid Engine keeps for the job's run.
     */
    @Override
    public List<String> prologue() {
        return List.of("if [ -z \"${VITRUVIAN_LOGIN_SHELL:-}\" ]; then export VITRUVIAN_LOGIN_SHELL=1; exec /bin/bash -l \"$0\" \"$@\"; fi");
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>(rest);
        all.add(0, first);
        return all;
    }

    @Override
    public boolean isJobId(String id) {
        return id != null && JOB_ID.matcher(id).matches();
    }

    @Override
    public String queueCommand(String user, List<String> ids) {
        return "qstat -u " + ShellQuoting.quoted(user);
    }

    /**
     * {@code qstat -u USER}: a header, a line of dashes, then one line per job whose fifth word
     * is its state ({@code qw}, {@code hqw}, {@code r}, {@code t}, {@code dr}, {@code Eqw}, ...).
     */
    @Override
    public Map<String, JobStatus> parseQueue(String output) {
        Map<String, JobStatus> jobs = new LinkedHashMap<>();
        for (String line : output.lines().toList()) {
            String[] fields = line.strip().split("\\s+");
            if (fields.length >= 5 && JOB_ID.matcher(fields[0]).matches()) {
                jobs.put(fields[0], fromQueueState(fields[0], fields[4]));
            }
        }
        return jobs;
    }

    static JobStatus fromQueueState(String id, String state) {
        if (state.contains("E")) {
            // Grid Engine keeps such a job in the queue for ever, waiting for an administrator.
            return new JobStatus(JobState.FAILED, null, FailureReason.NODE_FAILURE, "Grid Engine put job " + id
                    + " in its error state (" + state + "): 'qstat -j " + id + "' on the site says why; remove it with 'qdel " + id
                    + "' and run the step again");
        }
        if (state.contains("d")) {
            return JobStatus.of(JobState.RUNNING); // being deleted: how it ended is known once it left
        }
        if (state.contains("r") || state.contains("t") || state.contains("R") || state.contains("s") || state.contains("S")
                || state.contains("T")) {
            return JobStatus.of(JobState.RUNNING);
        }
        if (state.contains("h")) {
            return new JobStatus(JobState.QUEUED, null, null, "waiting: held (" + state + ")");
        }
        return JobStatus.of(JobState.QUEUED);
    }

    @Override
    public String endedCommand(List<String> ids) {
        StringBuilder command = new StringBuilder("for id in");
        ids.forEach(id -> command.append(' ').append(id));
        return command.append("; do qacct -j \"$id\" 2>/dev/null; done").toString();
    }

    /** {@code qacct -j}: records that start with a line of '=', each line a name and a value. */
    @Override
    public Map<String, JobStatus> parseEnded(String output) {
        Map<String, JobStatus> jobs = new LinkedHashMap<>();
        for (Map<String, String> record : records(output)) {
            String id = record.get("jobnumber");
            if (id != null && JOB_ID.matcher(id).matches()) {
                // A job's records come in the order it ran: the last one is how it ended.
                jobs.put(id, fromAccounting(record));
            }
        }
        return jobs;
    }

    static List<Map<String, String>> records(String output) {
        List<Map<String, String>> records = new ArrayList<>();
        Map<String, String> record = null;
        for (String line : output.lines().toList()) {
            if (line.startsWith("=====")) {
                record = new LinkedHashMap<>();
                records.add(record);
                continue;
            }
            if (record == null) {
                continue;
            }
            String[] fields = line.strip().split("\\s+", 2);
            if (fields.length == 2) {
                record.put(fields[0], fields[1].strip());
            }
        }
        return records;
    }

    /**
     * An ended job as qacct records it. {@code failed} is Grid Engine's own verdict (0 when the
     * job's script ran and returned, 37 when the master stopped it at a limit, 100 when it was
     * killed, other codes when it could not be started), {@code exit_status} the script's code,
     * or 128 plus the signal that ended it.
     */
    static JobStatus fromAccounting(Map<String, String> record) {
        int failed = leadingNumber(record.get("failed"));
        int exit = leadingNumber(record.get("exit_status"));
        String failedText = record.getOrDefault("failed", "").replaceFirst("^\\d+\\s*:?\\s*", "");
        Integer signal = exit > 128 ? exit - 128 : null;
        JobStatus status;
        if (failed == 0 && exit == 0) {
            status = new JobStatus(JobState.COMPLETED, 0, null, null);
        } else if (failed == 0 && signal == null) {
            status = new JobStatus(JobState.FAILED, exit, FailureReason.EXIT_CODE, "exited with " + exit + "; see its log");
        } else if (failed == 37) {
            status = limit(record, signal);
        } else if (failed == 100 && signal != null && signal == 9) {
            // qdel sends SIGKILL: the user (Vitruvian's cancel) or the site's administrators.
            status = new JobStatus(JobState.CANCELLED, null, null, "killed by signal 9 (SIGKILL): deleted with qdel", signal);
        } else if (signal != null && (failed == 0 || failed == 100)) {
            status = new JobStatus(JobState.FAILED, null, FailureReason.EXIT_CODE, "killed by signal " + signal + signalName(signal)
                    + (signal == 9 ? ": the kernel's out-of-memory killer, or the site" : ""), signal);
        } else {
            status = new JobStatus(JobState.FAILED, null, FailureReason.NODE_FAILURE, "Grid Engine could not run it (failed "
                    + failed + (failedText.isBlank() ? "" : ": " + failedText) + "): run it again; if it recurs, tell the site's support"
                    + " with the job's number", signal);
        }
        if (status.state() != JobState.FAILED) {
            return status;
        }
        List<String> used = new ArrayList<>();
        String wallclock = record.get("ru_wallclock");
        if (wallclock != null && !wallclock.isBlank()) {
            used.add("ran " + wallclock);
        }
        String memory = record.get("maxvmem");
        if (memory != null && !memory.isBlank() && !memory.startsWith("0.000")) {
            used.add("peak memory " + memory);
        }
        return used.isEmpty() ? status
                : new JobStatus(status.state(), status.exitCode(), status.reason(), status.detail() + " (" + String.join(", ", used) + ")",
                        status.signal());
    }

    /** failed 37: the master stopped the job at h_rt, h_cpu or h_vmem; which one, from what it asked for and used. */
    private static JobStatus limit(Map<String, String> record, Integer signal) {
        String category = record.getOrDefault("category", "");
        Matcher rt = H_RT.matcher(category);
        long wallclock = leadingNumber(record.get("ru_wallclock"));
        if (rt.find() && wallclock >= seconds(rt.group(1))) {
            return new JobStatus(JobState.FAILED, null, FailureReason.TIMEOUT,
                    "ran out of its walltime (h_rt): give the step a longer walltime, or less work per job", signal);
        }
        if (category.contains("h_vmem")) {
            return new JobStatus(JobState.FAILED, null, FailureReason.OUT_OF_MEMORY,
                    "ran out of memory (h_vmem): give the step more memory", signal);
        }
        return new JobStatus(JobState.FAILED, null, FailureReason.TIMEOUT,
                "stopped at a limit Grid Engine enforces (walltime, CPU time or memory; qacct: failed 37): raise the step's"
                        + " walltime or memory",
                signal);
    }

    /** Seconds of an h_rt value: {@code 90}, {@code 1:30} or {@code 0:1:30}. */
    static long seconds(String value) {
        long total = 0;
        for (String part : value.split(":")) {
            total = total * 60 + (part.isEmpty() ? 0 : Long.parseLong(part));
        }
        return total;
    }

    private static int leadingNumber(String value) {
        if (value == null) {
            return -1;
        }
        Matcher number = Pattern.compile("^(\\d+)").matcher(value.strip());
        return number.find() ? Integer.parseInt(number.group(1)) : -1;
    }

    private static String signalName(Integer signal) {
        if (signal == null) {
            return "";
        }
        return switch (signal) {
            case 9 -> " (SIGKILL)";
            case 15 -> " (SIGTERM)";
            case 6 -> " (SIGABRT)";
            case 11 -> " (SIGSEGV)";
            case 24 -> " (SIGXCPU)";
            case 2 -> " (SIGINT)";
            default -> "";
        };
    }

    @Override
    public String findCommand(String user, String jobName) {
        // qstat -j takes a job's name too; it lists only jobs still in the queue.
        return "qstat -j " + ShellQuoting.quoted(jobName) + " 2>/dev/null | awk '$1 == \"job_number:\" { print $2 }'";
    }

    @Override
    public String cancelCommand(String id) {
        return "qdel " + id;
    }

    @Override
    public boolean schedulerUnavailable(String output) {
        return output.contains("unable to contact qmaster") || output.contains("unable to send message to qmaster")
                || output.contains("commlib error");
    }
}
