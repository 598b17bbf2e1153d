package org.vitruvian.tosca.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitruvian.core.diagnostics.Diagnostic;
import org.vitruvian.tosca.ToscaDocument;
import org.vitruvian.tosca.internal.ToscaServiceImpl;
import org.vitruvian.tosca.internal.UrlCatalog;

/** Imports: relative files, URLs refused with a clear error, and URLs a local catalog maps to files. */
class ImportTest {

    private static final String TYPES = "tosca_definitions_version: tosca_simple_yaml_1_3\nnode_types:\n  example.App:\n"
            + "    derived_from: tosca.nodes.SoftwareComponent\n";
    private static final String URL = "https://types.example.org/app.yaml";

    @TempDir
    Path folder;

    private Path template(String importLine) throws IOException {
        Path file = folder.resolve("main.yaml");
        Files.writeString(file, "tosca_definitions_version: tosca_simple_yaml_1_3\nimports:\n  - " + importLine + "\n"
                + "topology_template:\n  node_templates:\n    app:\n      type: example.App\n");
        return file;
    }

    @Test
    void aRelativeImportIsReadBesideTheTemplate() throws IOException {
        Files.writeString(folder.resolve("types.yaml"), TYPES);
        ToscaDocument document = Data.service().load(template("types.yaml"), "main.yaml");
        assertEquals(List.of(), document.diagnostics());
        assertEquals(1, document.imports().size());
    }

    @Test
    void anImportByUrlIsRefusedWithoutDownloading() throws IOException {
        ToscaDocument document = Data.service().load(template(URL), "main.yaml");
        Diagnostic error = document.diagnostics().get(0);
        assertEquals("tosca.import.url", error.code());
        assertEquals(3, error.line());
        assertTrue(error.message().contains("does not download imports"), error.message());
        // The type it would have defined is then unknown, which is said as well.
        assertTrue(document.diagnostics().stream().anyMatch(d -> d.code().equals("tosca.type.unknown")));
    }

    @Test
    void aLocalCatalogMapsAUrlToAFile() throws IOException {
        Path catalogFolder = Files.createDirectories(folder.resolve("catalog"));
        Files.writeString(catalogFolder.resolve("app.yaml"), TYPES);
        Path catalog = catalogFolder.resolve("catalog.properties");
        Files.writeString(catalog, URL.replace(":", "\\:") + "=app.yaml\n");
        ToscaDocument document = new ToscaServiceImpl(new UrlCatalog(catalog)).load(template(URL), "main.yaml");
        assertEquals(List.of(), document.diagnostics());
        assertEquals("example.App", document.template().topology().nodeTemplates().get("app").type());
    }
}
