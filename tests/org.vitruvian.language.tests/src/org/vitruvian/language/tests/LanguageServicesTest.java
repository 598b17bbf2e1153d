package org.vitruvian.language.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.eclipse.emf.common.util.URI;
import org.vitruvian.core.diagnostics.Diagnostic;
import org.vitruvian.core.services.ServiceHandle;
import org.vitruvian.core.services.Services;
import org.vitruvian.language.Completion;
import org.vitruvian.language.Fold;
import org.vitruvian.language.Hover;
import org.vitruvian.language.LanguageDocument;
import org.vitruvian.language.LanguageServices;
import org.vitruvian.language.QuickFix;
import org.vitruvian.language.Symbol;

/** The language services on the repository's examples, through the real ModelService, site catalog and trust checker. */
class LanguageServicesTest {

    private static ServiceHandle<LanguageServices> handle;
    private static LanguageServices services;
    private static final Path EXAMPLES = Path.of(System.getProperty("vitruvian.repo", "../.."), "examples").toAbsolutePath().normalize();

    @BeforeAll
    static void await() {
        handle = Services.await(LanguageServicesTest.class, LanguageServices.class);
        services = handle.get();
    }

    @AfterAll
    static void release() {
        handle.close();
    }

    private static LanguageDocument open(String example) throws Exception {
        return LanguageDocument.open(EXAMPLES.resolve(example));
    }

    private static List<String> labels(List<Completion> completions) {
        return completions.stream().map(Completion::label).toList();
    }

    /** The completions with the caret just after {@code marker}'s first occurrence after {@code after}. */
    private static List<Completion> completeAfter(LanguageDocument document, String after, String marker) {
        int at = document.text().indexOf(marker, document.text().indexOf(after)) + marker.length();
        return services.complete(document, at);
    }

    @Test
    void anUnknownKeyIsReportedWhereItIsAndItsDidYouMeanFixRenamesIt(@TempDir Path folder) throws Exception {
        Diagnostic example = services.diagnostics(open("invalid/unknown-key.yaml")).stream()
                .filter(d -> d.code().equals("yaml.unknown-key")).findFirst().orElseThrow();
        assertEquals(21, example.line());
        assertEquals(5, example.column());
        assertTrue(example.file().endsWith("unknown-key.yaml"), example.file());

        String typo = TestData.read("commented-workflow.yaml").replace("    retries: 1\n", "    retrys: 1\n");
        LanguageDocument document = new LanguageDocument(URI.createFileURI(folder.resolve("workflow.yaml").toString()), typo);
        Diagnostic unknown = services.diagnostics(document).stream().filter(d -> d.code().equals("yaml.unknown-key")).findFirst()
                .orElseThrow();
        assertTrue(unknown.message().endsWith("Did you mean 'retries'?"), unknown.message());
        List<QuickFix> fixes = services.quickFixes(document, unknown);
        assertEquals(List.of("Change 'retrys' to 'retries'"), fixes.stream().map(QuickFix::title).toList());
        document.apply(fixes.get(0).edits());
        assertEquals(TestData.read("commented-workflow.yaml"), document.text());
        assertFalse(services.diagnostics(document).stream().anyMatch(d -> d.code().equals("yaml.unknown-key")));
    }

    @Test
    void anUnlinkedInputIsFixedByAddingTheLinkTheDiagnosticNames() throws Exception {
        LanguageDocument document = open("invalid/unlinked-input.yaml");
        Diagnostic unlinked = services.diagnostics(document).stream().filter(d -> d.code().equals("workflow.unlinked-input")).findFirst()
                .orElseThrow();
        List<QuickFix> fixes = services.quickFixes(document, unlinked);
        QuickFix link = fixes.stream().filter(f -> f.title().equals("Link density to mesh.density")).findFirst().orElseThrow(
                () -> new AssertionError(fixes.toString()));
        document.apply(link.edits());
        assertTrue(document.text().endsWith("  - {from: mesh.model, to: model}\n  - {from: density, to: mesh.density}\n"), document.text());
        assertEquals(List.of(), services.diagnostics(document).stream().filter(Diagnostic::isError).toList());
    }

    @Test
    void aStepPinnedWhereTrustDeniesItGetsFixesForSitesWhereItIsAllowed() throws Exception {
        LanguageDocument document = open("bone-strength/patient-ct.yaml");
        String pinned = document.text().replace("  - name: calibrate\n", "  - name: calibrate\n    site: aws-ec2\n");
        assertFalse(pinned.equals(document.text()), "the example has a calibrate step");
        document.setText(pinned);
        Diagnostic denied = services.diagnostics(document).stream().filter(d -> d.code().equals("trust.deny")).findFirst()
                .orElseThrow(() -> new AssertionError(services.diagnostics(document).toString()));
        List<QuickFix> fixes = services.quickFixes(document, denied);
        assertFalse(fixes.isEmpty(), denied.message());
        document.apply(fixes.get(0).edits());
        assertFalse(document.text().contains("site: aws-ec2"));
        assertFalse(services.diagnostics(document).stream().anyMatch(d -> d.code().equals("trust.deny")), fixes.get(0).title());
    }

    @Test
    void completionProposesKeysValuesServicesPortsSitesAndParameters() throws Exception {
        LanguageDocument document = open("bone-strength/workflow.yaml");
        String text = document.text();
        // A new key in the calibrate step.
        int line = text.indexOf("\n", text.indexOf("service: {id: bone.calibrate")) + 1;
        document.setText(text.substring(0, line) + "    re\n" + text.substring(line));
        List<Completion> keys = services.complete(document, line + "    re".length());
        assertEquals(java.util.Set.of("resources", "recipe", "retries"), java.util.Set.copyOf(labels(keys)),
                "the keys of a step with 're' in them, but not those the step has");
        Completion retries = keys.stream().filter(k -> k.label().equals("retries")).findFirst().orElseThrow();
        assertEquals("retries: ", retries.edit().replacement());
        assertEquals(line + 4, retries.edit().offset());
        document.setText(text);

        assertTrue(labels(completeAfter(document, "- name: calibrate", "{id: ")).containsAll(
                List.of("bone.ct-phantom", "bone.calibrate", "bone.segment", "bone.mesh", "bone.solve", "bone.strength")));
        assertTrue(labels(completeAfter(document, "- {from: mesh.model", "to: ")).containsAll(List.of("solve.model", "mesh.density")));
        assertTrue(labels(completeAfter(document, "links:", "{from: ")).containsAll(List.of("mesh.model", "ct-phantom.ct")));

        int site = text.indexOf("\n", text.indexOf("service: {id: bone.strength")) + 1;
        document.setText(text.substring(0, site) + "    site: \n" + text.substring(site));
        assertTrue(labels(services.complete(document, site + "    site: ".length())).contains("local"));
        document.setText(text.substring(0, site) + "    execution: \n" + text.substring(site));
        assertTrue(labels(services.complete(document, site + "    execution: ".length())).containsAll(List.of("batch", "sweep", "interactive", "mpi")));

        int parameter = text.indexOf("- name: element-size");
        document.setText(text.substring(0, parameter) + "- name: \n        " + text.substring(parameter));
        assertTrue(labels(services.complete(document, parameter + "- name: ".length())).contains("element-size"));
    }

    @Test
    void hoverGivesTheKeysDocumentationTypeAndUnit() throws Exception {
        String text = TestData.read("commented-workflow.yaml");
        Path folder = Files.createTempDirectory("hover");
        LanguageDocument document = new LanguageDocument(org.eclipse.emf.common.util.URI.createFileURI(folder.resolve("w.yaml").toString()),
                text);
        Hover cores = services.hover(document, text.indexOf("cores:") + 2).orElseThrow();
        assertTrue(cores.markdown().startsWith("**cores** (whole number)"), cores.markdown());
        assertTrue(cores.markdown().contains("Cores in total."), cores.markdown());
        assertEquals(text.indexOf("cores:"), cores.range().offset());
        Hover memory = services.hover(document, text.indexOf("memory:") + 1).orElseThrow();
        assertTrue(memory.markdown().contains("GiB"), memory.markdown());
        assertTrue(services.hover(document, text.indexOf("# The stages") + 3).isEmpty());
    }

    @Test
    void theOutlineListsStepsByNameAndFoldsCoverEachStep() throws Exception {
        LanguageDocument document = open("bone-strength/workflow.yaml");
        List<Symbol> outline = services.outline(document);
        Symbol steps = outline.stream().filter(s -> s.name().equals("steps")).findFirst().orElseThrow();
        assertEquals(List.of("ct-phantom", "calibrate", "segment", "mesh", "solve", "strength"),
                steps.children().stream().map(Symbol::name).toList());
        assertEquals("bone.mesh", steps.children().get(3).detail());
        List<Fold> folds = services.folding(document);
        int stepsLine = document.snapshot().lines().line(document.text().indexOf("steps:"));
        int linksLine = document.snapshot().lines().line(document.text().indexOf("links:"));
        assertTrue(folds.contains(new Fold(stepsLine, linksLine - 1)), folds.toString());
    }
}
