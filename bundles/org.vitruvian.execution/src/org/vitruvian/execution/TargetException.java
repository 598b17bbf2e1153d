package org.vitruvian.execution;

/** The target could not be reached or refused: an environment problem, never a job failure. */
public final class TargetException extends Exception {

    private static final long serialVersionUID = 1L;

    public TargetException(String message) {
        super(message);
    }

    public TargetException(String message, Throwable cause) {
        super(message, cause);
    }
}
