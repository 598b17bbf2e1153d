package org.vitruvian.tosca.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.vitruvian.tosca.ToscaDocument;
import org.vitruvian.tosca.ToscaService;

/**
 * Vitruvian against OpenStack tosca-parser 2.6.0 on that parser's own corpus
 * (../shared/conformance/tosca-parser-2.6.0/corpus beside the checkout). The parser's verdicts
 * were computed once with ../shared/tools/tosca-oracle into data/tosca-parser-2.6.0-verdicts.tsv
 * (it takes minutes); every file where the valid/invalid verdicts differ must be listed in
 * docs/tosca-conformance.md with the section of TOSCA 1.3 that decides it, and every listed
 * file must still differ, so the document stays true.
 */
class ConformanceTest {

    private static final Pattern LISTED = Pattern.compile("^\\| `([^`]+)` \\|", Pattern.MULTILINE);

    @Test
    void everyDisagreementWithToscaParserIsListedAndJustified() throws IOException {
        Path repository = Data.repository();
        Path corpus = repository.resolve("../shared/conformance/tosca-parser-2.6.0/corpus").normalize();
        assertTrue(Files.isDirectory(corpus), "the conformance corpus is expected at " + corpus);
        Map<String, Boolean> oracle = new TreeMap<>();
        for (String line : Files.readAllLines(Data.file("tosca-parser-2.6.0-verdicts.tsv"))) {
            String[] fields = line.split("\t");
            oracle.put(fields[1].replaceFirst("^\\./", ""), fields[0].equals("0"));
        }
        assertTrue(oracle.size() >= 150, "the verdicts cover " + oracle.size() + " files");
        List<String> listed = new ArrayList<>();
        Matcher matcher = LISTED.matcher(Files.readString(repository.resolve("docs/tosca-conformance.md")));
        while (matcher.find()) {
            listed.add(matcher.group(1));
        }
        ToscaService service = Data.service();
        List<String> unlisted = new ArrayList<>();
        List<String> agreeingButListed = new ArrayList<>();
        int agreements = 0;
        for (Map.Entry<String, Boolean> entry : oracle.entrySet()) {
            ToscaDocument document = service.load(corpus.resolve(entry.getKey()), entry.getKey());
            boolean valid = !document.hasErrors();
            if (valid == entry.getValue()) {
                agreements++;
                if (listed.contains(entry.getKey())) {
                    agreeingButListed.add(entry.getKey());
                }
            } else if (!listed.contains(entry.getKey())) {
                unlisted.add(entry.getKey() + ": tosca-parser " + (entry.getValue() ? "valid" : "invalid") + ", Vitruvian "
                        + (valid ? "valid" : "invalid: " + document.diagnostics().get(0).format()));
            }
        }
        assertEquals(List.of(), unlisted, "disagreements not listed in docs/tosca-conformance.md");
        assertEquals(List.of(), agreeingButListed, "listed in docs/tosca-conformance.md but Vitruvian now agrees");
        assertEquals(oracle.size() - listed.size(), agreements);
    }
}
