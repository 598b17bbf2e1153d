package org.vitruvian.tests.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * {@code vitruvian ARGS} as another OS process: a JVM of its own that starts Equinox with the
 * headless application ({@code org.vitruvian.app.cli}, what ./vitruvian runs) over the bundles
 * of the framework the test runs in, which are the bundles this build made. Nothing is shared
 * with the test's JVM but the files: the Vitruvian home and its run store, as between the IDE
 * and a command line a user started in a terminal.
 *
 * <p>The test framework's config.ini (written by Tycho) is copied into a configuration folder
 * of the child's own, so the two frameworks never share their caches.
 */
public final class HeadlessCli {

    private HeadlessCli() {
    }

    /**
     * Starts the command; its output and errors go to {@code log}.
     *
     * @param home        the child's VITRUVIAN_HOME
     * @param environment further environment variables, e.g. VITRUVIAN_POLL_MS
     */
    public static Process start(Path home, Path workFolder, Path log, Map<String, String> environment, String... args) {
        try {
            Path configuration = workFolder.resolve("configuration");
            Files.createDirectories(configuration);
            Properties config = new Properties();
            Path parentConfig = Path.of(URI.create(System.getProperty("osgi.configuration.area"))).resolve("config.ini");
            try (var in = Files.newInputStream(parentConfig)) {
                config.load(in);
            }
            // The test harness's application and product are not the command line's.
            config.remove("eclipse.application");
            config.remove("eclipse.product");
            try (var out = Files.newOutputStream(configuration.resolve("config.ini"))) {
                config.store(out, "copied from " + parentConfig + " for a headless Vitruvian process");
            }
            List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                    "--enable-native-access=ALL-UNNAMED", "-Dosgi.requiredJavaVersion=21", "-jar", launcherJar(config).toString(),
                    "-configuration", configuration.toUri().toString(), "-application", "org.vitruvian.app.cli", "-nosplash",
                    "-data", "@none"));
            command.addAll(List.of(args));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().putAll(environment);
            builder.environment().put("VITRUVIAN_HOME", home.toString());
            // The preferences of whoever runs the tests must not steer the child.
            Path xdgConfig = workFolder.resolve("xdg-config");
            Files.createDirectories(xdgConfig);
            builder.environment().put("XDG_CONFIG_HOME", xdgConfig.toString());
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start a headless Vitruvian process: " + e.getMessage(), e);
        }
    }

    public static String output(Path log) {
        try {
            return Files.isRegularFile(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "(cannot read " + log + ": " + e.getMessage() + ")";
        }
    }

    private static String javaExecutable() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /** Equinox's launcher jar, one of the test framework's bundles (the IDE feature ships it). */
    private static Path launcherJar(Properties config) {
        for (String entry : config.getProperty("osgi.bundles", "").split(",")) {
            String location = entry.strip().replaceFirst("@[^/]*$", "").replaceFirst("^reference:", "");
            String name = location.substring(location.lastIndexOf('/') + 1);
            if (name.startsWith("org.eclipse.equinox.launcher-") || name.startsWith("org.eclipse.equinox.launcher_")) {
                return Path.of(URI.create(location.replace(" ", "%20")));
            }
        }
        throw new IllegalStateException("org.eclipse.equinox.launcher is not in the test framework's osgi.bundles; "
                + "cannot start Equinox in another process");
    }
}
