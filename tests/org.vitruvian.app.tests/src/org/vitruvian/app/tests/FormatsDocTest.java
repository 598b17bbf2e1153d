package org.vitruvian.app.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.junit.jupiter.api.Test;
import org.vitruvian.model.yaml.ModelKinds;

/**
 * docs/formats.md is the reference users write models from, so it must keep up with the
 * metamodels: every key a file may hold is in the table of its object, and every diagnostic
 * the invalid examples show is explained.
 */
class FormatsDocTest {

    private static final Pattern CODE = Pattern.compile("^\\| `[^`]+` \\| `([^`]+)` \\|");

    private static Path repo() {
        String repo = System.getProperty("vitruvian.repo");
        assertTrue(repo != null, "the build passes the checkout to tests as -Dvitruvian.repo (see vitruvian.test.vmargs)");
        return Path.of(repo);
    }

    @Test
    void everyKeyOfEveryKindIsInTheTableOfItsObject() throws IOException {
        String doc = Files.readString(repo().resolve("docs/formats.md"));
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, EClass> kind : ModelKinds.all().entrySet()) {
            if (!doc.contains("\n## " + kind.getKey() + "\n")) {
                missing.add("section ## " + kind.getKey());
            }
            Set<EClass> classes = new LinkedHashSet<>();
            collect(kind.getValue(), classes);
            for (EClass eClass : classes) {
                String heading = eClass == kind.getValue() ? kind.getKey() + " keys" : eClass.getName();
                String section = section(doc, heading);
                if (section == null) {
                    missing.add("table ### " + heading);
                    continue;
                }
                for (EStructuralFeature feature : eClass.getEAllStructuralFeatures()) {
                    String key = ModelKinds.keyOf(feature);
                    if (!feature.isDerived() && !feature.isTransient() && !section.contains("| `" + key + "` |")) {
                        missing.add(heading + ": " + key);
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), "docs/formats.md lacks: " + missing);
    }

    @Test
    void everyCodeTheInvalidExamplesShowIsExplained() throws IOException {
        String doc = Files.readString(repo().resolve("docs/formats.md"));
        List<String> missing = new ArrayList<>();
        for (String line : Files.readAllLines(repo().resolve("examples/invalid/README.md"))) {
            Matcher row = CODE.matcher(line);
            if (row.find() && !doc.contains("| `" + row.group(1) + "` |")) {
                missing.add(row.group(1));
            }
        }
        assertTrue(missing.isEmpty(), "docs/formats.md does not explain: " + missing);
    }

    /** The class and every class it contains, except map entries (written as NAME: value). */
    private static void collect(EClass eClass, Set<EClass> classes) {
        if (!classes.add(eClass)) {
            return;
        }
        for (EReference reference : eClass.getEAllContainments()) {
            EClass type = reference.getEReferenceType();
            if (!"java.util.Map$Entry".equals(type.getInstanceClassName())) {
                collect(type, classes);
            }
        }
    }

    private static String section(String doc, String heading) {
        int start = doc.indexOf("\n### " + heading + "\n");
        if (start < 0) {
            return null;
        }
        int end = doc.indexOf("\n#", start + 1);
        return end < 0 ? doc.substring(start) : doc.substring(start, end);
    }
}
