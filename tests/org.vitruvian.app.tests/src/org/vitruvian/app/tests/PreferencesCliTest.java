package org.vitruvian.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.vitruvian.app.tests.CliRunner.Result;
import org.vitruvian.preferences.VitruvianPreferences;

/**
 * The command line honours the IDE's preferences (Window > Preferences > Vitruvian): the default
 * site and policy when none is given, and an option given on the command line wins. (The home
 * and the poll interval are process-wide; releng/test.sh checks them through ./vitruvian.)
 */
class PreferencesCliTest {

    @TempDir
    Path folder;

    private Path workflow;
    private Path policy;

    @BeforeEach
    void aHomeAndPreferencesOfTheTestsOwn() throws IOException {
        System.setProperty("vitruvian.home", folder.resolve("home").toString());
        System.setProperty("vitruvian.preferences", folder.resolve("config/preferences.properties").toString());
        for (String name : List.of("segment.yaml", "workflow.yaml", "hospital-policy.yaml")) {
            CliRunner.data("check/" + name, folder);
        }
        Files.createDirectories(folder.resolve("home/sites"));
        CliRunner.data("check/certified-private-cloud.yaml", folder.resolve("home/sites"));
        workflow = folder.resolve("workflow.yaml");
        policy = folder.resolve("hospital-policy.yaml");
    }

    @AfterEach
    void forget() {
        System.clearProperty("vitruvian.home");
        System.clearProperty("vitruvian.preferences");
    }

    @Test
    void withoutPreferencesCheckNeedsASite() {
        Result result = CliRunner.run("check", workflow.toString());
        assertEquals(2, result.exitCode(), result.out() + result.err());
        assertTrue(result.err().contains("Missing required option: '--site=ID' (or choose a default site in the IDE: "
                + "Window > Preferences > Vitruvian)"), result.err());
    }

    @Test
    void theDefaultSiteAndPolicyHoldWhenNoneIsGiven() {
        new VitruvianPreferences(null, policy, "clinic-cloud", Duration.ofMillis(300)).save();
        Result result = CliRunner.run("check", workflow.toString(), "--json");
        // The clinic's cloud is denied by the built-in policy and allowed by the hospital's.
        assertEquals(0, result.exitCode(), result.out() + result.err());
        Map<String, Object> json = json(result);
        assertEquals("clinic-cloud", json.get("site"));
        assertEquals("hospital-policy", policyName(json));
    }

    @Test
    void anOptionOnTheCommandLineWinsOverThePreference() throws IOException {
        Path preferred = folder.resolve("preferred-policy.yaml");
        Files.writeString(preferred, Files.readString(policy).replace("name: hospital-policy", "name: preferred-policy"));
        new VitruvianPreferences(null, preferred, "clinic-cloud", null).save();
        Result result = CliRunner.run("check", workflow.toString(), "--site", "jureca-dc", "--json");
        assertEquals(1, result.exitCode(), "hospital clinical data is denied on HPC by either policy: " + result.out());
        assertEquals("jureca-dc", json(result).get("site"));
        assertEquals("preferred-policy", policyName(json(result)));

        Result withPolicy = CliRunner.run("plan", workflow.toString(), "--site", "metrocubo", "--policy", policy.toString(), "--json");
        assertEquals("hospital-policy", policyName(json(withPolicy)), withPolicy.out() + withPolicy.err());
        Result planDefault = CliRunner.run("plan", workflow.toString(), "--site", "metrocubo", "--json");
        assertEquals("preferred-policy", policyName(json(planDefault)), planDefault.out() + planDefault.err());
    }

    @Test
    void aBrokenPreferencesFileIsNamedAndIgnored() throws IOException {
        Path file = VitruvianPreferences.file();
        Files.createDirectories(file.getParent());
        Files.writeString(file, "defaultSite=clinic-cloud\npollMillis=soon\n");
        Result result = CliRunner.run("check", workflow.toString(), "--site", "metrocubo");
        assertEquals(0, result.exitCode(), result.out() + result.err());
        assertTrue(result.err().contains("vitruvian: warning: " + file + ":2: pollMillis is 'soon'"), result.err());
        assertTrue(result.out().contains("checked on metrocubo"), result.out());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(Result result) {
        return (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(result.out());
    }

    @SuppressWarnings("unchecked")
    private static String policyName(Map<String, Object> json) {
        return String.valueOf(((Map<String, Object>) json.get("policy")).get("name"));
    }
}
