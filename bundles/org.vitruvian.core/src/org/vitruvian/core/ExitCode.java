package org.vitruvian.core;

/**
 * What a Vitruvian command's exit status means, the same for every command (docs/cli.md), so
 * that pipelines can tell bad input from a broken environment.
 */
public enum ExitCode {
    /** The command did what was asked. */
    OK(0),
    /** The input is invalid, a check denied it, or a run failed. */
    FAILED(1),
    /** The command line itself is wrong: unknown command or option, missing argument. */
    USAGE(2),
    /** The environment failed: a target unreachable, an I/O error, an internal fault. */
    ENVIRONMENT(3);

    private final int status;

    ExitCode(int status) {
        this.status = status;
    }

    public int status() {
        return status;
    }
}
