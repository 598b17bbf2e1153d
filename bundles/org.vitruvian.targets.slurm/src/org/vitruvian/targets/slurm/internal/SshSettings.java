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
 * @param knownHosts  the known_hosts file: a host key that is not in it is refused, never added
 * @param identities  private key files, tried in order; keys protected by a passphrase are not
 *                    supported yet
 */
public record SshSettings(Path knownHosts, List<Path> identities) {

    private static final List<String> KEY_NAMES = List.of("id_ed25519", "id_ecdsa", "id_rsa");

    public SshSettings {
        identities = List.copyOf(identities);
    }

    /** The settings for {@code siteId} from Vitruvian's home and the user's ~/.ssh. */
    public static SshSettings forSite(String siteId) {
        Path home = VitruvianHome.path().resolve("ssh");
        List<Path> folders = List.of(home.resolve(siteId.replaceAll("[^A-Za-z0-9._-]", "_")), home,
                Path.of(System.getProperty("user.home"), ".ssh"));
        Path knownHosts = null;
        List<Path> identities = new ArrayList<>();
        for (Path folder : folders) {
            if (knownHosts == null && Files.isRegularFile(folder.resolve("known_hosts"))) {
                knownHosts = folder.resolve("known_hosts");
            }
            for (String name : KEY_NAMES) {
                if (Files.isRegularFile(folder.resolve(name))) {
                    identities.add(folder.resolve(name));
                }
            }
        }
        return new SshSettings(knownHosts != null ? knownHosts : folders.get(2).resolve("known_hosts"), identities);
    }
}
