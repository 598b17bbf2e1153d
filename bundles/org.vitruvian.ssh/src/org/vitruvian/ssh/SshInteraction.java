package org.vitruvian.ssh;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What a login asks of the person at the keyboard. Each method is called on the thread that
 * logs in (never a UI thread: an IDE shows its dialog from there and waits for the answer), and
 * each refuses by default, which is what a batch command wants: {@link #NONE}.
 *
 * <p>A host key that differs from the one on record is never asked about: the login fails with
 * {@link SshException.Reason#HOST_KEY_CHANGED}, and only the user, having asked the site's
 * operators, can edit known_hosts.
 */
public interface SshInteraction {

    /** Refuses every question: unknown host keys, passwords and one-time codes. */
    SshInteraction NONE = new SshInteraction() {
    };

    /** One question of a keyboard-interactive login, e.g. {@code Verification code:}. */
    record Prompt(String text, boolean echo) {
    }

    /**
     * A password typed by the user.
     *
     * @param password the password; the caller clears the array once it has been sent
     * @param save     whether to keep it in secure storage once the server accepted it
     */
    record PasswordAnswer(char[] password, boolean save) {
    }

    /** Whether a person answers: only then are password and keyboard-interactive logins tried. */
    default boolean asksUser() {
        return false;
    }

    /**
     * The server offered a key found in no known_hosts file. Return true only when the user,
     * having compared {@code key.fingerprint()} with the one the site publishes, accepts it; it
     * is then added to {@code knownHosts}.
     */
    default boolean acceptNewHostKey(SshEndpoint endpoint, HostKey key, Path knownHosts) {
        return false;
    }

    /** The server asks for the account's password; empty to cancel. */
    default Optional<PasswordAnswer> password(SshEndpoint endpoint, String prompt) {
        return Optional.empty();
    }

    /** The server asks questions (a one-time code, a password); one answer per prompt, or empty to cancel. */
    default Optional<List<String>> keyboardInteractive(SshEndpoint endpoint, String name, String instruction,
            List<Prompt> prompts) {
        return Optional.empty();
    }
}
