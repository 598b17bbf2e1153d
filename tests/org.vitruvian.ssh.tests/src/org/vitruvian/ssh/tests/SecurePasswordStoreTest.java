package org.vitruvian.ssh.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitruvian.ssh.PasswordStore;
import org.vitruvian.ssh.SshEndpoint;
import org.vitruvian.ssh.internal.SecurePasswordStore;

/** A saved password lives in Equinox secure storage, encrypted, and can be forgotten. */
class SecurePasswordStoreTest {

    @TempDir
    Path home;

    private String previousHome;

    @BeforeEach
    void useATemporaryHome() {
        previousHome = System.getProperty("vitruvian.home");
        System.setProperty("vitruvian.home", home.toString());
    }

    @AfterEach
    void restoreHome() {
        if (previousHome == null) {
            System.clearProperty("vitruvian.home");
        } else {
            System.setProperty("vitruvian.home", previousHome);
        }
    }

    @Test
    void aSavedPasswordIsReadBackAndIsNotInTheFileInClear() throws Exception {
        SshEndpoint account = new SshEndpoint("login.example.org", 2222, "alice");
        String secret = "correct horse battery staple " + System.nanoTime();
        PasswordStore.secureStorage().save(account, secret.toCharArray());
        assertArrayEquals(secret.toCharArray(), PasswordStore.secureStorage().password(account).orElseThrow());
        assertTrue(PasswordStore.secureStorage().password(new SshEndpoint("login.example.org", 22, "alice")).isEmpty(),
                "per account: another port is another account");

        Path storage = SecurePasswordStore.file();
        assertTrue(Files.isRegularFile(storage), storage + " written");
        String stored = Files.readString(storage, StandardCharsets.ISO_8859_1);
        assertFalse(stored.contains(secret), "the password is encrypted in " + storage);
        assertFalse(stored.contains("horse"), "no part of it in clear");
        Path key = storage.resolveSibling("secure_storage.key");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key)), "the key is the user's alone");

        PasswordStore.secureStorage().forget(account);
        assertTrue(PasswordStore.secureStorage().password(account).isEmpty());
    }
}
