package org.vitruvian.provenance.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.vitruvian.core.ExitCode;
import org.vitruvian.core.VitruvianException;
import org.vitruvian.core.services.ServiceHandle;
import org.vitruvian.core.services.Services;
import org.vitruvian.execution.RunState;
import org.vitruvian.provenance.RoCrate;
import org.vitruvian.provenance.RoCrateExporter;
import org.vitruvian.tests.support.RunFixture;

/**
 * The Workflow Run RO-Crate of a run: written from a real run on this machine, then read back
 * as plain JSON (JSON is YAML 1.2) and checked entity by entity, file by file.
 */
class RoCrateTest {

    private static final String WORKFLOW = "workflow/workflow.yaml";
    private static final String HOSTILE = "second's $HOME; rm -rf /";

    @TempDir
    Path folder;

    RunFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new RunFixture(folder);
    }

    @AfterEach
    void tearDown() {
        fixture.close();
    }

    /** copy-twice, run to its end with the workflow parameter set to 'one'. */
    private String finishedRun() {
        String runId = fixture.start("workflow.yaml", Map.of("suffix", "one"), Map.of("data", fixture.data("data.txt")));
        assertEquals("COMPLETED", fixture.awaitEnd(runId).state().name());
        return runId;
    }

    @Test
    void theCrateOfAFinishedRunIsJsonLdWithItsFilesParametersAndChecksums() throws IOException {
        String runId = finishedRun();
        Path crate = folder.resolve("crate");
        RoCrate written = export(runId, crate, "CC-BY-4.0", false);
        assertEquals(crate, written.folder());
        // The crate gets the permissions any new folder gets, not those of a private temporary one.
        Path plain = Files.createDirectory(folder.resolve("plain"));
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(crate));

        Map<String, Object> document = read(crate);
        Map<String, Map<String, Object>> graph = graph(document);

        assertEquals(List.of("https://w3id.org/ro/crate/1.1/context", "https://w3id.org/ro/terms/workflow-run/context"),
                document.get("@context"));
        Map<String, Object> descriptor = graph.get("ro-crate-metadata.json");
        assertEquals("CreativeWork", descriptor.get("@type"));
        assertEquals(ref("./"), descriptor.get("about"));
        assertTrue(refs(descriptor.get("conformsTo")).contains("https://w3id.org/ro/crate/1.1"));

        Map<String, Object> root = graph.get("./");
        assertEquals("Dataset", root.get("@type"));
        assertTrue(refs(root.get("conformsTo")).containsAll(List.of("https://w3id.org/ro/wfrun/process/0.5",
                "https://w3id.org/ro/wfrun/workflow/0.5", "https://w3id.org/ro/wfrun/provenance/0.5")));
        assertTrue(String.valueOf(root.get("name")).contains(runId));
        assertNotNull(root.get("description"));
        Instant.parse(String.valueOf(root.get("datePublished")));
        assertEquals(ref("https://spdx.org/licenses/CC-BY-4.0"), root.get("license"));
        assertEquals(ref(WORKFLOW), root.get("mainEntity"));

        Map<String, Object> workflow = graph.get(WORKFLOW);
        assertTrue(types(workflow).containsAll(List.of("File", "SoftwareSourceCode", "ComputationalWorkflow")));
        assertEquals("copy-twice", workflow.get("name"));
        assertEquals("1.0.0", workflow.get("version"));
        assertEquals(List.of(WORKFLOW + "#input/data", WORKFLOW + "#parameter/suffix"), refs(workflow.get("input")));
        assertEquals(List.of(WORKFLOW + "#output/result"), refs(workflow.get("output")));
        assertEquals("FormalParameter", graph.get(WORKFLOW + "#parameter/suffix").get("@type"));
        assertEquals("first", graph.get(WORKFLOW + "#parameter/suffix").get("defaultValue"));
        // The service definition and recipe keep their places next to the workflow, so its references still resolve.
        assertTrue(types(graph.get("workflow/services/copy.yaml")).contains("SoftwareSourceCode"));
        assertTrue(types(graph.get("workflow/recipe.yaml")).contains("SoftwareSourceCode"));
        assertEquals(ref("#service/demo.copy/1.0.0"), graph.get("workflow/services/copy.yaml").get("about"));

        // Every reference names an entity of the crate (schema.org's action statuses aside).
        for (Map<String, Object> entity : graph.values()) {
            for (String id : allRefs(entity)) {
                assertTrue(id.startsWith("http://schema.org/") || graph.containsKey(id), entity.get("@id") + " refers to " + id);
            }
        }

        // Every file is there, with the digest and size its entity states, and nothing else is.
        List<String> parts = refs(root.get("hasPart"));
        for (String id : parts) {
            Map<String, Object> file = graph.get(id);
            assertTrue(types(file).contains("File"), id);
            Path copy = crate.resolve(id);
            assertEquals(RunFixture.sha256(copy), file.get("sha256"), id);
            assertEquals(String.valueOf(Files.size(copy)), file.get("contentSize"), id);
        }
        try (Stream<Path> all = Files.walk(crate)) {
            List<String> present = all.filter(Files::isRegularFile).map(p -> crate.relativize(p).toString())
                    .filter(p -> !p.equals("ro-crate-metadata.json")).sorted().toList();
            assertEquals(parts.stream().sorted().toList(), present);
        }
        assertEquals(parts.size(), written.files());
        assertEquals(List.of(WORKFLOW, "workflow/services/copy.yaml", "workflow/recipe.yaml", "inputs/data/data.txt",
                "outputs/first/out.txt", "outputs/second/out.txt", "trust-decisions.json"), parts);
        assertEquals("hello\n", Files.readString(crate.resolve("inputs/data/data.txt")));
        assertEquals("hello\none\n" + HOSTILE + "\n", Files.readString(crate.resolve("outputs/second/out.txt")));

        // The run: the workflow as instrument, the input file and parameter value as object, the workflow's output as result.
        Map<String, Object> run = graph.get("#run/" + runId);
        assertEquals(List.of(ref("#run/" + runId)), root.get("mentions"));
        assertEquals("CreateAction", run.get("@type"));
        assertEquals(ref(WORKFLOW), run.get("instrument"));
        assertEquals(List.of("inputs/data/data.txt", "#run/" + runId + "/parameter/suffix"), refs(run.get("object")));
        assertEquals(List.of("outputs/second/out.txt"), refs(run.get("result")));
        assertEquals(ref("http://schema.org/CompletedActionStatus"), run.get("actionStatus"));
        assertTrue(Instant.parse(String.valueOf(run.get("startTime"))).isBefore(Instant.parse(String.valueOf(run.get("endTime")))));
        Map<String, Object> suffix = graph.get("#run/" + runId + "/parameter/suffix");
        assertEquals("PropertyValue", suffix.get("@type"));
        assertEquals("one", suffix.get("value"));
        assertEquals(ref(WORKFLOW + "#parameter/suffix"), suffix.get("exampleOfWork"));
        assertTrue(refs(graph.get("inputs/data/data.txt").get("exampleOfWork")).contains(WORKFLOW + "#input/data"));
        assertTrue(refs(graph.get("outputs/second/out.txt").get("exampleOfWork")).contains(WORKFLOW + "#output/result"));

        // Each step: the service (id and version) as instrument, what it read and the value it got, what it wrote.
        Map<String, Object> service = graph.get("#service/demo.copy/1.0.0");
        assertEquals("SoftwareApplication", service.get("@type"));
        assertEquals("demo.copy", service.get("identifier"));
        assertEquals("1.0.0", service.get("softwareVersion"));
        assertEquals(List.of("#service/demo.copy/1.0.0"), refs(workflow.get("hasPart")));
        Map<String, String> read = Map.of("first", "inputs/data/data.txt", "second", "outputs/first/out.txt");
        Map<String, String> value = Map.of("first", "one", "second", HOSTILE);
        for (String name : List.of("first", "second")) {
            String id = "#run/" + runId + "/step/" + name;
            Map<String, Object> step = graph.get(id);
            assertEquals("CreateAction", step.get("@type"), name);
            assertEquals(ref("#service/demo.copy/1.0.0"), step.get("instrument"), name);
            assertEquals(List.of(read.get(name), id + "/parameter/suffix"), refs(step.get("object")), name);
            assertEquals(List.of("outputs/" + name + "/out.txt"), refs(step.get("result")), name);
            assertEquals(ref("http://schema.org/CompletedActionStatus"), step.get("actionStatus"), name);
            assertTrue(String.valueOf(step.get("description")).contains("exit code 0"), name);
            assertEquals(value.get(name), graph.get(id + "/parameter/suffix").get("value"), name);
            assertEquals(ref("#service/demo.copy/1.0.0/parameter/suffix"), graph.get(id + "/parameter/suffix").get("exampleOfWork"));
            assertEquals(List.of(id + "/environment/COPY_MODE"), refs(step.get("environment")), name);
            Map<String, Object> control = graph.get("#run/" + runId + "/control/" + name);
            assertEquals(ref(id), control.get("object"));
            assertEquals(ref(WORKFLOW + "#step/" + name), control.get("instrument"));
        }

        Map<String, Object> trust = read(crate.resolve("trust-decisions.json"));
        assertEquals(runId, trust.get("run"));
        assertEquals(2, ((List<?>) trust.get("decisions")).size());
        assertEquals(64, String.valueOf(((Map<?, ?>) trust.get("policy")).get("sha256")).length());
        assertEquals(ref("#run/" + runId), graph.get("trust-decisions.json").get("about"));
    }

    @Test
    void aFailedRunIsDescribedAsFailedWithTheStepThatFailed() throws IOException {
        String runId = fixture.start("failing.yaml", Map.of(), Map.of("data", fixture.data("data.txt")));
        assertEquals("FAILED", fixture.awaitEnd(runId).state().name());
        Path crate = folder.resolve("crate");
        export(runId, crate, null, false);

        Map<String, Map<String, Object>> graph = graph(read(crate));
        Map<String, Object> run = graph.get("#run/" + runId);
        assertEquals(ref("http://schema.org/FailedActionStatus"), run.get("actionStatus"));
        assertEquals(List.of(), run.get("result"));
        assertTrue(String.valueOf(run.get("error")).contains("step 'crash' failed"), String.valueOf(run.get("error")));
        Map<String, Object> crash = graph.get("#run/" + runId + "/step/crash");
        assertEquals("CreateAction", crash.get("@type"));
        assertEquals(ref("http://schema.org/FailedActionStatus"), crash.get("actionStatus"));
        assertTrue(String.valueOf(crash.get("error")).contains("exit code 3"), String.valueOf(crash.get("error")));
        assertEquals(ref("#service/demo.fail/2.1.0"), crash.get("instrument"));
        assertEquals(List.of("outputs/copy/out.txt"), refs(crash.get("object")));
        assertEquals(ref("http://schema.org/CompletedActionStatus"), graph.get("#run/" + runId + "/step/copy").get("actionStatus"));
        // Without --license the crate says that none was given instead of choosing one.
        assertEquals(ref("#no-license-given"), graph.get("./").get("license"));
        assertTrue(graph.containsKey("#no-license-given"));
    }

    @Test
    void aRunThatHasNotEndedIsRefusedAndNothingIsWritten() throws IOException {
        Path gate = folder.resolve("gate");
        String runId = fixture.start("gated.yaml", Map.of("gate", gate.toString()), Map.of("data", fixture.data("data.txt")));
        Path crate = folder.resolve("out/crate");

        VitruvianException refused = assertThrows(VitruvianException.class, () -> export(runId, crate, null, false));
        assertEquals(ExitCode.FAILED, refused.exitCode());
        assertTrue(refused.getMessage().contains("is RUNNING"), refused.getMessage());
        assertFalse(Files.exists(crate));
        assertLeftNothingBeside(crate);

        Files.createFile(gate);
        assertEquals("COMPLETED", fixture.awaitEnd(runId).state().name());
        export(runId, crate, null, false);
        assertTrue(Files.isRegularFile(crate.resolve("ro-crate-metadata.json")));
    }

    @Test
    void aFolderThatIsNotEmptyIsRefusedAndForceReplacesOnlyAnEarlierCrate() throws IOException {
        String runId = finishedRun();
        Path crate = Files.createDirectories(folder.resolve("crate"));
        Files.writeString(crate.resolve("notes.txt"), "mine");

        for (boolean force : new boolean[] { false, true }) {
            VitruvianException refused = assertThrows(VitruvianException.class,
                    () -> export(runId, crate, null, force));
            assertEquals(ExitCode.FAILED, refused.exitCode());
            assertTrue(refused.getMessage().contains("is not empty"), refused.getMessage());
            assertEquals("mine", Files.readString(crate.resolve("notes.txt")));
        }

        Files.delete(crate.resolve("notes.txt"));
        export(runId, crate, null, false);
        String first = Files.readString(crate.resolve("ro-crate-metadata.json"));
        VitruvianException again = assertThrows(VitruvianException.class, () -> export(runId, crate, null, false));
        assertTrue(again.getMessage().contains("--force"), again.getMessage());
        assertEquals(first, Files.readString(crate.resolve("ro-crate-metadata.json")));

        Files.writeString(crate.resolve("stale.txt"), "from an earlier export");
        export(runId, crate, "MIT", true);
        assertFalse(Files.exists(crate.resolve("stale.txt")));
        assertEquals(ref("https://spdx.org/licenses/MIT"), graph(read(crate)).get("./").get("license"));
        assertLeftNothingBeside(crate);
    }

    @Test
    void aFileChangedSinceTheRunIsRefused() throws IOException {
        String runId = finishedRun();
        Files.writeString(fixture.data("data.txt"), "edited after the run\n");
        Path crate = folder.resolve("crate");

        VitruvianException refused = assertThrows(VitruvianException.class, () -> export(runId, crate, null, false));
        assertEquals(ExitCode.FAILED, refused.exitCode());
        assertTrue(refused.getMessage().contains("changed since run " + runId), refused.getMessage());
        assertFalse(Files.exists(crate));
        assertLeftNothingBeside(crate);
    }

    @Test
    void aFolderThatCannotBeCreatedIsAnEnvironmentFailure() throws IOException {
        String runId = finishedRun();
        Path file = Files.writeString(folder.resolve("file.txt"), "not a folder");
        Path crate = file.resolve("crate");

        VitruvianException failed = assertThrows(VitruvianException.class, () -> export(runId, crate, null, false));
        assertEquals(ExitCode.ENVIRONMENT, failed.exitCode());
        assertEquals("not a folder", Files.readString(file));
    }

    @Test
    void anUnknownRunIsRefusedAsSuch() {
        VitruvianException refused = assertThrows(VitruvianException.class,
                () -> export("20260101-000000-00000000", folder.resolve("crate"), null, false));
        assertEquals(ExitCode.FAILED, refused.exitCode());
        assertTrue(refused.getMessage().contains("No run"), refused.getMessage());
    }

    // --- reading the crate back ----------------------------------------------------------------

    @SuppressWarnings("unchecked")
    private static Map<String, Object> read(Path crateOrFile) throws IOException {
        Path file = Files.isDirectory(crateOrFile) ? crateOrFile.resolve("ro-crate-metadata.json") : crateOrFile;
        return (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(Files.readString(file));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> graph(Map<String, Object> document) {
        Map<String, Map<String, Object>> graph = new LinkedHashMap<>();
        for (Object entity : (List<Object>) document.get("@graph")) {
            Map<String, Object> e = (Map<String, Object>) entity;
            assertFalse(graph.containsKey((String) e.get("@id")), "two entities " + e.get("@id"));
            graph.put((String) e.get("@id"), e);
        }
        return graph;
    }

    private static Map<String, Object> ref(String id) {
        return Map.of("@id", id);
    }

    /** The ids of a reference or a list of references. */
    private static List<String> refs(Object value) {
        List<String> ids = new ArrayList<>();
        for (Object item : value instanceof List<?> list ? list : List.of(value)) {
            ids.add(String.valueOf(((Map<?, ?>) item).get("@id")));
        }
        return ids;
    }

    private static List<String> types(Map<String, Object> entity) {
        Object type = entity.get("@type");
        return type instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of(String.valueOf(type));
    }

    /** Every {@code {"@id": ...}} in an entity's values, at any depth. */
    private static List<String> allRefs(Object value) {
        List<String> ids = new ArrayList<>();
        if (value instanceof Map<?, ?> map) {
            if (map.size() == 1 && map.containsKey("@id")) {
                ids.add(String.valueOf(map.get("@id")));
            } else {
                map.forEach((key, item) -> {
                    if (!"@id".equals(key)) {
                        ids.addAll(allRefs(item));
                    }
                });
            }
        } else if (value instanceof Collection<?> items) {
            items.forEach(item -> ids.addAll(allRefs(item)));
        }
        return ids;
    }

    /** No temporary or replaced folder beside the crate. */
    private static void assertLeftNothingBeside(Path crate) throws IOException {
        if (!Files.isDirectory(crate.getParent())) {
            return;
        }
        try (Stream<Path> siblings = Files.list(crate.getParent())) {
            List<String> hidden = siblings.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).toList();
            assertEquals(List.of(), hidden);
        }
    }

    /** Exports through the service, as 'vitruvian provenance' does. */
    private RoCrate export(String runId, Path crate, String license, boolean replace) {
        try (ServiceHandle<RoCrateExporter> crates = Services.await(RoCrateTest.class, RoCrateExporter.class)) {
            return crates.get().export(runId, crate, license, replace);
        }
    }
}
