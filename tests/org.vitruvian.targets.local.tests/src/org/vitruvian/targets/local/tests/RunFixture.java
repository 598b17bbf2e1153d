package org.vitruvian.targets.local.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.vitruvian.core.diagnostics.Diagnostic;
import org.vitruvian.core.services.ServiceHandle;
import org.vitruvian.core.services.Services;
import org.vitruvian.execution.Runs;
import org.vitruvian.execution.StepRecord;
import org.vitruvian.execution.RunState;
import org.vitruvian.execution.RunRecord;

/**
 * Model files in a folder of one test, a Vitruvian home of its own in that folder (runs and
 * user sites), and runs of the real engine on the real local target, waited for with a
 * deadline.
 */
final class RunFixture implements AutoCloseable {

    record Exec(int exitCode, String output) {
    }

    private static final Duration POLL = Duration.ofMillis(100);

    private final Path folder;

    RunFixture(Path folder) {
        this.folder = folder;
        System.setProperty("vitruvian.home", home().toString());
    }

    Path folder() {
        return folder;
    }

    Path home() {
        return folder.resolve("home");
    }

    Path write(String name, String text) {
        Path file = folder.resolve(name);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    Runs.Started start(String workflow, String site, Map<String, Path> inputs) {
        try (ServiceHandle<Runs> runs = Services.await(getClass(), Runs.class)) {
            return runs.get().start(new Runs.Request(folder.resolve(workflow), site, Map.of(), inputs, null));
        }
    }

    /** Starts a run that must not be refused. */
    String startAccepted(String workflow, String site, Map<String, Path> inputs) {
        Runs.Started started = start(workflow, site, inputs);
        assertFalse(started.refused(), () -> "the run was refused:\n" + String.join("\n",
                started.report().diagnostics().stream().map(Diagnostic::format).toList()));
        return started.runId();
    }

    /** Advances the run until it is no longer RUNNING, as 'vitruvian run' does, and returns its record. */
    RunRecord awaitEnd(String runId, Duration deadline) {
        Instant end = Instant.now().plus(deadline);
        try (ServiceHandle<Runs> runs = Services.await(getClass(), Runs.class)) {
            while (true) {
                RunRecord record = runs.get().advance(runId);
                if (record.state() != RunState.RUNNING) {
                    return record;
                }
                if (Instant.now().isAfter(end)) {
                    fail("run " + runId + " is still RUNNING after " + deadline + "; its steps: " + record.steps());
                }
                try {
                    Thread.sleep(POLL.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    fail("interrupted while waiting for run " + runId);
                }
            }
        }
    }

    RunRecord read(String runId) {
        try (ServiceHandle<Runs> runs = Services.await(getClass(), Runs.class)) {
            return runs.get().store().read(runId);
        }
    }

    static StepRecord step(RunRecord record, String name) {
        return record.step(name).orElseThrow(() -> new AssertionError("no step " + name + " in " + record.stepNames()));
    }

    /** Runs a command to its end within {@code deadline}, with its output (stdout and stderr) kept. */
    static Exec exec(List<String> command, Map<String, String> environment, Duration deadline) {
        try {
            Path output = Files.createTempFile("vitruvian-test-exec", ".log");
            try {
                ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile())
                        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
                builder.environment().putAll(environment);
                Process process = builder.start();
                if (!process.waitFor(deadline.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly();
                    fail(String.join(" ", command) + " did not end within " + deadline + ":\n" + Files.readString(output));
                }
                return new Exec(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command.get(0), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + command.get(0) + " ran", e);
        }
    }

    @Override
    public void close() {
        System.clearProperty("vitruvian.home");
    }
}
