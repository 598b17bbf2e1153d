package org.vitruvian.services.cardiac.model;

import java.util.Locale;

/**
 * The currents whose maximal conductance (or permeability, or pump rate) a population varies
 * and a drug may block. The order is the column order of population files.
 */
public enum Channel {
    /** Fast sodium current, GNa. */
    INA("GNa"),
    /** Late sodium current, GNaL. */
    INAL("GNaL"),
    /** Transient outward potassium current, Gto. */
    ITO("Gto"),
    /** L-type calcium current, PCa (and with it PCaNa, PCaK). */
    ICAL("GCaL"),
    /** Rapid delayed rectifier, GKr (hERG). */
    IKR("GKr"),
    /** Slow delayed rectifier, GKs. */
    IKS("GKs"),
    /** Inward rectifier, GK1. */
    IK1("GK1"),
    /** Sodium-calcium exchanger, Gncx (both the myoplasmic and the subspace part). */
    INCX("GNCX"),
    /** Sodium-potassium pump, Pnak. */
    INAK("PNaK");

    private final String factorName;

    Channel(String factorName) {
        this.factorName = factorName;
    }

    /** The column name of this channel's scaling factor in population files, e.g. GKr. */
    public String factorName() {
        return factorName;
    }

    /** The name of the current in compound files, e.g. IKr, ICaL. */
    public String currentName() {
        return switch (this) {
            case INA -> "INa";
            case INAL -> "INaL";
            case ITO -> "Ito";
            case ICAL -> "ICaL";
            case IKR -> "IKr";
            case IKS -> "IKs";
            case IK1 -> "IK1";
            case INCX -> "INCX";
            case INAK -> "INaK";
        };
    }

    /** The channel whose factor or current is called {@code name} (case-insensitive), or null. */
    public static Channel named(String name) {
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        for (Channel channel : values()) {
            if (channel.factorName.toLowerCase(Locale.ROOT).equals(wanted)
                    || channel.currentName().toLowerCase(Locale.ROOT).equals(wanted)) {
                return channel;
            }
        }
        if (wanted.equals("herg")) {
            return IKR;
        }
        return null;
    }
}
