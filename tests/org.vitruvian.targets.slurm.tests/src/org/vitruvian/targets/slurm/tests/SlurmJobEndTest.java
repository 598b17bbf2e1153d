package org.vitruvian.targets.slurm.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitruvian.execution.spi.FailureReason;
import org.vitruvian.execution.spi.JobSpec;
import org.vitruvian.execution.spi.JobState;
import org.vitruvian.execution.spi.JobStatus;
import org.vitruvian.execution.spi.TargetException;
import org.vitruvian.model.site.Site;
import org.vitruvian.targets.slurm.internal.SlurmAdapter;

/**
 * How jobs end and where they run, on the real loopback cluster: a walltime kill is told apart
 * from an exit, a run's files on the shared scratch are the account's alone, and the job goes to
 * the partitions the plan chose, never silently to the cluster's default.
 */
class SlurmJobEndTest {

    @TempDir
    Path work;

    private final SlurmAdapter adapter = LoopbackSlurm.adapter(site -> LoopbackSlurm.settings());

    private JobSpec.Builder job(String name, String... command) {
        return JobSpec.builder("job-end-" + name, name, "job-end." + name + "." + UUID.randomUUID()).site(LoopbackSlurm.site())
                .command(command).workDir(work.resolve(name)).walltime(Duration.ofMinutes(5));
    }

    private JobStatus awaitEnd(Site site, JobSpec job, String id, Duration within) throws TargetException {
        Instant end = Instant.now().plus(within);
        JobStatus status = null;
        while (Instant.now().isBefore(end)) {
            status = adapter.status(site, List.of(job), Map.of(job.clientId(), id)).get(job.clientId());
            if (status.state().isFinal()) {
                return status;
            }
            Thread.onSpinWait();
        }
        fail("job " + job.step() + " did not end within " + within + "; last: " + status);
        return status;
    }

    /** Slurm says ExitCode=0:15 for a walltime kill: that 0 is no exit code, and must not be recorded as one. */
    @Test
    void aJobPastItsWalltimeFailsForItsTimeWithTheSignalAndNoExitCode() throws Exception {
        JobSpec job = job("walltime", "sleep", "600").walltime(Duration.ofMinutes(1)).build();
        Site site = job.site();
        JobStatus status = awaitEnd(site, job, adapter.submit(job), Duration.ofMinutes(5));
        assertEquals(JobState.FAILED, status.state(), status.toString());
        assertEquals(FailureReason.TIMEOUT, status.reason(), status.toString());
        assertNull(status.exitCode(), "Slurm gave no exit code, only a signal: " + status);
        assertTrue(status.signal() != null && status.signal() > 0, status.toString());
        assertTrue(status.detail().contains("walltime") && status.detail().contains("longer walltime"), status.detail());
    }

    /** On a shared cluster other accounts must not read a run's clinical inputs or its results. */
    @Test
    void aRunsFoldersCopiesAndOutputsOnTheSiteAreTheAccountsAlone() throws Exception {
        Path input = Files.writeString(work.resolve("scan.txt"), "voxels\n");
        Files.setPosixFilePermissions(input, PosixFilePermissions.fromString("rw-r-----"));
        JobSpec job = job("private", "sh", "-c", "echo result > result.txt; stat -c '%n %a' \"$1\" \"$(dirname \"$1\")\" \"$(dirname \"$(dirname \"$1\")\")\" . result.txt > modes.txt",
                "sh", input.toString()).inputs(Map.of("scan", input)).build();
        Site site = job.site();
        assertEquals(JobState.COMPLETED, awaitEnd(site, job, adapter.submit(job), Duration.ofMinutes(2)).state());
        adapter.stageOut(site, job);
        List<String> modes = Files.readAllLines(job.workDir().resolve("modes.txt")).stream()
                .map(line -> line.substring(line.lastIndexOf(' ') + 1)).toList();
        assertEquals(List.of("600", "700", "700", "700", "600"), modes,
                "input copy, inputs/, the run's folder, the job's folder, an output: " + Files.readString(job.workDir().resolve("modes.txt")));
    }

    /** 'vitruvian clean RUN': the run's folder leaves the scratch; a run id cannot reach outside Vitruvian's folder. */
    @Test
    void cleaningARunRemovesItsFolderFromTheScratchAndNothingElse() throws Exception {
        JobSpec kept = job("kept", "true").build();
        JobSpec cleaned = job("cleaned", "true").build();
        Site site = kept.site();
        String keptId = adapter.submit(kept);
        String cleanedId = adapter.submit(cleaned);
        awaitEnd(site, kept, keptId, Duration.ofMinutes(2));
        awaitEnd(site, cleaned, cleanedId, Duration.ofMinutes(2));
        assertEquals(java.util.Optional.of(cleanedId), adapter.find(site, cleaned), "before cleaning, the job's folder names it");

        adapter.clean(site, cleaned.runId());
        adapter.clean(site, "..");
        adapter.clean(site, "../" + kept.runId());

        // find() reads the job-id file in the job's folder, then squeue, which lists a job that
        // wrote its exit code until its script has quite finished: wait for that, not for the file.
        Instant end = Instant.now().plusSeconds(60);
        while (adapter.find(site, cleaned).isPresent() && Instant.now().isBefore(end)) {
            Thread.onSpinWait();
        }
        assertEquals(java.util.Optional.empty(), adapter.find(site, cleaned), "the cleaned run's folder must be gone");
        assertEquals(java.util.Optional.of(keptId), adapter.find(site, kept), "another run's folder must survive");
    }

    @Test
    void aJobGoesToThePartitionsItWasGiven() throws Exception {
        JobSpec job = job("partition", "sh", "-c", "printf '%s' \"$SLURM_JOB_PARTITION\" > partition.txt").partitions(List.of("debug"))
                .build();
        Site site = job.site();
        assertEquals(JobState.COMPLETED, awaitEnd(site, job, adapter.submit(job), Duration.ofMinutes(2)).state());
        adapter.stageOut(site, job);
        assertEquals("debug", Files.readString(job.workDir().resolve("partition.txt")));
    }

    /** Before, the job ran on the default partition, so the compatibility check had judged one that was never asked for. */
    @Test
    void aPartitionTheClusterLacksIsRefusedAtSubmissionWithSlurmsWords() {
        JobSpec job = job("no-partition", "true").partitions(List.of("gpu-does-not-exist")).build();
        TargetException refused = assertThrows(TargetException.class, () -> adapter.submit(job));
        assertTrue(refused.isPermanent(), "a partition that does not exist will not appear by asking again: " + refused.getMessage());
        assertTrue(refused.getMessage().toLowerCase().contains("invalid partition"), refused.getMessage());
    }
}
