package org.vitruvian.execution.spi;

/**
 * The target could not be reached or refused: an environment problem, never a job's failure.
 * A <em>transient</em> fault (a server that does not answer, a scheduler restarting) is retried
 * with backoff; a <em>permanent</em> one (a folder that cannot be written, an address that is
 * not one) fails the step with its message, since asking again cannot help.
 */
public final class TargetException extends Exception {

    private static final long serialVersionUID = 1L;

    private final boolean permanent;

    public TargetException(String message) {
        this(message, null, false);
    }

    public TargetException(String message, Throwable cause) {
        this(message, cause, false);
    }

    private TargetException(String message, Throwable cause, boolean permanent) {
        super(message, cause);
        this.permanent = permanent;
    }

    /** A fault that will not go away by asking again; the message says what the user must change. */
    public static TargetException permanent(String message) {
        return new TargetException(message, null, true);
    }

    public static TargetException permanent(String message, Throwable cause) {
        return new TargetException(message, cause, true);
    }

    public boolean isPermanent() {
        return permanent;
    }
}
