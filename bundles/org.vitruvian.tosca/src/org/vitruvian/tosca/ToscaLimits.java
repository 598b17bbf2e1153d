package org.vitruvian.tosca;

/**
 * Bounds on what the TOSCA reader accepts, the same as for Vitruvian models
 * (org.vitruvian.model.yaml.YamlLimits), plus bounds on CSAR archives: a hostile or broken
 * file fails fast with a clear message instead of exhausting memory, disk or the stack.
 */
public final class ToscaLimits {

    /**
     * Largest YAML file, in bytes (and code points). Larger than a Vitruvian model's 3 MiB: node
     * templates cannot be split across imports in TOSCA, and a topology of 100,000 nodes (the
     * size the issue benchmarks) is about 12 MiB. The alias and depth bounds below still stop the
     * expansions a small hostile file could cause; memory grows linearly with the file.
     */
    public static final int MAX_BYTES = 32 * 1024 * 1024;

    /** Most aliases (*ref) in one document: stops "billion laughs" expansions. */
    public static final int MAX_ALIASES = 50;

    /** Deepest nesting of mappings and sequences. */
    public static final int MAX_DEPTH = 64;

    /** Most files a CSAR may hold. */
    public static final int MAX_CSAR_ENTRIES = 10_000;

    /** Most bytes a CSAR may expand to, all entries together. */
    public static final long MAX_CSAR_EXPANDED_BYTES = 256L * 1024 * 1024;

    /** Largest ratio of an entry's expanded to compressed size: beyond it the entry is a zip bomb. */
    public static final int MAX_CSAR_RATIO = 200;

    /** Deepest chain of imports. */
    public static final int MAX_IMPORT_DEPTH = 32;

    private ToscaLimits() {
    }
}
