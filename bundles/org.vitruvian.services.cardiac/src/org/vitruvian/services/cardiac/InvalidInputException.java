package org.vitruvian.services.cardiac;

/**
 * Input the service cannot use: a file that does not read, data that makes no sense. The
 * message names the file and says what to do, because the command line shows it as is.
 */
public class InvalidInputException extends Exception {

    private static final long serialVersionUID = 1L;

    public InvalidInputException(String message) {
        super(message);
    }

    public InvalidInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
