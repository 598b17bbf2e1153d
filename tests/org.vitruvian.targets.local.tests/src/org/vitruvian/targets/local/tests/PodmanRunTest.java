package org.vitruvian.targets.local.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitruvian.core.diagnostics.Diagnostic;
import org.vitruvian.core.services.ServiceHandle;
import org.vitruvian.core.services.Services;
import org.vitruvian.execution.Runs;
import org.vitruvian.execution.StepRecord;
import org.vitruvian.execution.StepProgress;
import org.vitruvian.execution.RunState;
import org.vitruvian.execution.RunRecord;
import org.vitruvian.targets.local.internal.Podman;

/**
 * A service in a Podman container runs to completion: the real engine builds the image from
 * the recipe with the real Podman, on a base image this test imports from a busybox rootfs (no
 * registry is reachable), and the local target runs both steps of the workflow in it.
 * releng/test.sh installs podman, runc and busybox-static, so where they are missing this test
 * fails and says so rather than being skipped.
 */
class PodmanRunTest {

    static final String BASE_IMAGE = "localhost/vitruvian-test/busybox";

    /** Builds a two-file image and runs two tiny steps; far beyond that, something hangs. */
    private static final Duration RUN_DEADLINE = Duration.ofMinutes(3);
    private static final Duration PODMAN_DEADLINE = Duration.ofMinutes(2);

    private static final List<String> APPLETS = List.of("sh", "cat", "echo", "printf", "mkdir", "dirname", "ln", "sleep", "ls");

    /** Images this class built, removed at the end so that test runs do not pile them up. */
    private static final Set<String> BUILT = new LinkedHashSet<>();

    @TempDir
    static Path shared;

    @TempDir
    Path folder;

    private RunFixture fixture;

    @BeforeAll
    static void importBaseImage() throws IOException {
        for (String tool : List.of("podman", "runc")) {
            if (!installed(tool)) {
                fail(tool + " is not installed, and this test runs a real Podman container: releng/test.sh installs podman, "
                        + "runc and busybox-static (as root); by hand: apt-get install podman runc busybox-static");
            }
        }
        Path busybox = Path.of("/bin/busybox");
        if (!Files.isExecutable(busybox)) {
            fail("/bin/busybox is missing, which this test's base image is made of: apt-get install busybox-static "
                    + "(releng/test.sh installs it)");
        }
        // A rootfs of one static busybox and its applets: the smallest image a shell command runs in.
        Path rootfs = shared.resolve("rootfs");
        Files.createDirectories(rootfs.resolve("bin"));
        Files.copy(busybox, rootfs.resolve("bin/busybox"));
        for (String applet : APPLETS) {
            Files.createSymbolicLink(rootfs.resolve("bin").resolve(applet), Path.of("busybox"));
        }
        Files.createDirectories(rootfs.resolve("tmp"));
        Path tar = shared.resolve("rootfs.tar");
        RunFixture.Exec packed = RunFixture.exec(List.of("tar", "-C", rootfs.toString(), "-cf", tar.toString(), "."), Map.of(),
                PODMAN_DEADLINE);
        assertEquals(0, packed.exitCode(), packed.output());
        RunFixture.Exec imported = podman(List.of("import", tar.toString(), BASE_IMAGE));
        assertEquals(0, imported.exitCode(), "podman import failed:\n" + imported.output());
    }

    /** The images this class made, so that test runs leave nothing behind; the base stays if an image of someone else uses it. */
    @AfterAll
    static void removeImages() {
        for (String image : BUILT) {
            podman(List.of("rmi", "--force", image));
        }
        podman(List.of("rmi", BASE_IMAGE));
    }

    @BeforeEach
    void setUp() {
        fixture = new RunFixture(folder);
        // A recipe of its own for every test run, so that the first run here builds its image.
        String token = UUID.randomUUID().toString();
        fixture.write("copy/recipe.yaml", """
                apiVersion: vitruvian/v1
                kind: ContainerRecipe
                name: vitruvian-test-copy
                description: Copies its input inside a busybox container (test %s).
                base:
                  image: %s
                files:
                  - source: tool/copy.sh
                    destination: /opt/copy/copy.sh
                environment:
                  GREETING: hello from the image
                build:
                  - mkdir -p /opt/copy/data && echo built into the image > /opt/copy/data/stamp
                labels:
                  org.vitruvian.runtime: podman
                """.formatted(token, BASE_IMAGE));
        fixture.write("copy/tool/copy.sh", """
                #!/bin/sh
                echo "VITRUVIAN-PROGRESS 0.5 copying in the container"
                cat "$1" > "$2"
                echo "greeting: $GREETING" >> "$2"
                cat /opt/copy/data/stamp >> "$2"
                if echo escaped 2>/dev/null > "$(dirname "$1")/escaped.txt"; then
                  echo "input folder: writable" >> "$2"
                else
                  echo "input folder: read-only" >> "$2"
                fi
                echo "VITRUVIAN-PROGRESS 1 copied"
                """);
        fixture.write("copy/service.yaml", """
                apiVersion: vitruvian/v1
                kind: ServiceDefinition
                id: test.copy
                version: 1.0.0
                description: Copies its input and says where it ran.
                inputs:
                  - name: in
                    format: txt
                outputs:
                  - name: out
                    format: txt
                defaultRecipe: recipe.yaml
                command: [sh, /opt/copy/copy.sh, '{in}', '{out}']
                resources:
                  cores: 1
                  memory: 256MiB
                """);
        fixture.write("workflow.yaml", """
                apiVersion: vitruvian/v1
                kind: Workflow
                name: copy-in-podman
                imports: [copy/service.yaml]
                inputs:
                  - name: data
                    format: txt
                    dataClass: {kind: scientific, owner: academy}
                outputs:
                  - name: result
                    format: txt
                steps:
                  - name: first
                    service: {id: test.copy}
                  - name: second
                    service: {id: test.copy}
                links:
                  - {from: data, to: first.in}
                  - {from: first.out, to: second.in}
                  - {from: second.out, to: result}
                """);
        fixture.write("data/heart.txt", "heart rate 72\n");
    }

    @AfterEach
    void tearDown() {
        fixture.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aServiceRunsToCompletionInAContainerBuiltFromItsRecipe() throws IOException {
        Path data = folder.resolve("data/heart.txt");
        String runId = fixture.startAccepted("workflow.yaml", "local", Map.of("data", data));
        RunRecord record = fixture.awaitEnd(runId, RUN_DEADLINE);
        StepRecord first = RunFixture.step(record, "first");
        StepRecord second = RunFixture.step(record, "second");
        assertEquals(RunState.COMPLETED, record.state(), () -> "steps: " + record.steps() + "\nstderr of first: "
                + readQuietly(first.workDir().resolve("stderr.log")));

        String image = String.valueOf(first.image());
        assertTrue(image.matches("localhost/vitruvian/vitruvian-test-copy:[0-9a-f]{16}"), image);
        BUILT.add(image);
        assertEquals(image, second.image(), "one image per recipe and run");
        Map<String, Object> images = (Map<String, Object>) record.images().toJsonValue();
        assertEquals(true, ((Map<String, Object>) images.get(image)).get("built"), String.valueOf(images));
        assertTrue(first.command().contains("/opt/copy/copy.sh"),
                "in a container the command uses the image's paths: " + first.command());

        String once = "heart rate 72\ngreeting: hello from the image\nbuilt into the image\ninput folder: read-only\n";
        String twice = once + "greeting: hello from the image\nbuilt into the image\ninput folder: read-only\n";
        Path firstOut = first.workDir().resolve("out.txt");
        assertEquals(once, Files.readString(firstOut));
        try (ServiceHandle<Runs> handle = Services.await(getClass(), Runs.class)) {
            Path result = handle.get().outputs(runId).get("result");
            assertEquals(twice, Files.readString(result));
        }
        assertEquals(new StepProgress(1.0, "copied"), second.progress());
        assertFalse(Files.exists(data.resolveSibling("escaped.txt")), "the input's folder is mounted read-only");
        assertFalse(Files.exists(firstOut.resolveSibling("escaped.txt")), "an upstream step's folder is mounted read-only");

        // The same recipe and files again: the image is reused, not built.
        String again = fixture.startAccepted("workflow.yaml", "local", Map.of("data", data));
        RunRecord rerun = fixture.awaitEnd(again, RUN_DEADLINE);
        assertEquals(RunState.COMPLETED, rerun.state(), () -> "steps: " + rerun.steps());
        Map<String, Object> reused = (Map<String, Object>) ((Map<String, Object>) rerun.images().toJsonValue()).get(image);
        assertEquals(false, reused.get("built"), String.valueOf(rerun.images()));
    }

    @Test
    void aSiteWithoutPodmanRefusesTheRunBeforeAnythingIsSubmitted() {
        fixture.write("home/sites/bench.yaml", """
                apiVersion: vitruvian/v1
                kind: Site
                id: bench-workstation
                name: A lab workstation without Podman
                type: workstation
                resourceClass: desk-side
                scheduler: none
                architecture: x86_64
                partitions:
                  - name: local
                    nodes: 1
                    coresPerNode: 8
                    memoryPerNode: 32GiB
                """);
        Runs.Started started = fixture.start("workflow.yaml", "bench-workstation", Map.of("data", folder.resolve("data/heart.txt")));
        assertTrue(started.refused());
        List<Diagnostic> podman = started.report().diagnostics().stream().filter(d -> d.code().equals("run.podman")).toList();
        assertEquals(2, podman.size(), () -> "one per step: " + started.report().diagnostics());
        assertTrue(podman.get(0).message().contains("site 'bench-workstation' offers no Podman"), podman.get(0).message());
        RunRecord record = fixture.read(started.runId());
        assertEquals(RunState.REFUSED, record.state());
        assertTrue(record.steps().isEmpty(), "nothing planned, nothing submitted: " + record.steps());
        assertFalse(Files.exists(fixture.home().resolve("runs").resolve(started.runId()).resolve("images")), "no image built");
    }

    private static RunFixture.Exec podman(List<String> arguments) {
        try {
            return RunFixture.exec(Podman.command(arguments), Map.of(Podman.CONF_VARIABLE, Podman.conf(shared).toString()),
                    PODMAN_DEADLINE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** On the PATH, or where Debian puts system tools (podman finds runc there even when the PATH lacks sbin). */
    private static boolean installed(String tool) {
        String path = System.getenv().getOrDefault("PATH", "") + File.pathSeparator + "/usr/sbin" + File.pathSeparator + "/sbin";
        for (String entry : path.split(File.pathSeparator)) {
            if (!entry.isEmpty() && Files.isExecutable(Path.of(entry, tool))) {
                return true;
            }
        }
        return false;
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "(" + e.getMessage() + ")";
        }
    }
}
