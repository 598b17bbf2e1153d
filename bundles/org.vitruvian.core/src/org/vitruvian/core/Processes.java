package org.vitruvian.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Asking a tool on this machine a question (its version, the git commit) without ever hanging. */
public final class Processes {

    private Processes() {
    }

    /**
     * The output (stdout and stderr) of {@code command} run in {@code folder} (null: the current
     * one) when it exits 0 within {@code deadline}; empty when the tool is missing, fails or hangs.
     * Output goes to a file, so a tool that hangs without writing cannot block past the deadline.
     */
    public static Optional<String> output(Path folder, Duration deadline, String... command) {
        Path output = null;
        try {
            output = Files.createTempFile("vitruvian-tool", ".txt");
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
            if (folder != null) {
                builder.directory(folder.toFile());
            }
            Process process = builder.start();
            process.getOutputStream().close();
            if (!process.waitFor(deadline.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                return Optional.empty();
            }
            return process.exitValue() == 0 ? Optional.of(Files.readString(output, StandardCharsets.UTF_8)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            if (output != null) {
                try {
                    Files.deleteIfExists(output);
                } catch (IOException e) {
                    // A leftover temp file is harmless.
                }
            }
        }
    }
}
