package org.vitruvian.targets.local.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitruvian.execution.spi.JobSpec;
import org.vitruvian.targets.local.internal.Podman;
import org.vitruvian.targets.local.internal.LocalProcessAdapter;
import org.vitruvian.targets.local.internal.PodmanRunner;

/**
 * The job script of a container job, run by a real sh against a fake podman that records the
 * arguments it gets: every value of the job reaches podman as exactly one argument, unchanged,
 * whatever it holds, and podman's exit code becomes the job's.
 */
class FakePodmanJobScriptTest {

    private static final Duration DEADLINE = Duration.ofSeconds(30);

    private static final List<String> HOSTILE = List.of("it's \"quoted\"", "$HOME", "`id`", "$(touch pwned)", "a; rm -rf ~",
            "x | y & z > w < v", "", " spaced  out ", "line\nbreak", "*", "back\\slash", "--env=INJECTED=1");

    @TempDir
    Path folder;

    @Test
    void everyValueReachesPodmanAsOneUnchangedArgument() throws IOException {
        Path workDir = folder.resolve("runs/it's $(touch pwned)/steps/solve");
        Path input = folder.resolve("in \"puts\"; `id`/heart rate.txt");
        Files.createDirectories(workDir);
        Files.createDirectories(input.getParent());
        Files.writeString(input, "72\n");
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("GREETING", "it's $HOME `id` \"quoted\"\nand a second line");
        environment.put("NOT-A-NAME", "dropped");
        List<String> command = new java.util.ArrayList<>(List.of("solver", "--in", input.toString()));
        command.addAll(HOSTILE);
        JobSpec job = JobSpec.builder("run-1", "solve", "run-1.solve.1.abcd1234").command(command).workDir(workDir)
                .environment(environment).image("localhost/vitruvian/solver:0123456789abcdef").walltime(Duration.ofSeconds(90))
                .inputs(Map.of("in", input)).cores(2).memory(512L << 20).build();

        Path bin = folder.resolve("bin");
        Files.createDirectories(bin);
        Path fake = bin.resolve("podman");
        Files.writeString(fake, """
                #!/bin/sh
                printf '%s\\0' "$@" > "$FAKE_PODMAN_ARGS"
                printf '%s' "$CONTAINERS_CONF" > "$FAKE_PODMAN_ARGS.conf"
                exit 3
                """);
        Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path conf = Podman.conf(workDir);
        Path script = workDir.resolve("job.sh");
        Files.writeString(script, LocalProcessAdapter.script(job, conf, true), StandardCharsets.UTF_8);
        Path recorded = folder.resolve("podman-args");
        RunFixture.Exec ran = RunFixture.exec(List.of("sh", script.toString()), Map.of("PATH", bin + ":" + System.getenv("PATH"),
                "FAKE_PODMAN_ARGS", recorded.toString()), DEADLINE);
        assertEquals(0, ran.exitCode(), ran.output());

        String raw = Files.readString(recorded, StandardCharsets.UTF_8);
        List<String> arguments = Arrays.asList(raw.substring(0, raw.length() - 1).split("\0", -1));
        List<String> expected = PodmanRunner.command(job, true);
        assertEquals(expected.subList(1, expected.size()), arguments);
        assertEquals(conf.toString(), Files.readString(Path.of(recorded + ".conf")));
        assertEquals("3", Files.readString(workDir.resolve("exit-run-1.solve.1.abcd1234")).strip(), "podman's exit code is the job's");
        try (var files = Files.walk(folder)) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().equals("pwned")), "no value was run as a command");
        }

        // What podman is asked to do, beyond the command: the contract of a container job.
        String w = workDir.toString();
        assertEquals(List.of("--runtime", "runc", "--cgroup-manager=cgroupfs", "run", "--rm", "--init", "--pull=never", "--name",
                "vitruvian-run-1.solve.1.abcd1234", "--entrypoint", "", "-v", w + ":" + w + ":Z", "-v",
                input.getParent() + ":" + input.getParent() + ":ro", "-w", w, "--env",
                "GREETING=it's $HOME `id` \"quoted\"\nand a second line", "--cpus", "2", "--memory", "536870912", "--timeout", "150",
                "localhost/vitruvian/solver:0123456789abcdef"), arguments.subList(0, arguments.size() - command.size()));
        assertEquals(command, arguments.subList(arguments.size() - command.size(), arguments.size()));
    }

    @Test
    void limitsAreLeftOutWherePodmanCannotSetThem() {
        JobSpec job = JobSpec.builder("r", "s", "r.s.1.x").command("true").workDir(folder).image("localhost/vitruvian/x:1").cores(4)
                .memory(1L << 30).build();
        List<String> command = PodmanRunner.command(job, false);
        assertFalse(command.contains("--cpus") || command.contains("--memory"), command.toString());
        assertTrue(PodmanRunner.command(job, true).containsAll(List.of("--cpus", "4", "--memory", "1073741824")));
    }

    @Test
    void inputFoldersAreMountedOnceAndTheJobsOwnFolderOnlyReadWrite() {
        Path workDir = Path.of("/srv/runs/r1/steps/solve");
        Map<String, Path> inputs = new LinkedHashMap<>();
        inputs.put("mesh", Path.of("/srv/in/case/mesh.vtu"));
        inputs.put("loads", Path.of("/srv/in/case/loads/cases.csv"));
        inputs.put("staged", workDir.resolve("staged.dat"));
        inputs.put("model", Path.of("/srv/runs/r1/steps/mesh/model.inp"));
        inputs.put("top", Path.of("/calibration.json"));
        JobSpec job = JobSpec.builder("r1", "solve", "r1.solve.1.x").command("solve").workDir(workDir).image("localhost/vitruvian/x:1")
                .inputs(inputs).build();
        assertEquals(List.of(Path.of("/calibration.json"), Path.of("/srv/in/case"), Path.of("/srv/runs/r1/steps/mesh")),
                PodmanRunner.inputFolders(job));
    }
}
