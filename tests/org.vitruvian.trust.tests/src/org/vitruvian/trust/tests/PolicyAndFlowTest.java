package org.vitruvian.trust.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.vitruvian.model.service.DataPort;
import org.vitruvian.model.service.ServiceFactory;
import org.vitruvian.model.site.ContainerRuntimeKind;
import org.vitruvian.model.site.Site;
import org.vitruvian.model.trust.DataKind;
import org.vitruvian.model.trust.ResourceClass;
import org.vitruvian.model.trust.Sector;
import org.vitruvian.model.trust.TrustFactory;
import org.vitruvian.model.trust.TrustPolicy;
import org.vitruvian.model.trust.TrustRule;
import org.vitruvian.model.trust.Verdict;
import org.vitruvian.model.workflow.Link;
import org.vitruvian.model.workflow.Step;
import org.vitruvian.model.workflow.Workflow;
import org.vitruvian.model.workflow.WorkflowFactory;
import org.vitruvian.trust.StepTrust;
import org.vitruvian.trust.TrustDecision;

class PolicyAndFlowTest {

    private static TrustPolicy policy(TrustRule... rules) {
        TrustPolicy policy = TrustFactory.eINSTANCE.createTrustPolicy();
        policy.setName("custom");
        policy.getRules().addAll(List.of(rules));
        return policy;
    }

    private static TrustRule rule(Sector owner, DataKind kind, ResourceClass resourceClass, Verdict verdict) {
        TrustRule rule = TrustFactory.eINSTANCE.createTrustRule();
        rule.setName(owner.getLiteral() + "-" + kind.getLiteral() + "-" + resourceClass.getLiteral());
        rule.setOwner(owner);
        rule.setDataKind(kind);
        rule.setResourceClass(resourceClass);
        rule.setVerdict(verdict);
        return rule;
    }

    @Test
    void aCertificationThePolicyAcceptsTurnsNotDeterminedIntoAllow() {
        TrustRule rule = rule(Sector.HOSPITAL, DataKind.CLINICAL, ResourceClass.PRIVATE_CLOUD, Verdict.NOT_DETERMINED);
        rule.getAcceptedCertifications().add("hospital-dpa");
        Site certified = Fixtures.site("clinic-cloud", ResourceClass.PRIVATE_CLOUD);
        certified.getCertifications().add("hospital-dpa");
        Site other = Fixtures.site("other-cloud", ResourceClass.PRIVATE_CLOUD);
        TrustDecision allowed = Fixtures.withChecker(c -> c.decide(Fixtures.data(Sector.HOSPITAL, DataKind.CLINICAL, true), certified, policy(rule)));
        TrustDecision denied = Fixtures.withChecker(c -> c.decide(Fixtures.data(Sector.HOSPITAL, DataKind.CLINICAL, true), other, policy(rule)));
        assertEquals(org.vitruvian.trust.Verdict.ALLOW, allowed.verdict(), allowed.reason());
        assertTrue(allowed.reason().contains("holds 'hospital-dpa', which the rule accepts"), allowed.reason());
        assertEquals(org.vitruvian.trust.Verdict.DENY, denied.verdict());
        assertTrue(denied.reason().contains("the site holds none of [hospital-dpa]"), denied.reason());
    }

    @Test
    void aRuleForOneSiteIsStricterThanTheGeneralOne() {
        TrustRule general = rule(Sector.ACADEMY, DataKind.SCIENTIFIC, ResourceClass.HPC, Verdict.ALLOWED);
        TrustRule strict = rule(Sector.ACADEMY, DataKind.SCIENTIFIC, ResourceClass.HPC, Verdict.NOT_DETERMINED);
        strict.setName("no-academy-data-on-archer2");
        strict.setSite("archer2");
        TrustPolicy policy = policy(general, strict);
        var data = Fixtures.data(Sector.ACADEMY, DataKind.SCIENTIFIC, false);
        assertEquals(org.vitruvian.trust.Verdict.DENY,
                Fixtures.withChecker(c -> c.decide(data, Fixtures.site("archer2", ResourceClass.HPC), policy)).verdict());
        assertEquals(org.vitruvian.trust.Verdict.ALLOW,
                Fixtures.withChecker(c -> c.decide(data, Fixtures.site("cirrus", ResourceClass.HPC), policy)).verdict());
    }

    @Test
    void noRuleMeansDeny() {
        TrustDecision decision = Fixtures.withChecker(c -> c.decide(Fixtures.data(Sector.INDUSTRY, DataKind.CLINICAL, true),
                Fixtures.site("s", ResourceClass.HPC), policy()));
        assertEquals(org.vitruvian.trust.Verdict.DENY, decision.verdict());
        assertTrue(decision.reason().startsWith("No rule of policy 'custom' covers"), decision.reason());
    }

    /** ct -> anonymise (de-identifies) -> simulate; ct also goes straight to segment. */
    private static Workflow pipeline() {
        WorkflowFactory f = WorkflowFactory.eINSTANCE;
        Workflow workflow = f.createWorkflow();
        workflow.setName("w");
        DataPort ct = ServiceFactory.eINSTANCE.createDataPort();
        ct.setName("ct");
        ct.setFormat("nrrd");
        ct.setDataClass(Fixtures.data(Sector.HOSPITAL, DataKind.CLINICAL, true));
        workflow.getInputs().add(ct);
        for (String name : List.of("segment", "anonymise", "simulate")) {
            Step step = f.createStep();
            step.setName(name);
            workflow.getSteps().add(step);
        }
        workflow.getSteps().get(1).setDeidentifies(true);
        for (String[] ends : new String[][] { { "ct", "segment.ct" }, { "ct", "anonymise.in" }, { "anonymise.out", "simulate.mesh" } }) {
            Link link = f.createLink();
            link.setFrom(ends[0]);
            link.setTo(ends[1]);
            workflow.getLinks().add(link);
        }
        return workflow;
    }

    @Test
    void clinicalDataIsFollowedAlongLinksAndTheDenialShowsThePath() {
        Workflow workflow = pipeline();
        Site hpc = Fixtures.site("cluster", ResourceClass.HPC);
        List<StepTrust> results = Fixtures.withChecker(c -> c.check(workflow, step -> hpc, c.defaultPolicy()));
        StepTrust segment = results.get(0);
        assertEquals(org.vitruvian.trust.Verdict.DENY, segment.verdict());
        assertEquals(List.of("ct", "ct -> segment.ct"), segment.decidingPath());
        assertEquals("hospital clinical identifiable", segment.carried().get(0).describe());
    }

    @Test
    void onlyADeclaredDeidentificationStepLowersIdentifiability() {
        Workflow workflow = pipeline();
        // With anonymised clinical data allowed on HPC only when not sensitive, de-identification decides.
        TrustPolicy policy = policy(rule(Sector.HOSPITAL, DataKind.CLINICAL, ResourceClass.HPC, Verdict.NON_SENSITIVE_ONLY));
        Site hpc = Fixtures.site("cluster", ResourceClass.HPC);
        Map<String, StepTrust> byStep = new java.util.HashMap<>();
        Fixtures.withChecker(c -> c.check(workflow, step -> hpc, policy)).forEach(r -> byStep.put(r.step().getName(), r));
        assertEquals(org.vitruvian.trust.Verdict.DENY, byStep.get("anonymise").verdict(), "identifiable data reaches the de-identifier itself");
        assertEquals(org.vitruvian.trust.Verdict.ALLOW, byStep.get("simulate").verdict(), byStep.get("simulate").deciding().reason());
        assertEquals("hospital clinical anonymised", byStep.get("simulate").carried().get(0).describe());
        assertEquals(List.of("ct", "ct -> anonymise.in", "anonymise de-identifies to anonymised", "anonymise.out -> simulate.mesh"),
                byStep.get("simulate").carried().get(0).path());

        workflow.getSteps().get(1).setDeidentifies(false);
        Map<String, StepTrust> without = new java.util.HashMap<>();
        Fixtures.withChecker(c -> c.check(workflow, step -> hpc, policy)).forEach(r -> without.put(r.step().getName(), r));
        assertEquals(org.vitruvian.trust.Verdict.DENY, without.get("simulate").verdict());
    }

    @Test
    void clinicalDataUnderARootDaemonOnASharedResourceIsDenied() {
        TrustPolicy policy = policy(rule(Sector.HOSPITAL, DataKind.CLINICAL, ResourceClass.PRIVATE_CLOUD, Verdict.ALLOWED));
        Site dockerOnly = Fixtures.withRuntime(Fixtures.site("docker-cloud", ResourceClass.PRIVATE_CLOUD), ContainerRuntimeKind.DOCKER, true);
        Site withApptainer = Fixtures.withRuntime(
                Fixtures.withRuntime(Fixtures.site("mixed-cloud", ResourceClass.PRIVATE_CLOUD), ContainerRuntimeKind.DOCKER, true),
                ContainerRuntimeKind.APPTAINER, false);
        Workflow workflow = pipeline();
        StepTrust denied = Fixtures.withChecker(c -> c.check(workflow, step -> dockerOnly, policy)).get(0);
        StepTrust allowed = Fixtures.withChecker(c -> c.check(workflow, step -> withApptainer, policy)).get(0);
        assertEquals(org.vitruvian.trust.Verdict.DENY, denied.verdict());
        assertTrue(denied.deciding().reason().contains("root container daemon (docker) on a shared resource"), denied.deciding().reason());
        assertEquals(org.vitruvian.trust.Verdict.ALLOW, allowed.verdict(), allowed.deciding().reason());
    }

    @Test
    void anInputWithoutADataClassIsDeniedWithWhatToSay() {
        Workflow workflow = pipeline();
        workflow.getInputs().get(0).setDataClass(null);
        StepTrust segment = Fixtures.withChecker(c -> c.check(workflow, step -> Fixtures.site("w", ResourceClass.DESK_SIDE), c.defaultPolicy())).get(0);
        assertEquals(org.vitruvian.trust.Verdict.DENY, segment.verdict());
        assertTrue(segment.deciding().reason().contains("states no dataClass"), segment.deciding().reason());
    }
}
