package org.vitruvian.tosca.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitruvian.tosca.ToscaDocument;

/** CSAR archives: the entry definitions and their imports are read from the archive, and hostile archives are refused. */
class CsarTest {

    private static final String META = "TOSCA-Meta-File-Version: 1.1\nCSAR-Version: 1.1\nCreated-By: test\n"
            + "Entry-Definitions: Definitions/main.yaml\n";
    private static final String TYPES = "tosca_definitions_version: tosca_simple_yaml_1_3\nnode_types:\n  example.App:\n"
            + "    derived_from: tosca.nodes.SoftwareComponent\n    properties:\n      port: { type: integer }\n";
    private static final String MAIN = "tosca_definitions_version: tosca_simple_yaml_1_3\nimports:\n  - types.yaml\n"
            + "topology_template:\n  node_templates:\n    app:\n      type: example.App\n      properties:\n        port: 8080\n"
            + "      interfaces:\n        Standard:\n          create: ../Scripts/create.sh\n";

    @TempDir
    Path folder;

    private Path zip(String name, Map<String, byte[]> entries) throws IOException {
        Path file = folder.resolve(name);
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue());
                out.closeEntry();
            }
        }
        return file;
    }

    private static Map<String, byte[]> valid() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("TOSCA-Metadata/TOSCA.meta", META.getBytes(StandardCharsets.UTF_8));
        entries.put("Definitions/main.yaml", MAIN.getBytes(StandardCharsets.UTF_8));
        entries.put("Definitions/types.yaml", TYPES.getBytes(StandardCharsets.UTF_8));
        entries.put("Scripts/create.sh", "#!/bin/sh\n".getBytes(StandardCharsets.UTF_8));
        return entries;
    }

    @Test
    void aCsarIsReadThroughItsMetadataAndImports() throws IOException {
        ToscaDocument document = Data.service().load(zip("app.csar", valid()), "app.csar");
        assertEquals(java.util.List.of(), document.diagnostics());
        assertEquals("example.App", document.template().topology().nodeTemplates().get("app").type());
        assertEquals(1, document.imports().size());
        assertEquals("app.csar!Definitions/main.yaml", document.template().file());
    }

    @Test
    void aScriptMissingFromTheArchiveIsNamed() throws IOException {
        Map<String, byte[]> entries = valid();
        entries.remove("Scripts/create.sh");
        ToscaDocument document = Data.service().load(zip("app.csar", entries), "app.csar");
        assertTrue(document.hasErrors());
        assertEquals("tosca.artifact.missing", document.diagnostics().get(0).code());
        assertEquals("app.csar!Definitions/main.yaml", document.diagnostics().get(0).file());
        assertEquals(12, document.diagnostics().get(0).line());
        assertTrue(document.diagnostics().get(0).message().contains("../Scripts/create.sh"));
    }

    @Test
    void entriesThatLeaveTheArchiveRefuseIt() throws IOException {
        Map<String, byte[]> entries = valid();
        entries.put("../../etc/evil.yaml", "x: 1".getBytes(StandardCharsets.UTF_8));
        ToscaDocument document = Data.service().load(zip("slip.csar", entries), "slip.csar");
        assertEquals("tosca.csar.unsafe-path", document.diagnostics().get(0).code());
        assertTrue(document.diagnostics().get(0).message().contains("../../etc/evil.yaml"));
    }

    @Test
    void aZipBombIsRefusedWhileReading() throws IOException {
        Path file = folder.resolve("bomb.csar");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            out.putNextEntry(new ZipEntry("TOSCA-Metadata/TOSCA.meta"));
            out.write(META.getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new ZipEntry("Definitions/main.yaml"));
            byte[] zeros = new byte[1 << 20];
            OutputStream entry = out;
            for (int i = 0; i < 64; i++) {
                entry.write(zeros);
            }
            out.closeEntry();
        }
        assertTrue(Files.size(file) < 1 << 20, "the bomb is small on disk");
        ToscaDocument document = Data.service().load(file, "bomb.csar");
        assertEquals("tosca.csar.zip-bomb", document.diagnostics().get(0).code());
    }

    @Test
    void anArchiveWithoutMetadataOrAnEntryIsRefused() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("a.yaml", TYPES.getBytes(StandardCharsets.UTF_8));
        entries.put("b.yaml", TYPES.getBytes(StandardCharsets.UTF_8));
        ToscaDocument document = Data.service().load(zip("two.csar", entries), "two.csar");
        assertEquals("tosca.csar.meta", document.diagnostics().get(0).code());
        assertTrue(document.diagnostics().get(0).message().contains("a.yaml, b.yaml"));
    }
}
