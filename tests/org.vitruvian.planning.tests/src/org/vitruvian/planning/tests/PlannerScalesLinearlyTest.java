package org.vitruvian.planning.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitruvian.compat.CompatibilityChecker;
import org.vitruvian.core.services.ServiceHandle;
import org.vitruvian.core.services.Services;
import org.vitruvian.model.recipe.ContainerRecipe;
import org.vitruvian.model.service.ResourceRequest;
import org.vitruvian.model.site.Site;
import org.vitruvian.model.trust.DataClass;
import org.vitruvian.model.trust.TrustPolicy;
import org.vitruvian.model.workflow.Step;
import org.vitruvian.model.workflow.Workflow;
import org.vitruvian.model.yaml.ModelService;
import org.vitruvian.planning.PlanRequest;
import org.vitruvian.planning.WorkflowPlan;
import org.vitruvian.planning.internal.WorkflowPlannerImpl;
import org.vitruvian.sites.SiteCatalog;
import org.vitruvian.tests.support.ModelFiles;
import org.vitruvian.trust.DataReach;
import org.vitruvian.trust.StepTrust;
import org.vitruvian.trust.TrustChecker;
import org.vitruvian.trust.TrustDecision;

/**
 * Planning a long chain does work in proportion to its length: the data is followed along the
 * links once, each step is judged on its own site, and what decides whether a site fits is
 * judged once per site for each distinct combination. Counted, not timed: the real checkers are
 * wrapped in counters (no behaviour faked), so a return to judging the whole workflow once per
 * step and site (which took over 300 s for 5,000 steps) fails here on any machine.
 */
class PlannerScalesLinearlyTest {

    private static final int STEPS = 2_000;

    @TempDir
    Path folder;

    Path chain;

    @BeforeEach
    void writeChain() {
        System.setProperty("vitruvian.home", folder.resolve("home").toString());
        ModelFiles files = new ModelFiles(PlannerScalesLinearlyTest.class, folder);
        files.write("recipe.yaml", """
                apiVersion: vitruvian/v1
                kind: ContainerRecipe
                name: stage
                base:
                  image: docker.io/library/debian:12-slim
                  os: debian 12
                  glibc: "2.36"
                architecture: x86_64
                run: [/bin/true]
                """);
        files.write("stage.yaml", """
                apiVersion: vitruvian/v1
                kind: ServiceDefinition
                id: bench.stage
                version: 1.0.0
                inputs:
                  - name: in
                    format: nrrd
                outputs:
                  - name: out
                    format: nrrd
                resources:
                  cores: 1
                  memory: 1GiB
                  walltime: 10m
                defaultRecipe: recipe.yaml
                """);
        StringBuilder yaml = new StringBuilder("""
                apiVersion: vitruvian/v1
                kind: Workflow
                name: chain
                imports: [stage.yaml]
                inputs:
                  - name: ct
                    format: nrrd
                    dataClass: {kind: clinical, owner: hospital}
                outputs:
                  - name: result
                    format: nrrd
                steps:
                """);
        for (int i = 0; i < STEPS; i++) {
            yaml.append("  - name: s").append(i).append("\n    service: {id: bench.stage, version: 1.x}\n");
            if (i == 0) {
                yaml.append("    deidentifies: true\n    identifiabilityAfter: pseudonymised\n");
            }
            if (i % 10 == 9) {
                // Each its own object with the same content: they fit the same sites.
                yaml.append("    resources: {cores: 2, memory: 2GiB, walltime: 30m}\n");
            }
        }
        yaml.append("links:\n  - {from: ct, to: s0.in}\n");
        for (int i = 1; i < STEPS; i++) {
            yaml.append("  - {from: s").append(i - 1).append(".out, to: s").append(i).append(".in}\n");
        }
        yaml.append("  - {from: s").append(STEPS - 1).append(".out, to: result}\n");
        chain = files.write("chain.yaml", yaml.toString());
    }

    @AfterEach
    void restoreHome() {
        System.clearProperty("vitruvian.home");
    }

    @Test
    void planningAChainFollowsTheDataOnceAndJudgesEachStepAndEachDistinctFitOnce() {
        try (ServiceHandle<ModelService> models = Services.await(getClass(), ModelService.class);
                ServiceHandle<SiteCatalog> catalog = Services.await(getClass(), SiteCatalog.class);
                ServiceHandle<TrustChecker> trust = Services.await(getClass(), TrustChecker.class);
                ServiceHandle<CompatibilityChecker> compatibility = Services.await(getClass(), CompatibilityChecker.class)) {
            CountingTrust countingTrust = new CountingTrust(trust.get());
            CountingCompatibility countingCompatibility = new CountingCompatibility(compatibility.get());
            int sites = catalog.get().snapshot().runnable().size();

            WorkflowPlan plan = new WorkflowPlannerImpl(models.get(), catalog.get(), countingTrust, countingCompatibility)
                    .plan(PlanRequest.plan(chain, null, null, List.of()));

            assertFalse(plan.refused(), plan.report().diagnostics().stream().filter(d -> d.isError()).limit(5).toList().toString());
            assertEquals(STEPS, plan.placement().size());
            assertEquals("metrocubo", plan.steps().get(STEPS - 1).siteId());
            assertEquals(1, countingTrust.reach.get(), "the data is followed along the links once per plan");
            assertEquals(0, countingTrust.wholeWorkflowChecks.get(), "no step is judged by checking the whole workflow");
            // s0 (identifiable data, own resources of its service), and then pseudonymised data with the
            // service's resources or the steps' own: three combinations, each judged on every site once.
            long distinct = 3;
            assertTrue(countingTrust.decisions.get() <= STEPS + distinct * sites,
                    countingTrust.decisions.get() + " step decisions for " + STEPS + " steps and " + sites + " sites");
            assertTrue(countingCompatibility.checks.get() <= STEPS + distinct * sites,
                    countingCompatibility.checks.get() + " compatibility checks for " + STEPS + " steps and " + sites + " sites");
            // The deepest step's data came along every link; its path is shown shortened.
            StepTrust last = plan.steps().get(STEPS - 1).trust();
            assertEquals(STEPS + 2, last.decidingPath().size(), "ct, the input's link, the de-identification, and a link per step");
            assertEquals(8, org.vitruvian.trust.CarriedData.shown(last.decidingPath()).size());
        }
    }

    /** The real trust checker, counting what is asked of it. */
    private static final class CountingTrust implements TrustChecker {

        final TrustChecker real;
        final AtomicLong reach = new AtomicLong();
        final AtomicLong decisions = new AtomicLong();
        final AtomicLong wholeWorkflowChecks = new AtomicLong();

        CountingTrust(TrustChecker real) {
            this.real = real;
        }

        @Override
        public TrustPolicy defaultPolicy() {
            return real.defaultPolicy();
        }

        @Override
        public String defaultPolicyLocation() {
            return real.defaultPolicyLocation();
        }

        @Override
        public TrustDecision decide(DataClass dataClass, Site site, TrustPolicy policy) {
            return real.decide(dataClass, site, policy);
        }

        @Override
        public List<StepTrust> check(Workflow workflow, Function<Step, Site> placement, TrustPolicy policy) {
            wholeWorkflowChecks.incrementAndGet();
            return real.check(workflow, placement, policy);
        }

        @Override
        public DataReach reach(Workflow workflow) {
            reach.incrementAndGet();
            return real.reach(workflow);
        }

        @Override
        public StepTrust decide(Step step, Site site, DataReach reached, TrustPolicy policy) {
            decisions.incrementAndGet();
            return real.decide(step, site, reached, policy);
        }
    }

    /** The real compatibility checker, counting its checks. */
    private static final class CountingCompatibility implements CompatibilityChecker {

        final CompatibilityChecker real;
        final AtomicLong checks = new AtomicLong();

        CountingCompatibility(CompatibilityChecker real) {
            this.real = real;
        }

        @Override
        public List<org.eclipse.emf.common.util.Diagnostic> check(ContainerRecipe recipe, Site site, String partitionName,
                ResourceRequest resources, EObject reportOn) {
            checks.incrementAndGet();
            return real.check(recipe, site, partitionName, resources, reportOn);
        }

        @Override
        public List<String> partitions(ContainerRecipe recipe, Site site, ResourceRequest resources) {
            return real.partitions(recipe, site, resources);
        }
    }
}
