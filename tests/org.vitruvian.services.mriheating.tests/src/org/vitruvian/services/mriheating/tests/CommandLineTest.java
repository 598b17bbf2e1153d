package org.vitruvian.services.mriheating.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.vitruvian.services.mriheating.io.GridFiles;
import org.vitruvian.services.mriheating.io.VtkImage;
import org.vitruvian.services.mriheating.setup.Material;
import org.vitruvian.services.mriheating.setup.VoxelGrid;

/** The jar's command line as the example's service definitions call it, at coarse settings. */
class CommandLineTest {

    @TempDir
    Path folder;

    private String path(String name) {
        return folder.resolve(name).toString();
    }

    private static void assertProgress(Cli.Result r) {
        List<Double> f = r.fractions();
        assertFalse(f.isEmpty(), r.out());
        for (int i = 1; i < f.size(); i++) {
            assertTrue(f.get(i) >= f.get(i - 1), "progress goes back: " + f);
        }
        assertEquals(1.0, f.get(f.size() - 1));
    }

    private static void assertOneLineError(Cli.Result r, int code, String... fragments) {
        assertEquals(code, r.exitCode(), r.out() + r.err());
        String first = r.err().lines().findFirst().orElse("");
        for (String fragment : fragments) {
            assertTrue(first.contains(fragment), "'" + fragment + "' not in: " + r.err());
        }
        assertFalse(r.err().contains("\tat "), r.err());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(Path file) throws Exception {
        return (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(Files.readString(file));
    }

    /** setup, fields, heating chained as the workflow does, with 1 cm cells: report, VTK and PNG. */
    @Test
    void theThreeStagesProduceReportMapsAndFigure() throws Exception {
        Cli.Result setup = Cli.run("setup", "--device", "wire", "--length", "120", "--diameter", "2", "--placement",
                "lateral", "--material", "ti6al4v", "--sigma", "0.47", "--epsr", "80", "--cell", "10", "--out", path("grid.vtk"));
        assertEquals(0, setup.exitCode(), setup.err());
        assertProgress(setup);
        VoxelGrid grid = GridFiles.read(folder.resolve("grid.vtk"));
        assertEquals(12, grid.conductingEdges(), "a 120 mm wire is 12 conducting z-edges of 10 mm");
        // The gel: 42 x 9 x 65 cm, whole cells of 1 cm (9 cm deep is 9 cells; 65 cm is 65).
        assertEquals(42 * 9 * 65, grid.count(Material.GEL));
        assertEquals(0.19, grid.layout.deviceCentre()[0], 1e-9, "2 cm from the side wall at x = 21 cm");

        Cli.Result fields = Cli.run("fields", "--grid", path("grid.vtk"), "--b0", "3", "--wbsar", "2", "--periods", "3",
                "--sar", path("sar.vtk"), "--report", path("em.json"));
        assertEquals(0, fields.exitCode(), fields.err());
        assertProgress(fields);
        Map<String, Object> em = json(folder.resolve("em.json"));
        assertEquals(127.731, ((Number) em.get("frequencyMHz")).doubleValue(), 0.001);
        VtkImage sar = VtkImage.read(folder.resolve("sar.vtk"));
        float[] local = sar.cellFloats.get("sar");
        double absorbed = 0, mass = 0;
        for (int c = 0; c < local.length; c++) {
            if (grid.labels[c] == Material.GEL) {
                absorbed += local[c];
                mass += 1;
            }
        }
        assertEquals(2.0, absorbed / mass, 1e-3, "the SAR is scaled to 2 W/kg over the phantom");
        double peak10g = ((Number) em.get("peakSar10g")).doubleValue();
        assertTrue(peak10g > 2, "the wire's tips raise the 10 g SAR above the mean: " + peak10g);

        Cli.Result heating = Cli.run("heating", "--grid", path("grid.vtk"), "--sar", path("sar.vtk"), "--exposure", "900",
                "--t0", "22", "--perfusion", "0", "--out", path("t.vtk"), "--report", path("report.json"), "--figure",
                path("figure.png"));
        assertEquals(0, heating.exitCode(), heating.err());
        assertProgress(heating);
        Matcher m = Pattern.compile("peak temperature rise: ([0-9.]+) K at").matcher(heating.out());
        assertTrue(m.find(), heating.out());
        Map<String, Object> report = json(folder.resolve("report.json"));
        Map<String, Object> peak = (Map<String, Object>) report.get("peakRise");
        Map<String, Object> background = (Map<String, Object>) report.get("backgroundRise");
        double rise = ((Number) peak.get("rise")).doubleValue();
        double back = ((Number) background.get("rise")).doubleValue();
        assertEquals(Double.parseDouble(m.group(1)), rise, 0.006);
        assertTrue(rise > back && back > 0, "the device heats more than the background: " + rise + " vs " + back);
        // The hottest point lies at a tip of the wire (z = +-60 mm), not in the middle.
        List<Number> at = (List<Number>) peak.get("position");
        assertTrue(Math.abs(Math.abs(at.get(2).doubleValue()) - 60) <= 15, "hottest point " + at);
        VtkImage t = VtkImage.read(folder.resolve("t.vtk"));
        assertNotNull(t.cellFloats.get("temperature_rise"));
        BufferedImage figure = ImageIO.read(folder.resolve("figure.png").toFile());
        assertTrue(figure.getWidth() >= 900 && figure.getHeight() > 300);
    }

    @Test
    void anSTLInMetresReadAsMillimetresIsRefusedWithTheUnitToGive() throws Exception {
        Path stl = folder.resolve("part.stl");
        Files.writeString(stl, StlDeviceTest.cube("part", 0.02));
        Cli.Result r = Cli.run("setup", "--device", "stl", "--stl", stl.toString(), "--stl-units", "mm", "--out",
                path("grid.vtk"));
        assertOneLineError(r, 1, "part.stl", "0.02 mm", "--stl-units m");
        assertFalse(Files.exists(folder.resolve("grid.vtk")));
        Cli.Result ok = Cli.run("setup", "--device", "stl", "--stl", stl.toString(), "--stl-units", "m", "--cell", "10",
                "--out", path("grid.vtk"));
        assertEquals(0, ok.exitCode(), ok.err());
        VoxelGrid grid = GridFiles.read(folder.resolve("grid.vtk"));
        assertEquals(8, grid.count(Material.DEVICE), "a 2 cm cube on 1 cm cells");
    }

    @Test
    void wrongCommandLinesAndInputsSayWhatToDo() throws Exception {
        assertOneLineError(Cli.run("fields", "--grid", path("grid.vtk"), "--sar", path("s.vtk"), "--report", path("r.json"),
                "--b0", "7"), 2, "--b0 must lie between 1.5 and 3");
        assertOneLineError(Cli.run("setup", "--out", path("g.vtk"), "--colour", "red"), 2, "unknown option --colour");
        assertOneLineError(Cli.run("fields", "--grid", path("missing.vtk"), "--sar", path("s.vtk"), "--report",
                path("r.json")), 1, "missing.vtk", "no such file");
        Files.writeString(folder.resolve("bad.vtk"), "# vtk DataFile Version 3.0\nx\nASCII\n");
        assertOneLineError(Cli.run("fields", "--grid", path("bad.vtk"), "--sar", path("s.vtk"), "--report", path("r.json")), 1,
                "bad.vtk:3:1", "BINARY");
        assertOneLineError(Cli.run("setup", "--out", "../escape.vtk"), 2, "must not contain '..'");
        assertOneLineError(Cli.run("setup", "--length", "700", "--out", path("g.vtk")), 2, "--length");
        assertOneLineError(Cli.run("bake"), 2, "unknown stage 'bake'");
    }
}
