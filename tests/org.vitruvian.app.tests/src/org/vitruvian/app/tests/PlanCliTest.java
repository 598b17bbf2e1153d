package org.vitruvian.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.vitruvian.app.tests.CliRunner.Result;

/** 'vitruvian plan': where each step goes, why, and what it costs. */
class PlanCliTest {

    @TempDir
    Path folder;

    Path workflow;

    @BeforeEach
    void copyData() throws IOException {
        System.setProperty("vitruvian.home", folder.resolve("home").toString());
        for (String name : List.of("segment.yaml", "workflow.yaml", "hospital-policy.yaml", "certified-private-cloud.yaml")) {
            CliRunner.data("check/" + name, folder);
        }
        workflow = folder.resolve("workflow.yaml");
    }

    @AfterEach
    void restoreHome() {
        System.clearProperty("vitruvian.home");
    }

    @Test
    void withoutASiteTheStepGoesWhereItsClinicalDataMayGoAndTheCostIsEstimated() {
        Result result = CliRunner.run("plan", workflow.toString());
        assertEquals(0, result.exitCode(), result.out() + result.err());
        assertTrue(result.out().matches("(?s).*\\nsegment +metrocubo +1 +0\\.17 +0\\.00 EUR +cheapest of \\d+ that fit\\n.*"), result.out());
        assertTrue(result.out().contains("Plan ready: "), result.out());
    }

    @Test
    void onASiteTrustDeniesThePlanIsRefusedWithTheDenialAtTheStep() {
        Result result = CliRunner.run("plan", workflow.toString(), "--site", "jureca-dc");
        assertEquals(1, result.exitCode(), result.out());
        assertTrue(result.out().contains(":13:5: error: Step 'segment' on jureca-dc: Denied: "), result.out());
        assertTrue(result.out().contains("Plan refused: fix the errors above."), result.out());
    }

    @Test
    void aSiteFileAndAPolicyGivenToPlanAreUsed() {
        Result result = CliRunner.run("plan", workflow.toString(), "--site", "clinic-cloud", "--site-file",
                folder.resolve("certified-private-cloud.yaml").toString(), "--policy", folder.resolve("hospital-policy.yaml").toString(),
                "--json");
        assertEquals(0, result.exitCode(), result.out() + result.err());
        @SuppressWarnings("unchecked")
        Map<String, Object> json = (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(result.out());
        @SuppressWarnings("unchecked")
        Map<String, Object> step = ((List<Map<String, Object>>) json.get("steps")).get(0);
        assertEquals("clinic-cloud", step.get("site"));
        assertEquals("REQUESTED", step.get("placement"));
        assertEquals("ALLOW", step.get("verdict"));
        @SuppressWarnings("unchecked")
        Map<String, Object> policy = (Map<String, Object>) json.get("policy");
        assertEquals("hospital-policy", policy.get("name"));
    }
}
