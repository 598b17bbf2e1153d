package org.vitruvian.language;

/** What the key or value at a position means, as Markdown, and the text it is about. */
public record Hover(TextRange range, String markdown) {
}
