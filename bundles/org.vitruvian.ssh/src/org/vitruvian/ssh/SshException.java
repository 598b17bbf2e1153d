package org.vitruvian.ssh;

/** A login that failed, with why, in words that say what to do. */
public final class SshException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why a login failed. */
    public enum Reason {
        /** The server's key is in no known_hosts file and was not accepted. */
        HOST_KEY_UNKNOWN(true),
        /** The server's key differs from the one on record: reinstalled, or someone in between. */
        HOST_KEY_CHANGED(true),
        /** The server refused every key and password offered. */
        AUTHENTICATION(true),
        /** There was nothing to log in with: no agent, no usable key file, no one to ask. */
        NO_CREDENTIALS(true),
        /**
         * The site asks for a one-time code (or another keyboard-interactive answer) and no one
         * is there to type it: a pipeline, CI, a run without a terminal.
         */
        NO_ONE_TO_ASK(true),
        /** The user cancelled a prompt. */
        CANCELLED(true),
        /** The host name does not resolve. */
        UNKNOWN_HOST(true),
        /** The server did not answer or dropped the connection: it may later. */
        UNREACHABLE(false),
        /** A known_hosts file could not be read or written. */
        FILE(true);

        private final boolean permanent;

        Reason(boolean permanent) {
            this.permanent = permanent;
        }

        /** Whether trying again unchanged cannot help. */
        public boolean permanent() {
            return permanent;
        }
    }

    private final Reason reason;
    private final SshEndpoint endpoint;
    private final transient HostKey hostKey;

    public SshException(Reason reason, SshEndpoint endpoint, HostKey hostKey, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.endpoint = endpoint;
        this.hostKey = hostKey;
    }

    public Reason reason() {
        return reason;
    }

    public SshEndpoint endpoint() {
        return endpoint;
    }

    /** The key the server offered, when the login failed over it; else null. */
    public HostKey hostKey() {
        return hostKey;
    }

    public boolean permanent() {
        return reason.permanent();
    }
}
