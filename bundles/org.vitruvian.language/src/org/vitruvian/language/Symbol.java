package org.vitruvian.language;

import java.util.List;

/**
 * One entry of a document's outline.
 *
 * @param range     the whole of it, key and value
 * @param selection the part to select when it is chosen: its key, or an item's name
 */
public record Symbol(String name, String detail, Kind kind, TextRange range, TextRange selection, List<Symbol> children) {

    public enum Kind { KEY, LIST, ITEM, VALUE }
}
