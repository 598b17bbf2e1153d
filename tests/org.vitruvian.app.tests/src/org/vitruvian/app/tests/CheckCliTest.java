package org.vitruvian.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
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

/** 'vitruvian check': trust and compatibility of a workflow's steps where they are placed. */
class CheckCliTest {

    @TempDir
    Path folder;

    Path workflow;

    @BeforeEach
    void copyData() throws IOException {
        System.setProperty("vitruvian.home", folder.resolve("home").toString());
        for (String name : List.of("segment.yaml", "workflow.yaml", "hospital-policy.yaml")) {
            CliRunner.data("check/" + name, folder);
        }
        workflow = folder.resolve("workflow.yaml");
    }

    @AfterEach
    void restoreHome() {
        System.clearProperty("vitruvian.home");
    }

    private Result check(String site, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("check", workflow.toString(), "--site", site));
        args.addAll(List.of(more));
        return CliRunner.run(args.toArray(String[]::new));
    }

    @Test
    void hospitalClinicalDataIsAllowedOnTheDeskSide() {
        Result result = check("metrocubo");
        assertEquals(0, result.exitCode(), result.out() + result.err());
        assertTrue(result.out().contains("1 step(s) checked on metrocubo: 0 denied by trust"), result.out());
    }

    @Test
    void hospitalClinicalDataIsDeniedOnPrivateCloudPublicCloudAndHpcWithThePathThatCarriedIt() {
        for (String site : List.of("galileo100-cloud", "aws-ec2", "jureca-dc")) {
            Result result = check(site);
            assertEquals(1, result.exitCode(), site + ": " + result.out());
            assertTrue(result.out().contains(":13:5: error: Step 'segment' on " + site + ": Denied: trust in hospital clinical "
                    + "identifiable data on "), result.out());
            assertTrue(result.out().contains("data path: ct, ct -> segment.ct [trust.deny]"), result.out());
            assertTrue(result.out().contains("would be allowed and compatible on: "), result.out());
        }
    }

    @Test
    void confidentialIndustryDataIsDeniedOnHpcAndAllowedWhenNotConfidential() throws IOException {
        String confidential = Files.readString(workflow).replace("{kind: clinical, owner: hospital}",
                "{kind: scientific, owner: industry, confidential: true}");
        Files.writeString(workflow, confidential);
        Result denied = check("jureca-dc");
        assertEquals(1, denied.exitCode(), denied.out());
        assertTrue(denied.out().contains("allows only non-sensitive data here, and this is industry scientific confidential data"),
                denied.out());

        Files.writeString(workflow, confidential.replace("confidential: true", "confidential: false"));
        Result allowed = check("jureca-dc");
        assertEquals(0, allowed.exitCode(), allowed.out());
    }

    @Test
    void aPolicyAcceptingTheSitesCertificationAllowsAndIsNamedByItsHash() throws IOException {
        Files.createDirectories(folder.resolve("home/sites"));
        CliRunner.data("check/certified-private-cloud.yaml", folder.resolve("home/sites"));
        Path policy = folder.resolve("hospital-policy.yaml");

        Result withDefault = check("clinic-cloud");
        assertEquals(1, withDefault.exitCode(), withDefault.out());

        Result withPolicy = check("clinic-cloud", "--policy", policy.toString(), "--json");
        assertEquals(0, withPolicy.exitCode(), withPolicy.out());
        @SuppressWarnings("unchecked")
        Map<String, Object> json = (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(withPolicy.out());
        @SuppressWarnings("unchecked")
        Map<String, Object> policyInfo = (Map<String, Object>) json.get("policy");
        assertEquals("hospital-policy", policyInfo.get("name"));
        assertEquals(64, String.valueOf(policyInfo.get("sha256")).length());
        @SuppressWarnings("unchecked")
        Map<String, Object> trust = (Map<String, Object>) ((List<Map<String, Object>>) json.get("steps")).get(0).get("trust");
        assertEquals("ALLOW", trust.get("verdict"));
        @SuppressWarnings("unchecked")
        Map<String, Object> decision = (Map<String, Object>) trust.get("decision");
        assertEquals("hospital-clinical-private-cloud", decision.get("rule"));
        assertTrue(String.valueOf(decision.get("reason")).contains("holds 'hospital-dpa', which the rule accepts"), decision.toString());
    }

    @Test
    void anUnknownSiteIsAnErrorListingTheKnownOnes() {
        Result result = check("nowhere");
        assertEquals(1, result.exitCode());
        assertTrue(result.err().contains("No site 'nowhere'; known: "), result.err());
    }
}
