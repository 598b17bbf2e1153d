package org.vitruvian.services.mriheating;

/** An input the service cannot use: the message names the file or option and what to do. */
public final class InvalidInputException extends Exception {

    private static final long serialVersionUID = 1L;

    public InvalidInputException(String message) {
        super(message);
    }
}
