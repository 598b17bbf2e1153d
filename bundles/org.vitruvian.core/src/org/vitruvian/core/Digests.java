package org.vitruvian.core;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 as Vitruvian records it everywhere (run records, crates, policies): lower-case hex. */
public final class Digests {

    private Digests() {
    }

    /** A fresh SHA-256 digest; every Java runtime has one, so no checked exception. */
    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    public static String hex(MessageDigest digest) {
        return HexFormat.of().formatHex(digest.digest());
    }

    public static String sha256(byte[] content) {
        return HexFormat.of().formatHex(sha256().digest(content));
    }

    /** Reads the stream to its end (without closing it) and returns its digest. */
    public static String sha256(InputStream in) throws IOException {
        MessageDigest digest = sha256();
        DigestInputStream digesting = new DigestInputStream(in, digest);
        digesting.transferTo(java.io.OutputStream.nullOutputStream());
        return hex(digest);
    }

    /** The file's digest, streamed: large outputs are not read into memory. */
    public static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return sha256(in);
        }
    }
}
