package org.vitruvian.sites;

import org.vitruvian.model.site.Site;

/**
 * A site as the catalog serves it.
 *
 * @param site     the effective site: its own values over those of the profile it refines
 * @param declared the site as written in its file, before refinement
 * @param origin   where it comes from
 * @param location the file, bundle entry or provider it was read from
 */
public record CatalogSite(Site site, Site declared, SiteOrigin origin, String location) {

    public String id() {
        return site.getId();
    }
}
