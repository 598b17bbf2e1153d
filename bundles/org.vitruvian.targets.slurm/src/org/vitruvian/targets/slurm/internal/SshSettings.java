package org.vitruvian.targets.slurm.internal;

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
 * @param knownHosts  the known_hosts file: a host key that is not in it is refused, never added
 * @param identities  private key files without a passphrase, tried in order
 * @param agent       the ssh-agent's socket, or null
 */
public record SshSettings(Path knownHosts, List<Path> identities, Path agent) {

    private static final List<String> KEY_NAMES = List.of("id_ed25519", "id_ecdsa", "id_rsa");

    public SshSettings {
        identities = List.copyOf(identities);
    }

    /** Key files only, no agent. */
    public SshSettings(Path knownHosts, List<Path> identities) {
        this(knownHosts, identities, null);
    }

    /** The settings for {@code siteId} from Vitruvian's home and the user's ~/.ssh. */
    public static SshSettings forSite(String siteId) {
        Path home = VitruvianHome.path().resolve("ssh");
        List<Path> folders = List.of(home.resolve(siteId.replaceAll("[^A-Za-z0-9._-]", "_")), home,
                Path.of(System.getProperty("user.home"), ".ssh"));
        Path knownHosts = null;
        List<Path> identities = new ArrayList<>();
        boolean ownKey = false;
        for (Path folder : folders) {
            if (knownHosts == null && Files.isRegularFile(folder.resolve("known_hosts"))) {
                knownHosts = folder.resolve("known_hosts");
            }
            for (String name : KEY_NAMES) {
                if (Files.isRegularFile(folder.resolve(name))) {
                    identities.add(folder.resolve(name));
                    ownKey |= !folder.equals(folders.get(2));
                }
            }
        }
        // A key put in Vitruvian's folders is meant for this: an agent holding the user's
        // everyday keys must not be tried instead of it.
        String agent = System.getenv("SSH_AUTH_SOCK");
        return new SshSettings(knownHosts != null ? knownHosts : folders.get(2).resolve("known_hosts"), identities,
                ownKey || agent == null || agent.isBlank() ? null : Path.of(agent));
    }
}
