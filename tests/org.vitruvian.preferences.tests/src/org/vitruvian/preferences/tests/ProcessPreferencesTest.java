package org.vitruvian.preferences.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitruvian.core.VitruvianHome;
import org.vitruvian.preferences.ProcessPreferences;
import org.vitruvian.preferences.VitruvianPreferences;

/** The order the IDE and the command line share: what the process was given, then the preferences, then the defaults. */
class ProcessPreferencesTest {

    @TempDir
    Path folder;

    @AfterEach
    void forget() {
        // An empty preference clears what an earlier apply set; then nothing of this test is left.
        ProcessPreferences.apply(VitruvianPreferences.DEFAULTS, Map.of());
        System.clearProperty("vitruvian.pollMillis");
        System.clearProperty("vitruvian.home");
    }

    @Test
    void theHomePreferenceHoldsWhenNothingElseChoseOne() {
        VitruvianPreferences chosen = new VitruvianPreferences(folder.resolve("my home"), null, null, Duration.ofMillis(250));
        ProcessPreferences.apply(chosen, Map.of());
        assertEquals(folder.resolve("my home"), VitruvianHome.path());
        assertEquals(Duration.ofMillis(250), ProcessPreferences.pollInterval(Map.of()));

        // Cleared in the IDE's page: back to the usual rule.
        ProcessPreferences.apply(VitruvianPreferences.DEFAULTS, Map.of());
        assertNull(System.getProperty("vitruvian.home"));
    }

    @Test
    void theEnvironmentWinsOverThePreferences() {
        VitruvianPreferences chosen = new VitruvianPreferences(folder.resolve("preferred"), null, null, Duration.ofMillis(250));
        ProcessPreferences.apply(chosen, Map.of("VITRUVIAN_HOME", folder.resolve("given").toString(), "VITRUVIAN_POLL_MS", "80"));
        assertNull(System.getProperty("vitruvian.home"), "VitruvianHome then reads VITRUVIAN_HOME");
        assertEquals(Duration.ofMillis(80), ProcessPreferences.pollInterval(Map.of("VITRUVIAN_POLL_MS", "80")));
    }

    @Test
    void aHomeGivenWithMinusDWinsOverThePreference() {
        System.setProperty("vitruvian.home", folder.resolve("given").toString());
        ProcessPreferences.apply(new VitruvianPreferences(folder.resolve("preferred"), null, null, null), Map.of());
        assertEquals(folder.resolve("given"), VitruvianHome.path());
    }

    @Test
    void withNothingSetTheCommandLinePollsEverySecond() {
        assertEquals(Duration.ofSeconds(1), ProcessPreferences.pollInterval(Map.of()));
    }

    @Test
    void anOptionGivenWinsOverTheDefaultSiteAndPolicy() {
        VitruvianPreferences chosen = new VitruvianPreferences(null, folder.resolve("policy.yaml"), "metrocubo", null);
        assertEquals("metrocubo", chosen.siteOr(null));
        assertEquals("jureca-dc", chosen.siteOr("jureca-dc"));
        assertEquals(folder.resolve("policy.yaml"), chosen.policyOr(null));
        assertEquals(folder.resolve("mine.yaml"), chosen.policyOr(folder.resolve("mine.yaml")));
        assertNull(VitruvianPreferences.DEFAULTS.siteOr(null));
    }
}
