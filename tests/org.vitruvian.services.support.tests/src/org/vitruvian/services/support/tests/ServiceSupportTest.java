package org.vitruvian.services.support.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitruvian.services.support.Arguments;
import org.vitruvian.services.support.AtomicFiles;
import org.vitruvian.services.support.JsonText;
import org.vitruvian.services.support.UsageException;

/**
 * What every service's command line and outputs rely on, tested once here rather than through
 * each service: a step's options are refused with the words a user can act on, its JSON is valid,
 * and its outputs appear whole or not at all.
 */
class ServiceSupportTest {

    @TempDir
    Path folder;

    @Test
    void optionsAreReadInBothSpellingsAndMistakesAreNamed() throws UsageException {
        Arguments arguments = Arguments.parse("calibrate", List.of("--models", "12", "--seed=7"),
                Set.of("models", "seed"));
        assertEquals(12, arguments.integer("models", 1, 1, 1000));
        assertEquals(7, arguments.integer("seed", 0, 0, 100));

        UsageException unknown = assertThrows(UsageException.class,
                () -> Arguments.parse("calibrate", List.of("--modles", "12"), Set.of("models")));
        assertTrue(unknown.getMessage().contains("unknown option --modles; calibrate takes --models"),
                unknown.getMessage());
        UsageException twice = assertThrows(UsageException.class,
                () -> Arguments.parse("calibrate", List.of("--models", "1", "--models", "2"), Set.of("models")));
        assertTrue(twice.getMessage().contains("given twice"), twice.getMessage());
        UsageException range = assertThrows(UsageException.class, () -> Arguments
                .parse("calibrate", List.of("--models", "0"), Set.of("models")).integer("models", 1, 1, 1000));
        assertTrue(range.getMessage().contains("--models"), range.getMessage());
    }

    @Test
    void jsonEscapesTextAndWritesNoNonFiniteNumbers() {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("name", "a \"quoted\"\nline");
        report.put("load", 2908.7);
        report.put("undefined", Double.NaN);
        report.put("cases", List.of(1, 2));
        String json = JsonText.of(report);
        assertTrue(json.contains("\"name\": \"a \\\"quoted\\\"\\nline\""), json);
        assertTrue(json.contains("\"load\": 2908.7"), json);
        assertTrue(json.contains("\"undefined\": null"), json);
        assertTrue(json.endsWith("\n"), json);
    }

    @Test
    void aFileWhoseWriterFailsIsNotLeftBehindAndTheOldOneStays() throws IOException {
        Path target = folder.resolve("out/report.json");
        AtomicFiles.writeString(target, "first");
        IOException failure = assertThrows(IOException.class, () -> AtomicFiles.write(target, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));
        assertEquals("disk full", failure.getMessage());
        assertEquals("first", Files.readString(target));
        try (Stream<Path> files = Files.list(target.getParent())) {
            assertEquals(List.of(target), files.toList(), "no temporary file is left next to the output");
        }
    }

    @Test
    void aFolderOutputIsReplacedWholeOrNotAtAll() throws IOException {
        Path series = folder.resolve("ct.dicom");
        AtomicFiles.writeFolder(series, into -> Files.writeString(into.resolve("CT0001.dcm"), "old"));
        assertThrows(IOException.class, () -> AtomicFiles.writeFolder(series, into -> {
            Files.writeString(into.resolve("CT0001.dcm"), "new");
            throw new IOException("stopped half-way");
        }));
        assertEquals("old", Files.readString(series.resolve("CT0001.dcm")));

        AtomicFiles.writeFolder(series, into -> Files.writeString(into.resolve("CT0002.dcm"), "new"));
        assertFalse(Files.exists(series.resolve("CT0001.dcm")), "the old series is replaced, not merged");
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of(series), files.toList(), "nothing temporary is left beside the series");
        }
    }
}
