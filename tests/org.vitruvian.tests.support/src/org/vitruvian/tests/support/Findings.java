package org.vitruvian.tests.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.vitruvian.core.diagnostics.Diagnostic;

/**
 * The problems found in one validation, with assertions that print every finding when they
 * fail, so a failing test says what the user would have seen.
 */
public final class Findings {

    private final Path mainFile;
    private final List<Diagnostic> diagnostics;

    Findings(Path mainFile, List<Diagnostic> diagnostics) {
        this.mainFile = mainFile;
        this.diagnostics = diagnostics;
    }

    public List<Diagnostic> all() {
        return diagnostics;
    }

    /**
     * Asserts that validation found exactly one problem, with this code, at this line and
     * column of the file the test wrote, and returns it for checks on its message. Exactly one,
     * so a test shows its model breaks the one rule it is about and nothing else.
     */
    public Diagnostic assertOnly(String code, int line, int column) {
        return assertOnlyIn(mainFile.getFileName().toString(), code, line, column);
    }

    /** As {@link #assertOnly}, for a problem reported in another file (given by its name). */
    public Diagnostic assertOnlyIn(String fileName, String code, int line, int column) {
        if (diagnostics.size() != 1) {
            fail("expected only " + code + " at " + line + ":" + column + ", got:\n" + listing());
        }
        Diagnostic found = diagnostics.get(0);
        assertEquals(code + " at " + fileName + ":" + line + ":" + column, found.code() + " at "
                + Path.of(found.file()).getFileName() + ":" + found.line() + ":" + found.column(), listing());
        return found;
    }

    /**
     * Asserts that this problem is among those found, for mistakes that rightly cause more than
     * one finding (a misspelt input is unknown, and the real input is then unlinked).
     */
    public Diagnostic assertIncludes(String code, int line, int column) {
        return diagnostics.stream().filter(d -> d.code().equals(code) && d.line() == line && d.column() == column)
                .findFirst().orElseGet(() -> fail("expected " + code + " at " + line + ":" + column + " among:\n" + listing()));
    }

    /** Asserts that the files have no problem at all, not even a warning. */
    public void assertClean() {
        assertTrue(diagnostics.isEmpty(), () -> "expected no problems, got:\n" + listing());
    }

    private String listing() {
        return diagnostics.isEmpty() ? "(no problems)"
                : diagnostics.stream().map(Diagnostic::format).collect(Collectors.joining("\n"));
    }
}
