package org.vitruvian.ssh.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.jcraft.jsch.UIKeyboardInteractive;
import com.jcraft.jsch.UserInfo;

import org.vitruvian.ssh.SshEndpoint;
import org.vitruvian.ssh.SshInteraction;

/**
 * JSch's questions during a login, passed to the {@link SshInteraction}. A saved password is
 * tried once, before anyone is asked. Passphrases are never asked (ssh-agent holds those), and
 * JSch's yes/no question (whether to trust a host key) is always answered no: host keys are
 * decided in {@link VerifyingRepository} only.
 */
public final class LoginPrompts implements UserInfo, UIKeyboardInteractive {

    private final SshEndpoint endpoint;
    private final SshInteraction interaction;
    private char[] saved;
    private char[] current;
    private char[] toSave;
    private boolean cancelled;
    private boolean askedPassword;
    /** What the server asked that nobody could answer (no terminal, no dialog), for the error. */
    private String unanswered;

    public LoginPrompts(SshEndpoint endpoint, SshInteraction interaction, char[] saved) {
        this.endpoint = endpoint;
        this.interaction = interaction;
        this.saved = saved == null ? null : saved.clone();
    }

    public boolean cancelled() {
        return cancelled;
    }

    public boolean askedPassword() {
        return askedPassword;
    }

    /** The server's keyboard-interactive question that no one could answer, or null. */
    public String unanswered() {
        return unanswered;
    }

    /** The password the user typed and asked to keep, once the login succeeded with it; null otherwise. */
    public char[] passwordToSave() {
        return toSave == null || current == null || !Arrays.equals(toSave, current) ? null : toSave.clone();
    }

    public void clear() {
        for (char[] secret : new char[][] { saved, current, toSave }) {
            if (secret != null) {
                Arrays.fill(secret, '\0');
            }
        }
        saved = current = toSave = null;
    }

    @Override
    public boolean promptPassword(String message) {
        askedPassword = true;
        if (saved != null) {
            current = saved;
            saved = null;
            return true;
        }
        if (!interaction.asksUser()) {
            return false;
        }
        Optional<SshInteraction.PasswordAnswer> answer = interaction.password(endpoint, message);
        if (answer.isEmpty()) {
            cancelled = true;
            return false;
        }
        current = answer.get().password().clone();
        toSave = answer.get().save() ? current.clone() : null;
        return true;
    }

    @Override
    public String getPassword() {
        // JSch wants a String; it lives only as long as this login.
        return current == null ? null : new String(current);
    }

    @Override
    public String[] promptKeyboardInteractive(String destination, String name, String instruction, String[] prompt,
            boolean[] echo) {
        if (prompt.length == 0) {
            return new String[0];
        }
        // Servers that ask for the password this way (PAM) get the same password as "password".
        if (prompt.length == 1 && !echo[0] && prompt[0].toLowerCase(Locale.ROOT).contains("password")) {
            return promptPassword(prompt[0]) ? new String[] { getPassword() } : null;
        }
        if (!interaction.asksUser()) {
            unanswered = prompt[0].strip();
            return null;
        }
        List<SshInteraction.Prompt> prompts = new ArrayList<>();
        for (int i = 0; i < prompt.length; i++) {
            prompts.add(new SshInteraction.Prompt(prompt[i], echo[i]));
        }
        Optional<List<String>> answers = interaction.keyboardInteractive(endpoint, name, instruction, prompts);
        if (answers.isEmpty() || answers.get().size() != prompt.length) {
            cancelled = true;
            return null;
        }
        return answers.get().toArray(String[]::new);
    }

    @Override
    public String getPassphrase() {
        return null;
    }

    @Override
    public boolean promptPassphrase(String message) {
        return false;
    }

    @Override
    public boolean promptYesNo(String message) {
        return false;
    }

    @Override
    public void showMessage(String message) {
        // Banners are not shown: the login is not a terminal.
    }
}
