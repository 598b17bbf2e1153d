package org.vitruvian.services.mriheating.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.vitruvian.services.mriheating.internal.CommandLine;

/** The example's service definitions call the jar with options it takes, and name the versions it says it implements. */
class ServiceDefinitionsTest {

    @SuppressWarnings("unchecked")
    @Test
    void everyServiceCommandUsesOnlyOptionsItsStageTakes() throws Exception {
        String repo = System.getProperty("vitruvian.repo");
        assertNotNull(repo, "the build passes the checkout to tests as -Dvitruvian.repo");
        Path services = Path.of(repo, "examples/mri-rf-heating/services");
        List<Path> files;
        try (var list = Files.list(services)) {
            files = list.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
        assertEquals(4, files.size(), files.toString());
        for (Path file : files) {
            Map<String, Object> service = (Map<String, Object>) new Load(LoadSettings.builder().build())
                    .loadFromString(Files.readString(file));
            String id = (String) service.get("id");
            assertEquals(CommandLine.SERVICES.get(id), service.get("version"), file + ": version of " + id);
            List<String> command = (List<String>) service.get("command");
            assertEquals("/opt/vitruvian/mriheating.jar", command.get(2), file.toString());
            List<String> options = CommandLine.options(command.get(3));
            assertFalse(options.isEmpty(), file + ": unknown stage " + command.get(3));
            for (String word : command.subList(4, command.size())) {
                if (word.startsWith("--")) {
                    assertTrue(options.contains(word.substring(2)), file + ": " + word + " is not an option of " + command.get(3));
                }
            }
        }
    }
}
