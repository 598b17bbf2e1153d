package org.vitruvian.targets.pbs.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.vitruvian.core.ShellQuoting;
import org.vitruvian.execution.spi.FailureReason;
import org.vitruvian.execution.spi.JobSpec;
import org.vitruvian.execution.spi.JobState;
import org.vitruvian.execution.spi.JobStatus;
import org.vitruvian.execution.spi.TargetException;
import org.vitruvian.model.site.Scheduler;
import org.vitruvian.targets.batch.BatchDialect;

/**
 * PBS Professional and OpenPBS (19 and later): {@code qsub}, {@code qstat -x -F json -f} and
 * {@code qdel}. One qstat answers for queued, running and finished jobs alike, as long as the
 * server keeps job history ({@code job_history_enable}, on at most sites); a job it no longer
 * knows is asked about again, never taken as successful.
 *
 * <p>Resources use PBS Pro's select syntax: one chunk of {@code ncpus} cores and {@code mem}
 * memory, with {@code walltime}. PBS starts the job's shell as a login shell, so the site's
 * login environment is there without help.
 */
public final class PbsDialect implements BatchDialect {

    /** {@code 1234.server}, or an array's {@code 1234[].server}. */
    private static final Pattern JOB_ID = Pattern.compile("[0-9]+(\\[[0-9]*\\])?(\\.[A-Za-z0-9._-]+)?");
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._/:=+,@-]+");
    /** qstat's exit code when one of the jobs asked about is unknown to the server (PBSE_UNKJOBID). */
    private static final int UNKNOWN_JOB = 153;

    @Override
    public String name() {
        return "pbs";
    }

    @Override
    public Scheduler scheduler() {
        return Scheduler.PBS;
    }

    @Override
    public String displayName() {
        return "PBS";
    }

    @Override
    public int maxJobName() {
        return 236;
    }

    @Override
    public List<String> directives(JobSpec job, String jobFolder, String jobName) throws TargetException {
        // The scheduler splits directive lines at spaces itself, without a shell's quoting.
        for (String value : concat(jobFolder, job.partitions())) {
            if (!PLAIN.matcher(value).matches()) {
                throw TargetException.permanent("cannot give PBS the path or queue '" + value + "': it holds a space, a quote or"
                        + " another character qsub would split or misread; use a scratch path and queue names of letters, digits"
                        + " and . _ / -");
            }
        }
        List<String> options = new ArrayList<>();
        options.add("-N " + jobName);
        options.add("-S /bin/bash");
        options.add("-o " + jobFolder + "/stdout.log");
        options.add("-e " + jobFolder + "/stderr.log");
        if (!job.partitions().isEmpty()) {
            // qsub takes one destination; a site's routing queue spreads work over the others.
            options.add("-q " + job.partitions().get(0));
        }
        StringBuilder select = new StringBuilder("select=1:ncpus=").append(job.cores() == null ? 1 : Math.max(1, job.cores()));
        if (job.memory() != null) {
            select.append(":mem=").append(Math.max(1, (job.memory() + (1 << 20) - 1) >> 20)).append("mb");
        }
        options.add("-l " + select);
        if (job.walltime() != null) {
            long seconds = Math.max(1, job.walltime().getSeconds());
            options.add(String.format("-l walltime=%02d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60));
        }
        List<String> lines = new ArrayList<>();
        for (String option : options) {
            for (String word : option.split(" ")) {
                if (!PLAIN.matcher(word).matches()) {
                    throw TargetException.permanent("cannot give PBS the option '" + option + "': '" + word
                            + "' holds a space, a quote or another character qsub would split or misread; use a scratch path and"
                            + " queue names of letters, digits and . _ / -");
                }
            }
            lines.add("#PBS " + option);
        }
        return lines;
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

    /**
     * qstat for exactly these jobs, finished ones included (-x), as JSON. A job the server has
     * forgotten makes qstat exit 153 while it still describes the others: that is an answer.
     */
    @Override
    public String queueCommand(String user, List<String> ids) {
        if (ids.isEmpty()) {
            return "true";
        }
        return "qstat -x -F json -f " + String.join(" ", ids.stream().map(ShellQuoting::quoted).toList())
                + " 2>/dev/null; rc=$?; [ $rc -eq 0 ] || [ $rc -eq " + UNKNOWN_JOB + " ]";
    }

    @Override
    public Map<String, JobStatus> parseQueue(String output) {
        Map<String, JobStatus> jobs = new LinkedHashMap<>();
        for (Map.Entry<String, Map<String, Object>> job : jobs(output).entrySet()) {
            jobs.put(job.getKey(), fromJob(job.getKey(), job.getValue()));
        }
        return jobs;
    }

    /** The {@code Jobs} object of qstat's JSON, by job id; empty when there is none or it is not JSON. */
    @SuppressWarnings("unchecked")
    static Map<String, Map<String, Object>> jobs(String output) {
        int start = output.indexOf('{');
        int end = output.lastIndexOf('}');
        if (start < 0 || end < start) {
            return Map.of();
        }
        Object document;
        try {
            // JSON is YAML 1.2: the YAML engine the models use reads it.
            document = new Load(LoadSettings.builder().build()).loadFromString(output.substring(start, end + 1));
        } catch (YamlEngineException e) {
            return Map.of();
        }
        if (!(document instanceof Map<?, ?> root) || !(root.get("Jobs") instanceof Map<?, ?> jobs)) {
            return Map.of();
        }
        Map<String, Map<String, Object>> result = new LinkedHashMap<>();
        jobs.forEach((id, job) -> {
            if (job instanceof Map<?, ?> attributes) {
                result.put(String.valueOf(id), (Map<String, Object>) attributes);
            }
        });
        return result;
    }

    /**
     * One job of qstat's JSON. {@code job_state} F is finished, with {@code Exit_status}: the
     * script's code when 0 to 255, 256 plus the signal that killed it above that, and PBS's own
     * codes below 0 when the job could not be started.
     */
    static JobStatus fromJob(String id, Map<String, Object> job) {
        String state = String.valueOf(job.getOrDefault("job_state", ""));
        return switch (state) {
            case "Q", "W", "T", "M" -> JobStatus.of(JobState.QUEUED);
            case "H" -> new JobStatus(JobState.QUEUED, null, null, "waiting: held" + comment(job));
            case "R", "E", "B", "S", "U" -> JobStatus.of(JobState.RUNNING);
            case "F", "X" -> finished(id, job);
            default -> JobStatus.unknown("PBS job " + id + " is in state '" + state + "'");
        };
    }

    private static JobStatus finished(String id, Map<String, Object> job) {
        Object value = job.get("Exit_status");
        if (!(value instanceof Number number)) {
            // Deleted before it ran: PBS records no exit status at all.
            return new JobStatus(JobState.CANCELLED, null, null, "deleted before it started" + comment(job));
        }
        int exit = number.intValue();
        if (exit == 0) {
            return new JobStatus(JobState.COMPLETED, 0, null, null);
        }
        if (exit > 0 && exit < 256) {
            return used(job, new JobStatus(JobState.FAILED, exit, FailureReason.EXIT_CODE, "exited with " + exit + "; see its log"));
        }
        if (exit >= 256) {
            int signal = exit - 256;
            Map<String, Object> requested = map(job.get("Resource_List"));
            Map<String, Object> usedResources = map(job.get("resources_used"));
            Long wallLimit = seconds(requested.get("walltime"));
            Long wallUsed = seconds(usedResources.get("walltime"));
            Long memLimit = bytes(requested.get("mem"));
            Long memUsed = bytes(usedResources.get("mem"));
            if (wallLimit != null && wallUsed != null && wallUsed >= wallLimit) {
                return used(job, new JobStatus(JobState.FAILED, null, FailureReason.TIMEOUT,
                        "ran out of its walltime: give the step a longer walltime, or less work per job", signal));
            }
            if (memLimit != null && memUsed != null && memUsed >= memLimit) {
                return used(job, new JobStatus(JobState.FAILED, null, FailureReason.OUT_OF_MEMORY,
                        "ran out of memory: give the step more memory", signal));
            }
            return new JobStatus(JobState.CANCELLED, null, null, "killed by signal " + signal
                    + (signal == 15 ? " (SIGTERM)" : signal == 9 ? " (SIGKILL)" : "") + ": deleted with qdel, or stopped by the site",
                    signal);
        }
        return used(job, new JobStatus(JobState.FAILED, null, FailureReason.NODE_FAILURE, "PBS could not run job " + id
                + " (Exit_status " + exit + (exit == -3 ? ": the job's files could not be set up" : "") + comment(job)
                + "): run it again; if it recurs, tell the site's support with the job's id"));
    }

    private static JobStatus used(Map<String, Object> job, JobStatus status) {
        Map<String, Object> used = map(job.get("resources_used"));
        List<String> words = new ArrayList<>();
        if (used.get("walltime") != null) {
            words.add("ran " + used.get("walltime"));
        }
        if (used.get("mem") != null) {
            words.add("peak memory " + used.get("mem"));
        }
        return words.isEmpty() ? status : new JobStatus(status.state(), status.exitCode(), status.reason(),
                status.detail() + " (" + String.join(", ", words) + ")", status.signal());
    }

    private static String comment(Map<String, Object> job) {
        Object comment = job.get("comment");
        return comment == null ? "" : "; PBS says: " + comment;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    /** Seconds of {@code HH:MM:SS} (or {@code MM:SS}, or seconds). */
    static Long seconds(Object value) {
        if (value == null || !String.valueOf(value).matches("[0-9:]+")) {
            return null;
        }
        long total = 0;
        for (String part : String.valueOf(value).split(":")) {
            total = total * 60 + (part.isEmpty() ? 0 : Long.parseLong(part));
        }
        return total;
    }

    /** Bytes of a PBS size: {@code 1024kb}, {@code 4gb}, {@code 512mb}, {@code 100b} or plain bytes. */
    static Long bytes(Object value) {
        if (value == null) {
            return null;
        }
        java.util.regex.Matcher size = Pattern.compile("([0-9]+)([kmgtp]?)(b|w)?").matcher(String.valueOf(value).toLowerCase());
        if (!size.matches()) {
            return null;
        }
        long number = Long.parseLong(size.group(1));
        int shift = switch (size.group(2)) {
            case "k" -> 10;
            case "m" -> 20;
            case "g" -> 30;
            case "t" -> 40;
            case "p" -> 50;
            default -> 0;
        };
        return number << shift;
    }

    /** The queue command says how jobs ended too (-x): nothing else to ask. */
    @Override
    public String endedCommand(List<String> ids) {
        return "";
    }

    @Override
    public Map<String, JobStatus> parseEnded(String output) {
        return Map.of();
    }

    @Override
    public String findCommand(String user, String jobName) {
        // qselect lists the ids of the user's jobs of that name that are queued or running.
        return "qselect -u " + ShellQuoting.quoted(user) + " -N " + ShellQuoting.quoted(jobName) + " 2>/dev/null";
    }

    @Override
    public String cancelCommand(String id) {
        return "qdel " + id;
    }

    @Override
    public boolean schedulerUnavailable(String output) {
        return output.contains("Connection refused") || output.contains("cannot connect to server")
                || output.contains("Server is busy") || output.contains("pbs_iff");
    }
}
