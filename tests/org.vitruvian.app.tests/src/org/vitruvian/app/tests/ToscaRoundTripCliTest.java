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

    @Test
    void everyExampleWorkflowComesBackFromItsCsarWithItsFiles() throws IOException {
        List<String> different = new ArrayList<>();
        try (ServiceHandle<ModelService> models = Services.await(ToscaRoundTripCliTest.class, ModelService.class)) {
            for (Path workflow : exampleWorkflows()) {
                String name = workflow.getParent().getFileName() + "-" + workflow.getFileName().toString().replace(".yaml", "");
                Path csar = folder.resolve(name + ".csar");
                Result generate = CliRunner.run("tosca", "generate", workflow.toString(), "--csar", csar.toString());
                assertEquals(0, generate.exitCode(), workflow + ": " + generate.out() + generate.err());
                // Into a folder of its own, away from the examples: the archive must carry every file the workflow needs.
                Path back = folder.resolve(name).resolve(workflow.getFileName());
                Files.createDirectories(back.getParent());
                Result imported = CliRunner.run("tosca", "import", csar.toString(), "-o", back.toString());
                assertEquals(0, imported.exitCode(), workflow + ": " + imported.out() + imported.err());

                ModelService.ModelSet original = models.get().load(List.of(workflow));
                ModelService.ModelSet again = models.get().load(List.of(back));
                assertTrue(!again.hasErrors(), workflow + ": the imported workflow checks clean");
                if (!asWritten(original, workflow).equals(Files.readString(back))) {
                    different.add(workflow + "\n--- imported:\n" + Files.readString(back));
                }
                for (org.vitruvian.model.service.ServiceDefinition service : ((org.vitruvian.model.workflow.Workflow) original.models()
                        .get(0).root()).getImports()) {
                    Path source = Path.of(service.eResource().getURI().toFileString());
                    Path copy = back.getParent().resolve(workflow.getParent().relativize(source));
                    assertTrue(Files.isRegularFile(copy), workflow + ": " + copy + " was unpacked");
                    assertEquals(Files.readString(source), Files.readString(copy), copy + " is the service definition as it was");
                }
            }
        }
        assertTrue(different.isEmpty(), String.join("\n\n", different));
    }

    @Test
    void anImportThatWouldOverwriteADifferentFileWritesNothing() throws IOException {
        Path workflow = Path.of(System.getProperty("vitruvian.repo")).toAbsolutePath().normalize()
                .resolve("examples/bone-strength/workflow.yaml");
        Path csar = folder.resolve("bone.csar");
        assertEquals(0, CliRunner.run("tosca", "generate", workflow.toString(), "--csar", csar.toString()).exitCode());
        Path target = folder.resolve("mine");
        Path mine = target.resolve("services/mesh.yaml");
        Files.createDirectories(mine.getParent());
        Files.writeString(mine, "# my own mesh service, not the archive's\n");

        Result imported = CliRunner.run("tosca", "import", csar.toString(), "-o", target.resolve("workflow.yaml").toString());
        assertEquals(1, imported.exitCode(), imported.out() + imported.err());
        assertTrue(imported.err().contains("services/mesh.yaml exists with other content"), imported.err());
        assertEquals("# my own mesh service, not the archive's\n", Files.readString(mine), "the user's file is untouched");
        try (Stream<Path> written = Files.walk(target)) {
            assertEquals(List.of(mine), written.filter(Files::isRegularFile).toList(), "nothing else was written");
        }
    }

    /** The workflow as Vitruvian's writer puts it in its own file: what an import is compared with. */
    private static String asWritten(ModelService.ModelSet set, Path file) {
        org.vitruvian.model.yaml.YamlResource resource = new org.vitruvian.model.yaml.YamlResource(
                org.eclipse.emf.common.util.URI.createFileURI(file.toAbsolutePath().normalize().toString()));
        resource.getContents().add(set.models().get(0).root());
        return resource.toYaml();
    }
}
