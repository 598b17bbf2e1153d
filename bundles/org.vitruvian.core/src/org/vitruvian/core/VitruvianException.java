package org.vitruvian.core;

/**
 * A failure to report to the user as one clear sentence, without a stack trace, and with the
 * exit code it stands for. Code that can fail because of its input or environment throws this
 * (or a subclass) instead of a bare runtime exception.
 */
public class VitruvianException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ExitCode exitCode;

    public VitruvianException(ExitCode exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public VitruvianException(ExitCode exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public ExitCode exitCode() {
        return exitCode;
    }
}
