package org.vitruvian.model.yaml.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitruvian.core.diagnostics.Diagnostic;

/** Hostile or broken files are refused with one clear diagnostic, not an exception or a hang. */
class YamlLimitsTest {

    @TempDir
    Path folder;

    @Test
    void fiveMegabyteFileIsRefusedWithoutBeingParsed() throws IOException {
        StringBuilder text = new StringBuilder("apiVersion: vitruvian/v1\nkind: Site\nid: big\ndescription: |\n");
        String line = "  " + "x".repeat(97) + "\n";
        while (text.length() < 5 * 1024 * 1024) {
            text.append(line);
        }
        List<Diagnostic> problems = Models.problems(Models.write(folder, "big.yaml", text.toString()));
        assertEquals(List.of("yaml.too-large"), problems.stream().map(Diagnostic::code).toList());
        assertEquals("The file is larger than 3 MiB; split it into several models.", problems.get(0).message());
    }

    @Test
    void billionLaughsAliasBombIsRefused() throws IOException {
        StringBuilder text = new StringBuilder("apiVersion: vitruvian/v1\nkind: Site\nid: bomb\n");
        text.append("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i <= 9; i++) {
            String previous = "*a" + (i - 1);
            text.append("a").append(i).append(": &a").append(i).append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(10, previous))).append("]\n");
        }
        List<Diagnostic> problems = Models.problems(Models.write(folder, "bomb.yaml", text.toString()));
        assertEquals(1, problems.size(), problems.toString());
        assertEquals("yaml.too-many-aliases", problems.get(0).code());
        // a1..a5 hold 50 aliases; the 51st, on line 10 (a6), crosses the limit.
        assertEquals(10, problems.get(0).line());
    }

    @Test
    void tenThousandDeepNestingIsRefusedAtTheLevelThatCrossesTheLimit() throws IOException {
        String text = "apiVersion: vitruvian/v1\nkind: Site\nid: deep\ndescription: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n";
        List<Diagnostic> problems = Models.problems(Models.write(folder, "deep.yaml", text));
        assertEquals(1, problems.size(), problems.toString());
        assertEquals("yaml.too-deep", problems.get(0).code());
        // The document itself is level 1, so the 64th bracket is the 65th level.
        assertEquals(4, problems.get(0).line());
        assertEquals(14 + 63, problems.get(0).column());
    }

    @Test
    void deeplyNestedMappingsAreRefusedToo() throws IOException {
        String text = "apiVersion: vitruvian/v1\nkind: Site\nid: deep\naccess: " + "{a: ".repeat(10_000) + "1" + "}".repeat(10_000) + "\n";
        List<Diagnostic> problems = Models.problems(Models.write(folder, "deep-map.yaml", text));
        assertEquals(List.of("yaml.too-deep"), problems.stream().map(Diagnostic::code).toList());
    }
}
