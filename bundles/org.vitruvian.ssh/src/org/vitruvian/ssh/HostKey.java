package org.vitruvian.ssh;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

/**
 * A server's public host key as the server offered it.
 *
 * @param blob the key in SSH wire format (what known_hosts holds in base64)
 */
public record HostKey(byte[] blob) {

    public HostKey {
        blob = blob.clone();
    }

    @Override
    public byte[] blob() {
        return blob.clone();
    }

    /** The key's algorithm as the blob names it, e.g. {@code ssh-ed25519}. */
    public String type() {
        ByteBuffer buffer = ByteBuffer.wrap(blob);
        if (buffer.remaining() < 4) {
            return "unknown";
        }
        int length = buffer.getInt();
        if (length <= 0 || length > buffer.remaining()) {
            return "unknown";
        }
        return new String(blob, 4, length, StandardCharsets.US_ASCII);
    }

    /**
     * The SHA-256 fingerprint as OpenSSH prints it ({@code ssh-keygen -lf}, {@code ssh -v}):
     * {@code SHA256:} and the unpadded base64 of the digest, so a user can compare it with what
     * the site's operators publish.
     */
    public String fingerprint() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(blob);
            return "SHA256:" + Base64.getEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java has no SHA-256", e);
        }
    }

    /** The key as a known_hosts line names it: type and base64. */
    public String base64() {
        return Base64.getEncoder().encodeToString(blob);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HostKey key && Arrays.equals(blob, key.blob);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(blob);
    }

    @Override
    public String toString() {
        return type() + " " + fingerprint();
    }
}
