package org.vitruvian.tosca.model;

/**
 * Where an element of a TOSCA file stands: the file as the user named it, 1-based line and
 * column (0 when unknown). Every element of the model carries one, so that each diagnostic
 * points at the text the user has to change.
 */
public record Source(String file, int line, int column) {

    public static Source unknown(String file) {
        return new Source(file, 0, 0);
    }
}
