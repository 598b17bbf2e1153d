package org.vitruvian.tests.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.vitruvian.execution.spi.FailureReason;
import org.vitruvian.execution.spi.JobSpec;
import org.vitruvian.execution.spi.JobState;
import org.vitruvian.execution.spi.JobStatus;
import org.vitruvian.execution.spi.TargetAdapter;
import org.vitruvian.execution.spi.TargetException;
import org.vitruvian.model.site.Site;

/**
 * A FAKE target adapter for tests of the run engine: a scripted "scheduler" that can refuse a
 * submission, be unreachable for some polls, lose a job, fail to copy outputs back, or end a job
 * without an exit code, on cue. The scheduling is scripted; the job's command is run for real
 * (synchronously, in its work folder) when the script lets the job finish, so the outputs the
 * engine looks for exist. Real targets (local processes, Podman, Slurm over SSH) are tested
 * against the real programs; this fake is only for faults that those produce rarely or at
 * random.
 *
 * <p>Each step's script is a {@link Script}, found by step name; steps without one get a plain
 * script (one poll queued, one running, then completed).
 */
public final class FakeTargetAdapter implements TargetAdapter {

    /** What the fake does with one step's jobs. */
    public static final class Script {
        final Deque<TargetException> submitFaults = new ArrayDeque<>();
        boolean createJobThenFault;
        int queuedPolls = 1;
        int runningPolls = 1;
        int unreachablePolls;
        int unreachableAfterPolls = 1;
        boolean vanish;
        boolean noExitCode;
        int stageOutFaults;
        final Deque<Integer> exitCodes = new ArrayDeque<>();

        /** submit() throws this (in order, once each) before it takes the job. */
        public Script refuseSubmission(TargetException fault) {
            submitFaults.add(fault);
            return this;
        }

        /** The first submit() creates the job and then throws a transient fault, as when the answer is lost on the way back. */
        public Script loseSubmissionAnswer() {
            createJobThenFault = true;
            return this;
        }

        /** status() throws for {@code polls} polls once the job has been polled {@code after} times. */
        public Script unreachable(int after, int polls) {
            unreachableAfterPolls = after;
            unreachablePolls = polls;
            return this;
        }

        public Script running(int polls) {
            runningPolls = polls;
            return this;
        }

        /** The job disappears from the scheduler while running, and leaves no exit code. */
        public Script vanish() {
            vanish = true;
            return this;
        }

        /** The job ends without an exit code (a node that died). */
        public Script endWithoutExitCode() {
            noExitCode = true;
            return this;
        }

        /** stageOut() throws this many times before it copies. */
        public Script failStageOut(int times) {
            stageOutFaults = times;
            return this;
        }

        /** The exit codes of successive attempts, instead of the command's own. */
        public Script exitCodes(Integer... codes) {
            exitCodes.addAll(List.of(codes));
            return this;
        }
    }

    /** A job the fake scheduler holds. */
    private static final class FakeJob {
        final JobSpec spec;
        final String id;
        int polls;
        int unreachableLeft;
        boolean ended;
        boolean cancelled;
        Integer exitCode;

        FakeJob(JobSpec spec, String id, int unreachable) {
            this.spec = spec;
            this.id = id;
            this.unreachableLeft = unreachable;
        }
    }

    private final String sitePrefix;
    private final Map<String, Script> scripts = new ConcurrentHashMap<>();
    private final Map<String, FakeJob> jobsByClientId = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> submitCalls = new ConcurrentHashMap<>();
    private final AtomicInteger statusCalls = new AtomicInteger();
    private final AtomicInteger nextId = new AtomicInteger(1000);
    private final List<String> cleanedRuns = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** @param sitePrefix the fake runs jobs on sites whose id starts with this */
    public FakeTargetAdapter(String sitePrefix) {
        this.sitePrefix = sitePrefix;
    }

    public Script script(String step) {
        return scripts.computeIfAbsent(step, s -> new Script());
    }

    /** How many times the engine asked to submit the step (each attempt, each retry). */
    public int submitCalls(String step) {
        return submitCalls.getOrDefault(step, new AtomicInteger()).get();
    }

    /** How many jobs the fake scheduler holds for the step: more than the step's attempts means one was submitted twice. */
    public long jobs(String step) {
        return jobsByClientId.values().stream().filter(j -> j.spec.step().equals(step)).count();
    }

    public boolean cancelled(String step) {
        return jobsByClientId.values().stream().anyMatch(j -> j.spec.step().equals(step) && j.cancelled);
    }

    public int statusCalls() {
        return statusCalls.get();
    }

    /** The runs whose files the engine asked the fake "site" to remove, in order. */
    public List<String> cleanedRuns() {
        return List.copyOf(cleanedRuns);
    }

    @Override
    public String name() {
        return "fake";
    }

    @Override
    public Set<Capability> capabilities() {
        return EnumSet.of(Capability.SUBMIT, Capability.BATCH_STATUS, Capability.CANCEL, Capability.STAGE_OUT, Capability.LOGS,
                Capability.CLEAN_UP);
    }

    @Override
    public boolean supports(Site site) {
        return site.getId() != null && site.getId().startsWith(sitePrefix);
    }

    @Override
    public synchronized String submit(JobSpec job) throws TargetException {
        submitCalls.computeIfAbsent(job.step(), s -> new AtomicInteger()).incrementAndGet();
        Script script = script(job.step());
        if (jobsByClientId.containsKey(job.clientId())) {
            // A real scheduler would take the same job twice: that is what the engine must never ask for.
            FakeJob twice = new FakeJob(job, "fake-" + nextId.incrementAndGet(), script.unreachablePolls);
            jobsByClientId.put(job.clientId() + "#" + twice.id, twice);
            return twice.id;
        }
        if (script.createJobThenFault) {
            script.createJobThenFault = false;
            FakeJob created = new FakeJob(job, "fake-" + nextId.incrementAndGet(), script.unreachablePolls);
            jobsByClientId.put(job.clientId(), created);
            throw new TargetException("the connection dropped before the scheduler answered (fake)");
        }
        TargetException fault = script.submitFaults.poll();
        if (fault != null) {
            throw fault;
        }
        FakeJob created = new FakeJob(job, "fake-" + nextId.incrementAndGet(), script.unreachablePolls);
        jobsByClientId.put(job.clientId(), created);
        return created.id;
    }

    @Override
    public Optional<String> find(Site site, JobSpec job) {
        return Optional.ofNullable(jobsByClientId.get(job.clientId())).map(j -> j.id);
    }

    @Override
    public synchronized Map<String, JobStatus> status(Site site, Collection<JobSpec> jobs, Map<String, String> jobIds)
            throws TargetException {
        statusCalls.incrementAndGet();
        Map<String, JobStatus> statuses = new LinkedHashMap<>();
        for (JobSpec spec : jobs) {
            FakeJob job = jobsByClientId.get(spec.clientId());
            if (job == null) {
                continue;
            }
            Script script = script(spec.step());
            if (job.polls >= script.unreachableAfterPolls && job.unreachableLeft > 0) {
                job.unreachableLeft--;
                throw new TargetException("connection refused by " + site.getId() + " (fake outage)");
            }
            statuses.put(spec.clientId(), next(job, script));
        }
        return statuses;
    }

    private JobStatus next(FakeJob job, Script script) {
        if (job.cancelled) {
            return new JobStatus(JobState.CANCELLED, null, null, "cancelled");
        }
        if (job.ended) {
            return ended(job, script);
        }
        job.polls++;
        if (job.polls <= script.queuedPolls) {
            return JobStatus.of(JobState.QUEUED);
        }
        if (job.polls <= script.queuedPolls + script.runningPolls) {
            writeProgress(job);
            return JobStatus.of(JobState.RUNNING);
        }
        if (script.vanish) {
            job.ended = true;
            return new JobStatus(JobState.FAILED, null, FailureReason.NODE_FAILURE,
                    "job " + job.id + " is gone from the scheduler and left no exit code (fake)");
        }
        job.exitCode = runCommand(job);
        Integer scripted = script.exitCodes.poll();
        if (scripted != null) {
            job.exitCode = scripted;
        }
        job.ended = true;
        return ended(job, script);
    }

    private static JobStatus ended(FakeJob job, Script script) {
        if (script.vanish) {
            return new JobStatus(JobState.FAILED, null, FailureReason.NODE_FAILURE,
                    "job " + job.id + " is gone from the scheduler and left no exit code (fake)");
        }
        if (script.noExitCode) {
            return new JobStatus(JobState.FAILED, null, FailureReason.NODE_FAILURE, "the job ended without an exit code (fake)");
        }
        return job.exitCode == 0 ? new JobStatus(JobState.COMPLETED, 0, null, null)
                : new JobStatus(JobState.FAILED, job.exitCode, FailureReason.EXIT_CODE, "exit code " + job.exitCode);
    }

    private static void writeProgress(FakeJob job) {
        try {
            Files.createDirectories(job.spec.workDir());
            Files.writeString(job.spec.workDir().resolve("stdout.log"), "VITRUVIAN-PROGRESS 0.5 halfway (fake)\n");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Runs the job's command for real in its folder, with a deadline, and returns its exit code.
     * Its output goes to a "remote" log that {@link #stageOut} copies back, as a remote target's does.
     */
    private static int runCommand(FakeJob job) {
        try {
            Path folder = job.spec.workDir();
            Files.createDirectories(folder);
            Files.createDirectories(remote(job.spec));
            ProcessBuilder builder = new ProcessBuilder(job.spec.command()).directory(folder.toFile())
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(remote(job.spec).resolve("stdout.log").toFile()))
                    .redirectError(folder.resolve("stderr.log").toFile()).redirectInput(new File("/dev/null"));
            builder.environment().putAll(job.spec.environment());
            Process process = builder.start();
            if (!process.waitFor(Duration.ofSeconds(30).toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                return 124;
            }
            return process.exitValue();
        } catch (IOException e) {
            return 127;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
    }

    @Override
    public void cancel(Site site, JobSpec job, String jobId) {
        jobsByClientId.values().stream().filter(j -> j.id.equals(jobId)).forEach(j -> j.cancelled = true);
    }

    @Override
    public void clean(Site site, String runId) {
        cleanedRuns.add(runId);
    }

    @Override
    public Path log(Site site, JobSpec job) {
        return job.workDir().resolve("stdout.log");
    }

    @Override
    public synchronized void stageOut(Site site, JobSpec job) throws TargetException {
        Script script = script(job.step());
        if (script.stageOutFaults > 0) {
            script.stageOutFaults--;
            throw new TargetException("copying back from " + site.getId() + " was interrupted (fake)");
        }
        Path log = remote(job).resolve("stdout.log");
        try {
            if (Files.exists(log)) {
                Files.writeString(job.workDir().resolve("stdout.log"), Files.readString(log), java.nio.file.StandardOpenOption.CREATE,
                        java.nio.file.StandardOpenOption.APPEND);
                Files.delete(log);
            }
        } catch (IOException e) {
            throw new TargetException("cannot copy the log back: " + e.getMessage(), e);
        }
    }

    /** Where the fake "site" keeps a job's files until they are copied back. */
    private static Path remote(JobSpec job) {
        return job.workDir().resolve(".fake-remote");
    }
}
