package org.vitruvian.tosca.workflow.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitruvian.core.VitruvianException;
import org.vitruvian.core.diagnostics.Diagnostic;
import org.vitruvian.core.services.ServiceHandle;
import org.vitruvian.core.services.Services;
import org.vitruvian.model.workflow.Workflow;
import org.vitruvian.model.yaml.ModelService;
import org.vitruvian.tosca.ToscaDocument;
import org.vitruvian.tosca.ToscaService;
import org.vitruvian.tosca.workflow.ToscaToWorkflow;
import org.vitruvian.tosca.workflow.WorkflowToTosca;

/** What a CSAR of a workflow holds, and what the importer makes of it, through the services the CLI and IDE use. */
class CsarPackingTest {

    private static ServiceHandle<ModelService> models;
    private static ServiceHandle<ToscaService> tosca;
    private static ServiceHandle<WorkflowToTosca> generator;
    private static ServiceHandle<ToscaToWorkflow> importer;

    @TempDir
    Path folder;

    @BeforeAll
    static void services() {
        models = Services.await(CsarPackingTest.class, ModelService.class);
        tosca = Services.await(CsarPackingTest.class, ToscaService.class);
        generator = Services.await(CsarPackingTest.class, WorkflowToTosca.class);
        importer = Services.await(CsarPackingTest.class, ToscaToWorkflow.class);
    }

    @AfterAll
    static void release() {
        for (ServiceHandle<?> handle : List.of(models, tosca, generator, importer)) {
            handle.close();
        }
    }

    private static Path example(String path) {
        return Path.of(System.getProperty("vitruvian.repo")).toAbsolutePath().normalize().resolve("examples").resolve(path);
    }

    private static Workflow load(Path file) {
        ModelService.ModelSet set = models.get().load(List.of(file));
        assertFalse(set.hasErrors(), file + " loads clean");
        return (Workflow) set.models().get(0).root();
    }

    private static WorkflowToTosca.Options options() {
        return new WorkflowToTosca.Options("local", new WorkflowToTosca.SiteKind(WorkflowToTosca.SiteKind.SITE, null, null),
                WorkflowToTosca.Version.of("1.3"), null);
    }

    @Test
    void theArchiveHoldsTheWorkflowsFolderAsItIsAndChecksCleanOnItsOwn() throws IOException {
        Path csar = folder.resolve("bone.csar");
        Files.write(csar, generator.get().csar(load(example("bone-strength/workflow.yaml")), options()));

        List<Diagnostic> problems = new ArrayList<>();
        Map<String, byte[]> files = tosca.get().archiveFiles(csar, "bone.csar", problems);
        assertTrue(problems.isEmpty(), problems.toString());
        // Services and the recipe at their places relative to the workflow, so 'defaultRecipe: ../recipe.yaml' still holds.
        for (String service : List.of("ct-phantom", "calibrate", "segment", "mesh", "solve", "strength")) {
            assertTrue(files.containsKey("Files/services/" + service + ".yaml"), files.keySet().toString());
        }
        assertTrue(files.containsKey("Files/recipe.yaml"), files.keySet().toString());
        assertEquals(Files.readString(example("bone-strength/services/mesh.yaml")),
                new String(files.get("Files/services/mesh.yaml"), java.nio.charset.StandardCharsets.UTF_8));

        // Every artifact the nodes name is in the archive: the loader reports a missing one as an error.
        ToscaDocument document = tosca.get().load(csar, "bone.csar");
        assertFalse(document.hasErrors(), document.diagnostics().toString());
    }

    @Test
    void aServiceOutsideTheWorkflowsFolderIsNamedNotSilentlyDropped() throws IOException {
        // The invalid examples import their services from ../bone-strength: a CSAR cannot hold them at that path.
        Path workflow = folder.resolve("flows/outside.yaml");
        Files.createDirectories(workflow.getParent());
        Files.writeString(workflow, """
                apiVersion: vitruvian/v1
                kind: Workflow
                name: outside
                imports:
                  - %s
                steps:
                  - name: mesh
                    service: { id: mesh }
                """.formatted(example("bone-strength/services/mesh.yaml")));
        Workflow model = models.get().load(List.of(workflow)).models().get(0).root() instanceof Workflow w ? w : null;
        VitruvianException refused = assertThrows(VitruvianException.class, () -> generator.get().csar(model, options()));
        assertTrue(refused.getMessage().contains("mesh.yaml") && refused.getMessage().contains("outside the workflow's folder"),
                refused.getMessage());
    }

    @Test
    void theImporterGivesTheArchivesFilesRelativeToTheNewWorkflow() throws IOException {
        Path csar = folder.resolve("bone.csar");
        Files.write(csar, generator.get().csar(load(example("bone-strength/workflow.yaml")), options()));

        ToscaToWorkflow.Result result = importer.get().toWorkflow(csar, "bone.csar", folder.resolve("again/workflow.yaml"));
        assertTrue(result.diagnostics().stream().noneMatch(Diagnostic::isError), result.diagnostics().toString());
        assertEquals(6, result.workflow().getSteps().size());
        assertTrue(result.files().containsKey("services/solve.yaml"), result.files().keySet().toString());
        assertTrue(result.files().containsKey("recipe.yaml"), result.files().keySet().toString());
        assertTrue(result.files().keySet().stream().noneMatch(f -> f.startsWith("Files/") || f.startsWith("TOSCA-Metadata")
                || f.startsWith("Definitions/")), "only the workflow's own files: " + result.files().keySet());
    }

    @Test
    void aTopologyWithoutSimulationServicesIsNoWorkflow() throws IOException {
        Path file = folder.resolve("plain.yaml");
        Files.writeString(file, """
                tosca_definitions_version: tosca_simple_yaml_1_3
                topology_template:
                  node_templates:
                    server:
                      type: tosca.nodes.Compute
                """);
        ToscaToWorkflow.Result result = importer.get().toWorkflow(file, "plain.yaml", folder.resolve("w.yaml"));
        assertNull(result.workflow());
        assertTrue(result.diagnostics().stream().anyMatch(d -> d.isError() && d.code().equals("tosca.import.no-steps")),
                result.diagnostics().toString());
    }
}
