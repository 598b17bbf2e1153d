package org.vitruvian.services.support;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Outputs appear whole or not at all: each is written to a temporary file next to its target and
 * moved into place at the end. A step that is killed, or fails half-way, never leaves a truncated
 * file that the next step of a workflow (or a retry) would take for a result.
 */
public final class AtomicFiles {

    /** Writes the content of one output file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Fills a folder that becomes one output (a DICOM series). */
    @FunctionalInterface
    public interface FolderContent {
        void writeInto(Path folder) throws IOException;
    }

    private AtomicFiles() {
    }

    public static void write(Path target, Content content) throws IOException {
        Path parent = parentOf(target);
        Files.createDirectories(parent);
        Path temporary = parent.resolve(temporaryName(target, ".partial"));
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), 1 << 16)) {
                content.writeTo(out);
            }
            move(temporary, target);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    public static void writeString(Path target, String text) throws IOException {
        write(target, out -> out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /**
     * Writes a folder under a temporary name and renames it into place. A folder that is already
     * there is replaced: moved aside first, deleted after the new one is in place.
     */
    public static void writeFolder(Path target, FolderContent content) throws IOException {
        Path parent = parentOf(target);
        Files.createDirectories(parent);
        Path temporary = Files.createDirectory(parent.resolve(temporaryName(target, ".partial")));
        Path previous = null;
        try {
            content.writeInto(temporary);
            if (Files.exists(target)) {
                if (!Files.isDirectory(target)) {
                    throw new IOException(target + " exists and is not a folder");
                }
                previous = parent.resolve(temporaryName(target, ".old"));
                Files.move(target, previous, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            deleteTree(temporary);
            if (previous != null) {
                deleteTree(previous);
            }
        }
    }

    /**
     * A hidden name next to the target, unique to this write. Made by hand rather than with
     * createTempFile, which would give the output owner-only permissions instead of the umask's.
     */
    private static String temporaryName(Path target, String suffix) {
        return "." + target.getFileName() + "." + Long.toHexString(RANDOM.nextLong()) + suffix;
    }

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    private static Path parentOf(Path target) {
        Path parent = target.toAbsolutePath().getParent();
        return parent == null ? target.toAbsolutePath().getRoot() : parent;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
