package org.vitruvian.sites.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.vitruvian.core.diagnostics.Diagnostic;
import org.vitruvian.core.diagnostics.DiagnosticReport;
import org.vitruvian.model.site.Site;
import org.vitruvian.model.site.SitePackage;
import org.vitruvian.sites.CatalogSite;
import org.vitruvian.sites.internal.SiteCatalogImpl.Declared;

/**
 * Applies {@code refines}: a site's effective values are those it states, and for everything
 * it leaves out, those of the profile it refines (which may refine another). A stated list
 * (partitions, runtimes, MPI installations) replaces the profile's list as a whole, so a site
 * never inherits hardware it does not have.
 */
final class SiteRefinement {

    private SiteRefinement() {
    }

    static List<CatalogSite> resolve(List<Declared> sites, DiagnosticReport problems) {
        Map<String, Declared> byId = new HashMap<>();
        for (Declared declared : sites) {
            byId.put(declared.site().getId(), declared);
        }
        Map<String, Site> effective = new HashMap<>();
        List<CatalogSite> resolved = new ArrayList<>();
        for (Declared declared : sites) {
            Site site = effective(declared, byId, effective, new LinkedHashSet<>(), problems);
            resolved.add(new CatalogSite(site, declared.site(), declared.origin(), declared.location()));
        }
        return resolved;
    }

    private static Site effective(Declared declared, Map<String, Declared> byId, Map<String, Site> done, Set<String> path,
            DiagnosticReport problems) {
        Site site = declared.site();
        Site known = done.get(site.getId());
        if (known != null) {
            return known;
        }
        String parentId = site.getRefines();
        Site result;
        if (parentId == null || parentId.isBlank()) {
            result = site;
        } else if (!path.add(site.getId()) || path.contains(parentId)) {
            problems.add(Diagnostic.error(declared.location(), 0, 0, "site.refines-cycle", "Site '" + site.getId()
                    + "' refines itself through " + String.join(" -> ", path) + " -> " + parentId + "; break the cycle."));
            result = site;
        } else if (!byId.containsKey(parentId)) {
            problems.add(Diagnostic.error(declared.location(), 0, 0, "site.unknown-profile", "Site '" + site.getId()
                    + "' refines '" + parentId + "', which no site or profile has as its id; known profiles: "
                    + String.join(", ", byId.values().stream().filter(d -> d.site().isProfile()).map(d -> d.site().getId())
                            .sorted().toList()) + "."));
            result = site;
        } else {
            Site parent = effective(byId.get(parentId), byId, done, path, problems);
            result = overlay(parent, site);
        }
        done.put(site.getId(), result);
        return result;
    }

    /** A copy of {@code base} with every value {@code site} states put over it. */
    static Site overlay(Site base, Site site) {
        Site merged = EcoreUtil.copy(base);
        for (EStructuralFeature feature : SitePackage.Literals.SITE.getEAllStructuralFeatures()) {
            if (!site.eIsSet(feature)) {
                continue;
            }
            Object value = site.eGet(feature);
            if (feature.isMany()) {
                @SuppressWarnings("unchecked")
                List<Object> target = (List<Object>) merged.eGet(feature);
                target.clear();
                for (Object item : (List<?>) value) {
                    target.add(item instanceof org.eclipse.emf.ecore.EObject object ? EcoreUtil.copy(object) : item);
                }
            } else {
                merged.eSet(feature, value instanceof org.eclipse.emf.ecore.EObject object ? EcoreUtil.copy(object) : value);
            }
        }
        // A profile's "profile: true" is not inherited: the refining site is a real place.
        if (!site.isSetProfile()) {
            merged.unsetProfile();
        }
        return merged;
    }
}
