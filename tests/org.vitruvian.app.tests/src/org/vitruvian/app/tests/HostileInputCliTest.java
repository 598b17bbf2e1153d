package org.vitruvian.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitruvian.app.tests.CliRunner.Result;

/** Files built to exhaust memory or the stack end as one diagnostic and exit 1, never a stack trace. */
class HostileInputCliTest {

    @TempDir
    Path folder;

    private Result validate(String name, String text) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, text);
        Result result = CliRunner.run("validate", file.toString());
        assertFalse(result.out().contains("Exception") || result.err().contains("Exception"), result.out() + result.err());
        assertFalse(result.err().contains("\tat "), result.err());
        return result;
    }

    @Test
    void fiveMegabyteFile() throws IOException {
        String text = "apiVersion: vitruvian/v1\nkind: Site\nid: big\ndescription: |\n" + ("  " + "x".repeat(98) + "\n").repeat(52_000);
        Result result = validate("big.yaml", text);
        assertEquals(1, result.exitCode());
        assertTrue(result.out().contains(": error: The file is larger than 3 MiB; split it into several models. [yaml.too-large]"),
                result.out());
    }

    @Test
    void billionLaughs() throws IOException {
        StringBuilder text = new StringBuilder("apiVersion: vitruvian/v1\nkind: Site\nid: lol\na0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i < 10; i++) {
            text.append("a").append(i).append(": &a").append(i).append(" [")
                    .append(String.join(", ", Collections.nCopies(9, "*a" + (i - 1)))).append("]\n");
        }
        Result result = validate("lol.yaml", text.toString());
        assertEquals(1, result.exitCode());
        assertTrue(result.out().contains("[yaml.too-many-aliases]"), result.out());
    }

    @Test
    void tenThousandDeepNesting() throws IOException {
        Result result = validate("deep.yaml", "apiVersion: vitruvian/v1\nkind: Site\nid: deep\ndescription: "
                + "[".repeat(10_000) + "]".repeat(10_000) + "\n");
        assertEquals(1, result.exitCode());
        assertTrue(result.out().contains(": error: The document nests deeper than 64 levels"), result.out());
    }
}
