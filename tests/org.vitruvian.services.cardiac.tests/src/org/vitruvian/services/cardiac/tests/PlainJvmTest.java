package org.vitruvian.services.cardiac.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitruvian.services.cardiac.Main;

/**
 * The bundle is also a plain Java program: a Slurm node or a container runs it with a bare JVM and
 * no OSGi framework. This runs the bundle's own classes so, in a separate process, including the
 * data files it carries.
 */
class PlainJvmTest {

    @TempDir
    Path folder;

    private static Process start(Path workingFolder, String... args) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Path location = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> command = new java.util.ArrayList<>(List.of(java, "-cp", location.toString(), Main.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).directory(workingFolder.toFile()).start();
    }

    @Test
    void aBareJvmRunsAStageAndExitsWithItsStatus() throws Exception {
        Process data = start(folder, "reference-data", "--compound", "verapamil", "--recordings", "ranges.csv",
                "--compound-data", "verapamil.json");
        String out = new String(data.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(data.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, data.waitFor(), out + err);
        assertTrue(out.lines().anyMatch(line -> line.equals("VITRUVIAN-PROGRESS 1.000 done")), out);
        assertTrue(Files.readString(folder.resolve("verapamil.json")).contains("\"name\": \"verapamil\""));

        Process wrong = start(folder, "calibrate", "--population", "p.csv");
        wrong.getInputStream().readAllBytes();
        String complaint = new String(wrong.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(2, wrong.waitFor(), complaint);
        assertTrue(complaint.startsWith("cardiac calibrate: option --recordings is required"), complaint);
    }
}
