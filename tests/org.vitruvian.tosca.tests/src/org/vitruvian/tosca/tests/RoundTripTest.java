package org.vitruvian.tosca.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitruvian.tosca.ToscaDocument;
import org.vitruvian.tosca.ToscaService;

/** Load, write, load gives the same template, for every YAML file of the conformance corpus that reads. */
class RoundTripTest {

    @TempDir
    Path folder;

    @Test
    void writingAndReadingAgainChangesNothing() throws IOException {
        Path corpus = Data.repository().resolve("../shared/conformance/tosca-parser-2.6.0/corpus").normalize();
        // A copy, so that written files sit beside the files they import without touching the shared corpus.
        List<Path> files;
        try (Stream<Path> walk = Files.walk(corpus)) {
            for (Path source : walk.toList()) {
                Path target = folder.resolve(corpus.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().toList();
        }
        ToscaService service = Data.service();
        int checked = 0;
        for (Path file : files) {
            String name = folder.relativize(file).toString();
            ToscaDocument first = service.load(file, name);
            if (first.template() == null) {
                continue;
            }
            String written = service.write(first.template());
            Files.writeString(file, written);
            ToscaDocument second = service.load(file, name);
            assertEquals(first.template().source().toJava(), second.template().source().toJava(), name);
            assertEquals(first.template().topology() == null ? null : first.template().topology().nodeTemplates().keySet(),
                    second.template().topology() == null ? null : second.template().topology().nodeTemplates().keySet(), name);
            assertEquals(written, service.write(second.template()), name);
            // Positions move when the text is rewritten; what is reported must not.
            assertEquals(first.diagnostics().stream().map(d -> d.code() + " " + d.message()).collect(Collectors.toSet()),
                    second.diagnostics().stream().map(d -> d.code() + " " + d.message()).collect(Collectors.toSet()), name);
            checked++;
        }
        assertTrue(checked >= 100, "round-tripped " + checked + " files");
    }
}
