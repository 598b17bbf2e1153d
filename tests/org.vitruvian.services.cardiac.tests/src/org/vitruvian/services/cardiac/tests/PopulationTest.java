package org.vitruvian.services.cardiac.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitruvian.services.cardiac.model.CellType;
import org.vitruvian.services.cardiac.model.Channel;
import org.vitruvian.services.cardiac.trial.Population;

class PopulationTest {

    @TempDir
    Path folder;

    /** Latin hypercube: every factor uses each of the N strata of [1 - s, 1 + s] exactly once. */
    @Test
    void eachFactorFillsEveryStratumOnce() {
        int n = 50;
        double spread = 0.4;
        Population population = Population.latinHypercube(CellType.EPI, n, spread, 7);
        assertEquals(n, population.size());
        for (Channel channel : Channel.values()) {
            boolean[] used = new boolean[n];
            for (Population.Member member : population.members()) {
                double factor = member.factors()[channel.ordinal()];
                assertTrue(factor >= 1 - spread && factor <= 1 + spread, channel + " factor " + factor);
                int stratum = (int) Math.floor((factor - (1 - spread)) / (2 * spread) * n);
                assertFalse(used[stratum], channel + " uses stratum " + stratum + " twice");
                used[stratum] = true;
            }
        }
    }

    @Test
    void theSeedDecidesThePopulation() {
        Population a = Population.latinHypercube(CellType.ENDO, 20, 0.5, 1);
        Population b = Population.latinHypercube(CellType.ENDO, 20, 0.5, 1);
        Population c = Population.latinHypercube(CellType.ENDO, 20, 0.5, 2);
        for (int i = 0; i < 20; i++) {
            assertArrayEquals(a.members().get(i).factors(), b.members().get(i).factors());
        }
        assertFalse(java.util.Arrays.equals(a.members().get(0).factors(), c.members().get(0).factors()));
    }

    @Test
    void theCommandLineWritesAPopulationThatReadsBack() throws Exception {
        Path file = folder.resolve("population.csv");
        Cli.Result result = Cli.run("population", "--size", "12", "--spread", "0.3", "--seed", "5", "--cell", "mid",
                "--out", file.toString());
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.results().contains("12 ORd mid models"), result.out());
        assertEquals(1.0, result.fractions().get(result.fractions().size() - 1));
        Population read = Population.read(file);
        assertEquals(CellType.MID, read.cell());
        assertEquals(12, read.size());
        Population sampled = Population.latinHypercube(CellType.MID, 12, 0.3, 5);
        for (int i = 0; i < 12; i++) {
            assertArrayEquals(sampled.members().get(i).factors(), read.members().get(i).factors(), 1e-5);
        }
        assertTrue(Files.readAllLines(file).get(0).startsWith("model,cell,GNa,GNaL,Gto,GCaL,GKr,GKs,GK1,GNCX,PNaK"));
    }
}
