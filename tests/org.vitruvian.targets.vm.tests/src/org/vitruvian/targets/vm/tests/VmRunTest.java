package org.vitruvian.targets.vm.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitruvian.execution.RunRecord;
import org.vitruvian.execution.RunState;
import org.vitruvian.execution.Runs;
import org.vitruvian.tests.support.LoopbackHpc;
import org.vitruvian.tests.support.RunFixture;

/**
 * The small test workflow (two steps of a shell-script service, a deployed program file, a
 * parameter full of shell characters) run end to end through the Runs service on a VM site:
 * the loopback sshd, described in the user's sites folder with its key and known_hosts in
 * $VITRUVIAN_HOME/ssh/SITE/, as a user sets up a VM.
 */
class VmRunTest {

    @TempDir
    Path folder;

    RunFixture fixture;

    @BeforeEach
    void setUp() throws IOException {
        fixture = new RunFixture(folder);
        Files.writeString(fixture.home().resolve("sites/loopback-vm.yaml"), """
                apiVersion: vitruvian/v1
                kind: Site
                id: loopback-vm
                name: Loopback VM
                description: The loopback sshd, taken as a cloud VM.
                type: cloud
                resourceClass: private-cloud
                access:
                  host: %s
                  port: %s
                  user: %s
                scheduler: none
                partitions:
                  - name: vm
                    nodes: 1
                    coresPerNode: 2
                    memoryPerNode: 2GiB
                architecture: x86_64
                os: debian 12
                glibc: "2.36"
                containerRuntimes:
                  - kind: podman
                    version: 4.3.1
                    buildAllowed: true
                    rootful: false
                """.formatted(LoopbackHpc.get("VITRUVIAN_HPC_HOST"), LoopbackHpc.get("VITRUVIAN_HPC_PORT"),
                LoopbackHpc.get("VITRUVIAN_HPC_USER")));
        Path ssh = Files.createDirectories(fixture.home().resolve("ssh/loopback-vm"));
        Files.copy(Path.of(LoopbackHpc.get("VITRUVIAN_HPC_IDENTITY")), ssh.resolve("id_ed25519"));
        Files.copy(Path.of(LoopbackHpc.get("VITRUVIAN_HPC_KNOWN_HOSTS")), ssh.resolve("known_hosts"));
    }

    @AfterEach
    void tearDown() {
        fixture.close();
    }

    @Test
    void theSmallWorkflowRunsOnAVmAndItsResultComesBack() throws IOException {
        Runs.Started started = fixture.runs().start(new Runs.Request(fixture.data("workflow.yaml"), "loopback-vm", Map.of(),
                Map.of("data", fixture.data("data.txt")), null));
        assertFalse(started.refused(), () -> "refused: " + started.report().diagnostics());
        RunRecord record = fixture.awaitEnd(started.runId());

        assertEquals(RunState.COMPLETED, record.state(), () -> String.valueOf(record.steps()));
        Path result = fixture.runs().outputs(started.runId()).get("result");
        assertEquals("hello\nfirst\nsecond's $HOME; rm -rf /\n", Files.readString(result));
        assertEquals(0, record.step("second").orElseThrow().exitCode());
    }
}
