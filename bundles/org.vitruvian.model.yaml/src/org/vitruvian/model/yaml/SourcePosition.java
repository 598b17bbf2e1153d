package org.vitruvian.model.yaml;

/** Where something stands in a YAML file: 1-based line and column. */
public record SourcePosition(int line, int column) {

    public static final SourcePosition UNKNOWN = new SourcePosition(0, 0);
}
