package org.vitruvian.tests.support;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.Map;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.vitruvian.core.services.ServiceHandle;
import org.vitruvian.core.services.Services;
import org.vitruvian.execution.RunRecord;
import org.vitruvian.execution.RunState;
import org.vitruvian.execution.Runs;

/**
 * Real runs on this machine for one test: a Vitruvian home of its own (so runs and user sites
 * never leak between tests), this bundle's data/ folder (small workflows of shell-script
 * services) copied beside it, and the site {@code workbench} (data/sites/workbench.yaml) as a
 * user site, which the local target runs and whose description does not depend on the machine
 * the tests run on.
 */
public final class RunFixture implements AutoCloseable {

    /** A step of the test workflows takes milliseconds; this is only there to fail instead of hanging. */
    public static final Duration DEADLINE = Duration.ofSeconds(60);
    private static final long POLL_MILLIS = 50;

    private final Path data;
    private final Path home;
    private final ServiceHandle<Runs> runs;

    public RunFixture(Path folder) {
        data = folder.resolve("data");
        home = folder.resolve("home");
        copyData();
        try {
            Files.createDirectories(home.resolve("sites"));
            Files.copy(data.resolve("sites/workbench.yaml"), home.resolve("sites/workbench.yaml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.setProperty("vitruvian.home", home.toString());
        // This bundle is never started (it has no activator), so the engine's own bundle asks SCR.
        runs = Services.await(Runs.class, Runs.class);
    }

    public Runs runs() {
        return runs.get();
    }

    /** A file of the copied data/ folder. */
    public Path data(String name) {
        return data.resolve(name);
    }

    public Path home() {
        return home;
    }

    /** Starts a run on the workbench site and fails the test when it is refused. */
    public String start(String workflow, Map<String, String> parameters, Map<String, Path> inputs) {
        Runs.Started started = runs().start(new Runs.Request(data(workflow), "workbench", parameters, inputs, null));
        assertFalse(started.refused(), () -> "refused: " + started.report().diagnostics());
        return started.runId();
    }

    /** Advances the run, as 'vitruvian status' does, until it is no longer RUNNING. */
    public RunRecord awaitEnd(String runId) {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (true) {
            RunRecord record = runs().advance(runId);
            if (record.state() != RunState.RUNNING) {
                return record;
            }
            if (System.nanoTime() > deadline) {
                fail("run " + runId + " still RUNNING after " + DEADLINE + ": " + record.steps());
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted while waiting for run " + runId);
            }
        }
    }

    public static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void copyData() {
        Bundle bundle = FrameworkUtil.getBundle(RunFixture.class);
        Enumeration<URL> entries = bundle.findEntries("data", "*", true);
        while (entries != null && entries.hasMoreElements()) {
            URL entry = entries.nextElement();
            String name = entry.getPath().substring(entry.getPath().indexOf("data/") + "data/".length());
            if (name.isEmpty() || name.endsWith("/")) {
                continue;
            }
            Path target = data.resolve(name);
            try (InputStream in = entry.openStream()) {
                Files.createDirectories(target.getParent());
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public void close() {
        runs.close();
        System.clearProperty("vitruvian.home");
    }
}
