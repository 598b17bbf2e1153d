package org.vitruvian.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitruvian.app.tests.CliRunner.Result;

/**
 * The files that probing found `vitruvian validate` let through (issue 11), each refused with
 * exit 1 and a diagnostic at its position, never an exception's text.
 */
class ValidationProbesCliTest {

    @TempDir
    Path folder;

    private Path write(String name, String text) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    /** Validates the files and returns the diagnostic lines as FILE_NAME:LINE:COLUMN CODE. */
    private List<String> validate(Path... files) {
        String[] args = new String[files.length + 1];
        args[0] = "validate";
        for (int i = 0; i < files.length; i++) {
            args[i + 1] = files[i].toString();
        }
        Result result = CliRunner.run(args);
        assertFalse((result.out() + result.err()).contains("Exception"), result.out() + result.err());
        assertEquals(1, result.exitCode(), result.out() + result.err());
        return result.out().lines().filter(line -> !line.matches("\\d+ file\\(s\\) checked: .*"))
                .map(line -> line.replaceAll("^(?:.*/)?([^/:]+):(\\d+):(\\d+): error: .* \\[([^\\]]+)]$", "$1:$2:$3 $4")).toList();
    }

    @Test
    void aServicePortNamedLikeAPathOutsideTheRunFolder() throws IOException {
        Path service = write("report.yaml", """
                apiVersion: vitruvian/v1
                kind: ServiceDefinition
                id: evil.report
                version: 1.0.0
                outputs:
                  - name: ../../../../tmp/x
                    format: txt
                command: [sh, -c, "echo hi > {../../../../tmp/x}"]
                """);
        assertEquals(List.of("report.yaml:6:11 service.port-name"), validate(service));
    }

    @Test
    void aSiteWhoseHostOrUserHoldsShellMetacharacters() throws IOException {
        Path semicolon = write("semicolon.yaml", """
                apiVersion: vitruvian/v1
                kind: Site
                id: semicolon
                access: {host: "127.0.0.1; touch x", user: "$(touch x)"}
                """);
        Path option = write("option.yaml", """
                apiVersion: vitruvian/v1
                kind: Site
                id: option
                access:
                  host: -oProxyCommand=touch_x
                  user: vhpc
                """);
        assertEquals(List.of("option.yaml:5:9 site.host", "semicolon.yaml:4:16 site.host", "semicolon.yaml:4:44 site.user"),
                validate(semicolon, option));
    }

    @Test
    void aRefinesCycleBetweenTwoSiteFiles() throws IOException {
        Path a = write("a.yaml", "apiVersion: vitruvian/v1\nkind: Site\nid: site-a\nrefines: site-b\n");
        Path b = write("b.yaml", "apiVersion: vitruvian/v1\nkind: Site\nid: site-b\nrefines: site-a\n");
        assertEquals(List.of("a.yaml:4:10 site.refines-cycle", "b.yaml:4:10 site.refines-cycle"), validate(a, b));
    }

    @Test
    void importingAFileThatIsNotYaml() throws IOException {
        write("notes.txt", "Just some notes.\n");
        Path workflow = write("workflow.yaml", "apiVersion: vitruvian/v1\nkind: Workflow\nname: w\nimports: [notes.txt]\n");
        assertEquals(List.of("notes.txt:1:1 model.not-a-mapping"), validate(workflow));
    }

    @Test
    void aStepPinnedToASiteThatIsNeitherGivenNorInTheCatalog() throws IOException {
        Path examples = Path.of(System.getProperty("vitruvian.repo"), "examples");
        Result result = CliRunner.run("validate", examples.resolve("invalid/resources-beyond-site.yaml").toString());
        assertEquals(1, result.exitCode(), result.out() + result.err());
        assertTrue(result.out().contains("resources-beyond-site.yaml:22:11: error: Step 'mesh' is pinned to site "
                + "'hospital-workstation', which is neither among the files given nor in the site catalog."), result.out());
        // Which sites exist, so the user can pick one: the built-in ones and this machine.
        assertTrue(result.out().contains("Known sites: "), result.out());
        assertTrue(result.out().contains("jureca-dc, "), result.out());
        assertTrue(result.out().contains(", local, "), result.out());
    }
}
