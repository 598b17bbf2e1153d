package org.vitruvian.sites.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.vitruvian.core.diagnostics.Diagnostic;
import org.vitruvian.core.diagnostics.DiagnosticReport;
import org.vitruvian.sites.internal.SiteCatalogImpl.Declared;

/**
 * One site per id. A site from a place of higher precedence (user over plugin over built-in
 * over detected) wins, with a warning naming both, so nobody wonders which one runs; two
 * sites with one id in the same place are an error, and the first by location is kept.
 */
final class SitePrecedence {

    private SitePrecedence() {
    }

    static List<Declared> choose(List<Declared> declared, DiagnosticReport problems) {
        Map<String, Declared> byId = new LinkedHashMap<>();
        List<Declared> ordered = new ArrayList<>(declared);
        ordered.sort(Comparator.comparing((Declared d) -> d.origin()).reversed().thenComparing(Declared::location));
        for (Declared candidate : ordered) {
            String id = candidate.site().getId();
            Declared kept = byId.get(id);
            if (kept == null) {
                byId.put(id, candidate);
            } else if (kept.origin() == candidate.origin()) {
                problems.add(Diagnostic.error(candidate.location(), 0, 0, "site.duplicate-id", "Site id '" + id
                        + "' is also defined in " + kept.location() + "; that one is used. Give one of them another id."));
            } else {
                problems.add(Diagnostic.warning(kept.location(), 0, 0, "site.overrides", "This " + kept.origin().label()
                        + " site '" + id + "' replaces the " + candidate.origin().label() + " site of the same id from "
                        + candidate.location() + ". Rename it if both are meant to exist."));
            }
        }
        List<Declared> chosen = new ArrayList<>(byId.values());
        chosen.sort(Comparator.comparing((Declared d) -> d.site().getId()));
        return chosen;
    }
}
