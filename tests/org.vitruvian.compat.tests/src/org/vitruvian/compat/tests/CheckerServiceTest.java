package org.vitruvian.compat.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.vitruvian.compat.tests.Fixtures.assertFinding;
import static org.vitruvian.compat.tests.Fixtures.assertNoProblems;
import static org.vitruvian.compat.tests.Fixtures.check;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitruvian.model.common.validation.ModelProblem;
import org.vitruvian.model.recipe.ContainerRecipe;
import org.vitruvian.model.recipe.RecipePackage;
import org.vitruvian.model.site.ContainerRuntimeKind;
import org.vitruvian.model.site.Site;
import org.vitruvian.model.workflow.Step;
import org.vitruvian.model.workflow.Workflow;
import org.vitruvian.model.workflow.WorkflowPackage;
import org.vitruvian.model.yaml.ModelService.ModelSet;

/**
 * The checker as product code meets it: a DS component, given models read from YAML by the
 * ModelService, reporting on a workflow step.
 */
class CheckerServiceTest {

    @TempDir
    Path folder;

    @Test
    void aStepOfAWorkflowReadFromYamlIsCheckedAgainstItsSiteAndTheFindingsPointAtTheStep() throws IOException {
        ModelSet models = Fixtures.load(folder, "heart-sim.yaml", "jureca-dc.yaml", "heart-solve.yaml", "simulate.yaml");
        Site site = (Site) models.models().get(1).root();
        Step step = ((Workflow) models.models().get(3).root()).getSteps().get(0);
        ContainerRecipe recipe = step.getRecipe();

        List<Diagnostic> findings = check(recipe, site, null, step.getResources(), step);

        assertFinding(findings, Diagnostic.INFO, "compat.runtime.ok", "apptainer 1.2.4-1.el8");
        assertFinding(findings, Diagnostic.INFO, "compat.arch.ok");
        assertFinding(findings, Diagnostic.WARNING, "compat.arch.build-elsewhere", "build it on an x86_64 machine");
        assertFinding(findings, Diagnostic.INFO, "compat.mpi.compatible", "Green");
        assertFinding(findings, Diagnostic.WARNING, "compat.fabric.missing", "partition 'dc-gpu'", "InfiniBand", "add ucx");
        Diagnostic cuda = assertFinding(findings, Diagnostic.ERROR, "compat.gpu.cuda", "CUDA 12.4", "up to 12.2");
        Diagnostic fits = assertFinding(findings, Diagnostic.INFO, "compat.resources.fits", "partition 'dc-gpu'");
        assertNoProblems(findings, "compat.resources");
        assertEquals(7, findings.size(), () -> Fixtures.describe(findings));

        assertSame(step, ModelProblem.objectOf(cuda).orElseThrow());
        assertSame(WorkflowPackage.Literals.STEP__RECIPE, ModelProblem.featureOf(cuda).orElseThrow());
        assertSame(WorkflowPackage.Literals.STEP__RESOURCES, ModelProblem.featureOf(fits).orElseThrow());
    }

    @Test
    void withoutAnObjectToReportOnTheFindingsPointAtTheRecipeFeatureConcerned() throws IOException {
        ModelSet models = Fixtures.load(folder, "heart-sim.yaml", "jureca-dc.yaml");
        ContainerRecipe recipe = (ContainerRecipe) models.models().get(0).root();
        List<Diagnostic> findings = check(recipe, (Site) models.models().get(1).root());

        Diagnostic cuda = assertFinding(findings, Diagnostic.ERROR, "compat.gpu.cuda");
        assertSame(recipe, ModelProblem.objectOf(cuda).orElseThrow());
        assertSame(RecipePackage.Literals.CONTAINER_RECIPE__GPU, ModelProblem.featureOf(cuda).orElseThrow());
        Diagnostic arch = assertFinding(findings, Diagnostic.INFO, "compat.arch.ok");
        assertSame(RecipePackage.Literals.CONTAINER_RECIPE__ARCHITECTURE, ModelProblem.featureOf(arch).orElseThrow());
        EObject runtime = ModelProblem.objectOf(assertFinding(findings, Diagnostic.INFO, "compat.runtime.ok")).orElseThrow();
        assertSame(recipe, runtime);
    }

    @Test
    void aRootDaemonIsRefusedOnASiteOfTypeHpc() throws IOException {
        ModelSet models = Fixtures.load(folder, "heart-sim.yaml", "jureca-dc.yaml");
        Site site = (Site) models.models().get(1).root();
        site.getContainerRuntimes().get(0).setKind(ContainerRuntimeKind.DOCKER);
        assertFinding(check((ContainerRecipe) models.models().get(0).root(), site), Diagnostic.ERROR,
                "compat.runtime.root-daemon", "type: hpc");
    }

    @Test
    void aSiteThatStatesNoTypeIsTakenAsSharedWhenItHasABatchScheduler() throws IOException {
        ModelSet models = Fixtures.load(folder, "heart-sim.yaml", "jureca-dc.yaml");
        Site site = (Site) models.models().get(1).root();
        site.unsetType();
        site.getContainerRuntimes().get(0).setKind(ContainerRuntimeKind.DOCKER);
        assertFinding(check((ContainerRecipe) models.models().get(0).root(), site), Diagnostic.ERROR,
                "compat.runtime.root-daemon", "its slurm scheduler");
    }
}
