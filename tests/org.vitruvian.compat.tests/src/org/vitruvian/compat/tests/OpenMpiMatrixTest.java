package org.vitruvian.compat.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.vitruvian.compat.tests.Fixtures.assertFinding;
import static org.vitruvian.compat.tests.Fixtures.check;
import static org.vitruvian.compat.tests.Fixtures.hostMpi;
import static org.vitruvian.compat.tests.Fixtures.openMpi;
import static org.vitruvian.compat.tests.Fixtures.site;

import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vitruvian.model.common.MpiImplementation;
import org.vitruvian.model.recipe.MpiMode;
import org.vitruvian.model.site.Site;

/**
 * Every cell of the OpenMPI container-vs-host matrix of the CompBioMed seminar on containers and
 * cloud-HPC (seed 001_acd194e9b4e14383.txt l.353-360), written out here from the seed rather than
 * read from the bundle's data file, so that a wrong data file fails these tests.
 */
class OpenMpiMatrixTest {

    @ParameterizedTest(name = "container OpenMPI {0} on host OpenMPI {1} is {2}")
    @CsvSource({
            // container, host, colour
            "2.0.0, 2.0.0, Green", "2.0.0, 2.0.1, Red",   "2.0.0, 2.0.3, Red",   "2.0.0, 2.1.1, Red",   "2.0.0, 3.0.0, Green", "2.0.0, 4.1.1, Red",
            "2.0.1, 2.0.0, Red",   "2.0.1, 2.0.1, Green", "2.0.1, 2.0.3, Red",   "2.0.1, 2.1.1, Red",   "2.0.1, 3.0.0, Green", "2.0.1, 4.1.1, White",
            "2.0.3, 2.0.0, Red",   "2.0.3, 2.0.1, Red",   "2.0.3, 2.0.3, Green", "2.0.3, 2.1.1, Red",   "2.0.3, 3.0.0, Green", "2.0.3, 4.1.1, White",
            "2.1.1, 2.0.0, Red",   "2.1.1, 2.0.1, Red",   "2.1.1, 2.0.3, Red",   "2.1.1, 2.1.1, Green", "2.1.1, 3.0.0, Green", "2.1.1, 4.1.1, White",
            "3.0.0, 2.0.0, Green", "3.0.0, 2.0.1, Green", "3.0.0, 2.0.3, Green", "3.0.0, 2.1.1, Green", "3.0.0, 3.0.0, Green", "3.0.0, 4.1.1, Red",
            "4.1.1, 2.0.0, Red",   "4.1.1, 2.0.1, White", "4.1.1, 2.0.3, White", "4.1.1, 2.1.1, White", "4.1.1, 3.0.0, Red",   "4.1.1, 4.1.1, Green",
    })
    void theVerdictIsTheColourOfTheCell(String container, String host, String colour) {
        Site site = site();
        hostMpi(site, MpiImplementation.OPENMPI, host);
        List<Diagnostic> findings = check(openMpi(container, MpiMode.HYBRID), site);

        String[] versions = { "OpenMPI " + container, "OpenMPI " + host, colour };
        switch (colour) {
            case "Green" -> assertFinding(findings, Diagnostic.INFO, "compat.mpi.compatible", versions);
            case "Red" -> assertFinding(findings, Diagnostic.ERROR, "compat.mpi.incompatible", concat(versions, "build the image with OpenMPI"));
            case "White" -> assertFinding(findings, Diagnostic.WARNING, "compat.mpi.untested", concat(versions, "test it on the site"));
            default -> throw new IllegalArgumentException(colour);
        }
        // One verdict, whatever the colour: no rule of thumb second-guesses a measured cell.
        assertEquals(1, findings.stream().filter(d -> Fixtures.code(d).startsWith("compat.mpi.")).count(),
                () -> Fixtures.describe(findings));
    }

    @Test
    void aRedCellNamesTheVersionsMeasuredGreenAsTheFix() {
        Site site = site();
        hostMpi(site, MpiImplementation.OPENMPI, "2.0.1");
        List<Diagnostic> findings = check(openMpi("2.0.0", MpiMode.HYBRID), site);
        // Column 2.0.1 is Green for containers 2.0.1 and 3.0.0; row 2.0.0 is Green on hosts 2.0.0 and 3.0.0.
        assertFinding(findings, Diagnostic.ERROR, "compat.mpi.incompatible",
                "build the image with OpenMPI 2.0.1 or 3.0.0", "pick a site with OpenMPI 2.0.0 or 3.0.0");
    }

    @Test
    void theMatrixOverridesTheRuleOfThumbForAMeasuredNewerContainer() {
        Site site = site();
        hostMpi(site, MpiImplementation.OPENMPI, "2.0.0");
        // 3.0.0 on 2.0.0 is newer-on-older, a warning by rule of thumb, but measured Green.
        List<Diagnostic> findings = check(openMpi("3.0.0", MpiMode.HYBRID), site);
        assertFinding(findings, Diagnostic.INFO, "compat.mpi.compatible");
        Fixtures.assertAbsent(findings, "compat.mpi.container-newer");
    }

    @Test
    void bindModeJudgesTheVersionTheApplicationWasBuiltAgainstByTheSameMatrix() {
        Site site = site();
        hostMpi(site, MpiImplementation.OPENMPI, "3.0.0");
        List<Diagnostic> findings = check(openMpi("4.1.1", MpiMode.BIND), site);
        assertFinding(findings, Diagnostic.ERROR, "compat.mpi.incompatible", "build the application against OpenMPI");
    }

    private static String[] concat(String[] a, String b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + 1);
        all[a.length] = b;
        return all;
    }
}
