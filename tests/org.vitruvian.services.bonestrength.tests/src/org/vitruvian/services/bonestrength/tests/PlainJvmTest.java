package org.vitruvian.services.bonestrength.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitruvian.services.bonestrength.Main;

/**
 * The bundle is also a plain Java program: a Slurm node or a container runs it with a bare JVM and
 * no OSGi framework. This runs the bundle's own classes so, in a separate process.
 */
class PlainJvmTest {

    @TempDir
    Path folder;

    private static Path bundleLocation() throws Exception {
        return Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private static Process start(Path workingFolder, String... args) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new java.util.ArrayList<>(List.of(java, "-cp", bundleLocation().toString(),
                Main.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).directory(workingFolder.toFile()).redirectErrorStream(false).start();
    }

    @Test
    void aBareJvmRunsAStageAndExitsWithItsStatus() throws Exception {
        Process phantom = start(folder, "phantom", "--voxel", "1.5", "--out", "phantom.nrrd");
        String out = new String(phantom.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(phantom.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, phantom.waitFor(), out + err);
        assertTrue(out.lines().anyMatch(line -> line.equals("VITRUVIAN-PROGRESS 1.000 done")), out);
        assertTrue(Files.size(folder.resolve("phantom.nrrd")) > 0);

        Process wrong = start(folder, "segment", "--out", "mask.nrrd");
        wrong.getInputStream().readAllBytes();
        String complaint = new String(wrong.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(2, wrong.waitFor(), complaint);
        assertTrue(complaint.startsWith("bonestrength segment: option --in is required"), complaint);
    }
}
