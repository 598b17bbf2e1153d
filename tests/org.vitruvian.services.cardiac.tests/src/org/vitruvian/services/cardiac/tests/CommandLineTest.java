package org.vitruvian.services.cardiac.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a user sees when the command line or an input is wrong: one line naming the problem, and the exit code. */
class CommandLineTest {

    @TempDir
    Path folder;

    @Test
    void usageErrorsExitWithTwo() {
        Cli.Result none = Cli.run();
        assertEquals(2, none.exitCode());
        assertTrue(none.err().contains("population") && none.err().contains("drug-block"), none.err());
        Cli.Result unknown = Cli.run("simulate");
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().startsWith("cardiac: unknown stage 'simulate'"), unknown.err());
        Cli.Result size = Cli.run("population", "--size", "0", "--out", folder.resolve("p.csv").toString());
        assertEquals(2, size.exitCode());
        assertTrue(size.err().startsWith("cardiac population: --size must lie between 1 and"), size.err());
        Cli.Result both = Cli.run("drug-block", "--calibrated", "c.csv", "--compound", "d.json", "--multiples", "1",
                "--concentrations", "0.1", "--biomarkers", "b.csv", "--risk", "r.json", "--summary", "s.csv",
                "--figure", "f.png");
        assertEquals(2, both.exitCode());
        assertTrue(both.err().contains("either --multiples"), both.err());
        Cli.Result order = Cli.run("drug-block", "--calibrated", "c.csv", "--compound", "d.json", "--multiples",
                "10,1", "--biomarkers", "b.csv", "--risk", "r.json", "--summary", "s.csv", "--figure", "f.png");
        assertEquals(2, order.exitCode());
        assertTrue(order.err().contains("must increase"), order.err());
    }

    @Test
    void aBrokenCompoundFileIsNamedWithLineAndColumn() throws Exception {
        Path population = folder.resolve("population.csv");
        assertEquals(0, Cli.run("population", "--size", "2", "--out", population.toString()).exitCode());
        Path compound = folder.resolve("compound.json");
        Files.writeString(compound, "{\n  \"name\": \"x\",\n  \"therapeuticConcentration\": 0.1,\n"
                + "  \"channels\": {\"IKr\": {\"ic50\": -1}}\n}\n");
        Cli.Result result = drugBlock(population, compound);
        assertEquals(1, result.exitCode(), result.out());
        assertTrue(result.err().startsWith("cardiac drug-block: " + compound + ":4:16: \"IKr\" needs \"ic50\""),
                result.err());
        Files.writeString(compound, "{\n  \"name\": \"x\",\n  \"therapeuticConcentration\": 0.1\n  \"channels\": {}\n}\n");
        Cli.Result syntax = drugBlock(population, compound);
        assertEquals(1, syntax.exitCode());
        assertTrue(syntax.err().startsWith("cardiac drug-block: " + compound + ":4:3: expected '}'"), syntax.err());
        Files.writeString(compound, "{\"name\": \"x\", \"therapeuticConcentration\": 0.1, \"channels\": "
                + "{\"hERG2\": {\"ic50\": 1}}}");
        Cli.Result channel = drugBlock(population, compound);
        assertEquals(1, channel.exitCode());
        assertTrue(channel.err().contains(":1:61: unknown channel \"hERG2\""), channel.err());
        assertFalse(Files.exists(folder.resolve("risk.json")), "nothing is written when the input is wrong");
    }

    @Test
    void aBrokenRangesFileIsNamedWithLineAndColumn() throws Exception {
        Path population = folder.resolve("population.csv");
        assertEquals(0, Cli.run("population", "--size", "2", "--out", population.toString()).exitCode());
        Path ranges = folder.resolve("ranges.csv");
        Files.writeString(ranges, "biomarker,min,max\nAPD90,180,440\nQT,300,450\n");
        Cli.Result unknown = calibrate(population, ranges);
        assertEquals(1, unknown.exitCode());
        assertTrue(unknown.err().startsWith("cardiac calibrate: " + ranges + ":3:1: unknown biomarker 'QT'"),
                unknown.err());
        Files.writeString(ranges, "biomarker,min,max\nAPD90,180,abc\n");
        Cli.Result number = calibrate(population, ranges);
        assertEquals(1, number.exitCode());
        assertTrue(number.err().startsWith("cardiac calibrate: " + ranges + ":2:11: 'abc' in column max is not a number"),
                number.err());
    }

    @Test
    void paceReportsTheBiomarkersOfOneModel() {
        Cli.Result result = Cli.run("pace", "--cell", "epi", "--beats", "5", "--factors", "GKr=0.5");
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().startsWith("pace: ORd epi, 5 beats at 1000 ms: APD40="), result.out());
        Cli.Result wrong = Cli.run("pace", "--factors", "GXY=2");
        assertEquals(2, wrong.exitCode());
        assertTrue(wrong.err().contains("'GXY=2' is not one"), wrong.err());
    }

    private Cli.Result drugBlock(Path population, Path compound) {
        return Cli.run("drug-block", "--calibrated", population.toString(), "--compound", compound.toString(),
                "--multiples", "1", "--biomarkers", folder.resolve("b.csv").toString(), "--risk",
                folder.resolve("risk.json").toString(), "--summary", folder.resolve("s.csv").toString(), "--figure",
                folder.resolve("f.png").toString());
    }

    private Cli.Result calibrate(Path population, Path ranges) {
        return Cli.run("calibrate", "--population", population.toString(), "--recordings", ranges.toString(),
                "--calibrated", folder.resolve("c.csv").toString(), "--biomarkers", folder.resolve("b.csv").toString(),
                "--report", folder.resolve("r.json").toString());
    }
}
