package org.vitruvian.planning.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitruvian.core.ExitCode;
import org.vitruvian.core.VitruvianException;
import org.vitruvian.core.diagnostics.Diagnostic;
import org.vitruvian.core.services.ServiceHandle;
import org.vitruvian.core.services.Services;
import org.vitruvian.planning.Placement;
import org.vitruvian.planning.PlanRequest;
import org.vitruvian.planning.StepPlan;
import org.vitruvian.planning.WorkflowPlan;
import org.vitruvian.planning.WorkflowPlanner;
import org.vitruvian.tests.support.ModelFiles;
import org.vitruvian.trust.Verdict;

/** The planner as check, plan and run use it, through the real model service, site catalog, trust and compatibility checkers. */
class WorkflowPlannerTest {

    @TempDir
    Path folder;

    ModelFiles files;

    Path workflow;

    @BeforeEach
    void writeModels() {
        // An empty home: only the built-in sites and this machine, whatever the user has.
        System.setProperty("vitruvian.home", folder.resolve("home").toString());
        files = new ModelFiles(WorkflowPlannerTest.class, folder);
        files.write("segment.yaml", """
                apiVersion: vitruvian/v1
                kind: ServiceDefinition
                id: bone.segment
                version: 1.0.0
                inputs:
                  - name: ct
                    format: nrrd
                outputs:
                  - name: mask
                    format: nrrd
                resources:
                  cores: 1
                  memory: 1GiB
                  walltime: 10m
                """);
        workflow = files.write("workflow.yaml", """
                apiVersion: vitruvian/v1
                kind: Workflow
                name: segment-twice
                imports: [segment.yaml]
                inputs:
                  - name: ct
                    format: nrrd
                    dataClass: {kind: clinical, owner: hospital}
                outputs:
                  - name: mask
                    format: nrrd
                steps:
                  - name: first
                    service: {id: bone.segment, version: 1.x}
                  - name: second
                    service: {id: bone.segment, version: 1.x}
                    resources: {cores: 4, memory: 2GiB, walltime: 2h}
                  - name: pinned
                    service: {id: bone.segment, version: 1.x}
                    site: metrocubo
                links:
                  - {from: ct, to: first.ct}
                  - {from: first.mask, to: second.ct}
                  - {from: second.mask, to: pinned.ct}
                  - {from: pinned.mask, to: mask}
                """);
    }

    @AfterEach
    void restoreHome() {
        System.clearProperty("vitruvian.home");
    }

    private static WorkflowPlan plan(PlanRequest request) {
        try (ServiceHandle<WorkflowPlanner> planner = Services.await(WorkflowPlannerTest.class, WorkflowPlanner.class)) {
            return planner.get().plan(request);
        }
    }

    @Test
    void withoutASiteEachStepGoesToTheCheapestSiteWhereItsDataMayGoAndItsCostIsEstimated() {
        WorkflowPlan plan = plan(PlanRequest.plan(workflow, null, null, List.of()));
        assertFalse(plan.refused(), plan.report().toText());
        StepPlan first = plan.steps().get(0);
        // Identifiable hospital data may only stay desk-side; metrocubo is the desk-side site that costs nothing.
        assertEquals("metrocubo", first.siteId());
        assertEquals(Placement.CHEAPEST_FITTING, first.placement());
        assertTrue(first.why().matches("cheapest of \\d+ that fit"), first.why());
        assertEquals(Verdict.ALLOW, first.trust().verdict());
        assertEquals(List.of("ct", "ct -> first.ct"), first.trust().decidingPath());
        StepPlan second = plan.steps().get(1);
        assertEquals(4, second.cost().coresPerRun());
        assertEquals(8.0, second.cost().coreHours(), "its own resources: 4 cores for 2 hours");
        assertEquals(0.17, first.cost().coreHours(), "its service's resources: 1 core for 10 minutes");
        assertEquals(0.0, first.cost().cost(), "metrocubo states a cost of 0 per core-hour");
        StepPlan pinned = plan.steps().get(2);
        assertEquals(Placement.PINNED, pinned.placement());
        assertEquals("metrocubo", pinned.siteId());
        assertEquals(3, plan.placement().size());
        assertEquals(3, plan.trust().size());
        assertEquals("compbiomed-table-2", plan.policy().name());
        assertTrue(plan.policy().isDefault());
        assertEquals(64, plan.policy().sha256().length(), "the built-in policy is named by the digest of its file");
    }

    @Test
    void aDenialOnTheRequestedSiteIsAnErrorAtTheStepWithTheDataPathAndWhereItWouldFit() {
        WorkflowPlan plan = plan(PlanRequest.check(workflow, "jureca-dc", null, List.of()));
        assertTrue(plan.refused());
        StepPlan first = plan.steps().get(0);
        assertEquals(Placement.REQUESTED, first.placement());
        assertEquals(Verdict.DENY, first.trust().verdict());
        assertTrue(first.suggestions().stream().anyMatch(s -> s.getId().equals("metrocubo")), first.suggestions().toString());
        Diagnostic denial = plan.report().diagnostics().stream().filter(d -> d.code().equals("trust.deny")).findFirst().orElseThrow();
        assertTrue(denial.file().endsWith("workflow.yaml"), denial.file());
        assertEquals(13, denial.line(), denial.format());
        assertEquals(5, denial.column(), denial.format());
        assertTrue(denial.message().endsWith("data path: ct, ct -> first.ct"), denial.message());
        assertTrue(plan.report().diagnostics().stream()
                .anyMatch(d -> d.code().equals("check.suggestion") && d.line() == 13 && d.message().contains("metrocubo")));
        // The pinned step stays where it is pinned, and is allowed there.
        assertEquals(Verdict.ALLOW, plan.steps().get(2).trust().verdict());
    }

    @Test
    void aPolicyFileOfAnotherKindIsADiagnosticAtTheFileNotACastThatFails() {
        Path site = files.write("site.yaml", """
                apiVersion: vitruvian/v1
                kind: Site
                id: clinic-cloud
                name: The clinic's private cloud
                type: cloud
                resourceClass: private-cloud
                scheduler: none
                architecture: x86_64
                partitions:
                  - {name: vm, nodes: 4, coresPerNode: 8, memoryPerNode: 32GiB}
                """);
        WorkflowPlan plan = plan(PlanRequest.run(workflow, "metrocubo", site));
        assertTrue(plan.refused());
        assertNull(plan.workflow());
        Diagnostic wrong = plan.report().diagnostics().stream().filter(Diagnostic::isError).findFirst().orElseThrow();
        assertEquals("plan.wrong-kind", wrong.code(), wrong.format());
        assertTrue(wrong.file().endsWith("site.yaml"), wrong.file());
        assertEquals(1, wrong.line());
        assertTrue(wrong.message().contains("is a Site, not a TrustPolicy"), wrong.message());
    }

    @Test
    void aSiteFileGivenIsASiteToPlaceOnAndAPolicyFileDecides() {
        Path site = files.write("clinic-cloud.yaml", """
                apiVersion: vitruvian/v1
                kind: Site
                id: clinic-cloud
                name: The clinic's private cloud
                type: cloud
                resourceClass: private-cloud
                scheduler: none
                architecture: x86_64
                partitions:
                  - {name: vm, nodes: 4, coresPerNode: 8, memoryPerNode: 32GiB}
                containerRuntimes:
                  - {kind: podman, rootful: false}
                certifications: [hospital-dpa]
                """);
        Path policy = files.write("hospital-policy.yaml", """
                apiVersion: vitruvian/v1
                kind: TrustPolicy
                name: hospital-policy
                rules:
                  - name: hospital-clinical-private-cloud
                    dataKind: clinical
                    owner: hospital
                    resourceClass: private-cloud
                    verdict: not-determined
                    acceptedCertifications: [hospital-dpa]
                    rationale: Our private cloud is covered by the data processing agreement.
                    source: DPO decision 2026-03
                """);
        WorkflowPlan denied = plan(PlanRequest.check(workflow, "clinic-cloud", null, List.of(site)));
        assertEquals(Verdict.DENY, denied.steps().get(0).trust().verdict(), "the default policy does not trust a private cloud");
        WorkflowPlan allowed = plan(PlanRequest.check(workflow, "clinic-cloud", policy, List.of(site)));
        assertEquals("clinic-cloud", allowed.steps().get(0).siteId());
        assertTrue(allowed.steps().get(0).fits(), allowed.report().toText());
        assertTrue(allowed.steps().get(1).fits(), allowed.report().toText());
        // The policy given replaces the default: it has no rule for the desk side, where the last step is pinned.
        assertEquals(Verdict.DENY, allowed.steps().get(2).trust().verdict());
        assertEquals(List.of("clinic-cloud"), allowed.steps().get(2).suggestions().stream().map(s -> s.getId()).toList());
        assertEquals("hospital-policy", allowed.policy().name());
        assertEquals(policy.toAbsolutePath().normalize().toString(), allowed.policy().location());
    }

    @Test
    void aPinToAnUnknownSiteIsAnErrorAtThePinNamingTheSitesThatExist() {
        files.write("workflow.yaml", files.read("workflow.yaml").replace("site: metrocubo", "site: metrocubbo"));
        WorkflowPlan plan = plan(PlanRequest.plan(workflow, "metrocubo", null, List.of()));
        assertTrue(plan.refused());
        Diagnostic unknown = plan.report().diagnostics().stream().filter(d -> d.code().equals("plan.unknown-site")).findFirst()
                .orElseThrow();
        assertEquals(20, unknown.line(), unknown.format());
        assertTrue(unknown.message().endsWith("Did you mean 'metrocubo'?"), unknown.message());
        StepPlan pinned = plan.steps().get(2);
        assertEquals(Placement.UNPLACED, pinned.placement());
        assertFalse(plan.placement().containsKey(pinned.step()));
    }

    @Test
    void runRefusesAStepWithoutASiteWhilePlanFindsOne() {
        WorkflowPlan run = plan(PlanRequest.run(workflow, null, null));
        assertTrue(run.refused());
        assertEquals(2, run.report().diagnostics().stream().filter(d -> d.code().equals("plan.no-site")).count());
        assertEquals(1, run.placement().size(), "only the pinned step has a site");
        assertFalse(plan(PlanRequest.plan(workflow, null, null, List.of())).refused());
    }

    @Test
    void anUnknownRequestedSiteIsRefusedWithTheKnownOnes() {
        VitruvianException refused = assertThrows(VitruvianException.class,
                () -> plan(PlanRequest.check(workflow, "nowhere", null, List.of())));
        assertEquals(ExitCode.FAILED, refused.exitCode());
        assertTrue(refused.getMessage().startsWith("No site 'nowhere'; known: "), refused.getMessage());
        assertTrue(refused.getMessage().contains("metrocubo"), refused.getMessage());
    }

    @Test
    void invalidFilesAreReportedWithTheirPositionAndNothingIsPlaced() {
        files.write("workflow.yaml", files.read("workflow.yaml").replace("version: 1.x}\n    resources", "version: 9.x}\n    resources"));
        WorkflowPlan plan = plan(PlanRequest.plan(workflow, null, null, List.of()));
        assertTrue(plan.refused());
        assertNull(plan.workflow());
        assertTrue(plan.steps().isEmpty());
        Diagnostic version = plan.report().diagnostics().stream().filter(Diagnostic::isError).findFirst().orElseThrow();
        assertEquals(16, version.line(), version.format());
    }
}
