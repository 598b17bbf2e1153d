package org.vitruvian.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.vitruvian.app.tests.CliRunner.Result;

/** 'vitruvian provenance RUN --ro-crate DIR' on a run made by 'vitruvian run' on this machine. */
class ProvenanceCliTest {

    private static final long DEADLINE_NANOS = 60_000_000_000L;

    @TempDir
    Path folder;

    @BeforeEach
    void setUp() throws IOException {
        Path home = folder.resolve("home");
        System.setProperty("vitruvian.home", home.toString());
        Files.createDirectories(home.resolve("sites"));
        CliRunner.data("provenance/workbench.yaml", home.resolve("sites"));
        for (String name : List.of("workflow.yaml", "upper.yaml", "text.txt", "series.yaml", "count.yaml", "series-workflow.yaml")) {
            CliRunner.data("provenance/" + name, folder);
        }
    }

    @AfterEach
    void restoreHome() {
        System.clearProperty("vitruvian.home");
    }

    private String finishedRun() {
        return finishedRun("workflow.yaml");
    }

    /** Starts the run detached and follows it with 'status', as a script would. */
    private String finishedRun(String workflow) {
        Result started = CliRunner.run("run", folder.resolve(workflow).toString(), "--site", "workbench", "--input",
                "text=" + folder.resolve("text.txt"), "--detach");
        assertEquals(0, started.exitCode(), started.out() + started.err());
        Matcher id = Pattern.compile("Run (\\S+) started\\.").matcher(started.out());
        assertTrue(id.find(), started.out());
        long deadline = System.nanoTime() + DEADLINE_NANOS;
        while (true) {
            Result status = CliRunner.run("status", id.group(1), "--json");
            assertEquals(0, status.exitCode(), status.err());
            Object state = ((Map<?, ?>) new Load(LoadSettings.builder().build()).loadFromString(status.out())).get("state");
            if (!"RUNNING".equals(state)) {
                assertEquals("COMPLETED", state, status.out());
                return id.group(1);
            }
            if (System.nanoTime() > deadline) {
                fail("run " + id.group(1) + " still RUNNING: " + status.out());
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted");
            }
        }
    }

    @Test
    void writesTheCrateAndRefusesToOverwriteItWithoutForce() throws IOException {
        String runId = finishedRun();
        Path crate = folder.resolve("crates/upper");

        Result written = CliRunner.run("provenance", runId, "--ro-crate", crate.toString(), "--license", "CC0-1.0");
        assertEquals(0, written.exitCode(), written.err());
        assertTrue(written.out().startsWith("RO-Crate of run " + runId + " written to " + crate + ": 5 files, "), written.out());
        assertEquals("QUIET\n", Files.readString(crate.resolve("outputs/upper/out.txt")));
        String metadata = Files.readString(crate.resolve("ro-crate-metadata.json"));
        assertTrue(metadata.contains("\"@id\": \"https://spdx.org/licenses/CC0-1.0\""), metadata);

        Result again = CliRunner.run("provenance", runId, "--ro-crate", crate.toString());
        assertEquals(1, again.exitCode());
        assertTrue(again.err().contains("is not empty"), again.err());
        assertEquals(metadata, Files.readString(crate.resolve("ro-crate-metadata.json")));

        Result forced = CliRunner.run("provenance", runId, "--ro-crate", crate.toString(), "--force");
        assertEquals(0, forced.exitCode(), forced.err());
        assertFalse(Files.readString(crate.resolve("ro-crate-metadata.json")).contains("CC0-1.0"));
    }

    @Test
    void exitCodesSayWhatWentWrong() throws IOException {
        String runId = finishedRun();
        Path file = Files.writeString(folder.resolve("in-the-way"), "a file");

        assertEquals(1, CliRunner.run("provenance", "20260101-000000-00000000", "--ro-crate", folder.resolve("c").toString()).exitCode());
        Result io = CliRunner.run("provenance", runId, "--ro-crate", file.resolve("crate").toString());
        assertEquals(3, io.exitCode(), io.err());
        assertTrue(io.err().startsWith("vitruvian provenance: Cannot write the RO-Crate into "), io.err());
        Result usage = CliRunner.run("provenance", runId);
        assertEquals(2, usage.exitCode());
        assertTrue(usage.err().contains("--ro-crate"), usage.err());
    }

    /** A step's output that is a folder (a DICOM series, as the bone-strength example's CT) is a Dataset of its files. */
    @Test
    @SuppressWarnings("unchecked")
    void aFolderOutputIsADatasetWithEachOfItsFilesAndTheirDigests() throws IOException {
        String runId = finishedRun("series-workflow.yaml");
        Path crate = folder.resolve("crates/series");

        Result written = CliRunner.run("provenance", runId, "--ro-crate", crate.toString());
        assertEquals(0, written.exitCode(), written.out() + written.err());
        Map<String, Object> document = (Map<String, Object>) new Load(LoadSettings.builder().build())
                .loadFromString(Files.readString(crate.resolve("ro-crate-metadata.json")));
        Map<String, Map<String, Object>> graph = new java.util.LinkedHashMap<>();
        for (Object entity : (List<Object>) document.get("@graph")) {
            graph.put(String.valueOf(((Map<String, Object>) entity).get("@id")), (Map<String, Object>) entity);
        }
        String folderId = graph.keySet().stream().filter(id -> id.startsWith("outputs/scanner/") && id.endsWith("/")).findFirst()
                .orElseThrow(() -> new AssertionError("no Dataset of the series in " + graph.keySet()));
        Map<String, Object> dataset = graph.get(folderId);
        assertEquals("Dataset", dataset.get("@type"));
        assertEquals(List.of(Map.of("@id", folderId + "slice-001.dcm"), Map.of("@id", folderId + "sub/slice-002.dcm")),
                dataset.get("hasPart"));
        assertEquals("b", Files.readString(crate.resolve(folderId + "sub/slice-002.dcm")));
        assertEquals("3e23e8160039594a33894f6564e1b1348bbd7a0088d42c4acb73eeaed59c009d",
                graph.get(folderId + "sub/slice-002.dcm").get("sha256"), "SHA-256 of 'b'");
        List<Object> rootParts = (List<Object>) graph.get("./").get("hasPart");
        assertTrue(rootParts.contains(Map.of("@id", folderId)));
        assertFalse(rootParts.contains(Map.of("@id", folderId + "slice-001.dcm")), "a file of the Dataset is its part");
    }
}
