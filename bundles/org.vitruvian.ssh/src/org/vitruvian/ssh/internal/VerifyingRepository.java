package org.vitruvian.ssh.internal;

import java.util.List;

import com.jcraft.jsch.HostKeyRepository;
import com.jcraft.jsch.UserInfo;

import org.vitruvian.ssh.HostKey;
import org.vitruvian.ssh.KnownHosts;
import org.vitruvian.ssh.SshEndpoint;
import org.vitruvian.ssh.SshException;
import org.vitruvian.ssh.SshInteraction;

/**
 * The host key check JSch calls during the key exchange. A known key passes; an unknown one
 * passes only when the person asked accepts it (it is then written to Vitruvian's known_hosts
 * before the login goes on); a changed one fails, and nobody is asked. JSch itself never adds
 * a key: with StrictHostKeyChecking=yes it calls neither {@link #add} nor its own prompt.
 */
public final class VerifyingRepository implements HostKeyRepository {

    private final SshEndpoint endpoint;
    private final KnownHosts knownHosts;
    private final SshInteraction interaction;
    private volatile HostKey offered;
    private volatile SshException failure;

    public VerifyingRepository(SshEndpoint endpoint, KnownHosts knownHosts, SshInteraction interaction) {
        this.endpoint = endpoint;
        this.knownHosts = knownHosts;
        this.interaction = interaction;
    }

    /** The key the server offered, once it has. */
    public HostKey offered() {
        return offered;
    }

    /** Why the check could not be made (a file), or null. */
    public SshException failure() {
        return failure;
    }

    @Override
    public int check(String host, byte[] key) {
        // JSch names the server as known_hosts does; the endpoint says the same, and is what the user sees.
        HostKey hostKey = new HostKey(key);
        offered = hostKey;
        try {
            switch (knownHosts.check(endpoint, hostKey)) {
                case KNOWN:
                    return OK;
                case CHANGED:
                    return CHANGED;
                default:
                    if (interaction.acceptNewHostKey(endpoint, hostKey, knownHosts.file())) {
                        knownHosts.add(endpoint, hostKey);
                        return OK;
                    }
                    return NOT_INCLUDED;
            }
        } catch (SshException e) {
            failure = e;
            return NOT_INCLUDED;
        }
    }

    @Override
    public void add(com.jcraft.jsch.HostKey hostkey, UserInfo ui) {
        // Never through JSch: only check() adds, after the person asked said yes.
    }

    @Override
    public void remove(String host, String type) {
        // known_hosts lines are removed by the user, in the file.
    }

    @Override
    public void remove(String host, String type, byte[] key) {
        // As above.
    }

    @Override
    public String getKnownHostsRepositoryID() {
        return knownHosts.file().toString();
    }

    @Override
    public com.jcraft.jsch.HostKey[] getHostKey() {
        return getHostKey(null, null);
    }

    /** The keys on record for this server, so that it is asked for a key of a type we know. */
    @Override
    public com.jcraft.jsch.HostKey[] getHostKey(String host, String type) {
        try {
            List<com.jcraft.jsch.HostKey> keys = knownHosts.keys(endpoint);
            return keys.stream().filter(k -> type == null || type.equals(k.getType())).toArray(com.jcraft.jsch.HostKey[]::new);
        } catch (SshException e) {
            return new com.jcraft.jsch.HostKey[0];
        }
    }
}
