package org.vitruvian.ui.sites;

/** Identifiers of the Sites view and the Vitruvian preference page, for other bundles and tests. */
public final class SitesViews {

    public static final String VIEW_ID = "org.vitruvian.ui.sites.view";

    /** Window > Preferences > Vitruvian. */
    public static final String PREFERENCE_PAGE_ID = "org.vitruvian.ui.sites.preferences";

    private SitesViews() {
    }
}
