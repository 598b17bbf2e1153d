package org.vitruvian.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitruvian.app.tests.CliRunner.Result;
import org.vitruvian.core.services.ServiceHandle;
import org.vitruvian.core.services.Services;
import org.vitruvian.model.yaml.ModelService;

/** Workflow, TOSCA, workflow gives an equal model, for every valid example workflow (tosca generate, then tosca import). */
class ToscaRoundTripCliTest {

    @TempDir
    Path folder;

    private static List<Path> exampleWorkflows() throws IOException {
        Path examples = Path.of(System.getProperty("vitruvian.repo")).toAbsolutePath().normalize().resolve("examples");
        List<Path> workflows = new ArrayList<>();
        try (Stream<Path> files = Files.walk(examples)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml") && !f.toString().contains("/invalid/")
                    && !f.toString().contains("/site-plugin/")).sorted().toList()) {
                if (Files.readString(file).lines().anyMatch(l -> l.equals("kind: Workflow"))) {
                    workflows.add(file);
                }
            }
        }
        return workflows;
    }

    @Test
    void everyExampleWorkflowComesBackEqual() throws IOException {
        List<Path> workflows = exampleWorkflows();
        assertTrue(workflows.size() >= 5, "found " + workflows);
        List<String> different = new ArrayList<>();
        try (ServiceHandle<ModelService> models = Services.await(ToscaRoundTripCliTest.class, ModelService.class)) {
            for (Path workflow : workflows) {
                String name = workflow.getParent().getFileName() + "-" + workflow.getFileName().toString().replace(".yaml", "");
                Path tosca = folder.resolve(name + ".tosca.yaml");
                Path back = folder.resolve(name + ".yaml");
                Result generate = CliRunner.run("tosca", "generate", workflow.toString(), "-o", tosca.toString());
                assertEquals(0, generate.exitCode(), workflow + ": " + generate.out() + generate.err());
                Result validate = CliRunner.run("validate", tosca.toString());
                assertEquals(0, validate.exitCode(), workflow + ": " + validate.out());
                Result imported = CliRunner.run("tosca", "import", tosca.toString(), "-o", back.toString());
                assertEquals(0, imported.exitCode(), workflow + ": " + imported.out() + imported.err());
                // Both in one resource set, so that both refer to the same service definitions.
                ModelService.ModelSet set = models.get().load(List.of(workflow, back));
                EObject original = set.models().get(0).root();
                EObject again = set.models().get(1).root();
                if (!EcoreUtil.equals(original, again)) {
                    different.add(workflow + "\n--- imported:\n" + Files.readString(back));
                }
            }
        }
        assertTrue(different.isEmpty(), String.join("\n\n", different));
    }
}
