package org.vitruvian.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.vitruvian.app.tests.CliRunner.Result;

/**
 * The repository's examples/ as a user meets them through `vitruvian validate`: every valid
 * example is clean, and every invalid one gives exactly the diagnostic its README promises.
 */
class ExamplesTest {

    /** A row of the table in examples/invalid/README.md. */
    private record Expectation(String file, String code, int line, int column, String alsoValidate) {
    }

    private static final Pattern DIAGNOSTIC = Pattern.compile("^.+?:(\\d+):(\\d+): (error|warning|info): .* \\[([^\\]]+)]$");
    private static final Pattern ROW = Pattern
            .compile("^\\| `([^`]+)` \\| `([^`]+)` \\| (\\d+):(\\d+) \\| (?:`([^`]+)`)? *\\| .+\\|$");

    private static Path examples() {
        String repo = System.getProperty("vitruvian.repo");
        assertNotNull(repo, "the build passes the checkout to tests as -Dvitruvian.repo (see vitruvian.test.vmargs)");
        Path examples = Path.of(repo, "examples");
        assertTrue(Files.isDirectory(examples), examples + " is not a folder");
        return examples;
    }

    private static List<Path> validExamples() throws IOException {
        Path examples = examples();
        try (Stream<Path> files = Files.walk(examples)) {
            return files.filter(f -> f.toString().endsWith(".yaml") && !f.startsWith(examples.resolve("invalid"))).sorted()
                    .toList();
        }
    }

    /**
     * Steps may be pinned to the example sites, which are not in the site catalog: a workflow is
     * validated with them, as its README says, and a site on its own.
     */
    @TestFactory
    Stream<DynamicTest> everyValidExampleValidatesWithTheExampleSites() throws IOException {
        List<Path> files = validExamples();
        assertTrue(files.size() >= 20, "expected the examples of three services, sites and trust; found " + files);
        Path sitesFolder = examples().resolve("sites");
        List<Path> sites = files.stream().filter(f -> f.startsWith(sitesFolder)).toList();
        return files.stream().map(file -> DynamicTest.dynamicTest(examples().relativize(file).toString(), () -> {
            List<String> args = new ArrayList<>(List.of("validate", file.toString()));
            if (!file.startsWith(sitesFolder)) {
                sites.forEach(site -> args.add(site.toString()));
            }
            Result result = CliRunner.run(args.toArray(String[]::new));
            assertEquals(0, result.exitCode(), result.out() + result.err());
            assertTrue(result.out().endsWith((args.size() - 1) + " file(s) checked: 0 error(s), 0 warning(s)\n"), result.out());
        }));
    }

    /** Together, the steps pinned to the example sites are checked against those sites too. */
    @Test
    void allValidExamplesValidateTogether() throws IOException {
        List<String> args = new ArrayList<>(List.of("validate"));
        List<Path> files = validExamples();
        files.forEach(file -> args.add(file.toString()));
        Result result = CliRunner.run(args.toArray(String[]::new));
        assertEquals(0, result.exitCode(), result.out() + result.err());
        assertTrue(result.out().endsWith(files.size() + " file(s) checked: 0 error(s), 0 warning(s)\n"), result.out());
    }

    @TestFactory
    Stream<DynamicTest> eachInvalidExampleGivesTheDiagnosticItsReadmeNames() throws IOException {
        return readme().stream().map(expected -> DynamicTest.dynamicTest(expected.file(), () -> {
            Path folder = examples().resolve("invalid");
            List<String> args = new ArrayList<>(List.of("validate", folder.resolve(expected.file()).toString()));
            if (expected.alsoValidate() != null) {
                args.add(folder.resolve(expected.alsoValidate()).normalize().toString());
            }
            Result result = CliRunner.run(args.toArray(String[]::new));
            assertEquals(1, result.exitCode(), result.out() + result.err());
            List<String> diagnostics = result.out().lines().filter(line -> !line.matches("\\d+ file\\(s\\) checked: .*"))
                    .toList();
            assertEquals(1, diagnostics.size(), "expected exactly one diagnostic:\n" + result.out());
            Matcher found = DIAGNOSTIC.matcher(diagnostics.get(0));
            assertTrue(found.matches(), diagnostics.get(0));
            assertEquals(expected.code() + " at " + expected.line() + ":" + expected.column() + " (error)",
                    found.group(4) + " at " + found.group(1) + ":" + found.group(2) + " (" + found.group(3) + ")",
                    diagnostics.get(0));
        }));
    }

    @Test
    void theReadmeListsEveryInvalidExample() throws IOException {
        Set<String> listed = readme().stream().map(Expectation::file).collect(Collectors.toCollection(TreeSet::new));
        Set<String> present;
        try (Stream<Path> files = Files.list(examples().resolve("invalid"))) {
            present = files.map(f -> f.getFileName().toString()).filter(name -> name.endsWith(".yaml"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(present, listed);
    }

    private static List<Expectation> readme() throws IOException {
        List<Expectation> rows = new ArrayList<>();
        for (String line : Files.readAllLines(examples().resolve("invalid/README.md"))) {
            Matcher row = ROW.matcher(line);
            if (row.matches()) {
                rows.add(new Expectation(row.group(1), row.group(2), Integer.parseInt(row.group(3)),
                        Integer.parseInt(row.group(4)), row.group(5)));
            }
        }
        assertFalse(rows.isEmpty(), "examples/invalid/README.md has no table rows of the form | `file` | `code` | L:C | ... |");
        return rows;
    }
}
