package org.vitruvian.model.yaml;

/**
 * Bounds on what the reader accepts, so that a hostile or broken file fails fast with a clear
 * message instead of exhausting memory or the stack. No real model comes near them.
 */
public final class YamlLimits {

    /** Largest model file, in bytes. */
    public static final int MAX_BYTES = 3 * 1024 * 1024;

    /** Most aliases (*ref) to collections in one document: stops "billion laughs" expansions. */
    public static final int MAX_ALIASES = 50;

    /** Deepest nesting of mappings and sequences. */
    public static final int MAX_DEPTH = 64;

    private YamlLimits() {
    }
}
