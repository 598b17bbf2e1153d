package org.vitruvian.execution.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitruvian.execution.spi.FailureReason;
import org.vitruvian.execution.spi.JobSpec;
import org.vitruvian.execution.spi.JobState;
import org.vitruvian.execution.spi.JobStatus;
import org.vitruvian.execution.spi.TargetAdapter;
import org.vitruvian.execution.spi.TargetException;
import org.vitruvian.model.site.Site;

/**
 * What every target adapter must do, whoever writes it: run a job to completion and report it,
 * report a failing job with its exit code, find a submitted job again by its client id (so a
 * crash never leads to a second submission), answer for many jobs in one call, cancel, and pass
 * every argument through unchanged. An adapter's test bundle subclasses this class and says
 * which adapter and site to use; the jobs are plain POSIX shell commands.
 */
public abstract class TargetAdapterContractTest {

    /** The adapter under test. */
    protected abstract TargetAdapter adapter();

    /** A site the adapter supports, reachable from this machine while the tests run. */
    protected abstract Site site();

    /** How long a short job may take on this target, queueing included. */
    protected Duration deadline() {
        return Duration.ofSeconds(60);
    }

    @TempDir
    protected Path work;

    protected JobSpec job(String name, List<String> command) {
        return JobSpec.builder("tck", name, "tck." + name + "." + UUID.randomUUID()).site(site()).command(command)
                .workDir(work.resolve(name)).environment(Map.of("TCK_VALUE", "it's $HOME")).walltime(Duration.ofMinutes(5)).build();
    }

    private JobStatus await(JobSpec job, String jobId, Predicate<JobStatus> done) throws TargetException {
        Instant end = Instant.now().plus(deadline());
        JobStatus status = null;
        while (Instant.now().isBefore(end)) {
            status = adapter().status(site(), List.of(job), Map.of(job.clientId(), jobId)).get(job.clientId());
            if (status != null && done.test(status)) {
                return status;
            }
            pause();
        }
        fail(adapter().name() + ": job " + job.step() + " did not reach the expected state within " + deadline() + "; last: " + status);
        return status;
    }

    @Test
    void supportsTheSiteUnderTest() {
        assertTrue(adapter().supports(site()), adapter().name() + " must support " + site().getId());
        assertTrue(adapter().capabilities().contains(TargetAdapter.Capability.SUBMIT));
    }

    @Test
    void aJobRunsToCompletionAndItsOutputAndLogAreThere() throws Exception {
        JobSpec job = job("ok", List.of("sh", "-c", "echo 'VITRUVIAN-PROGRESS 1 done'; printf '%s' \"$TCK_VALUE\" > result.txt"));
        Files.createDirectories(job.workDir());
        String id = adapter().submit(job);
        JobStatus status = await(job, id, s -> s.state().isFinal());
        assertEquals(JobState.COMPLETED, status.state(), String.valueOf(status));
        adapter().stageOut(site(), job);
        assertEquals("it's $HOME", Files.readString(job.workDir().resolve("result.txt")));
        assertTrue(Files.readString(adapter().log(site(), job)).contains("VITRUVIAN-PROGRESS 1 done"));
    }

    @Test
    void aFailingJobIsFailedWithItsExitCode() throws Exception {
        JobSpec job = job("fails", List.of("sh", "-c", "exit 3"));
        Files.createDirectories(job.workDir());
        JobStatus status = await(job, adapter().submit(job), s -> s.state().isFinal());
        assertEquals(JobState.FAILED, status.state());
        assertEquals(3, status.exitCode());
        assertEquals(FailureReason.EXIT_CODE, status.reason());
    }

    @Test
    void argumentsArePassedUnchangedWhateverTheyContain() throws Exception {
        List<String> odd = List.of("a b", "it's", "$(touch pwned)", "`id`", "semi;colon", "new\nline", "*", "");
        JobSpec job = job("args", List.of("sh", "-c", "for a in \"$@\"; do printf '[%s]' \"$a\"; done > args.txt", "tck", odd.get(0),
                odd.get(1), odd.get(2), odd.get(3), odd.get(4), odd.get(5), odd.get(6), odd.get(7)));
        Files.createDirectories(job.workDir());
        assertEquals(JobState.COMPLETED, await(job, adapter().submit(job), s -> s.state().isFinal()).state());
        adapter().stageOut(site(), job);
        StringBuilder expected = new StringBuilder();
        odd.forEach(a -> expected.append('[').append(a).append(']'));
        assertEquals(expected.toString(), Files.readString(job.workDir().resolve("args.txt")));
        assertFalse(Files.exists(job.workDir().resolve("pwned")), "an argument was run as a command");
    }

    @Test
    void aSubmittedJobIsFoundAgainByItsClientIdAndAnUnsubmittedOneIsNot() throws Exception {
        JobSpec submitted = job("found", List.of("sh", "-c", "true"));
        JobSpec never = job("never", List.of("sh", "-c", "true"));
        Files.createDirectories(submitted.workDir());
        Files.createDirectories(never.workDir());
        String id = adapter().submit(submitted);
        assertTrue(adapter().find(site(), submitted).isPresent(), "a submitted job must be found after a crash");
        assertTrue(adapter().find(site(), never).isEmpty(), "a job never submitted must not be found");
        await(submitted, id, s -> s.state().isFinal());
    }

    @Test
    void manyJobsAreReportedInOneCall() throws Exception {
        List<JobSpec> jobs = List.of(job("one", List.of("sh", "-c", "true")), job("two", List.of("sh", "-c", "exit 1")));
        Map<String, String> ids = new java.util.LinkedHashMap<>();
        for (JobSpec job : jobs) {
            Files.createDirectories(job.workDir());
            ids.put(job.clientId(), adapter().submit(job));
        }
        Instant end = Instant.now().plus(deadline());
        Map<String, JobStatus> statuses = Map.of();
        while (Instant.now().isBefore(end)) {
            statuses = adapter().status(site(), jobs, ids);
            if (statuses.size() == 2 && statuses.values().stream().allMatch(s -> s.state().isFinal())) {
                break;
            }
            pause();
        }
        assertEquals(JobState.COMPLETED, statuses.get(jobs.get(0).clientId()).state());
        assertEquals(JobState.FAILED, statuses.get(jobs.get(1).clientId()).state());
    }

    @Test
    void aCancelledJobStopsRunning() throws Exception {
        JobSpec job = job("cancel", List.of("sh", "-c", "echo started > started.txt; sleep 300"));
        Files.createDirectories(job.workDir());
        String id = adapter().submit(job);
        await(job, id, s -> s.state() == JobState.RUNNING);
        adapter().cancel(site(), job, id);
        JobStatus status = await(job, id, s -> s.state() != JobState.RUNNING && s.state() != JobState.SUBMITTED);
        assertTrue(status.state() == JobState.FAILED || status.state() == JobState.CANCELLED, String.valueOf(status));
    }

    /** Between two looks at a target: polls stay within the deadline without hogging a core. */
    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail("interrupted while waiting for the target");
        }
    }

    /** Helps subclasses that need a file in the job's folder. */
    protected static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
