package org.vitruvian.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.vitruvian.core.diagnostics.Diagnostic;
import org.vitruvian.core.diagnostics.DiagnosticReport;

class DiagnosticTest {

    @Test
    void formatsLikeACompilerSoEditorsCanJumpToTheLine() {
        Diagnostic d = Diagnostic.error("examples/wf.yaml", 12, 7, "workflow.cycle", "Steps a and b depend on each other.");
        assertEquals("examples/wf.yaml:12:7: error: Steps a and b depend on each other. [workflow.cycle]", d.format());
    }

    @Test
    void leavesOutUnknownPositionsInsteadOfPrintingZeros() {
        assertEquals("a.yaml: warning: Large file. [io.size]", Diagnostic.warning("a.yaml", 0, 0, "io.size", "Large file.").format());
        assertEquals("a.yaml:3: info: Note. [x.y]", Diagnostic.info("a.yaml", 3, 0, "x.y", "Note.").format());
    }

    @Test
    void rejectsNegativePositions() {
        assertThrows(IllegalArgumentException.class, () -> Diagnostic.error("a", -1, 1, "c", "m"));
    }

    @Test
    void reportListsInReadingOrderAndCountsErrors() {
        DiagnosticReport report = new DiagnosticReport()
                .add(Diagnostic.warning("b.yaml", 1, 1, "w", "later file"))
                .add(Diagnostic.error("a.yaml", 9, 1, "e", "second"))
                .add(Diagnostic.error("a.yaml", 2, 5, "e", "first"));
        assertTrue(report.hasErrors());
        assertEquals(List.of("first", "second", "later file"), report.diagnostics().stream().map(Diagnostic::message).toList());
        assertEquals("a.yaml:2:5: error: first [e]\na.yaml:9:1: error: second [e]\nb.yaml:1:1: warning: later file [w]\n",
                report.toText());
    }

    @Test
    void jsonCarriesTheSameContentAsText() {
        DiagnosticReport report = new DiagnosticReport().add(Diagnostic.error("a.yaml", 2, 5, "yaml.syntax", "Bad \"quote\"."));
        Map<String, Object> json = report.toJsonValue();
        assertEquals(1L, json.get("errors"));
        assertEquals(0L, json.get("warnings"));
        String text = report.toJson();
        assertTrue(text.contains("\"message\": \"Bad \\\"quote\\\".\""), text);
        assertTrue(text.contains("\"line\": 2"), text);
        assertFalse(new DiagnosticReport().hasErrors());
    }
}
