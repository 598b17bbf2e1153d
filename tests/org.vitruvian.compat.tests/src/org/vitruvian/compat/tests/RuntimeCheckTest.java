package org.vitruvian.compat.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.vitruvian.compat.tests.Fixtures.assertFinding;
import static org.vitruvian.compat.tests.Fixtures.assertNoProblems;
import static org.vitruvian.compat.tests.Fixtures.check;
import static org.vitruvian.compat.tests.Fixtures.recipe;
import static org.vitruvian.compat.tests.Fixtures.runtime;
import static org.vitruvian.compat.tests.Fixtures.site;

import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;
import org.vitruvian.compat.internal.ImageFormat;
import org.vitruvian.compat.internal.RuntimeCapabilities;
import org.vitruvian.model.recipe.ContainerRecipe;
import org.vitruvian.model.site.ContainerRuntime;
import org.vitruvian.model.site.ContainerRuntimeKind;
import org.vitruvian.model.site.Site;
import org.vitruvian.model.site.SiteKind;

/** The site must offer a runtime that can run the image and that it may use. */
class RuntimeCheckTest {

    private static Site siteWith(SiteKind kind, ContainerRuntime... runtimes) {
        Site site = site();
        site.setType(kind);
        site.getContainerRuntimes().clear();
        site.getContainerRuntimes().addAll(List.of(runtimes));
        return site;
    }

    private static ContainerRuntime docker(Boolean rootful) {
        ContainerRuntime docker = runtime(ContainerRuntimeKind.DOCKER, true);
        if (rootful != null) {
            docker.setRootful(rootful);
        }
        return docker;
    }

    @Test
    void aSiteWithoutAnyRuntimeIsAnError() {
        List<Diagnostic> findings = check(recipe(), siteWith(SiteKind.HPC));
        assertFinding(findings, Diagnostic.ERROR, "compat.runtime.none", "no container runtime", "install Apptainer",
                "pick a site with a container runtime");
        // Where to build the image is moot when nothing can run it.
        Fixtures.assertAbsent(findings, "compat.arch.build-elsewhere");
    }

    @Test
    void rootfulDockerOnASharedHpcSiteIsRefusedForItsRootDaemon() {
        for (Boolean rootful : new Boolean[] { Boolean.TRUE, null }) {
            List<Diagnostic> findings = check(recipe(), siteWith(SiteKind.HPC, docker(rootful)));
            assertFinding(findings, Diagnostic.ERROR, "compat.runtime.root-daemon", "root daemon", "shared HPC",
                    "ask the site for Apptainer", "workstation");
        }
    }

    @Test
    void dockerOnAWorkstationIsFine() {
        List<Diagnostic> findings = check(recipe(), siteWith(SiteKind.WORKSTATION, docker(null)));
        assertFinding(findings, Diagnostic.INFO, "compat.runtime.ok", "docker");
        assertNoProblems(findings, "compat.runtime");
    }

    @Test
    void rootlessDockerOnAnHpcSiteIsFine() {
        assertNoProblems(check(recipe(), siteWith(SiteKind.HPC, docker(false))), "compat.runtime");
    }

    @Test
    void besideRootfulDockerAnHpcSiteRunsTheImageWithApptainer() {
        List<Diagnostic> findings = check(recipe(),
                siteWith(SiteKind.HPC, docker(true), runtime(ContainerRuntimeKind.APPTAINER, false)));
        assertFinding(findings, Diagnostic.INFO, "compat.runtime.ok", "with apptainer", "docker is not used");
        assertNoProblems(findings, "compat.runtime");
    }

    @Test
    void aSifBaseImageRunsOnlyWhereApptainerOrSingularityIs() {
        ContainerRecipe recipe = recipe();
        recipe.getBase().setImage("library://sylabs/examples/lolcow:latest");
        assertFinding(check(recipe, siteWith(SiteKind.HPC, runtime(ContainerRuntimeKind.PODMAN, true))), Diagnostic.ERROR,
                "compat.runtime.format", "only Apptainer and Singularity run", "start from an OCI image",
                "pick a site with Apptainer");

        assertNoProblems(check(recipe, siteWith(SiteKind.HPC, runtime(ContainerRuntimeKind.SINGULARITY, true))),
                "compat.runtime");
    }

    @Test
    void everyRuntimeKindRunsOciImagesAndOnlyApptainerAndSingularityRunSif() {
        RuntimeCapabilities table = RuntimeCapabilities.load();
        for (ContainerRuntimeKind kind : ContainerRuntimeKind.VALUES) {
            boolean sif = kind == ContainerRuntimeKind.APPTAINER || kind == ContainerRuntimeKind.SINGULARITY;
            assertEquals(sif ? Set.of(ImageFormat.OCI, ImageFormat.SIF) : Set.of(ImageFormat.OCI), table.of(kind).runs(),
                    kind.getLiteral());
            assertEquals(kind == ContainerRuntimeKind.DOCKER, table.of(kind).rootDaemonByDefault(), kind.getLiteral());
        }
    }
}
