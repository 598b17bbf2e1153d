package org.vitruvian.sites.tests;

import java.util.List;

import org.vitruvian.core.services.ServiceHandle;
import org.vitruvian.core.services.Services;
import org.vitruvian.sites.CatalogSite;
import org.vitruvian.sites.SiteCatalog;
import org.vitruvian.sites.SiteOrigin;
import org.vitruvian.sites.tck.SiteContractTest;

/** Vitruvian's own sites meet the contract it asks of third parties. */
class BuiltInSitesContractTest extends SiteContractTest {

    @Override
    protected List<String> siteIds() {
        try (ServiceHandle<SiteCatalog> catalog = Services.await(getClass(), SiteCatalog.class)) {
            return catalog.get().snapshot().runnable().stream()
                    .filter(s -> s.origin() == SiteOrigin.BUILT_IN || s.origin() == SiteOrigin.DETECTED).map(CatalogSite::id).toList();
        }
    }
}
