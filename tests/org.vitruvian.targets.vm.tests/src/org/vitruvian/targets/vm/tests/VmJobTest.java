package org.vitruvian.targets.vm.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
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
import org.vitruvian.ssh.SshSettings;
import org.vitruvian.tests.support.LoopbackHpc;
import org.vitruvian.targets.vm.internal.VmAdapter;

/** What a user of a VM site sees beyond the contract: walltimes, a host key not trusted, the job's own folder. */
class VmJobTest {

    @TempDir
    Path work;

    private final VmAdapter adapter = LoopbackVm.adapter();
    private final Site site = LoopbackVm.site();

    private JobSpec job(String name, Duration walltime, String... command) {
        return JobSpec.builder("vmtest", name, "vm." + name + "." + UUID.randomUUID()).site(site).command(command)
                .workDir(work.resolve(name)).walltime(walltime).build();
    }

    private JobStatus awaitEnd(JobSpec job, String id) throws TargetException {
        Instant end = Instant.now().plusSeconds(60);
        JobStatus status = null;
        while (Instant.now().isBefore(end)) {
            status = adapter.status(site, List.of(job), Map.of(job.clientId(), id)).get(job.clientId());
            if (status.state().isFinal()) {
                return status;
            }
        }
        fail("job " + job.step() + " did not end within 60 s; last: " + status);
        return status;
    }

    @Test
    void aJobPastItsWalltimeIsStoppedAndFailsForTimeNotForItsExitCode() throws Exception {
        JobSpec job = job("slow", Duration.ofSeconds(1), "sh", "-c", "sleep 120");
        Instant started = Instant.now();
        JobStatus status = awaitEnd(job, adapter.submit(job));
        assertEquals(JobState.FAILED, status.state(), String.valueOf(status));
        assertEquals(FailureReason.TIMEOUT, status.reason());
        assertNull(status.exitCode(), "timeout(1)'s 124 is no exit code of the command");
        assertTrue(status.detail().contains("walltime"), status.detail());
        assertTrue(Duration.between(started, Instant.now()).toSeconds() < 60, "the job was stopped at its walltime");
    }

    @Test
    void aJobRunsInItsOwnFolderOnTheMachineAndOnlyItsOutputsComeBack() throws Exception {
        JobSpec job = job("where", Duration.ofMinutes(1), "sh", "-c", "pwd > where.txt; echo out > out.txt");
        assertEquals(JobState.COMPLETED, awaitEnd(job, adapter.submit(job)).state());
        adapter.stageOut(site, job);
        String remote = Files.readString(job.workDir().resolve("where.txt")).strip();
        assertTrue(remote.startsWith(LoopbackHpc.get("VITRUVIAN_HPC_SCRATCH").replace("/scratch", "")), remote);
        assertTrue(remote.endsWith("/vitruvian/vmtest/" + job.clientId()), remote);
        assertEquals("out", Files.readString(job.workDir().resolve("out.txt")).strip());
        for (String bookkeeping : List.of("job.sh", "job-id", "exit-code")) {
            assertTrue(Files.notExists(job.workDir().resolve(bookkeeping)), bookkeeping + " is the adapter's, not an output");
        }
        adapter.clean(site, "vmtest");
    }

    @Test
    void aMachineWhoseHostKeyIsNotTrustedIsRefusedAndNothingRuns() throws Exception {
        Path emptyKnownHosts = Files.createFile(work.resolve("known_hosts"));
        VmAdapter stranger = new VmAdapter(s -> new SshSettings(emptyKnownHosts, LoopbackVm.settings().identities()));
        JobSpec job = job("untrusted", Duration.ofMinutes(1), "sh", "-c", "true");
        TargetException refused = assertThrows(TargetException.class, () -> stranger.submit(job));
        assertTrue(refused.isPermanent(), "an unknown key stays unknown however often it is tried");
        assertTrue(refused.getMessage().contains("is not in " + emptyKnownHosts), refused.getMessage());
        assertTrue(refused.getMessage().contains("SHA256:"), "the message shows the fingerprint to compare: " + refused.getMessage());
    }
}
