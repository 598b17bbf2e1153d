package org.vitruvian.tosca.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitruvian.core.diagnostics.Diagnostic;
import org.vitruvian.tosca.ToscaDocument;

/** The reader refuses hostile YAML with one clear error instead of exhausting the stack or memory. */
class ReaderLimitsTest {

    @TempDir
    Path folder;

    private Diagnostic onlyError(String text) {
        ToscaDocument document = Data.service().check(text, "hostile.yaml", folder);
        assertNull(document.template());
        assertEquals(1, document.diagnostics().size(), document.diagnostics()::toString);
        return document.diagnostics().get(0);
    }

    @Test
    void deepNestingIsRefused() {
        String text = "tosca_definitions_version: tosca_simple_yaml_1_3\nmetadata: " + "[".repeat(100) + "]".repeat(100) + "\n";
        Diagnostic error = onlyError(text);
        assertEquals("tosca.too-deep", error.code());
        assertEquals(2, error.line());
    }

    @Test
    void aliasBombsAreRefused() {
        StringBuilder text = new StringBuilder("tosca_definitions_version: tosca_simple_yaml_1_3\nmetadata:\n  a: &a [x, x]\n");
        for (int i = 0; i < 60; i++) {
            text.append("  b").append(i).append(": *a\n");
        }
        assertEquals("tosca.too-many-aliases", onlyError(text.toString()).code());
    }

    @Test
    void duplicateKeysAreASyntaxError() {
        Diagnostic error = onlyError("tosca_definitions_version: tosca_simple_yaml_1_3\ndescription: a\ndescription: b\n");
        assertEquals("tosca.yaml", error.code());
        assertEquals(3, error.line());
    }

    @Test
    void aFileThatIsTooLargeIsRefused() {
        String text = "tosca_definitions_version: tosca_simple_yaml_1_3\ndescription: " + "x".repeat(org.vitruvian.tosca.ToscaLimits.MAX_BYTES + 10) + "\n";
        assertEquals("tosca.too-large", onlyError(text).code());
    }
}
