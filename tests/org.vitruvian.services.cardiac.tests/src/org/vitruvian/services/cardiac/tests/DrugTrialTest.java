package org.vitruvian.services.cardiac.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The three stages through the command line, as the workflow runs them: a small population is
 * sampled and calibrated against the published ranges, then dofetilide and verapamil are applied.
 * Literature (Passini et al. 2017): dofetilide, a selective IKr blocker, causes repolarisation
 * abnormalities in part of the population at high multiples of its therapeutic concentration;
 * verapamil blocks ICaL as well as IKr and causes none.
 */
class DrugTrialTest {

    @TempDir
    static Path folder;

    @BeforeAll
    static void calibratedPopulation() throws Exception {
        Cli.Result data = Cli.run("reference-data", "--recordings", folder.resolve("ranges.csv").toString(),
                "--compound-data", folder.resolve("dofetilide.json").toString(), "--compound", "dofetilide");
        assertEquals(0, data.exitCode(), data.err());
        Cli.Result verapamil = Cli.run("reference-data", "--recordings", folder.resolve("ranges2.csv").toString(),
                "--compound-data", folder.resolve("verapamil.json").toString(), "--compound", "verapamil");
        assertEquals(0, verapamil.exitCode(), verapamil.err());
        Cli.Result population = Cli.run("population", "--size", "10", "--seed", "3", "--out",
                folder.resolve("population.csv").toString());
        assertEquals(0, population.exitCode(), population.err());
        Cli.Result calibrate = Cli.run("calibrate", "--population", folder.resolve("population.csv").toString(),
                "--recordings", folder.resolve("ranges.csv").toString(), "--beats", "200", "--calibrated",
                folder.resolve("calibrated.csv").toString(), "--biomarkers", folder.resolve("baseline.csv").toString(),
                "--report", folder.resolve("report.json").toString());
        assertEquals(0, calibrate.exitCode(), calibrate.err());
    }

    @Test
    void calibrationReportsWhatItKeptAndWhy() throws Exception {
        String report = Files.readString(folder.resolve("report.json"));
        assertTrue(report.contains("\"models\": 10"), report);
        List<String> rows = Files.readAllLines(folder.resolve("baseline.csv"));
        assertEquals(11, rows.size(), "a header and one row per model");
        long kept = rows.stream().skip(1).filter(row -> row.split(",")[1].equals("true")).count();
        assertTrue(report.contains("\"kept\": " + kept), report);
        assertEquals(kept + 1, Files.readAllLines(folder.resolve("calibrated.csv")).size());
        assertTrue(kept >= 5, "most of a +-50 % population lies within the human ranges; kept " + kept);
    }

    @Test
    void dofetilideCausesAbnormalitiesInPartOfThePopulationAtHighMultiples() throws Exception {
        Cli.Result result = trial("dofetilide", "1,100");
        assertEquals(0, result.exitCode(), result.err());
        String risk = Files.readString(folder.resolve("dofetilide-risk.json"));
        List<String> summary = Files.readAllLines(folder.resolve("dofetilide-risk.csv"));
        assertEquals(4, summary.size(), "header, control, 1x and 100x: " + summary);
        double[] shares = summary.stream().skip(1).mapToDouble(row -> Double.parseDouble(row.split(",")[4])).toArray();
        assertEquals(0.0, shares[0], "control");
        assertEquals(0.0, shares[1], "therapeutic concentration");
        assertTrue(shares[2] > 0 && shares[2] < 1, "at 100x part of the population is abnormal: " + shares[2]);
        double apdChange = Double.parseDouble(summary.get(2).split(",")[8]);
        assertTrue(apdChange > 5, "dofetilide prolongs APD90 at its therapeutic concentration: " + apdChange + " %");
        assertTrue(risk.contains("\"compound\": \"dofetilide\""), risk);
        var image = ImageIO.read(folder.resolve("dofetilide-risk.png").toFile());
        assertEquals(1200, image.getWidth());
        assertTrue(result.progressLines().size() > 3, result.out());
    }

    @Test
    void verapamilCausesNoneInTheTestedRange() throws Exception {
        Cli.Result result = trial("verapamil", "1,100");
        assertEquals(0, result.exitCode(), result.err());
        List<String> summary = Files.readAllLines(folder.resolve("verapamil-risk.csv"));
        for (String row : summary.subList(1, summary.size())) {
            assertEquals("0", row.split(",")[3], "abnormal models at " + row);
        }
        assertTrue(result.results().contains("8.1 uM (100x): 0 of"), result.out());
    }

    private static Cli.Result trial(String compound, String multiples) {
        return Cli.run("drug-block", "--calibrated", folder.resolve("calibrated.csv").toString(), "--compound",
                folder.resolve(compound + ".json").toString(), "--multiples", multiples, "--beats", "200",
                "--biomarkers", folder.resolve(compound + "-biomarkers.csv").toString(), "--risk",
                folder.resolve(compound + "-risk.json").toString(), "--summary",
                folder.resolve(compound + "-risk.csv").toString(), "--figure",
                folder.resolve(compound + "-risk.png").toString());
    }
}
