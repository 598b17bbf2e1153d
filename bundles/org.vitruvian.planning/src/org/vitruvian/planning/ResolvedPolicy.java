package org.vitruvian.planning;

import java.nio.file.Path;

import org.vitruvian.model.trust.TrustPolicy;

/**
 * The trust policy a plan was decided with.
 *
 * @param policy   the policy model
 * @param file     the policy file given, or null for the built-in default
 * @param location where it was read from: the file's absolute path, or the built-in policy's URI
 * @param sha256   the SHA-256 of what was read (for the built-in policy, of its file in the
 *                 bundle, which says which edition of the rules decided), or null when it cannot be read
 */
public record ResolvedPolicy(TrustPolicy policy, Path file, String location, String sha256) {

    public String name() {
        return policy.getName();
    }

    public boolean isDefault() {
        return file == null;
    }
}
