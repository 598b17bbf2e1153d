package org.vitruvian.targets.slurm.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitruvian.execution.spi.JobSpec;
import org.vitruvian.execution.spi.JobState;
import org.vitruvian.execution.spi.JobStatus;
import org.vitruvian.execution.spi.TargetException;
import org.vitruvian.model.site.Site;
import org.vitruvian.targets.slurm.internal.SlurmAdapter;

/** The one SSH session per site survives the login node dropping it: the next call logs in again. */
class SshSessionTest {

    @TempDir
    Path work;

    @Test
    void aSessionTheServerDroppedIsOpenedAgainOnTheNextCall() throws Exception {
        SlurmAdapter adapter = LoopbackSlurm.adapter(site -> LoopbackSlurm.settings());
        Site site = LoopbackSlurm.site();
        JobSpec job = JobSpec.builder("session", "sleep", "session.sleep." + UUID.randomUUID()).site(site)
                .command("sh", "-c", "sleep 1").workDir(work.resolve("sleep")).walltime(Duration.ofMinutes(5)).build();
        String id = adapter.submit(job);
        // The server side of every session of the account goes away (the privileged half too, so
        // the connection closes), as when a login node restarts sshd.
        Process kill = new ProcessBuilder("pkill", "-f", "^sshd: " + LoopbackSlurm.get("VITRUVIAN_HPC_USER")).inheritIO().start();
        kill.waitFor(30, TimeUnit.SECONDS);
        Instant end = Instant.now().plusSeconds(60);
        String lastError = null;
        while (Instant.now().isBefore(end)) {
            try {
                JobStatus status = adapter.status(site, List.of(job), Map.of(job.clientId(), id)).get(job.clientId());
                if (status.state().isFinal()) {
                    assertEquals(JobState.COMPLETED, status.state(), String.valueOf(status));
                    return;
                }
            } catch (TargetException e) {
                // The call that finds the session dead may fail; the engine asks again on its next poll.
                lastError = e.getMessage();
            }
        }
        fail("the adapter did not get back to the site within 60 s; last error: " + lastError);
    }
}
