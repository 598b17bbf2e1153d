package org.vitruvian.core.diagnostics;

import java.util.Locale;

public enum Severity {
    ERROR, WARNING, INFO;

    /** The word used in printed diagnostics and JSON: {@code error}, {@code warning}, {@code info}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
