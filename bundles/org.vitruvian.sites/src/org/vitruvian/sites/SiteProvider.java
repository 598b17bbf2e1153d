package org.vitruvian.sites;

import java.util.List;

import org.vitruvian.model.site.Site;

/**
 * Contributes sites from code, for plugins whose sites are not fixed files (a site whose
 * partitions are read from a scheduler, say). Register it as an OSGi service; the catalog
 * picks it up while running. Code-free plugins use the {@link SiteCatalog#SITES_HEADER}
 * manifest header instead.
 */
public interface SiteProvider {

    /** The sites, as of now. Called on every catalog snapshot, so keep it cheap. */
    List<Site> sites();
}
