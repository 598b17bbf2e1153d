package org.vitruvian.trust.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.vitruvian.model.service.DataPort;
import org.vitruvian.model.service.ServiceFactory;
import org.vitruvian.model.site.Site;
import org.vitruvian.model.trust.DataKind;
import org.vitruvian.model.trust.ResourceClass;
import org.vitruvian.model.trust.Sector;
import org.vitruvian.model.workflow.Link;
import org.vitruvian.model.workflow.Step;
import org.vitruvian.model.workflow.Workflow;
import org.vitruvian.model.workflow.WorkflowFactory;
import org.vitruvian.trust.CarriedData;
import org.vitruvian.trust.DataReach;
import org.vitruvian.trust.StepTrust;
import org.vitruvian.trust.Verdict;
import org.vitruvian.trust.internal.DataFlow;

/**
 * Following data along a long chain costs one visit per link, whatever the order the steps are
 * written in, and a deep step's path is shared with its predecessor's rather than copied.
 * Counted, not timed: the relaxation this replaced followed every link once per step per round.
 */
class DataFlowScaleTest {

    private static final int STEPS = 5_000;

    /** A chain s0 -> s1 -> ... declared last step first, the worst order for relaxing in declaration order. */
    private static Workflow reversedChain() {
        WorkflowFactory f = WorkflowFactory.eINSTANCE;
        Workflow workflow = f.createWorkflow();
        workflow.setName("chain");
        DataPort ct = ServiceFactory.eINSTANCE.createDataPort();
        ct.setName("ct");
        ct.setDataClass(Fixtures.data(Sector.HOSPITAL, DataKind.CLINICAL, true));
        workflow.getInputs().add(ct);
        for (int i = STEPS - 1; i >= 0; i--) {
            Step step = f.createStep();
            step.setName("s" + i);
            workflow.getSteps().add(step);
        }
        workflow.getLinks().add(link("ct", "s0.in"));
        for (int i = 1; i < STEPS; i++) {
            workflow.getLinks().add(link("s" + (i - 1) + ".out", "s" + i + ".in"));
        }
        return workflow;
    }

    private static Link link(String from, String to) {
        Link link = WorkflowFactory.eINSTANCE.createLink();
        link.setFrom(from);
        link.setTo(to);
        return link;
    }

    @Test
    void eachLinkIsFollowedOnceAndTheDeepestStepSeesTheDataWithItsWholePath() {
        Workflow workflow = reversedChain();
        DataFlow flow = new DataFlow(workflow);
        Map<Step, List<CarriedData>> reaching = flow.reaching();
        assertEquals(STEPS, flow.linksFollowed());
        Step last = workflow.getSteps().get(0);
        List<String> path = reaching.get(last).get(0).path();
        assertEquals(STEPS + 1, path.size());
        assertEquals("ct", path.get(0));
        assertEquals("s4998.out -> s4999.in", path.get(STEPS));
        assertEquals(List.of("ct", "ct -> s0.in", "s0.out -> s1.in", "s1.out -> s2.in", "... 4994 more ...",
                "s4996.out -> s4997.in", "s4997.out -> s4998.in", "s4998.out -> s4999.in"), CarriedData.shown(path));
    }

    @Test
    void theCheckerDecidesAnyStepOnAnySiteFromOneFollowingOfTheData() {
        Workflow workflow = reversedChain();
        Site hpc = Fixtures.site("cluster", ResourceClass.HPC);
        Site desk = Fixtures.site("desk", ResourceClass.DESK_SIDE);
        Step last = workflow.getSteps().get(0);
        StepTrust[] decided = Fixtures.withChecker(c -> {
            DataReach reach = c.reach(workflow);
            return new StepTrust[] { c.decide(last, hpc, reach, c.defaultPolicy()), c.decide(last, desk, reach, c.defaultPolicy()) };
        });
        assertEquals(Verdict.DENY, decided[0].verdict());
        assertEquals(Verdict.ALLOW, decided[1].verdict());
        @SuppressWarnings("unchecked")
        List<String> shownInJson = (List<String>) decided[0].toJsonValue().get("path");
        assertEquals(CarriedData.SHOWN_ENTRIES, shownInJson.size(), "JSON shows a long path shortened, not " + (STEPS + 1) + " links");
    }
}
