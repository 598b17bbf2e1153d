package org.vitruvian.services.mriheating.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitruvian.services.mriheating.Main;

/** The bundle is also a plain Java program: a bare JVM without OSGi runs a stage and exits with its status. */
class PlainJvmTest {

    @TempDir
    Path folder;

    private Process start(String... args) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Path location = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> command = new ArrayList<>(List.of(java, "-cp", location.toString(), Main.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).directory(folder.toFile()).start();
    }

    @Test
    void aBareJvmRunsTheSetupAndExitsWithItsStatus() throws Exception {
        Process setup = start("setup", "--cell", "10", "--out", "grid.vtk");
        String out = new String(setup.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(setup.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, setup.waitFor(), out + err);
        assertTrue(out.lines().anyMatch(l -> l.equals("VITRUVIAN-PROGRESS 1.000 done")), out);
        Process wrong = start("heating", "--out", "t.vtk");
        wrong.getInputStream().readAllBytes();
        String complaint = new String(wrong.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(2, wrong.waitFor(), complaint);
        assertTrue(complaint.startsWith("mriheating heating: option --grid is required"), complaint);
    }
}
