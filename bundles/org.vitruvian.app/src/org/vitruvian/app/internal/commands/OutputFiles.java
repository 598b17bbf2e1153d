package org.vitruvian.app.internal.commands;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.Collection;
import java.util.HexFormat;

import org.vitruvian.core.ExitCode;
import org.vitruvian.core.VitruvianException;
import org.vitruvian.core.diagnostics.Diagnostic;

/** File handling the commands that write files share. */
final class OutputFiles {

    private static final SecureRandom RANDOM = new SecureRandom();

    private OutputFiles() {
    }

    /**
     * Writes {@code content} to {@code target} so that a reader sees either the old file or the
     * whole new one: the text goes to a temporary file in the same folder (same file system, so
     * the rename is atomic), is flushed to disk, and then replaces the target. On failure the
     * temporary file is removed and the target is untouched.
     */
    static void writeAtomically(Path target, byte[] content) {
        Path absolute = target.toAbsolutePath().normalize();
        Path folder = absolute.getParent();
        if (Files.isDirectory(absolute)) {
            throw new VitruvianException(ExitCode.ENVIRONMENT, "cannot write " + target + ": it is a folder.");
        }
        Path temp = folder.resolve("." + absolute.getFileName() + "." + HexFormat.of().toHexDigits(RANDOM.nextLong()) + ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            keepPermissions(absolute, temp);
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // the write already failed; that is the error to report
            }
            throw new VitruvianException(ExitCode.ENVIRONMENT, "cannot write " + target + ": " + reason(e, folder), e);
        }
    }

    /** A replaced file keeps its permissions; a new one gets the user's default (umask). */
    private static void keepPermissions(Path existing, Path replacement) throws IOException {
        if (!Files.isRegularFile(existing)) {
            return;
        }
        try {
            Files.setPosixFilePermissions(replacement, Files.getPosixFilePermissions(existing));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the default permissions are all there is
        }
    }

    private static String reason(IOException e, Path folder) {
        if (e instanceof NoSuchFileException) {
            return "the folder " + folder + " does not exist.";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied.";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason() + ".";
        }
        return e.getMessage() + ".";
    }

    /** Paths under the working folder are shown relative to it, as ModelService shows them. */
    static String display(Path file) {
        Path path = file.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath();
        return path.startsWith(cwd) ? cwd.relativize(path).toString() : path.toString();
    }

    static void print(PrintWriter err, Collection<Diagnostic> diagnostics) {
        diagnostics.stream().sorted(Diagnostic.READING_ORDER).forEach(d -> err.println(d.format()));
        err.flush();
    }
}
