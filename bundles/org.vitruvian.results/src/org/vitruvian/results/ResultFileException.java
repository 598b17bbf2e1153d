package org.vitruvian.results;

import java.nio.file.Path;

import org.vitruvian.core.ExitCode;
import org.vitruvian.core.VitruvianException;

/**
 * An output file that cannot be read as what its name says: the message names the file, and the
 * line and column where they are known, so a viewer shows it instead of a stack trace.
 */
public final class ResultFileException extends VitruvianException {

    private static final long serialVersionUID = 1L;

    public ResultFileException(Path file, int line, int column, String what) {
        super(ExitCode.FAILED, file + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "") + ": " + what);
    }

    public ResultFileException(Path file, String what, Throwable cause) {
        super(ExitCode.FAILED, file + ": " + what, cause);
    }
}
