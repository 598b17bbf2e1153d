package org.vitruvian.language.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.junit.jupiter.api.Test;
import org.vitruvian.language.DocumentEdits;
import org.vitruvian.language.EditException;
import org.vitruvian.language.LanguageDocument;
import org.vitruvian.language.ModelPath;
import org.vitruvian.language.TextEdit;
import org.vitruvian.model.service.ServicePackage;
import org.vitruvian.model.site.Site;
import org.vitruvian.model.workflow.Link;
import org.vitruvian.model.workflow.Step;
import org.vitruvian.model.workflow.Workflow;
import org.vitruvian.model.workflow.WorkflowFactory;

/** Edits of a hand-written, commented workflow change only what they edit, and read back as intended. */
class DocumentEditsTest {

    private static final URI FILE = URI.createFileURI("/models/commented-workflow.yaml");
    private final String original = TestData.read("commented-workflow.yaml");

    private Workflow reread(String text) {
        LanguageDocument document = new LanguageDocument(FILE, text);
        assertEquals(List.of(), document.readDiagnostics(), "the edited text reads without problems:\n" + text);
        return (Workflow) document.root();
    }

    private static Step step(Workflow workflow, String name) {
        return workflow.getSteps().stream().filter(s -> name.equals(s.getName())).findFirst().orElseThrow();
    }

    /** Lines of {@code after} that are not in {@code before}, in order. */
    private static List<String> added(String before, String after) {
        List<String> old = before.lines().toList();
        return after.lines().filter(line -> !old.contains(line)).toList();
    }

    private static List<String> removed(String before, String after) {
        List<String> now = after.lines().toList();
        return before.lines().filter(line -> !now.contains(line)).toList();
    }

    @Test
    void settingAScalarChangesOnlyItsCharactersAndKeepsTheTrailingComment() {
        List<TextEdit> edits = DocumentEdits.of(original).set("steps[mesh].resources.cores", 8);
        assertEquals(1, edits.size());
        assertEquals(1, edits.get(0).length(), "only the digit is replaced");
        String after = TextEdit.apply(original, edits);
        assertEquals(List.of("      cores: 8      # two are enough for the phantom"), added(original, after));
        assertEquals(8, step(reread(after), "mesh").getResources().getCores());
    }

    @Test
    void quotingOfAValueIsKept() {
        String after = DocumentEdits.of(original).apply(DocumentEdits.of(original).set("steps[calibrate].service.version", "1.1.0"));
        assertEquals(List.of("    service: {id: bone.calibrate, version: '1.1.0'}"), added(original, after));
        String version = DocumentEdits.of(original).apply(DocumentEdits.of(original).set("version", "2.0.0"));
        assertEquals(List.of("version: \"2.0.0\""), added(original, version));
        assertEquals("2.0.0", reread(version).getVersion());
    }

    @Test
    void aNewStringThatLooksLikeANumberIsQuotedAndANumberIsNot() {
        String after = DocumentEdits.of(original).apply(DocumentEdits.of(original).set("steps[mesh].service.version", "2.0"));
        assertEquals(List.of("      version: \"2.0\""), added(original, after));
        assertEquals("2.0", step(reread(after), "mesh").getService().getVersion());
    }

    @Test
    void aMissingKeyAndTheMappingAboveItAreAddedInMetamodelOrderIndentedLikeTheFile() {
        List<TextEdit> edits = DocumentEdits.of(original).set("steps[calibrate].resources.cores", 4);
        assertEquals(List.of(TextEdit.insert(original.indexOf("\n", original.indexOf("bone.calibrate")) + 1, "    resources:\n      cores: 4\n")),
                edits);
        String after = TextEdit.apply(original, edits);
        assertEquals(List.of(), removed(original, after));
        assertTrue(after.contains("version: '1.0.0'}\n    resources:\n      cores: 4\n\n  # Meshing"), after);
        assertEquals(4, step(reread(after), "calibrate").getResources().getCores());
        assertEquals(TestData.comments(original), TestData.comments(after));
    }

    @Test
    void aNewKeyGoesAfterTheKeysTheMetamodelPutsBeforeIt() {
        // Step's features: name, service, execution, parameters, resources, recipe, site, retries, ...
        String after = DocumentEdits.of(original).apply(DocumentEdits.of(original).set("steps[solve].site", "local"));
        assertTrue(after.contains("        bind: body-mass\n    site: local\n    retries: 1\n"), after);
        assertEquals("local", step(reread(after), "solve").getSite());
    }

    @Test
    void aLinkIsAddedInTheFlowStyleOfTheOtherLinks() {
        Map<String, Object> link = new LinkedHashMap<>();
        link.put("from", "solve.strains");
        link.put("to", "mesh.check");
        String after = DocumentEdits.of(original).apply(DocumentEdits.of(original).add("links", link));
        assertEquals(List.of("  - {from: solve.strains, to: mesh.check}"), added(original, after));
        assertTrue(after.endsWith("  - {from: solve.strains, to: strain-field}\n  - {from: solve.strains, to: mesh.check}\n"), after);
        Workflow workflow = reread(after);
        Link last = workflow.getLinks().get(workflow.getLinks().size() - 1);
        assertEquals("mesh.check", last.getTo());
    }

    @Test
    void aStepGivenAsAnEObjectIsAddedAsBlockLinesAfterABlankLineLikeItsNeighbours() {
        Step step = WorkflowFactory.eINSTANCE.createStep();
        step.setName("strength");
        step.setService(WorkflowFactory.eINSTANCE.createServiceRef());
        step.getService().setId("bone.strength");
        step.getService().setVersion("1.x");
        String after = DocumentEdits.of(original).apply(DocumentEdits.of(original).add("steps", step));
        assertTrue(after.contains("    retries: 1\n\n  - name: strength\n    service:\n      id: bone.strength\n      version: 1.x\n\nlinks:"),
                after);
        assertEquals("bone.strength", step(reread(after), "strength").getService().getId());
        assertEquals(TestData.comments(original), TestData.comments(after));
    }

    @Test
    void removingAStepTakesItsLinesAndOneOfTheBlankLinesAroundIt() {
        String after = DocumentEdits.of(original).apply(DocumentEdits.of(original).remove("steps[calibrate]"));
        assertEquals(List.of("  - name: calibrate", "    service: {id: bone.calibrate, version: '1.0.0'}"), removed(original, after));
        assertTrue(after.contains("version: 1.x}\n\n  # Meshing"), after);
        assertEquals(3, reread(after).getSteps().size());
    }

    @Test
    void removingAKeyAndALinkLeavesTheRestAsWritten() {
        DocumentEdits edits = DocumentEdits.of(original);
        String after = edits.apply(edits.remove("steps[mesh].resources.cores"));
        assertEquals(List.of("      cores: 2      # two are enough for the phantom"), removed(original, after));
        assertNull(step(reread(after), "mesh").getResources().getCores());
        String noLink = edits.apply(edits.remove(ModelPath.parse("links[from=calibrate.density]")));
        assertEquals(List.of("  - {from: calibrate.density, to: mesh.density}   # calibrated density"), removed(original, noLink));
        assertEquals(3, reread(noLink).getLinks().size());
        String flowKey = edits.apply(edits.remove("steps[ct-phantom].service.version"));
        assertEquals(List.of("    service: {id: bone.ct-phantom}"), added(original, flowKey));
    }

    @Test
    void theLastItemOfAListLeavesAnEmptyList() {
        String after = DocumentEdits.of(original).apply(DocumentEdits.of(original).remove("outputs[strain-field]"));
        assertTrue(after.contains("outputs: []\n\n# The stages"), after);
    }

    @Test
    void renamingAStepRenamesItsLinkEndpoints() {
        String after = DocumentEdits.of(original).apply(DocumentEdits.of(original).rename("steps[mesh]", "voxel-mesh"));
        assertEquals(List.of("  - name: voxel-mesh", "  - {from: calibrate.density, to: voxel-mesh.density}   # calibrated density",
                "  - {from: voxel-mesh.model, to: solve.model}"), added(original, after));
        Workflow workflow = reread(after);
        assertEquals("voxel-mesh", workflow.getSteps().get(2).getName());
        assertEquals(0, workflow.getLinks().stream().filter(l -> l.getFrom().startsWith("mesh.") || l.getTo().startsWith("mesh.")).count());
    }

    @Test
    void renamingAParameterRenamesItsBindings() {
        String after = DocumentEdits.of(original).apply(DocumentEdits.of(original).rename("parameters[body-mass]", "mass"));
        assertEquals(List.of("  - name: mass", "        bind: mass"), added(original, after));
        Workflow workflow = reread(after);
        assertEquals("mass", step(workflow, "solve").getParameters().get(0).getBind().getName());
    }

    @Test
    void aMistypedKeyIsRenamed() {
        String typo = original.replace("    retries: 1\n", "    retrys: 1\n");
        LanguageDocument document = new LanguageDocument(FILE, typo);
        assertEquals("yaml.unknown-key", document.readDiagnostics().get(0).code());
        document.apply(document.edits().renameKey(ModelPath.parse("steps[solve].retrys"), "retries"));
        assertEquals(original, document.text());
        assertEquals(List.of(), document.readDiagnostics());
    }

    @Test
    void editsByObjectAndFeatureThroughTheDocument() {
        LanguageDocument document = new LanguageDocument(FILE, original);
        Step mesh = step((Workflow) document.root(), "mesh");
        assertEquals(ModelPath.parse("steps[mesh]"), document.pathOf(mesh));
        document.apply(document.set(mesh.getResources(), ServicePackage.Literals.RESOURCE_REQUEST__CORES, 16));
        assertEquals(16, step((Workflow) document.root(), "mesh").getResources().getCores());
        Link second = ((Workflow) document.root()).getLinks().get(1);
        assertEquals(ModelPath.parse("links[1]"), document.pathOf(second));
        document.apply(document.remove(second));
        assertEquals(3, ((Workflow) document.root()).getLinks().size());
        assertEquals(TestData.comments(original).size() - 1, TestData.comments(document.text()).size(),
                "only the removed link's comment is gone");
    }

    @Test
    void aPathThatNamesNothingIsRefusedSayingWhichPartIsMissing() {
        DocumentEdits edits = DocumentEdits.of(original);
        EditException missing = assertThrows(EditException.class, () -> edits.remove("steps[nowhere].retries"));
        assertEquals("'steps[nowhere]' is not in the document; 'steps' has no such item.", missing.getMessage());
        EditException broken = assertThrows(EditException.class,
                () -> DocumentEdits.of("steps: [a\nname: x\n").set("name", "y"));
        assertTrue(broken.getMessage().startsWith("The document is not valid YAML at line "), broken.getMessage());
    }

    @Test
    void offsetsCountUtf16UnitsPastCharactersOutsideTheBasicPlane() {
        String text = original.replace("after CT2S.", "after CT2S \uD83E\uDDB4.");
        String after = DocumentEdits.of(text).apply(DocumentEdits.of(text).set("steps[mesh].resources.cores", 6));
        assertEquals(List.of("      cores: 6      # two are enough for the phantom"), added(text, after));
    }

    @Test
    void otherModelKindsAreEditedTheSameWay() {
        String site = """
                apiVersion: vitruvian/v1
                kind: Site
                id: lab   # our cluster
                name: Lab cluster
                type: hpc
                tier: 2
                resourceClass: hpc
                scheduler: slurm
                partitions:
                  - name: debug
                    nodes: 1
                    coresPerNode: 2
                    memoryPerNode: 4GiB
                architecture: x86_64
                """;
        DocumentEdits edits = DocumentEdits.of(site);
        String after = edits.apply(edits.set("partitions[debug].coresPerNode", 64));
        assertEquals(List.of("    coresPerNode: 64"), added(site, after));
        LanguageDocument document = new LanguageDocument(URI.createFileURI("/models/lab.yaml"), after);
        assertEquals(64, ((Site) document.root()).getPartitions().get(0).getCoresPerNode());
    }

    @Test
    void aFileWithWindowsLineBreaksKeepsThem() {
        String crlf = original.replace("\n", "\r\n");
        DocumentEdits edits = DocumentEdits.of(crlf);
        String after = edits.apply(edits.set("steps[calibrate].resources.cores", 4));
        assertEquals(after.replace("\r\n", "").indexOf('\n'), -1, "no bare line feed: " + after);
        assertEquals(4, step(reread(after), "calibrate").getResources().getCores());
    }
}
