package org.vitruvian.tests.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The real sshd (and Slurm) on loopback that releng/lib/loopback-hpc.sh brings up. Inside
 * releng/test.sh it is already up and {@code start} only re-checks it and prints its env file;
 * run alone, the first use starts it (as root). Its output says what went wrong when it cannot.
 */
public final class LoopbackHpc {

    private static Map<String, String> environment;

    private LoopbackHpc() {
    }

    /** The state folder, as test.sh names it ({@code -Dvitruvian.hpc.state} changes it). */
    public static Path state() {
        return Path.of(System.getProperty("vitruvian.hpc.state", "/tmp/vitruvian-loopback-hpc"));
    }

    public static synchronized Map<String, String> environment() {
        if (environment != null) {
            return environment;
        }
        Path script = Path.of(System.getProperty("vitruvian.repo", ".")).resolve("releng/lib/loopback-hpc.sh");
        try {
            Process process = new ProcessBuilder("bash", script.toString(), "start", state().toString())
                    .redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException("the loopback HPC site did not start (" + script + "):\n" + output);
            }
            Map<String, String> values = new HashMap<>();
            for (String line : Files.readAllLines(state().resolve("env"))) {
                int equals = line.indexOf('=');
                if (equals > 0) {
                    values.put(line.substring(0, equals), line.substring(equals + 1));
                }
            }
            environment = Map.copyOf(values);
            return environment;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the loopback HPC site with " + script + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the loopback HPC site", e);
        }
    }

    /** A value of the env file: VITRUVIAN_HPC_HOST, _PORT, _USER, _IDENTITY, _KNOWN_HOSTS, _SCRATCH. */
    public static String get(String key) {
        String value = environment().get(key);
        if (value == null) {
            throw new IllegalStateException("the loopback HPC site's env file has no " + key);
        }
        return value;
    }

    /** The public half of the sshd's host key, as {@code type base64 comment}. */
    public static String hostPublicKey() throws IOException {
        environment();
        return Files.readString(state().resolve("ssh_host_ed25519_key.pub")).strip();
    }
}
