package org.vitruvian.tosca.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vitruvian.core.diagnostics.Diagnostic;
import org.vitruvian.tosca.ToscaDocument;
import org.vitruvian.tosca.model.Topology.NodeTemplate;

/** The checker on small templates: a valid topology passes, and each kind of mistake gives one diagnostic at its text. */
class CheckerTest {

    @Test
    void aValidTopologyHasNoFindingsAndKeepsPositions() {
        ToscaDocument document = Data.service().load(Data.file("valid/web.yaml"), "valid/web.yaml");
        assertEquals(List.of(), document.diagnostics());
        NodeTemplate server = document.template().topology().nodeTemplates().get("server");
        assertEquals(23, server.at().line());
        assertEquals(5, server.at().column());
        assertEquals("tosca.nodes.Compute", server.type());
        assertEquals(3, document.template().topology().nodeTemplates().size());
    }

    @ParameterizedTest
    @CsvSource({
            "unknown-type.yaml, 5, 13, tosca.type.unknown, Did you mean 'tosca.nodes.Compute'?",
            "missing-property.yaml, 4, 5, tosca.property.missing, lacks the required property 'size'",
            "bad-scalar-unit.yaml, 9, 23, tosca.value.scalar-unit, '4 GigaBytes'",
            "dangling-requirement.yaml, 7, 17, tosca.requirement.dangling, 'no_such_server'",
            "undefined-input.yaml, 12, 36, tosca.function.input, its inputs are: cpus",
            "derived-from-cycle.yaml, 4, 19, tosca.type.cycle, example.A -> example.B -> example.A",
            "node-filter.yaml, 13, 55, tosca.value.scalar-unit, '2 GiggleBytes'",
            "too-many-hosts.yaml, 8, 11, tosca.requirement.occurrences, 'host' more often than its type allows (at most 1",
            "operation-input-type.yaml, 20, 24, tosca.value.type, input 'threads' of operation 'create'" })
    void eachMistakeIsOneErrorAtItsText(String file, int line, int column, String code, String words) {
        ToscaDocument document = Data.service().load(Data.file("invalid/" + file), "invalid/" + file);
        List<Diagnostic> errors = document.diagnostics().stream().filter(Diagnostic::isError).toList();
        assertEquals(1, errors.size(), () -> "expected one error, got " + errors);
        Diagnostic error = errors.get(0);
        assertEquals("invalid/" + file, error.file());
        assertEquals(line, error.line(), error::format);
        assertEquals(column, error.column(), error::format);
        assertEquals(code, error.code(), error::format);
        assertTrue(error.message().contains(words), error::format);
    }

    @Test
    void aCycleInTheTypesIsReportedOnceNotOncePerType() {
        // tosca-parser 2.6.0 never returns on this file; Vitruvian names the whole cycle once.
        ToscaDocument document = Data.service().load(Data.file("invalid/derived-from-cycle.yaml"), "cycle.yaml");
        assertEquals(List.of("tosca.type.cycle"), document.diagnostics().stream().map(Diagnostic::code).toList());
    }
}
