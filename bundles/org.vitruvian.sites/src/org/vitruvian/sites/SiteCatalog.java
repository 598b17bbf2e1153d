package org.vitruvian.sites;

import java.util.List;
import java.util.Optional;

import org.vitruvian.core.diagnostics.DiagnosticReport;

/**
 * Every site Vitruvian knows, from four places, highest precedence first: the user's
 * {@code $VITRUVIAN_HOME/sites/*.yaml}, plugin bundles, the sites built into Vitruvian, and
 * {@code local} (this machine, detected). A site that states {@code refines: PROFILE} gets
 * every value it does not state from that profile. A site id defined twice is reported, never
 * silently replaced.
 */
public interface SiteCatalog {

    /**
     * Manifest header of a bundle that contributes sites without code: a folder (or several,
     * comma-separated) inside the bundle whose {@code *.yaml} files are Site models.
     */
    String SITES_HEADER = "Vitruvian-Sites";

    /**
     * The sites as of now (plugins come and go, users edit files), with the problems found loading
     * them. Sites read from files are shared between snapshots until their files change: treat
     * them as read-only, and copy one (EcoreUtil.copy) to change it.
     */
    Snapshot snapshot();

    default Optional<CatalogSite> find(String id) {
        return snapshot().find(id);
    }

    record Snapshot(List<CatalogSite> sites, DiagnosticReport problems) {

        public Optional<CatalogSite> find(String id) {
            return sites.stream().filter(s -> s.id().equals(id)).findFirst();
        }

        /** Sites jobs can run on (not generic profiles). */
        public List<CatalogSite> runnable() {
            return sites.stream().filter(s -> !s.site().isProfile()).toList();
        }
    }
}
