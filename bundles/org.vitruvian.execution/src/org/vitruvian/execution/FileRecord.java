package org.vitruvian.execution;

import java.nio.file.Path;

/**
 * A file (or a folder, such as a DICOM series) a run read or wrote, as it was then.
 *
 * @param bytes  its size, or for a folder the sum of its files' sizes; null when it could not be read
 * @param sha256 its SHA-256; for a folder, the SHA-256 of its files' relative paths and digests in path order
 */
public record FileRecord(Path path, boolean folder, Long bytes, String sha256) {
}
