package org.vitruvian.language;

/**
 * An edit that cannot be made on this text: the path names nothing, an item to remove is not
 * there, or the document does not parse. The message says which and what would work.
 */
public class EditException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public EditException(String message) {
        super(message);
    }
}
