package org.vitruvian.ssh;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.vitruvian.core.VitruvianHome;

/**
 * Where the SSH client finds the host keys it trusts and the user's keys. A site's own folder
 * ({@code $VITRUVIAN_HOME/ssh/SITE/}) comes first, then {@code $VITRUVIAN_HOME/ssh/}, then the
 * user's {@code ~/.ssh/}, so that an account for one site does not have to be the user's
 * everyday key, and a user who already reaches the cluster with OpenSSH needs nothing more.
 *
 * <p>Unless a key was put in Vitruvian's folders, a running ssh-agent ({@code SSH_AUTH_SOCK})
 * that holds keys is used instead of the files in ~/.ssh: that is how a key protected by a
 * passphrase is used, and the passphrase never reaches Vitruvian.
 *
 * @param knownHosts      Vitruvian's known_hosts file: read first, and the one file a host key
 *                        the user accepted is written to (it need not exist yet)
 * @param identities      private key files without a passphrase, tried in order
 * @param agent           the ssh-agent's socket, or null
 * @param otherKnownHosts further known_hosts files that are read, never written (the user's
 *                        OpenSSH file)
 */
public record SshSettings(Path knownHosts, List<Path> identities, Path agent, List<Path> otherKnownHosts) {

    private static final List<String> KEY_NAMES = List.of("id_ed25519", "id_ecdsa", "id_rsa");

    public SshSettings {
        identities = List.copyOf(identities);
        otherKnownHosts = List.copyOf(otherKnownHosts);
    }

    /** One known_hosts file, keys and an agent. */
    public SshSettings(Path knownHosts, List<Path> identities, Path agent) {
        this(knownHosts, identities, agent, List.of());
    }

    /** One known_hosts file and key files only, no agent. */
    public SshSettings(Path knownHosts, List<Path> identities) {
        this(knownHosts, identities, null, List.of());
    }

    /** Every known_hosts file read, Vitruvian's first. */
    public List<Path> allKnownHosts() {
        List<Path> all = new ArrayList<>();
        all.add(knownHosts);
        all.addAll(otherKnownHosts);
        return all;
    }

    /** The settings for {@code siteId} from Vitruvian's home and the user's ~/.ssh. */
    public static SshSettings forSite(String siteId) {
        Path home = VitruvianHome.path().resolve("ssh");
        Path userSsh = Path.of(System.getProperty("user.home"), ".ssh");
        Path siteFolder = home.resolve(siteId.replaceAll("[^A-Za-z0-9._-]", "_"));
        List<Path> folders = List.of(siteFolder, home, userSsh);
        List<Path> identities = new ArrayList<>();
        boolean ownKey = false;
        for (Path folder : folders) {
            for (String name : KEY_NAMES) {
                if (Files.isRegularFile(folder.resolve(name))) {
                    identities.add(folder.resolve(name));
                    ownKey |= !folder.equals(userSsh);
                }
            }
        }
        // The site's own file when the user made one, else Vitruvian's common one; the others
        // that exist are read too, so a key the user knows from OpenSSH is known here.
        Path knownHosts = Files.isRegularFile(siteFolder.resolve("known_hosts")) ? siteFolder.resolve("known_hosts")
                : home.resolve("known_hosts");
        List<Path> others = new ArrayList<>();
        for (Path folder : folders) {
            Path file = folder.resolve("known_hosts");
            if (!file.equals(knownHosts) && Files.isRegularFile(file)) {
                others.add(file);
            }
        }
        // A key put in Vitruvian's folders is meant for this: an agent holding the user's
        // everyday keys must not be tried instead of it.
        String agent = System.getenv("SSH_AUTH_SOCK");
        return new SshSettings(knownHosts, identities, ownKey || agent == null || agent.isBlank() ? null : Path.of(agent),
                others);
    }
}
