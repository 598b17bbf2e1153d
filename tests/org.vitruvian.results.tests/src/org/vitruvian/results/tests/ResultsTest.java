package org.vitruvian.results.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitruvian.results.Chart;
import org.vitruvian.results.Charts;
import org.vitruvian.results.CsvTable;
import org.vitruvian.results.JsonTree;
import org.vitruvian.results.ResultFileException;
import org.vitruvian.results.VtkSummary;

/** Reading run outputs the way the services write them, and saying where a broken file is broken. */
class ResultsTest {

    @TempDir
    Path folder;

    private Path write(String name, String text) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void aJsonReportReadsAsATreeInTheFilesOrder() throws IOException {
        JsonTree.Node root = JsonTree.read(write("report.json",
                "{\"service\": \"bone.strength\", \"loads\": {\"stance\": 3120.5, \"fall\": -2.1e3},\n \"ok\": true, \"cases\": [\"a\\\"b\", null]}"));
        assertEquals(JsonTree.Kind.OBJECT, root.kind());
        assertEquals(List.of("service", "loads", "ok", "cases"), root.children().stream().map(JsonTree.Node::name).toList());
        assertEquals(3120.5, root.member("loads").orElseThrow().member("stance").orElseThrow().number());
        assertEquals(-2100, root.member("loads").orElseThrow().member("fall").orElseThrow().number());
        JsonTree.Node cases = root.member("cases").orElseThrow();
        assertEquals("[2 elements]", cases.text());
        assertEquals("a\"b", cases.children().get(0).text());
        assertEquals("[1]", cases.children().get(1).name());
        assertEquals(JsonTree.Kind.NULL, cases.children().get(1).kind());
    }

    @Test
    void brokenJsonNamesTheFileLineAndColumn() throws IOException {
        Path file = write("broken.json", "{\n  \"a\": 1,\n  \"b\" 2\n}");
        ResultFileException e = assertThrows(ResultFileException.class, () -> JsonTree.read(file));
        assertEquals(file + ":3:7: has '2' where ':' belongs", e.getMessage());
    }

    @Test
    void aCsvTableReadsQuotedFieldsAndNumericColumns() throws IOException {
        CsvTable table = CsvTable.read(write("t.csv", "name,value,note\r\na,1.5,\"x, \"\"y\"\"\"\nb,,z\n"));
        assertEquals(List.of("name", "value", "note"), table.header());
        assertEquals(2, table.rows().size());
        assertEquals("x, \"y\"", table.rows().get(0).get(2));
        assertEquals(List.of(1), table.numericColumns());
        assertTrue(Double.isNaN(table.values(1)[1]), "an empty field is a missing value");
    }

    @Test
    void aCsvRowOfTheWrongWidthIsReportedOnItsLine() throws IOException {
        Path file = write("bad.csv", "a,b\n1,2\n3\n");
        ResultFileException e = assertThrows(ResultFileException.class, () -> CsvTable.read(file));
        assertTrue(e.getMessage().startsWith(file + ":3:1: has 1 fields where the header has 2"), e.getMessage());
    }

    @Test
    void theMriHeatingReportsTimeCourseIsTemperatureOverTime() throws IOException {
        // The shape mri.thermal writes (CommandLine.heating): timeCourse with columns and rows.
        Path file = write("heating-report.json", "{\"service\":\"mri.thermal\",\"peakRise\":{\"rise\":1.2},"
                + "\"timeCourse\":{\"columns\":[\"time\",\"hottest\",\"background\"],"
                + "\"rows\":[[0,0,0],[450,0.8,0.1],[900,1.2,0.15]]}}");
        Chart chart = Charts.of(file).orElseThrow();
        assertEquals("time (s)", chart.xTitle());
        assertEquals("temperature rise (K)", chart.yTitle());
        assertEquals(List.of("hottest", "background"), chart.series().stream().map(Chart.Series::name).toList());
        assertArrayEquals(new double[] { 0, 450, 900 }, chart.series().get(0).x());
        assertArrayEquals(new double[] { 0, 0.8, 1.2 }, chart.series().get(0).y());
        assertFalse(chart.series().get(0).points());
    }

    @Test
    void aReportWithoutATableHasNoChart() throws IOException {
        assertTrue(Charts.of(write("risk.json", "{\"risk\": \"low\", \"levels\": [1, 2]}")).isEmpty());
    }

    @Test
    void theCardiacBiomarkersShowAPD90PerConcentrationAsPointsOfEveryModel() throws IOException {
        // The header drug-block writes, shortened: several models at each concentration.
        Path file = write("biomarkers.csv", "concentration_uM,multiple,model,abnormal,APD40,APD90\n"
                + "0,0,m1,false,150,270\n0,0,m2,false,160,280\n1.5,1,m1,false,170,300\n1.5,1,m2,true,,\n");
        Chart chart = Charts.of(file).orElseThrow();
        assertEquals("concentration (uM)", chart.xTitle());
        assertEquals("APD90", chart.yTitle());
        Chart.Series series = chart.series().get(0);
        assertTrue(series.points(), "a population's samples show as points");
        assertArrayEquals(new double[] { 0, 0, 1.5 }, series.x(), "the model without a value is left out");
        assertArrayEquals(new double[] { 270, 280, 300 }, series.y());
    }

    @Test
    void theSolveStepsLogGivesTheConvergenceOfEachLoadCase() throws IOException {
        Path log = write("stdout.log", String.join("\n",
                "model: 1200 elements, 1500 nodes",
                "VITRUVIAN-PROGRESS 0.050 stance: 1667 N",
                "VITRUVIAN-PROGRESS 0.200 stance: iteration 100, relative residual 3.10e-04",
                "VITRUVIAN-PROGRESS 0.470 stance: 240 iterations, relative residual 8.00e-09",
                "VITRUVIAN-PROGRESS 0.600 sideways-fall: iteration 90, relative residual 1.00e-03",
                "VITRUVIAN-PROGRESS 0.920 sideways-fall: 260 iterations, relative residual 9.00e-09",
                "stance: 1667 N, 240 iterations in 0.4 s (relative residual 8.0e-09)"));
        Chart chart = Charts.of(log).orElseThrow();
        assertTrue(chart.logY(), "residuals span decades");
        assertEquals(List.of("stance", "sideways-fall"), chart.series().stream().map(Chart.Series::name).toList());
        assertArrayEquals(new double[] { 0, 100, 240 }, chart.series().get(0).x());
        assertArrayEquals(new double[] { 1, 3.1e-4, 8e-9 }, chart.series().get(0).y());
    }

    @Test
    void aBinaryUnstructuredGridSummarisesPointsCellsAndFieldRanges() throws IOException {
        // Laid out as the bone-strength services write it (LegacyVtk): big-endian, one hexahedron.
        Path file = folder.resolve("strains.vtk");
        try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(file))) {
            out.writeBytes("# vtk DataFile Version 3.0\nstrains\nBINARY\nDATASET UNSTRUCTURED_GRID\n");
            out.writeBytes("FIELD FieldData 1\nbody_mass 1 1 double\n");
            out.writeDouble(70);
            out.writeBytes("\nPOINTS 8 float\n");
            for (int i = 0; i < 24; i++) {
                out.writeFloat(i % 3 == 0 ? 1 : 0);
            }
            out.writeBytes("\nCELLS 1 9\n");
            out.writeInt(8);
            for (int i = 0; i < 8; i++) {
                out.writeInt(i);
            }
            out.writeBytes("\nCELL_TYPES 1\n");
            out.writeInt(12);
            out.writeBytes("\nCELL_DATA 1\nSCALARS stance_max_principal_strain float 1\nLOOKUP_TABLE default\n");
            out.writeFloat(0.0042f);
            out.writeBytes("\nPOINT_DATA 8\nVECTORS stance_displacement float\n");
            for (int i = 0; i < 24; i++) {
                out.writeFloat(i == 5 ? -0.5f : i * 0.01f);
            }
            out.writeBytes("\n");
        }
        VtkSummary summary = VtkSummary.read(file);
        assertTrue(summary.binary());
        assertEquals("UNSTRUCTURED_GRID", summary.dataset());
        assertEquals(8, summary.points());
        assertEquals(1, summary.cells());
        assertEquals(3, summary.fields().size());
        VtkSummary.Field mass = summary.fields().get(0);
        assertEquals(VtkSummary.Association.DATASET, mass.association());
        assertEquals(70, mass.min());
        VtkSummary.Field strain = summary.fields().get(1);
        assertEquals(VtkSummary.Association.CELL, strain.association());
        assertEquals(0.0042f, (float) strain.max());
        VtkSummary.Field displacement = summary.fields().get(2);
        assertEquals(3, displacement.components());
        assertEquals(8, displacement.count());
        assertEquals(-0.5f, (float) displacement.min());
        assertEquals(23 * 0.01f, (float) displacement.max());
    }

    @Test
    void anAsciiImageCountsItsCellsFromTheDimensions() throws IOException {
        Path file = write("t.vtk", "# vtk DataFile Version 3.0\ntemperature\nASCII\nDATASET STRUCTURED_POINTS\n"
                + "DIMENSIONS 3 2 2\nORIGIN 0 0 0\nSPACING 1 1 1\nCELL_DATA 2\nSCALARS temperature_rise float 1\n"
                + "LOOKUP_TABLE default\n0.5 2.25\n");
        VtkSummary summary = VtkSummary.read(file);
        assertEquals(12, summary.points());
        assertEquals(2, summary.cells());
        assertEquals(new VtkSummary.Field(VtkSummary.Association.CELL, "temperature_rise", 1, 2, "float", 0.5, 2.25),
                summary.fields().get(0));
    }

    @Test
    void aTruncatedVtkFileSaysSo() throws IOException {
        Path file = write("cut.vtk", "# vtk DataFile Version 3.0\nx\nBINARY\nDATASET UNSTRUCTURED_GRID\nPOINTS 1000 float\n");
        ResultFileException e = assertThrows(ResultFileException.class, () -> VtkSummary.read(file));
        assertTrue(e.getMessage().contains("cut short"), e.getMessage());
    }

    @Test
    void aFileThatIsNotVtkIsNamedAsSuch() throws IOException {
        Path file = write("x.vtk", "hello\n");
        ResultFileException e = assertThrows(ResultFileException.class, () -> VtkSummary.read(file));
        assertTrue(e.getMessage().startsWith(file + ":1: does not start with"), e.getMessage());
    }
}
