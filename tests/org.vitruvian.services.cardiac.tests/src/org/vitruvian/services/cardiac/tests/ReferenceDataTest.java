package org.vitruvian.services.cardiac.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.vitruvian.services.cardiac.internal.CommandLine;
import org.vitruvian.services.cardiac.model.Channel;
import org.vitruvian.services.cardiac.trial.CalibrationRanges;
import org.vitruvian.services.cardiac.trial.Compound;

/** The data the jar carries are the example's files, and they read as the service expects. */
class ReferenceDataTest {

    @Test
    void theJarCarriesTheExampleFilesUnchanged() throws Exception {
        Path data = Reference.repo().resolve("examples/cardiac-drug-trial/data");
        assertArrayEquals(Files.readAllBytes(data.resolve(CommandLine.RANGES)), CommandLine.resource(CommandLine.RANGES));
        for (String compound : CommandLine.COMPOUNDS) {
            Path file = data.resolve("compounds/" + compound + ".json");
            assertArrayEquals(Files.readAllBytes(file), CommandLine.resource("compounds/" + compound + ".json"), compound);
            Compound read = Compound.read(file);
            assertEquals(compound, read.name());
            assertTrue(read.blocks().containsKey(Channel.IKR), compound + " blocks hERG");
            assertTrue(read.source().contains("Li Z et al. (2017)"), compound + " cites its source");
        }
        CalibrationRanges ranges = CalibrationRanges.read(data.resolve(CommandLine.RANGES));
        assertEquals(7, ranges.ranges().size());
    }

    /** Simple pore block: half the conductance at the IC50, whatever the Hill coefficient. */
    @Test
    void poreBlockHalvesTheConductanceAtTheIc50() throws Exception {
        Compound dofetilide = Compound.read(Reference.repo().resolve(
                "examples/cardiac-drug-trial/data/compounds/dofetilide.json"));
        Compound.Block ikr = dofetilide.blocks().get(Channel.IKR);
        assertEquals(0.5, dofetilide.factors(ikr.ic50())[Channel.IKR.ordinal()], 1e-12);
        assertEquals(1.0, dofetilide.factors(0)[Channel.IKR.ordinal()]);
        assertEquals(1.0, dofetilide.factors(1)[Channel.IKS.ordinal()], "dofetilide has no IKs data: unblocked");
        assertTrue(dofetilide.factors(10 * ikr.ic50())[Channel.IKR.ordinal()] < 0.15);
    }
}
