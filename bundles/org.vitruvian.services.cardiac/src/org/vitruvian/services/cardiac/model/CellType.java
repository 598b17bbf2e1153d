package org.vitruvian.services.cardiac.model;

import java.util.Locale;

/**
 * The three transmural variants of the ORd model (O'Hara et al. 2011, Table S1 and the text of
 * the supplement): they differ only in a few conductances and fluxes, scaled from endocardium.
 */
public enum CellType {
    ENDO, EPI, MID;

    /** The name used on the command line and in files: endo, epi, mid. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The type named {@code id} (endo, epi or mid, case-insensitive), or null. */
    public static CellType of(String id) {
        for (CellType type : values()) {
            if (type.id().equalsIgnoreCase(id.trim())) {
                return type;
            }
        }
        return null;
    }
}
