package org.vitruvian.language;

/** Lines that fold together, 1-based and inclusive; the first line stays visible. */
public record Fold(int startLine, int endLine) {
}
