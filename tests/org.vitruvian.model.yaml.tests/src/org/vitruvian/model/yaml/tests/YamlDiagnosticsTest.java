package org.vitruvian.model.yaml.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitruvian.core.diagnostics.Diagnostic;

/** Structural problems are reported at the line and column of the offending text, with a way out. */
class YamlDiagnosticsTest {

    @TempDir
    Path folder;

    private Diagnostic only(String text) throws IOException {
        List<Diagnostic> problems = Models.problems(Models.write(folder, "m.yaml", text));
        assertEquals(1, problems.size(), problems.toString());
        return problems.get(0);
    }

    private static void assertAt(Diagnostic d, String code, int line, int column) {
        assertEquals(code, d.code(), d.format());
        assertEquals(line + ":" + column, d.line() + ":" + d.column(), d.format());
    }

    @Test
    void unknownKeySuggestsTheClosestKnownOne() throws IOException {
        Diagnostic d = only("apiVersion: vitruvian/v1\nkind: Site\nid: s\nschedular: slurm\n");
        assertAt(d, "yaml.unknown-key", 4, 1);
        assertTrue(d.message().startsWith("Unknown key 'schedular' in Site; known keys: id, name,"), d.message());
        assertTrue(d.message().endsWith("Did you mean 'scheduler'?"), d.message());
    }

    @Test
    void wrongScalarTypesNameWhatIsExpected() throws IOException {
        Diagnostic number = only("apiVersion: vitruvian/v1\nkind: Site\nid: s\ntier: one\n");
        assertAt(number, "yaml.type", 4, 7);
        assertEquals("'tier' takes a whole number, got 'one'.", number.message());

        Diagnostic literal = only("apiVersion: vitruvian/v1\nkind: Site\nid: s\nscheduler: lsf\n");
        assertAt(literal, "yaml.type", 4, 12);
        assertEquals("'scheduler' is 'lsf'; use one of: slurm, pbs, none, kubernetes, sge.", literal.message());

        Diagnostic size = only("apiVersion: vitruvian/v1\nkind: Site\nid: s\npartitions:\n  - name: p\n    memoryPerNode: lots\n");
        assertAt(size, "yaml.type", 6, 20);
        assertTrue(size.message().contains("expected a size such as 512MiB, 4GiB or 1TiB"), size.message());
    }

    @Test
    void listsAndMappingsInTheWrongPlaceAreNamed() throws IOException {
        Diagnostic list = only("apiVersion: vitruvian/v1\nkind: Site\nid: s\ncertifications: iso27001\n");
        assertAt(list, "yaml.type", 4, 17);
        assertTrue(list.message().startsWith("'certifications' is a list"), list.message());
    }

    @Test
    void missingRequiredKeyIsReportedOnItsObject() throws IOException {
        Diagnostic d = only("apiVersion: vitruvian/v1\nkind: Site\nid: s\ncontainerRuntimes:\n  - version: 1.2.4\n");
        assertAt(d, "yaml.missing-key", 5, 5);
        assertTrue(d.message().startsWith("ContainerRuntime needs 'kind'"), d.message());
    }

    @Test
    void danglingNameListsTheNamesThatExist() throws IOException {
        Diagnostic d = only("""
                apiVersion: vitruvian/v1
                kind: Workflow
                name: w
                parameters:
                  - {name: threshold, type: number}
                steps:
                  - name: segment
                    service: {id: bone.segment}
                    parameters:
                      - {name: threshold, bind: treshold}
                """);
        assertAt(d, "yaml.unresolved", 10, 33);
        assertEquals("No Parameter named 'treshold'; defined here: threshold. Did you mean 'threshold'?", d.message());
    }

    @Test
    void duplicateKeysAreReportedAtTheSecondOne() throws IOException {
        Diagnostic d = only("apiVersion: vitruvian/v1\nkind: Site\nid: s\nid: t\n");
        assertAt(d, "yaml.duplicate-key", 4, 1);
        Diagnostic inMap = only("apiVersion: vitruvian/v1\nkind: ContainerRecipe\nname: r\nbase: {image: x}\nenvironment: {A: '1', A: '2'}\n");
        assertAt(inMap, "yaml.duplicate-key", 5, 23);
    }

    @Test
    void missingAndWrongKindFilesAreReportedWhereTheyAreReferenced() throws IOException {
        Models.write(folder, "site.yaml", "apiVersion: vitruvian/v1\nkind: Site\nid: s\n");
        Diagnostic missing = only("apiVersion: vitruvian/v1\nkind: ServiceDefinition\nid: x\nversion: 1.0.0\ndefaultRecipe: nope.yaml\n");
        assertAt(missing, "model.missing-file", 5, 16);
        assertTrue(missing.message().contains("nope.yaml, which does not exist"), missing.message());

        Diagnostic wrongKind = only("apiVersion: vitruvian/v1\nkind: ServiceDefinition\nid: x\nversion: 1.0.0\ndefaultRecipe: site.yaml\n");
        assertAt(wrongKind, "model.wrong-kind", 5, 16);
        assertTrue(wrongKind.message().endsWith("must refer to a ContainerRecipe file; " + folder.resolve("site.yaml") + " is a Site."),
                wrongKind.message());
    }

    @Test
    void errorsInAReferencedFileAreReportedUnderItsOwnName() throws IOException {
        Path recipe = Models.write(folder, "recipe.yaml", "apiVersion: vitruvian/v1\nkind: ContainerRecipe\nname: r\nbase: {imag: x}\n");
        List<Diagnostic> problems = Models.problems(Models.write(folder, "service.yaml",
                "apiVersion: vitruvian/v1\nkind: ServiceDefinition\nid: x\nversion: 1.0.0\ndefaultRecipe: recipe.yaml\n"));
        assertTrue(problems.stream().allMatch(p -> p.file().equals(recipe.toString())), problems.toString());
        assertEquals(List.of("yaml.missing-key", "yaml.unknown-key"), problems.stream().map(Diagnostic::code).sorted().toList());
    }

    @Test
    void aFileThatIsNotYamlIsReportedWhereItGoesWrongNotAsAnXmlParserError() throws IOException {
        // EMF reads files of other names as XMI by default, and its parser's exception reached the user.
        Path notes = Models.write(folder, "notes.txt", "Just some notes.\n");
        Path xml = Models.write(folder, "segment.xml", "<?xml version=\"1.0\"?>\n<service id=\"x\"/>\n");
        List<Diagnostic> problems = Models.problems(Models.write(folder, "workflow.yaml",
                "apiVersion: vitruvian/v1\nkind: Workflow\nname: w\nimports: [notes.txt, segment.xml]\n"));
        assertEquals(List.of(notes + ":1:1: error: The file is not a Vitruvian model: a model is a YAML mapping of keys to "
                + "values, starting with 'apiVersion: vitruvian/v1'. [model.not-a-mapping]",
                xml + ":1:1: error: The file is not a Vitruvian model: a model is a YAML mapping of keys to values, starting "
                        + "with 'apiVersion: vitruvian/v1'. [model.not-a-mapping]"),
                problems.stream().map(Diagnostic::format).sorted().toList());

        // Given directly, the same.
        assertAt(Models.problems(notes).get(0), "model.not-a-mapping", 1, 1);
    }

    @Test
    void headerProblemsComeFirstAndSayWhatToWrite() throws IOException {
        assertAt(only("kind: Site\nid: s\n"), "model.api-version", 1, 1);
        Diagnostic version = only("apiVersion: vitruvian/v2\nkind: Site\nid: s\n");
        assertAt(version, "model.api-version", 1, 13);
        assertAt(only(""), "model.empty", 1, 1);
        assertAt(only("- a\n- b\n"), "model.not-a-mapping", 1, 1);
    }
}
