package org.vitruvian.ssh.internal;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.equinox.security.storage.provider.IPreferencesContainer;
import org.eclipse.equinox.security.storage.provider.PasswordProvider;

/**
 * The master password of Vitruvian's secure storage: 256 random bits in a file next to it
 * ({@code secure_storage.key}), readable by the user alone. There is no keyring on a login node
 * or in a container, and a dialog would stop the command line; so the storage is as safe as the
 * user's SSH keys, which sit beside it with the same permissions.
 */
public final class KeyFilePasswordProvider extends PasswordProvider {

    /** The extension's id, as secure storage knows the module (plugin.xml). */
    public static final String ID = "org.vitruvian.ssh.keyFile";

    @Override
    public PBEKeySpec getPassword(IPreferencesContainer container, int passwordType) {
        try {
            Path storage = Path.of(container.getLocation().toURI());
            Path key = storage.resolveSibling(storage.getFileName() + ".key");
            if (!Files.isRegularFile(key)) {
                create(key);
            }
            return new PBEKeySpec(Files.readString(key, StandardCharsets.US_ASCII).strip().toCharArray());
        } catch (IOException | URISyntaxException e) {
            // Secure storage reports a missing password as its own error, naming the storage.
            return null;
        }
    }

    private static void create(Path key) throws IOException {
        Files.createDirectories(key.getParent(), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        try {
            Files.write(Files.createFile(key, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))),
                    Base64.getEncoder().encode(random), StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            // Another process made it first: use that one.
        }
    }
}
