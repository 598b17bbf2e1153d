package org.vitruvian.compat.tests;

import static org.vitruvian.compat.tests.Fixtures.assertAbsent;
import static org.vitruvian.compat.tests.Fixtures.assertFinding;
import static org.vitruvian.compat.tests.Fixtures.assertNoProblems;
import static org.vitruvian.compat.tests.Fixtures.check;
import static org.vitruvian.compat.tests.Fixtures.recipe;
import static org.vitruvian.compat.tests.Fixtures.runtime;
import static org.vitruvian.compat.tests.Fixtures.site;

import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;
import org.vitruvian.model.common.CpuArchitecture;
import org.vitruvian.model.recipe.ContainerRecipe;
import org.vitruvian.model.site.ContainerRuntimeKind;
import org.vitruvian.model.site.Site;

/** The image's CPU architecture against the nodes', and where the image can be built. */
class ArchitectureCheckTest {

    @Test
    void anX86ImageOnAarch64NodesIsAnErrorNamingBothFixes() {
        Site site = site();
        site.setArchitecture(CpuArchitecture.AARCH64);
        // The recipe states no architecture: the default, x86_64, is what is built.
        List<Diagnostic> findings = check(recipe(), site);
        assertFinding(findings, Diagnostic.ERROR, "compat.arch.mismatch", "built for x86_64", "aarch64 nodes",
                "use an image built for aarch64", "pick a site with x86_64 nodes");
    }

    @Test
    void anImageBuiltForTheNodesArchitecturePasses() {
        Site site = site();
        site.setArchitecture(CpuArchitecture.AARCH64);
        ContainerRecipe recipe = recipe();
        recipe.setArchitecture(CpuArchitecture.AARCH64);
        List<Diagnostic> findings = check(recipe, site);
        assertFinding(findings, Diagnostic.INFO, "compat.arch.ok", "aarch64");
        assertNoProblems(findings, "compat.arch");
    }

    @Test
    void aSiteThatDoesNotStateItsArchitectureIsAWarning() {
        Site site = site();
        site.unsetArchitecture();
        assertFinding(check(recipe(), site), Diagnostic.WARNING, "compat.arch.unknown", "add 'architecture:' to the site");
    }

    @Test
    void whereTheSiteBuildsNoImagesTheBuildHostMustMatchItsArchitecture() {
        Site site = site();
        site.setArchitecture(CpuArchitecture.AARCH64);
        site.getContainerRuntimes().clear();
        site.getContainerRuntimes().add(runtime(ContainerRuntimeKind.APPTAINER, false));
        ContainerRecipe recipe = recipe();
        recipe.setArchitecture(CpuArchitecture.AARCH64);
        assertFinding(check(recipe, site), Diagnostic.WARNING, "compat.arch.build-elsewhere", "does not allow building",
                "build it on an aarch64 machine", "cross-build for aarch64");
    }

    @Test
    void whereTheSiteBuildsImagesThereIsNoBuildHostWarning() {
        Site site = site();
        site.getContainerRuntimes().clear();
        site.getContainerRuntimes().add(runtime(ContainerRuntimeKind.PODMAN, false));
        site.getContainerRuntimes().add(runtime(ContainerRuntimeKind.APPTAINER, true));
        assertAbsent(check(recipe(), site), "compat.arch.build-elsewhere");
    }
}
