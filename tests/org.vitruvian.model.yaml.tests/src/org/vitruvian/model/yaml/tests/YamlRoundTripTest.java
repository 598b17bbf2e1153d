package org.vitruvian.model.yaml.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitruvian.model.workflow.Step;
import org.vitruvian.model.workflow.Workflow;
import org.vitruvian.model.yaml.YamlResource;

class YamlRoundTripTest {

    @TempDir
    Path folder;

    @Test
    void savingWhatWasLoadedGivesTheSameTextEveryTime() throws IOException {
        for (String name : List.of("recipe.yaml", "service.yaml", "workflow.yaml")) {
            Path original = Models.data(folder, name);
            String once = Models.read(original).toYaml();
            Path saved = Models.write(folder, "again-" + name, once);
            String twice = Models.read(saved).toYaml();
            assertEquals(once, twice, name);
            // The test data is written the way the writer writes, so it comes back unchanged too.
            assertEquals(Files.readString(original), once, name);
        }
    }

    @Test
    void referencesSurviveTheRoundTripByNameAndByRelativePath() throws IOException {
        Models.data(folder, "recipe.yaml");
        Models.data(folder, "service.yaml");
        Workflow workflow = (Workflow) Models.root(Models.data(folder, "workflow.yaml"));
        Step segment = workflow.getSteps().get(0);
        assertEquals(workflow.getParameters().get(0), segment.getParameters().get(0).getBind());
        assertEquals("bone.segment", workflow.getImports().get(0).getId());
        assertEquals("recipe.yaml", EcoreUtil.getURI(workflow.getImports().get(0).getDefaultRecipe()).trimFragment().lastSegment());
        assertEquals(8L * 1024 * 1024 * 1024, segment.getResources().getMemory());
        assertEquals(java.time.Duration.ofMinutes(90), segment.getResources().getWalltime());
    }

    @Test
    void textThatLooksLikeANumberStaysText() throws IOException {
        Path file = Models.write(folder, "r.yaml", """
                apiVersion: vitruvian/v1
                kind: ContainerRecipe
                name: r
                base: {image: 'debian:12', glibc: '2.30'}
                environment: {A: 'true', B: '010', C: "it's \\"quoted\\""}
                """);
        YamlResource resource = Models.read(file);
        assertTrue(resource.getErrors().isEmpty(), resource.getErrors().toString());
        String text = resource.toYaml();
        Path again = Models.write(folder, "r2.yaml", text);
        EObject reread = Models.root(again);
        assertTrue(EcoreUtil.equals(resource.getContents().get(0), reread), text);
        assertTrue(text.contains("glibc: '2.30'"), text);
        assertTrue(text.contains("A: 'true'"), text);
    }
}
