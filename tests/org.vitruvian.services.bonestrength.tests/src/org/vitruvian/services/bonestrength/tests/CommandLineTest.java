package org.vitruvian.services.bonestrength.tests;

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
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.vitruvian.services.bonestrength.io.ModelFiles;

/**
 * The jar's command line as the workflow's service definitions call it: exit codes, progress
 * lines, outputs written whole, and errors a user can act on.
 */
class CommandLineTest {

    @TempDir
    Path folder;

    private String path(String name) {
        return folder.resolve(name).toString();
    }

    private static void assertOneLineError(Cli.Result result, int code, String... fragments) {
        assertEquals(code, result.exitCode(), result.out() + result.err());
        String firstLine = result.err().lines().findFirst().orElse("");
        for (String fragment : fragments) {
            assertTrue(firstLine.contains(fragment), "'" + fragment + "' not in: " + result.err());
        }
        assertFalse(result.err().contains("\tat "), "no stack trace: " + result.err());
    }

    private static void assertProgress(Cli.Result result) {
        List<Double> fractions = result.fractions();
        assertFalse(fractions.isEmpty(), "no progress lines in " + result.out());
        for (int i = 1; i < fractions.size(); i++) {
            assertTrue(fractions.get(i) >= fractions.get(i - 1), "progress goes back: " + fractions);
        }
        assertEquals(1.0, fractions.get(fractions.size() - 1), "progress ends at 1");
    }

    /** The six stages with the options of examples/bone-strength/services, at coarse settings. */
    @Test
    void theSixStagesChainedAsTheWorkflowDoesProduceTheReportFieldAndFigure() throws Exception {
        Cli.Result phantom = Cli.run("phantom", "--seed", "3", "--kvp", "100", "--noise", "10", "--voxel", "1.2",
                "--bone-density", "1", "--out", path("phantom.nrrd"), "--ct", path("ct"));
        assertEquals(0, phantom.exitCode(), phantom.err());
        assertProgress(phantom);
        assertTrue(Files.isDirectory(folder.resolve("ct")), "the CT is a folder of DICOM slices");

        Cli.Result calibrate = Cli.run("calibrate", "--ct", path("ct"), "--phantom", path("phantom.nrrd"), "--rods",
                "0,50,100,200,400", "--min-r2", "0.99", "--out", path("density.nrrd"), "--fit", path("calibration.json"));
        assertEquals(0, calibrate.exitCode(), calibrate.err());
        assertProgress(calibrate);
        Map<String, Object> fit = json(folder.resolve("calibration.json"));
        assertEquals(1.38, ((Number) fit.get("slope")).doubleValue(), 0.01, "the 100 kV scanner's HU per mg/cm3");

        Cli.Result segment = Cli.run("segment", "--in", path("density.nrrd"), "--out", path("mask.nrrd"), "--threshold",
                "0.15", "--smoothing", "0.5", "--largest-component", "true");
        assertEquals(0, segment.exitCode(), segment.err());
        assertProgress(segment);

        Cli.Result mesh = Cli.run("mesh", "--mask", path("mask.nrrd"), "--density", path("density.nrrd"), "--element",
                "3", "--coefficient", "6850", "--exponent", "1.49", "--min-modulus", "5", "--out", path("model.vtk"));
        assertEquals(0, mesh.exitCode(), mesh.err());
        assertProgress(mesh);
        assertEquals(3.0, ModelFiles.read(folder.resolve("model.vtk")).model().elementSize());

        Cli.Result solve = Cli.run("solve", "--model", path("model.vtk"), "--body-mass", "80", "--poisson", "0.3",
                "--cases", "both", "--tolerance", "1e-6", "--out", path("strains.vtk"));
        assertEquals(0, solve.exitCode(), solve.err());
        assertProgress(solve);

        Cli.Result strength = Cli.run("strength", "--strains", path("strains.vtk"), "--tensile", "0.0073",
                "--compressive", "0.0104", "--report", path("report.json"), "--field", path("field.vtk"), "--figure",
                path("figure.png"));
        assertEquals(0, strength.exitCode(), strength.err());
        assertProgress(strength);
        Matcher stance = Pattern.compile("stance: fracture load (\\d+) N").matcher(strength.results());
        Matcher fall = Pattern.compile("sideways-fall: fracture load (\\d+) N").matcher(strength.results());
        assertTrue(stance.find() && fall.find(), "fracture loads printed in N: " + strength.results());

        Map<String, Object> report = json(folder.resolve("report.json"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> cases = (List<Map<String, Object>>) report.get("cases");
        assertEquals(List.of("stance", "sideways-fall"), cases.stream().map(c -> c.get("name")).toList());
        double fallLoad = ((Number) cases.get(1).get("fractureLoad")).doubleValue();
        assertEquals(Double.parseDouble(fall.group(1)), fallLoad, 1);
        assertEquals(fallLoad / (80 * 9.81), ((Number) cases.get(1).get("fractureLoadBodyWeights")).doubleValue(), 0.01);

        ModelFiles.Loaded field = ModelFiles.read(folder.resolve("field.vtk"));
        assertNotNull(field.cellScalars(ModelFiles.MODULUS));
        assertNotNull(field.cellScalars("sideways_fall_strain_ratio_at_fracture"));
        assertNotNull(field.cellScalars("stance_max_principal_strain"));
        assertNotNull(field.pointData().get("sideways_fall_displacement"));
        BufferedImage figure = ImageIO.read(folder.resolve("figure.png").toFile());
        assertNotNull(figure, "a PNG image");
        assertTrue(figure.getWidth() > figure.getHeight(), "two panels side by side");
        assertNoPartialFiles();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(Path file) throws Exception {
        return (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(Files.readString(file));
    }

    private void assertNoPartialFiles() throws Exception {
        try (Stream<Path> files = Files.walk(folder)) {
            List<Path> hidden = files.filter(f -> f.getFileName().toString().startsWith(".")).toList();
            assertEquals(List.of(), hidden, "temporary files left behind");
        }
    }

    @Test
    void versionAndHelpExitZero() {
        Cli.Result version = Cli.run("--version");
        assertEquals(0, version.exitCode());
        assertTrue(version.out().startsWith("bonestrength "), version.out());
        Cli.Result help = Cli.run("solve", "--help");
        assertEquals(0, help.exitCode());
        assertTrue(help.out().contains("--body-mass"), help.out());
    }

    @Test
    void aWrongCommandLineExitsTwoSayingWhatIsWrong() {
        assertEquals(2, Cli.run().exitCode());
        assertOneLineError(Cli.run("simulate"), 2, "unknown stage 'simulate'");
        assertOneLineError(Cli.run("segment", "--in", "d.nrrd", "--out", "m.nrrd", "--treshold", "0.2"), 2,
                "unknown option --treshold");
        assertOneLineError(Cli.run("segment", "--out", "m.nrrd"), 2, "--in is required");
        assertOneLineError(Cli.run("solve", "--model", "m.vtk", "--body-mass", "20", "--out", "s.vtk"), 2,
                "--body-mass must lie between 30 and 250");
        assertOneLineError(Cli.run("solve", "--model", "m.vtk", "--body-mass", "70", "--cases", "walking", "--out",
                "s.vtk"), 2, "--cases must be one of stance, sideways-fall, both");
        assertOneLineError(Cli.run("segment", "--in", "d.nrrd", "--out", "m.nrrd", "--largest-component", "yes"), 2,
                "--largest-component must be true or false");
    }

    @Test
    void outputsThatClimbOutOfTheWorkingFolderAreRefused() {
        Cli.Result result = Cli.run("phantom", "--out", "results/../../phantom.nrrd");
        assertOneLineError(result, 2, "--out", "'..'");
        assertFalse(Files.exists(folder.resolve("../phantom.nrrd")));
    }

    @Test
    void unusableInputExitsOneNamingTheFileAndWhatToDo() throws Exception {
        assertOneLineError(Cli.run("segment", "--in", path("missing.nrrd"), "--out", path("mask.nrrd")), 1,
                path("missing.nrrd"), "no such file");
        Files.writeString(folder.resolve("text.nrrd"), "hello\n");
        assertOneLineError(Cli.run("segment", "--in", path("text.nrrd"), "--out", path("mask.nrrd")), 1,
                path("text.nrrd"), "not a NRRD file");
        Files.write(folder.resolve("scan.raw"), new byte[16]);
        assertOneLineError(Cli.run("calibrate", "--ct", path("scan.raw"), "--phantom", path("missing.nrrd"), "--out",
                path("d.nrrd"), "--fit", path("f.json")), 1, path("missing.nrrd"));
        assertFalse(Files.exists(folder.resolve("d.nrrd")));
    }

    @Test
    void aPhantomScanWithoutRodPositionsIsRefusedWithTheHeaderLineToAdd() throws Exception {
        Cli.Result phantom = Cli.run("phantom", "--voxel", "1.5", "--out", path("phantom.nrrd"), "--ct", path("ct.nrrd"));
        assertEquals(0, phantom.exitCode(), phantom.err());
        Cli.Result result = Cli.run("calibrate", "--ct", path("ct.nrrd"), "--phantom", path("ct.nrrd"), "--out",
                path("density.nrrd"), "--fit", path("fit.json"));
        assertOneLineError(result, 1, path("ct.nrrd"), "calibration rods:=");
    }

    @Test
    void aFailingStepLeavesAnEarlierOutputAsItWas() throws Exception {
        Path mask = folder.resolve("mask.nrrd");
        Files.writeString(mask, "the mask of an earlier run");
        Cli.Result phantom = Cli.run("phantom", "--voxel", "1.5", "--out", path("phantom.nrrd"));
        assertEquals(0, phantom.exitCode(), phantom.err());
        // Air and water only: nothing is denser than the threshold, so segmentation fails.
        Cli.Result calibrate = Cli.run("calibrate", "--ct", path("phantom.nrrd"), "--phantom", path("phantom.nrrd"),
                "--out", path("density.nrrd"), "--fit", path("fit.json"));
        assertEquals(0, calibrate.exitCode(), calibrate.err());
        Cli.Result segment = Cli.run("segment", "--in", path("density.nrrd"), "--out", mask.toString(), "--threshold",
                "1.4");
        assertOneLineError(segment, 1, path("density.nrrd"), "lower the threshold");
        assertEquals("the mask of an earlier run", Files.readString(mask));
        assertNoPartialFiles();
    }
}
