package org.vitruvian.ssh;

import java.util.Objects;

/**
 * An account on an SSH server: who logs in where.
 *
 * @param host the server's name or address
 * @param port its SSH port (22 by default)
 * @param user the account
 */
public record SshEndpoint(String host, int port, String user) {

    public SshEndpoint {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(user, "user");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("SSH port " + port + " is outside 1..65535");
        }
    }

    /** The server as known_hosts names it: {@code host}, or {@code [host]:port} off port 22. */
    public String knownHostsName() {
        return port == 22 ? host : "[" + host + "]:" + port;
    }

    /** {@code user@host:port}, for messages and as the key of a saved password. */
    @Override
    public String toString() {
        return user + "@" + host + ":" + port;
    }
}
