package org.vitruvian.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitruvian.app.tests.CliRunner.Result;
import org.vitruvian.tests.support.LoopbackHpc;

/**
 * 'vitruvian sites accept-host' against the real OpenSSH server of the loopback HPC site
 * (releng/lib/loopback-hpc.sh), with a Vitruvian home that has no key and no known_hosts yet.
 * The tests run without a terminal, as in CI; releng/test.sh answers the question on a real one.
 */
class AcceptHostCliTest {

    @TempDir
    Path folder;

    private Path home;
    private Path knownHosts;
    private String port;

    @BeforeEach
    void aHomeWithTheLoopbackSite() throws IOException {
        home = folder.resolve("home");
        port = LoopbackHpc.get("VITRUVIAN_HPC_PORT");
        Path repo = Path.of(System.getProperty("vitruvian.repo", "."));
        String site = Files.readString(repo.resolve("examples/sites/loopback-slurm.yaml")).replaceFirst("(?m)^  port: .*$",
                "  port: " + port);
        Files.createDirectories(home.resolve("sites"));
        Files.writeString(home.resolve("sites/loopback-slurm.yaml"), site);
        knownHosts = home.resolve("ssh/known_hosts");
        System.setProperty("vitruvian.home", home.toString());
    }

    @AfterEach
    void restoreHome() {
        System.clearProperty("vitruvian.home");
    }

    /** What OpenSSH says the server's key is: what the site's operators would publish. */
    private static String fingerprint() throws Exception {
        Process keygen = new ProcessBuilder("ssh-keygen", "-l", "-E", "sha256", "-f",
                LoopbackHpc.state().resolve("ssh_host_ed25519_key.pub").toString()).redirectErrorStream(true).start();
        String out = new String(keygen.getInputStream().readAllBytes());
        assertTrue(keygen.waitFor(30, TimeUnit.SECONDS) && keygen.exitValue() == 0, out);
        return out.split(" ")[1];
    }

    @Test
    void withoutATerminalOrAFingerprintTheKeyIsShownAndNothingIsStored() throws Exception {
        Result result = CliRunner.run("sites", "accept-host", "loopback-slurm");
        assertEquals(2, result.exitCode(), result.out() + result.err());
        assertTrue(result.out().contains("The host key of [127.0.0.1]:" + port + " (site loopback-slurm) is not known yet:\n  ssh-ed25519 "
                + fingerprint()), result.out());
        assertTrue(result.err().contains("no terminal to confirm the key on, and no --fingerprint; compare the fingerprint above "
                + "with the one the site's operators publish and run 'vitruvian sites accept-host loopback-slurm --fingerprint "
                + "SHA256:...'. Nothing was stored."), result.err());
        assertFalse(Files.exists(knownHosts));
    }

    @Test
    void theMatchingFingerprintStoresTheKeyWhereTheIdeAndRunsLookOnce() throws Exception {
        Result result = CliRunner.run("sites", "accept-host", "loopback-slurm", "--fingerprint", fingerprint());
        assertEquals(0, result.exitCode(), result.out() + result.err());
        assertTrue(result.out().contains("Stored the host key of [127.0.0.1]:" + port), result.out());
        String[] hostKey = LoopbackHpc.hostPublicKey().split(" ");
        assertEquals("[127.0.0.1]:" + port + " " + hostKey[0] + " " + hostKey[1] + "\n", Files.readString(knownHosts));

        Result again = CliRunner.run("sites", "accept-host", "loopback-slurm");
        assertEquals(0, again.exitCode(), again.out() + again.err());
        assertTrue(again.out().contains("is already known; nothing to do"), again.out());
        assertFalse(again.out().contains("not known yet"), again.out());
        assertEquals(1, Files.readAllLines(knownHosts).size(), "stored once");
    }

    @Test
    void anotherFingerprintIsRefusedAndNothingIsStored() throws Exception {
        String other = "SHA256:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU";
        Result result = CliRunner.run("sites", "accept-host", "loopback-slurm", "--fingerprint", other);
        assertEquals(1, result.exitCode(), result.out() + result.err());
        assertTrue(result.err().contains("the server's key has the fingerprint " + fingerprint() + ", not " + other
                + "; nothing was stored."), result.err());
        assertFalse(Files.exists(knownHosts));
    }

    @Test
    void aChangedKeyIsRefusedWithAWarningAndNeverOffered() throws Exception {
        // A real ed25519 key, but not the server's: the test account's public key stands in for the old one.
        String[] old = Files.readString(Path.of(LoopbackHpc.get("VITRUVIAN_HPC_IDENTITY") + ".pub")).strip().split(" ");
        String line = "[127.0.0.1]:" + port + " " + old[0] + " " + old[1] + "\n";
        Files.createDirectories(knownHosts.getParent());
        Files.writeString(knownHosts, line);

        // Even the right fingerprint given beforehand does not make a changed key acceptable.
        Result result = CliRunner.run("sites", "accept-host", "loopback-slurm", "--fingerprint", fingerprint());
        assertEquals(1, result.exitCode(), result.out() + result.err());
        assertTrue(result.err().startsWith("WARNING: the server at [127.0.0.1]:" + port + " presented a different host key than "
                + "the one on record (it offered ssh-ed25519 " + fingerprint() + "). Nothing was stored"), result.err());
        assertFalse(result.out().contains("not known yet"), "never offered: " + result.out());
        assertEquals(line, Files.readString(knownHosts), "the file is left as it was");
    }

    @Test
    void aSiteWithoutSshIsAUsageError() {
        Result result = CliRunner.run("sites", "accept-host", "local");
        assertEquals(2, result.exitCode(), result.out() + result.err());
        assertTrue(result.err().contains("site 'local' is not reached through SSH"), result.err());
    }
}
