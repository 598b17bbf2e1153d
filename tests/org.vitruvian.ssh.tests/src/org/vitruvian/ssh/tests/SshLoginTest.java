package org.vitruvian.ssh.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.jcraft.jsch.Session;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitruvian.ssh.HostKey;
import org.vitruvian.ssh.KnownHosts;
import org.vitruvian.ssh.SshEndpoint;
import org.vitruvian.ssh.SshException;
import org.vitruvian.ssh.SshInteraction;
import org.vitruvian.ssh.SshLogin;
import org.vitruvian.ssh.SshSettings;
import org.vitruvian.tests.support.LoopbackHpc;

/** Host keys on first contact and after a change, against the real sshd on loopback. */
class SshLoginTest {

    @TempDir
    Path folder;

    private static SshEndpoint endpoint() {
        return new SshEndpoint(LoopbackHpc.get("VITRUVIAN_HPC_HOST"), Integer.parseInt(LoopbackHpc.get("VITRUVIAN_HPC_PORT")),
                LoopbackHpc.get("VITRUVIAN_HPC_USER"));
    }

    private SshSettings settings(Path knownHosts, List<Path> others) {
        return new SshSettings(knownHosts, List.of(Path.of(LoopbackHpc.get("VITRUVIAN_HPC_IDENTITY"))), null, others);
    }

    /** What OpenSSH says the server's key is: the fingerprint a user compares with. */
    private static String opensshFingerprint() throws Exception {
        Process keygen = new ProcessBuilder("ssh-keygen", "-l", "-E", "sha256", "-f",
                LoopbackHpc.state().resolve("ssh_host_ed25519_key.pub").toString()).redirectErrorStream(true).start();
        String out = new String(keygen.getInputStream().readAllBytes());
        assertTrue(keygen.waitFor(30, TimeUnit.SECONDS) && keygen.exitValue() == 0, out);
        return out.split(" ")[1];
    }

    /** Answers the host-key question as told and remembers what it was shown. */
    private static final class Answering implements SshInteraction {
        final boolean accept;
        final List<HostKey> shown = new ArrayList<>();

        Answering(boolean accept) {
            this.accept = accept;
        }

        @Override
        public boolean asksUser() {
            return true;
        }

        @Override
        public boolean acceptNewHostKey(SshEndpoint endpoint, HostKey key, Path knownHosts) {
            shown.add(key);
            return accept;
        }
    }

    @Test
    void firstContactShowsTheSha256FingerprintAndAcceptingStoresTheKey() throws Exception {
        Path knownHosts = folder.resolve("ssh").resolve("known_hosts");
        Answering user = new Answering(true);
        Session session = SshLogin.open(endpoint(), settings(knownHosts, List.of()), user, org.vitruvian.ssh.PasswordStore.NONE);
        try {
            assertTrue(session.isConnected());
        } finally {
            session.disconnect();
        }
        assertEquals(1, user.shown.size(), "asked once");
        assertEquals(opensshFingerprint(), user.shown.get(0).fingerprint(), "the fingerprint ssh-keygen -lf prints");
        assertEquals("ssh-ed25519", user.shown.get(0).type());
        String[] hostKey = LoopbackHpc.hostPublicKey().split(" ");
        assertEquals(endpoint().knownHostsName() + " " + hostKey[0] + " " + hostKey[1] + "\n", Files.readString(knownHosts));
        assertEquals(KnownHosts.Verdict.KNOWN, new KnownHosts(settings(knownHosts, List.of())).check(endpoint(), user.shown.get(0)));

        Answering again = new Answering(false);
        SshLogin.open(endpoint(), settings(knownHosts, List.of()), again, org.vitruvian.ssh.PasswordStore.NONE).disconnect();
        assertTrue(again.shown.isEmpty(), "a stored key is not asked about again");
    }

    @Test
    void aRefusedFirstContactFailsAndWritesNothing() throws Exception {
        Path knownHosts = folder.resolve("known_hosts");
        Answering user = new Answering(false);
        SshException refused = assertThrows(SshException.class,
                () -> SshLogin.open(endpoint(), settings(knownHosts, List.of()), user, org.vitruvian.ssh.PasswordStore.NONE));
        assertEquals(SshException.Reason.HOST_KEY_UNKNOWN, refused.reason(), refused.getMessage());
        assertTrue(refused.permanent());
        assertEquals(opensshFingerprint(), refused.hostKey().fingerprint());
        assertTrue(refused.getMessage().contains(opensshFingerprint()), refused.getMessage());
        assertFalse(Files.exists(knownHosts), "nothing written");
    }

    @Test
    void inBatchAnUnknownKeyIsRefusedWithoutAsking() {
        Path knownHosts = folder.resolve("known_hosts");
        SshException refused = assertThrows(SshException.class,
                () -> SshLogin.open(endpoint(), settings(knownHosts, List.of())));
        assertEquals(SshException.Reason.HOST_KEY_UNKNOWN, refused.reason(), refused.getMessage());
        assertTrue(refused.getMessage().contains("is not in " + knownHosts), refused.getMessage());
        assertFalse(Files.exists(knownHosts));
    }

    @Test
    void aChangedKeyIsRefusedAndNeverOfferedForAcceptance() throws Exception {
        // A real ed25519 key, but not the server's: the client's own public key stands in for an impostor's.
        String[] impostor = Files.readString(Path.of(LoopbackHpc.get("VITRUVIAN_HPC_IDENTITY") + ".pub")).strip().split(" ");
        String line = endpoint().knownHostsName() + " " + impostor[0] + " " + impostor[1] + "\n";
        Path knownHosts = Files.writeString(folder.resolve("known_hosts"), line);
        SshInteraction mustNotBeAsked = new SshInteraction() {
            @Override
            public boolean asksUser() {
                return true;
            }

            @Override
            public boolean acceptNewHostKey(SshEndpoint endpoint, HostKey key, Path file) {
                fail("a changed key was offered for acceptance: " + key);
                return true;
            }
        };
        SshException refused = assertThrows(SshException.class, () -> SshLogin.open(endpoint(), settings(knownHosts, List.of()),
                mustNotBeAsked, org.vitruvian.ssh.PasswordStore.NONE));
        assertEquals(SshException.Reason.HOST_KEY_CHANGED, refused.reason(), refused.getMessage());
        assertEquals(opensshFingerprint(), refused.hostKey().fingerprint(), "the key the server offered");
        assertEquals(line, Files.readString(knownHosts), "the file is left as it was");
        assertThrows(SshException.class, () -> new KnownHosts(settings(knownHosts, List.of())).add(endpoint(), refused.hostKey()),
                "add refuses to put a second key beside a changed one");
        assertEquals(line, Files.readString(knownHosts));
    }

    @Test
    void aKeyInTheUsersOpenSshFileIsTrustedAndNotCopied() throws Exception {
        Path vitruvians = folder.resolve("known_hosts");
        Path openssh = Path.of(LoopbackHpc.get("VITRUVIAN_HPC_KNOWN_HOSTS"));
        SshLogin.open(endpoint(), settings(vitruvians, List.of(openssh))).disconnect();
        assertFalse(Files.exists(vitruvians));
    }

    @Test
    void theHostKeyIsVerifiedAndAcceptedWithoutAnyCredential() throws Exception {
        // 'vitruvian sites accept-host' before the account key is in place: only the key exchange happens.
        Path knownHosts = folder.resolve("known_hosts");
        SshSettings noKeys = new SshSettings(knownHosts, List.of(), null, List.of());
        Answering user = new Answering(true);
        HostKey key = SshLogin.verifyHostKey(endpoint(), noKeys, user);
        assertEquals(opensshFingerprint(), key.fingerprint());
        assertEquals(1, user.shown.size(), "asked once");
        assertEquals(KnownHosts.Verdict.KNOWN, new KnownHosts(noKeys).check(endpoint(), key));

        Answering again = new Answering(false);
        assertEquals(key, SshLogin.verifyHostKey(endpoint(), noKeys, again));
        assertTrue(again.shown.isEmpty(), "a stored key is not asked about again");

        SshException refused = assertThrows(SshException.class,
                () -> SshLogin.verifyHostKey(endpoint(), new SshSettings(folder.resolve("other"), List.of()), new Answering(false)));
        assertEquals(SshException.Reason.HOST_KEY_UNKNOWN, refused.reason(), refused.getMessage());
        assertFalse(Files.exists(folder.resolve("other")), "nothing written when refused");
    }
}
