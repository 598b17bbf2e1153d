package org.vitruvian.model.site.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitruvian.core.diagnostics.Diagnostic;
import org.vitruvian.tests.support.ModelFiles;

/** What `vitruvian validate` says about sites, one rule per test: broken, then fixed. */
class SiteValidatorTest {

    @TempDir
    Path folder;

    private ModelFiles models;

    @BeforeEach
    void setUp() {
        models = new ModelFiles(getClass(), folder);
    }

    @Test
    void tierIsZeroOneOrTwo() {
        String site = """
                apiVersion: vitruvian/v1
                kind: Site
                id: cirrus
                type: hpc
                tier: 3
                """;
        models.check("cirrus.yaml", site).assertOnly("site.tier", 5, 7);

        models.check("cirrus.yaml", site.replace("tier: 3", "tier: 2")).assertClean();
    }

    @Test
    void aSiteDoesNotRefineItself() {
        String site = """
                apiVersion: vitruvian/v1
                kind: Site
                id: cirrus
                refines: cirrus
                """;
        models.check("cirrus.yaml", site).assertOnly("site.refines", 4, 10);

        models.check("cirrus.yaml", site.replace("refines: cirrus", "refines: slurm-generic")).assertClean();
    }

    @Test
    void costIsNotNegative() {
        String site = """
                apiVersion: vitruvian/v1
                kind: Site
                id: cloud
                costPerCoreHour: -0.02
                """;
        models.check("cloud.yaml", site).assertOnly("site.cost", 4, 18);

        models.check("cloud.yaml", site.replace("-0.02", "0")).assertClean();
    }

    @Test
    void sshPortIsAPortNumber() {
        String site = """
                apiVersion: vitruvian/v1
                kind: Site
                id: cirrus
                access:
                  host: login.cirrus.example.org
                  port: 70000
                """;
        models.check("cirrus.yaml", site).assertOnly("site.port", 6, 9);

        models.check("cirrus.yaml", site.replace("70000", "65535")).assertClean();
    }

    @Test
    void hostAndUserHoldNoShellMetacharacters() {
        // Host and user reach ssh's command line and the job scripts; each probe here ran a command there.
        String site = """
                apiVersion: vitruvian/v1
                kind: Site
                id: cirrus
                access:
                  host: "127.0.0.1; touch x"
                  user: vhpc
                """;
        Diagnostic problem = models.check("cirrus.yaml", site).assertOnly("site.host", 5, 9);
        assertTrue(problem.message().contains("'127.0.0.1; touch x' is not a host name or address"), problem.message());
        models.check("cirrus.yaml", site.replace("\"127.0.0.1; touch x\"", "\"$(touch x)\""))
                .assertOnly("site.host", 5, 9);
        // A leading '-' would be read by ssh as an option.
        models.check("cirrus.yaml", site.replace("\"127.0.0.1; touch x\"", "-oProxyCommand=touch_x"))
                .assertOnly("site.host", 5, 9);
        models.check("cirrus.yaml", site.replace("\"127.0.0.1; touch x\"", "login.cirrus.example.org")
                .replace("user: vhpc", "user: \"$(touch x)\"")).assertOnly("site.user", 6, 9);
        models.check("cirrus.yaml", site.replace("\"127.0.0.1; touch x\"", "login.cirrus.example.org")
                .replace("user: vhpc", "user: -oProxyCommand=x")).assertOnly("site.user", 6, 9);
        models.check("cirrus.yaml", site.replace("user: vhpc", "user: vhpc\n  loginNodes: [ok.example.org, \"a|b\"]")
                .replace("\"127.0.0.1; touch x\"", "127.0.0.1")).assertOnly("site.host", 7, 15);

        models.check("cirrus.yaml", site.replace("\"127.0.0.1; touch x\"", "127.0.0.1")).assertClean();
        models.check("cirrus.yaml", site.replace("\"127.0.0.1; touch x\"", "\"[::1]\"").replace("vhpc", "j.doe_2"))
                .assertClean();
        models.check("cirrus.yaml", site.replace("\"127.0.0.1; touch x\"", "login-1.cirrus.ac.uk")).assertClean();
    }

    @Test
    void aRefinesCycleBetweenTwoFilesIsFoundWhenEverySiteIsLoaded() {
        models.write("a.yaml", """
                apiVersion: vitruvian/v1
                kind: Site
                id: site-a
                refines: site-b
                """);
        models.write("b.yaml", """
                apiVersion: vitruvian/v1
                kind: Site
                id: site-b
                refines: site-a
                """);
        // Each site of the cycle is told, at its 'refines', the way round it.
        List<String> found = models.validateWithAllSites("a.yaml", "b.yaml").all().stream()
                .map(d -> Path.of(d.file()).getFileName() + ":" + d.line() + ":" + d.column() + " " + d.code() + " "
                        + d.message().replaceAll(".*through (.*?);.*", "$1"))
                .toList();
        assertEquals(List.of("a.yaml:4:10 site.refines-cycle site-a -> site-b -> site-a",
                "b.yaml:4:10 site.refines-cycle site-b -> site-a -> site-b"), found);

        models.write("b.yaml", """
                apiVersion: vitruvian/v1
                kind: Site
                id: site-b
                profile: true
                """);
        models.validateWithAllSites("a.yaml", "b.yaml").assertClean();
    }

    @Test
    void aSiteRefinesAKnownProfileWhenEverySiteIsLoaded() {
        String site = """
                apiVersion: vitruvian/v1
                kind: Site
                id: cirrus
                refines: slurm-genric
                """;
        models.write("slurm.yaml", "apiVersion: vitruvian/v1\nkind: Site\nid: slurm-generic\nprofile: true\n");
        models.write("cirrus.yaml", site);
        Diagnostic problem = models.validateWithAllSites("cirrus.yaml", "slurm.yaml").assertOnly("site.unknown-profile", 4, 10);
        assertTrue(problem.message().contains("Did you mean 'slurm-generic'?"), problem.message());

        models.write("cirrus.yaml", site.replace("slurm-genric", "slurm-generic"));
        models.validateWithAllSites("cirrus.yaml", "slurm.yaml").assertClean();
    }

    @Test
    void partitionNamesAreUnique() {
        String site = """
                apiVersion: vitruvian/v1
                kind: Site
                id: cirrus
                partitions:
                  - name: standard
                    nodes: 280
                  - name: standard
                    nodes: 36
                """;
        models.check("cirrus.yaml", site).assertOnly("site.duplicate-name", 7, 11);

        models.check("cirrus.yaml", site.replace("standard\n    nodes: 36", "gpu\n    nodes: 36")).assertClean();
    }

    @Test
    void storageNamesAreUnique() {
        String site = """
                apiVersion: vitruvian/v1
                kind: Site
                id: cirrus
                storage:
                  - {name: work, path: /work/$USER}
                  - {name: work, path: /scratch/$USER}
                """;
        models.check("cirrus.yaml", site).assertOnly("site.duplicate-name", 6, 12);

        models.check("cirrus.yaml", site.replace("{name: work, path: /scratch", "{name: scratch, path: /scratch"))
                .assertClean();
    }

    @Test
    void partitionFiguresArePositive() {
        String site = """
                apiVersion: vitruvian/v1
                kind: Site
                id: cirrus
                partitions:
                  - name: standard
                    nodes: 280
                    coresPerNode: 0
                """;
        models.check("cirrus.yaml", site).assertOnly("site.partition", 7, 19);

        models.check("cirrus.yaml", site.replace("coresPerNode: 0", "coresPerNode: 36")).assertClean();
    }

    @Test
    void partitionWalltimeIsLongerThanNothing() {
        String site = """
                apiVersion: vitruvian/v1
                kind: Site
                id: cirrus
                partitions:
                  - name: standard
                    maxWalltime: 0s
                """;
        models.check("cirrus.yaml", site).assertOnly("site.partition", 6, 18);

        models.check("cirrus.yaml", site.replace("0s", "4-00:00:00")).assertClean();
    }

    @Test
    void storagePathsAreAbsolute() {
        String site = """
                apiVersion: vitruvian/v1
                kind: Site
                id: cirrus
                storage:
                  - name: scratch
                    path: scratch/$USER
                """;
        models.check("cirrus.yaml", site).assertOnly("site.storage", 6, 11);

        models.check("cirrus.yaml", site.replace("path: scratch", "path: /scratch")).assertClean();
    }

    @Test
    void versionsReadAsVersions() {
        String site = """
                apiVersion: vitruvian/v1
                kind: Site
                id: jureca-dc
                containerRuntimes:
                  - kind: apptainer
                    version: 1.2.4-1.el8
                mpi:
                  - implementation: openmpi
                    version: 4.1.x
                """;
        models.check("jureca.yaml", site).assertOnly("site.version-syntax", 9, 14);

        models.check("jureca.yaml", site.replace("4.1.x", "4.1.5")).assertClean();
    }

    @Test
    void illustrativeNamesKeysOfTheSite() {
        String site = """
                apiVersion: vitruvian/v1
                kind: Site
                id: cirrus
                tier: 2
                costPerCoreHour: 0.01
                illustrative: [cost]
                """;
        models.check("cirrus.yaml", site).assertOnly("site.illustrative", 6, 15);

        models.check("cirrus.yaml", site.replace("[cost]", "[costPerCoreHour]")).assertClean();
    }
}
