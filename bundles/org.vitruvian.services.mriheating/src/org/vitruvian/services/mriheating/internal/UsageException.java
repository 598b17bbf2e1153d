package org.vitruvian.services.mriheating.internal;

/** The command line is wrong: unknown or missing option, value out of the service's range. */
public final class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
