package org.vitruvian.preferences.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitruvian.core.VitruvianException;
import org.vitruvian.preferences.VitruvianPreferences;

/** The preferences file the IDE's page writes and headless code reads. */
class VitruvianPreferencesTest {

    @TempDir
    Path folder;

    private Path file;

    @BeforeEach
    void aFileOfTheTestsOwn() {
        file = folder.resolve("config").resolve("preferences.properties");
        System.setProperty("vitruvian.preferences", file.toString());
    }

    @AfterEach
    void forget() {
        System.clearProperty("vitruvian.preferences");
    }

    @Test
    void withoutAFileTheDefaultsHold() {
        assertEquals(VitruvianPreferences.DEFAULTS, VitruvianPreferences.load());
        assertEquals(Duration.ofSeconds(1), VitruvianPreferences.load().pollInterval(), "as the CLI polls");
    }

    @Test
    void whatIsSavedIsReadBack() {
        VitruvianPreferences chosen = new VitruvianPreferences(folder.resolve("home with space"), folder.resolve("policy.yaml"),
                "jureca-dc", Duration.ofMillis(2500));
        chosen.save();
        assertTrue(Files.isRegularFile(file));
        assertEquals(chosen, VitruvianPreferences.load());
    }

    @Test
    void aBadPollIntervalIsRefusedNamingTheFileAndLine() throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "# mine\ndefaultSite=local\npollMillis=fast\n");
        VitruvianException refused = assertThrows(VitruvianException.class, VitruvianPreferences::load);
        assertTrue(refused.getMessage().startsWith(file + ":3: pollMillis is 'fast'"), refused.getMessage());
    }
}
