package org.vitruvian.ssh;

import java.util.Optional;

import org.vitruvian.ssh.internal.SecurePasswordStore;

/**
 * Passwords the user chose to keep, by account. Never in a model, a log or a run record: the
 * one implementation is Equinox secure storage ({@link #secureStorage()}).
 */
public interface PasswordStore {

    /** Keeps nothing. */
    PasswordStore NONE = new PasswordStore() {
        @Override
        public Optional<char[]> password(SshEndpoint endpoint) {
            return Optional.empty();
        }

        @Override
        public void save(SshEndpoint endpoint, char[] password) {
        }

        @Override
        public void forget(SshEndpoint endpoint) {
        }
    };

    Optional<char[]> password(SshEndpoint endpoint);

    /** Where passwords are kept, in words for the user. */
    default String description() {
        return "nowhere";
    }

    /** Keeps {@code password} for the account, replacing one kept before. */
    void save(SshEndpoint endpoint, char[] password) throws SshException;

    void forget(SshEndpoint endpoint) throws SshException;

    /**
     * Equinox secure storage in {@code $VITRUVIAN_HOME/ssh/secure_storage}, shared by the IDE and
     * the command line, encrypted with a key kept beside it readable by the user alone.
     */
    static PasswordStore secureStorage() {
        return SecurePasswordStore.INSTANCE;
    }
}
