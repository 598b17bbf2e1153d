package org.vitruvian.compat.tests;

import static org.vitruvian.compat.tests.Fixtures.assertAbsent;
import static org.vitruvian.compat.tests.Fixtures.assertFinding;
import static org.vitruvian.compat.tests.Fixtures.assertNoProblems;
import static org.vitruvian.compat.tests.Fixtures.check;
import static org.vitruvian.compat.tests.Fixtures.hostMpi;
import static org.vitruvian.compat.tests.Fixtures.mpiRecipe;
import static org.vitruvian.compat.tests.Fixtures.openMpi;
import static org.vitruvian.compat.tests.Fixtures.site;

import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;
import org.vitruvian.model.common.MpiImplementation;
import org.vitruvian.model.common.Pmi;
import org.vitruvian.model.recipe.ContainerRecipe;
import org.vitruvian.model.recipe.MpiMode;
import org.vitruvian.model.site.MpiInstallation;
import org.vitruvian.model.site.Site;

/** MPI in containers: host installation, versions off the matrix, PMI, and bind mode's needs. */
class MpiCheckTest {

    @Test
    void hybridModeWithoutAHostMpiOfTheSameFamilyIsAnError() {
        Site site = site();
        hostMpi(site, MpiImplementation.MPICH, "4.1");
        List<Diagnostic> findings = check(openMpi("4.1.5", MpiMode.HYBRID), site);
        assertFinding(findings, Diagnostic.ERROR, "compat.mpi.no-host-mpi", "no OpenMPI", "only MPICH 4.1",
                "pick a site with OpenMPI", "build the image with the MPI the site has");
    }

    @Test
    void hybridModeWithTheSameVersionOnTheHostIsCompatible() {
        Site site = site();
        hostMpi(site, MpiImplementation.OPENMPI, "4.1.5");
        List<Diagnostic> findings = check(openMpi("4.1.5", MpiMode.HYBRID), site);
        assertFinding(findings, Diagnostic.INFO, "compat.mpi.compatible", "same version");
        assertNoProblems(findings, "compat.mpi");
    }

    @Test
    void offTheMatrixADifferentMajorVersionIsOnlyAWarning() {
        Site site = site();
        hostMpi(site, MpiImplementation.OPENMPI, "5.0.3");
        List<Diagnostic> findings = check(openMpi("4.1.5", MpiMode.HYBRID), site);
        assertFinding(findings, Diagnostic.WARNING, "compat.mpi.major-version", "major version",
                "build the image with OpenMPI 5.0.3");
    }

    @Test
    void offTheMatrixAContainerNewerThanTheHostIsOnlyAWarning() {
        Site site = site();
        hostMpi(site, MpiImplementation.MPICH, "4.1.1");
        List<Diagnostic> findings = check(mpiRecipe(MpiImplementation.MPICH, "4.2.0", MpiMode.HYBRID), site);
        assertFinding(findings, Diagnostic.WARNING, "compat.mpi.container-newer", "MPICH 4.2.0 is newer than MPICH 4.1.1",
                "build the image with MPICH 4.1.1");
    }

    @Test
    void offTheMatrixAnOlderContainerOfTheSameMajorVersionIsLikelyCompatible() {
        Site site = site();
        hostMpi(site, MpiImplementation.OPENMPI, "4.1.6");
        // 4.1.6 on the host is not in the matrix, so the rule of thumb decides, numerically (4.1.10 > 4.1.6).
        List<Diagnostic> findings = check(openMpi("4.1.2", MpiMode.HYBRID), site);
        assertFinding(findings, Diagnostic.INFO, "compat.mpi.likely-compatible", "rule of thumb");
        assertNoProblems(findings, "compat.mpi");

        Site newer = site();
        hostMpi(newer, MpiImplementation.OPENMPI, "4.1.6");
        assertFinding(check(openMpi("4.1.10", MpiMode.HYBRID), newer), Diagnostic.WARNING, "compat.mpi.container-newer");
    }

    @Test
    void aVersionThatIsNotANumberCannotBeJudged() {
        Site site = site();
        hostMpi(site, MpiImplementation.OPENMPI, "system");
        assertFinding(check(openMpi("4.1.5", MpiMode.HYBRID), site), Diagnostic.WARNING, "compat.mpi.version-unknown",
                "state versions such as 4.1.5");
    }

    @Test
    void ofSeveralHostInstallationsTheBestIsReported() {
        Site site = site();
        hostMpi(site, MpiImplementation.OPENMPI, "2.0.1");
        hostMpi(site, MpiImplementation.OPENMPI, "3.0.0");
        List<Diagnostic> findings = check(openMpi("2.0.0", MpiMode.HYBRID), site);
        assertFinding(findings, Diagnostic.INFO, "compat.mpi.compatible", "OpenMPI 3.0.0");
        assertAbsent(findings, "compat.mpi.incompatible");
    }

    @Test
    void hybridModeNeedsTheLaunchersProcessManagementInterface() {
        Site site = site();
        hostMpi(site, MpiImplementation.OPENMPI, "4.1.1").setPmi(Pmi.PMIX);
        ContainerRecipe recipe = openMpi("4.1.1", MpiMode.HYBRID);
        recipe.getMpi().setPmi(Pmi.PMI2);
        assertFinding(check(recipe, site), Diagnostic.ERROR, "compat.mpi.pmi", "pmi2", "offers pmix",
                "rebuild the image's MPI with pmix support (mpi.pmi: pmix)");

        recipe.getMpi().setPmi(Pmi.PMIX);
        List<Diagnostic> matching = check(recipe, site);
        assertAbsent(matching, "compat.mpi.pmi");
        assertNoProblems(matching, "compat.mpi");
    }

    @Test
    void aHostInstallationWithTheRightPmiIsPreferredOverOneWithTheWrongOne() {
        Site site = site();
        hostMpi(site, MpiImplementation.OPENMPI, "4.1.1").setPmi(Pmi.PMI2);
        hostMpi(site, MpiImplementation.OPENMPI, "4.1.1").setPmi(Pmi.PMIX);
        ContainerRecipe recipe = openMpi("4.1.1", MpiMode.HYBRID);
        recipe.getMpi().setPmi(Pmi.PMIX);
        assertNoProblems(check(recipe, site), "compat.mpi");
    }

    @Test
    void bindModeNeedsTheAdministratorsToAllowBinding() {
        Site site = site();
        MpiInstallation host = hostMpi(site, MpiImplementation.OPENMPI, "4.1.1");
        host.setBindAllowed(false);
        assertFinding(check(openMpi("4.1.1", MpiMode.BIND), site), Diagnostic.ERROR, "compat.mpi.bind-not-allowed",
                "bindAllowed: false", "use hybrid mode (mpi.mode: hybrid)", "pick a site that allows binding");

        // Unstated means allowed: the site model's default is true.
        host.unsetBindAllowed();
        List<Diagnostic> findings = check(openMpi("4.1.1", MpiMode.BIND), site);
        assertAbsent(findings, "compat.mpi.bind-not-allowed");
        assertFinding(findings, Diagnostic.INFO, "compat.mpi.compatible");
    }

    @Test
    void bindModeWithoutAHostMpiIsAnError() {
        assertFinding(check(openMpi("4.1.1", MpiMode.BIND), site()), Diagnostic.ERROR, "compat.mpi.no-host-mpi",
                "bind mode", "pick a site with OpenMPI");
    }

    @Test
    void bindModeNeedsAGlibcInTheImageAtLeastAsNewAsTheHosts() {
        Site site = site();
        site.setGlibc("2.28");
        hostMpi(site, MpiImplementation.OPENMPI, "4.1.1");
        ContainerRecipe recipe = openMpi("4.1.1", MpiMode.BIND);
        recipe.getBase().setGlibc("2.9");
        // 2.9 is older than 2.28: a comparison of the text would say the opposite.
        assertFinding(check(recipe, site), Diagnostic.ERROR, "compat.mpi.glibc", "glibc 2.28", "glibc 2.9",
                "use a base image with glibc 2.28 or newer");

        recipe.getBase().setGlibc("2.28");
        assertNoProblems(check(recipe, site), "compat.mpi");
        recipe.getBase().setGlibc("2.36");
        assertNoProblems(check(recipe, site), "compat.mpi");
    }

    @Test
    void bindModeWithAnUnstatedGlibcIsAWarning() {
        Site site = site();
        site.setGlibc(null);
        hostMpi(site, MpiImplementation.OPENMPI, "4.1.1");
        assertFinding(check(openMpi("4.1.1", MpiMode.BIND), site), Diagnostic.WARNING, "compat.mpi.glibc-unknown",
                "glibc in the site model");
    }

    @Test
    void hybridModeDoesNotCareAboutGlibc() {
        Site site = site();
        site.setGlibc("2.38");
        hostMpi(site, MpiImplementation.OPENMPI, "4.1.1");
        List<Diagnostic> findings = check(openMpi("4.1.1", MpiMode.HYBRID), site);
        assertAbsent(findings, "compat.mpi.glibc");
        assertNoProblems(findings, "compat.mpi");
    }

    @Test
    void anImageWithoutMpiNeedsNoHostMpi() {
        List<Diagnostic> findings = check(Fixtures.recipe(), site());
        assertNoProblems(findings, "compat.mpi");
        assertNoProblems(findings, "compat.fabric");
    }
}
