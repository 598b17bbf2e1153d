package org.vitruvian.sites;

import java.util.Locale;

/** Where a site comes from, lowest precedence first. */
public enum SiteOrigin {
    /** {@code local}: this machine, detected when asked for. */
    DETECTED,
    /** Shipped with Vitruvian. */
    BUILT_IN,
    /** Contributed by a plugin bundle (manifest header or {@link SiteProvider} service). */
    PLUGIN,
    /** The user's own file in {@code $VITRUVIAN_HOME/sites}. */
    USER;

    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
