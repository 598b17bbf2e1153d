package org.vitruvian.targets.slurm.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
 * What the Slurm target must never do, on the real loopback cluster: trust a host key it was not
 * given, or let a file from the site land outside the job's folder. And what a remote target
 * must do that a local one need not: carry inputs over and rewrite their paths.
 */
class SlurmSecurityTest {

    @TempDir
    Path work;

    private JobSpec job(String name, List<String> command, Map<String, Path> inputs) {
        return JobSpec.builder("security", name, "security." + name + "." + UUID.randomUUID()).site(LoopbackSlurm.site())
                .command(command).workDir(work.resolve(name)).walltime(Duration.ofMinutes(5)).inputs(inputs).build();
    }

    private static JobStatus awaitEnd(SlurmAdapter adapter, Site site, JobSpec job, String id) throws TargetException {
        Instant end = Instant.now().plusSeconds(60);
        JobStatus status = null;
        while (Instant.now().isBefore(end)) {
            status = adapter.status(site, List.of(job), Map.of(job.clientId(), id)).get(job.clientId());
            if (status.state().isFinal()) {
                return status;
            }
            Thread.onSpinWait();
        }
        fail("job " + job.step() + " did not end within 60 s; last: " + status);
        return status;
    }

    @Test
    void anUnknownHostKeyIsRefusedAndNotAdded() throws Exception {
        Path knownHosts = Files.writeString(work.resolve("known_hosts"), "");
        SlurmAdapter adapter = LoopbackSlurm.adapter(site -> new SshSettings(knownHosts, LoopbackSlurm.settings().identities()));
        JobSpec job = job("unknown-key", List.of("true"), Map.of());
        TargetException refused = assertThrows(TargetException.class, () -> adapter.submit(job));
        assertTrue(refused.getMessage().contains("is not in " + knownHosts), refused.getMessage());
        assertTrue(refused.isPermanent(), "asking again cannot help: the user must check and add the key");
        assertEquals("", Files.readString(knownHosts), "the key must not be added");
    }

    /** A scratch folder the account may not write: permanent, the step fails with mkdir's words instead of retrying forever. */
    @Test
    void anUnwritableScratchFolderIsAPermanentFaultWithItsCause() {
        Site site = LoopbackSlurm.site();
        site.getStorage().get(0).setPath("/proc/vitruvian-cannot-be-here");
        SlurmAdapter adapter = LoopbackSlurm.adapter(s -> LoopbackSlurm.settings());
        JobSpec job = JobSpec.builder("security", "unwritable", "security.unwritable." + UUID.randomUUID()).site(site)
                .command("true").workDir(work.resolve("unwritable")).build();
        TargetException refused = assertThrows(TargetException.class, () -> adapter.submit(job));
        assertTrue(refused.isPermanent(), refused.getMessage());
        assertTrue(refused.getMessage().contains("create the job's folder") && refused.getMessage().contains("/proc/vitruvian"),
                refused.getMessage());
    }

    /** Nothing listens on the port: the site may come back, so the fault is transient. */
    @Test
    void aPortNothingListensOnIsATransientFault() throws Exception {
        Site site = LoopbackSlurm.site();
        try (java.net.ServerSocket unused = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            site.getAccess().setPort(unused.getLocalPort());
        }
        SlurmAdapter adapter = LoopbackSlurm.adapter(s -> LoopbackSlurm.settings());
        JobSpec job = JobSpec.builder("security", "closed-port", "security.closed-port." + UUID.randomUUID()).site(site)
                .command("true").workDir(work.resolve("closed-port")).build();
        TargetException refused = assertThrows(TargetException.class, () -> adapter.submit(job));
        assertFalse(refused.isPermanent(), refused.getMessage());
    }

    @Test
    void aHostKeyOtherThanTheKnownOneIsRefused() throws Exception {
        // A real ed25519 key, but not the server's: the user's own public key stands in for an impostor's.
        String[] impostor = Files.readString(Path.of(LoopbackSlurm.get("VITRUVIAN_HPC_IDENTITY") + ".pub")).strip().split(" ");
        Path knownHosts = Files.writeString(work.resolve("known_hosts"), "[" + LoopbackSlurm.get("VITRUVIAN_HPC_HOST") + "]:"
                + LoopbackSlurm.get("VITRUVIAN_HPC_PORT") + " " + impostor[0] + " " + impostor[1] + "\n");
        SlurmAdapter adapter = LoopbackSlurm.adapter(site -> new SshSettings(knownHosts, LoopbackSlurm.settings().identities()));
        TargetException refused = assertThrows(TargetException.class,
                () -> adapter.submit(job("changed-key", List.of("true"), Map.of())));
        assertTrue(refused.getMessage().contains("host key"), refused.getMessage());
    }

    @Test
    void aSymbolicLinkAmongTheOutputsIsNotCopiedBackNorFollowed() throws Exception {
        SlurmAdapter adapter = LoopbackSlurm.adapter(site -> LoopbackSlurm.settings());
        Site site = LoopbackSlurm.site();
        JobSpec job = job("link", List.of("sh", "-c", "echo fine > fine.txt; ln -s /etc/passwd leak"), Map.of());
        assertEquals(JobState.COMPLETED, awaitEnd(adapter, site, job, adapter.submit(job)).state());
        adapter.stageOut(site, job);
        assertEquals("fine\n", Files.readString(job.workDir().resolve("fine.txt")));
        assertFalse(Files.exists(job.workDir().resolve("leak"), LinkOption.NOFOLLOW_LINKS),
                "a link to /etc/passwd on the site must not become a file or a link here");
    }

    @Test
    void inputsOnThisMachineAreCopiedToTheSiteAndTheCommandSeesTheCopies() throws Exception {
        SlurmAdapter adapter = LoopbackSlurm.adapter(site -> LoopbackSlurm.settings());
        Site site = LoopbackSlurm.site();
        Files.createDirectories(work.resolve("data folder"));
        Path input = Files.writeString(work.resolve("data folder").resolve("scan.txt"), "voxels\n",
                java.nio.charset.StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE_NEW);
        JobSpec job = job("inputs", List.of("sh", "-c", "cat \"$1\" > copy.txt; printf '%s' \"$1\" > seen.txt", "sh",
                input.toString()), Map.of("scan", input));
        assertEquals(JobState.COMPLETED, awaitEnd(adapter, site, job, adapter.submit(job)).state());
        adapter.stageOut(site, job);
        assertEquals("voxels\n", Files.readString(job.workDir().resolve("copy.txt")));
        String seen = Files.readString(job.workDir().resolve("seen.txt"));
        assertTrue(seen.startsWith(LoopbackSlurm.get("VITRUVIAN_HPC_SCRATCH") + "/vitruvian/security/inputs/"), seen);
        assertTrue(seen.endsWith("-scan.txt"), seen);
    }
}
