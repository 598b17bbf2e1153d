package org.vitruvian.targets.slurm.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitruvian.execution.spi.JobSpec;
import org.vitruvian.execution.spi.JobState;
import org.vitruvian.execution.spi.JobStatus;
import org.vitruvian.execution.spi.TargetException;
import org.vitruvian.model.site.Site;
import org.vitruvian.targets.slurm.internal.SlurmAdapter;
import org.vitruvian.ssh.SshSettings;

/**
 * A key protected by a passphrase is used the way OpenSSH users do: loaded into a real
 * ssh-agent, whose socket is all Vitruvian sees. The passphrase never reaches Vitruvian.
 */
class SshAgentTest {

    private static final String PASSPHRASE = "correct horse battery staple";

    @TempDir
    Path work;

    private Process agent;
    private Path socket;
    private Path protectedKey;

    @BeforeEach
    void startAgentWithAPassphraseProtectedKey() throws Exception {
        // The account's key, re-encrypted under a passphrase: the site accepts it as before.
        protectedKey = work.resolve("id_ed25519");
        Files.copy(Path.of(LoopbackSlurm.get("VITRUVIAN_HPC_IDENTITY")), protectedKey);
        Files.setPosixFilePermissions(protectedKey, PosixFilePermissions.fromString("rw-------"));
        run(List.of("ssh-keygen", "-q", "-p", "-P", "", "-N", PASSPHRASE, "-f", protectedKey.toString()), Map.of());
        socket = work.resolve("agent.sock");
        agent = new ProcessBuilder("ssh-agent", "-D", "-a", socket.toString()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        Instant end = Instant.now().plusSeconds(10);
        while (!Files.exists(socket)) {
            if (Instant.now().isAfter(end) || !agent.isAlive()) {
                fail("ssh-agent did not create its socket " + socket);
            }
            Thread.onSpinWait();
        }
        // ssh-add asks for the passphrase through SSH_ASKPASS, as a desktop session does.
        Path askpass = Files.writeString(work.resolve("askpass.sh"), "#!/bin/sh\necho '" + PASSPHRASE + "'\n");
        Files.setPosixFilePermissions(askpass, PosixFilePermissions.fromString("rwx------"));
        run(List.of("ssh-add", protectedKey.toString()), Map.of("SSH_AUTH_SOCK", socket.toString(), "SSH_ASKPASS",
                askpass.toString(), "SSH_ASKPASS_REQUIRE", "force", "DISPLAY", ":0"));
    }

    @AfterEach
    void stopAgent() {
        if (agent != null) {
            agent.destroy();
        }
    }

    private static void run(List<String> command, Map<String, String> environment) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
            fail(String.join(" ", command) + " failed: " + output);
        }
    }

    private JobSpec job(String name) {
        return JobSpec.builder("agent", name, "agent." + name + "." + UUID.randomUUID()).site(LoopbackSlurm.site())
                .command("sh", "-c", "echo through the agent > done.txt").workDir(work.resolve(name)).walltime(Duration.ofMinutes(5))
                .build();
    }

    @Test
    void aPassphraseProtectedKeyInSshAgentLogsIn() throws Exception {
        SlurmAdapter adapter = LoopbackSlurm.adapter(
                site -> new SshSettings(LoopbackSlurm.settings().knownHosts(), List.of(), socket));
        Site site = LoopbackSlurm.site();
        JobSpec job = job("agent");
        String id = adapter.submit(job);
        Instant end = Instant.now().plusSeconds(60);
        JobStatus status = adapter.status(site, List.of(job), Map.of(job.clientId(), id)).get(job.clientId());
        while (!status.state().isFinal() && Instant.now().isBefore(end)) {
            status = adapter.status(site, List.of(job), Map.of(job.clientId(), id)).get(job.clientId());
        }
        assertEquals(JobState.COMPLETED, status.state(), String.valueOf(status));
        adapter.stageOut(site, job);
        assertEquals("through the agent\n", Files.readString(job.workDir().resolve("done.txt")));
    }

    @Test
    void thePassphraseProtectedFileAloneIsRefusedWithTheWayOut() {
        SlurmAdapter adapter = LoopbackSlurm.adapter(
                site -> new SshSettings(LoopbackSlurm.settings().knownHosts(), List.of(protectedKey), null));
        TargetException refused = assertThrows(TargetException.class, () -> adapter.submit(job("no-agent")));
        assertTrue(refused.getMessage().contains("ssh-add"), refused.getMessage());
    }
}
