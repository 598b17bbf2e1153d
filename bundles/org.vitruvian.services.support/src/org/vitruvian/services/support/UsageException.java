package org.vitruvian.services.support;

/** The command line itself is wrong: an unknown option, a missing one, a value out of range. */
public final class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
