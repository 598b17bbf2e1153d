package org.vitruvian.ssh.internal;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.eclipse.equinox.security.storage.EncodingUtils;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.vitruvian.core.VitruvianHome;
import org.vitruvian.ssh.PasswordStore;
import org.vitruvian.ssh.SshEndpoint;
import org.vitruvian.ssh.SshException;

/**
 * Saved passwords in Equinox secure storage: {@code $VITRUVIAN_HOME/ssh/secure_storage}, one
 * node per account, each value encrypted. The storage's master password comes from
 * {@link KeyFilePasswordProvider}, so the command line can use what the IDE saved without a
 * dialog.
 */
public final class SecurePasswordStore implements PasswordStore {

    public static final SecurePasswordStore INSTANCE = new SecurePasswordStore();

    private static final String NODE = "org.vitruvian.ssh/passwords";
    private static final String KEY = "password";

    private SecurePasswordStore() {
    }

    /** The storage file for the current Vitruvian home. */
    public static Path file() {
        return VitruvianHome.path().resolve("ssh").resolve("secure_storage");
    }

    private static ISecurePreferences node(SshEndpoint endpoint) throws IOException {
        Map<String, Object> options = new HashMap<>();
        options.put(IProviderHints.REQUIRED_MODULE_ID, KeyFilePasswordProvider.ID);
        options.put(IProviderHints.PROMPT_USER, Boolean.FALSE);
        URL location = file().toUri().toURL();
        ISecurePreferences root = SecurePreferencesFactory.open(location, options);
        if (root == null) {
            throw new IOException("Equinox secure storage cannot open " + file());
        }
        return root.node(NODE).node(EncodingUtils.encodeSlashes(endpoint.toString()));
    }

    @Override
    public String description() {
        return "Equinox secure storage in " + file();
    }

    @Override
    public Optional<char[]> password(SshEndpoint endpoint) {
        try {
            String value = node(endpoint).get(KEY, null);
            return value == null ? Optional.empty() : Optional.of(value.toCharArray());
        } catch (IOException | StorageException e) {
            // A storage that cannot be read is a password not saved: the user is asked.
            return Optional.empty();
        }
    }

    @Override
    public void save(SshEndpoint endpoint, char[] password) throws SshException {
        try {
            ISecurePreferences node = node(endpoint);
            node.put(KEY, new String(password), true);
            node.flush();
        } catch (IOException | StorageException e) {
            throw new SshException(SshException.Reason.FILE, endpoint, null, "cannot save the password for " + endpoint
                    + " in " + file() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void forget(SshEndpoint endpoint) throws SshException {
        try {
            ISecurePreferences node = node(endpoint);
            node.removeNode();
            SecurePreferencesFactory.open(file().toUri().toURL(), Map.of(IProviderHints.REQUIRED_MODULE_ID,
                    KeyFilePasswordProvider.ID, IProviderHints.PROMPT_USER, Boolean.FALSE)).flush();
        } catch (IOException e) {
            throw new SshException(SshException.Reason.FILE, endpoint, null, "cannot remove the password for " + endpoint
                    + " from " + file() + ": " + e.getMessage(), e);
        }
    }
}
