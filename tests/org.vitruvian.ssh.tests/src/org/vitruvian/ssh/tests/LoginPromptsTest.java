package org.vitruvian.ssh.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.vitruvian.ssh.SshEndpoint;
import org.vitruvian.ssh.SshInteraction;
import org.vitruvian.ssh.internal.LoginPrompts;

/**
 * What JSch's questions turn into. The loopback sshd takes keys only, so the password and
 * one-time-code paths are exercised here, on the answers JSch asks for, not over the wire.
 */
class LoginPromptsTest {

    private static final SshEndpoint ACCOUNT = new SshEndpoint("login.example.org", 22, "alice");

    /** A person who types what the test says and writes down what was asked. */
    private static final class Typist implements SshInteraction {
        final List<String> asked = new ArrayList<>();
        final String password;
        final boolean save;

        Typist(String password, boolean save) {
            this.password = password;
            this.save = save;
        }

        @Override
        public boolean asksUser() {
            return true;
        }

        @Override
        public Optional<PasswordAnswer> password(SshEndpoint endpoint, String prompt) {
            asked.add(prompt);
            return password == null ? Optional.empty() : Optional.of(new PasswordAnswer(password.toCharArray(), save));
        }

        @Override
        public Optional<List<String>> keyboardInteractive(SshEndpoint endpoint, String name, String instruction,
                List<Prompt> prompts) {
            prompts.forEach(p -> asked.add(p.text() + (p.echo() ? " (shown)" : " (hidden)")));
            return Optional.of(prompts.stream().map(p -> "123456").toList());
        }
    }

    @Test
    void aSavedPasswordIsTriedFirstAndThePersonAskedOnlyWhenItFails() {
        Typist typist = new Typist("typed", true);
        LoginPrompts prompts = new LoginPrompts(ACCOUNT, typist, "saved".toCharArray());
        assertTrue(prompts.promptPassword("Password for alice:"));
        assertEquals("saved", prompts.getPassword());
        assertTrue(typist.asked.isEmpty(), "nobody asked while a saved password was there");
        assertTrue(prompts.promptPassword("Password for alice:"), "the server refused it: ask");
        assertEquals("typed", prompts.getPassword());
        assertEquals(List.of("Password for alice:"), typist.asked);
        assertArrayEquals("typed".toCharArray(), prompts.passwordToSave(), "typed with Save ticked");
    }

    @Test
    void aPasswordTypedWithoutSaveIsNotKept() {
        LoginPrompts prompts = new LoginPrompts(ACCOUNT, new Typist("typed", false), null);
        assertTrue(prompts.promptPassword("Password:"));
        assertNull(prompts.passwordToSave());
    }

    @Test
    void cancellingThePasswordCancelsTheLogin() {
        LoginPrompts prompts = new LoginPrompts(ACCOUNT, new Typist(null, false), null);
        assertFalse(prompts.promptPassword("Password:"));
        assertTrue(prompts.cancelled());
    }

    @Test
    void aOneTimeCodeIsAskedWithItsPromptAndHiddenAsTheServerSays() {
        Typist typist = new Typist("typed", false);
        LoginPrompts prompts = new LoginPrompts(ACCOUNT, typist, null);
        String[] answers = prompts.promptKeyboardInteractive("alice@login", "MFA", "Open your authenticator app",
                new String[] { "Verification code: " }, new boolean[] { false });
        assertArrayEquals(new String[] { "123456" }, answers);
        assertEquals(List.of("Verification code:  (hidden)"), typist.asked);
        // A PAM server asking for the password this way gets the password dialog, not a code field.
        String[] password = prompts.promptKeyboardInteractive("alice@login", "", "", new String[] { "Password: " },
                new boolean[] { false });
        assertArrayEquals(new String[] { "typed" }, password);
    }

    @Test
    void inBatchNothingIsAskedAndHostKeysAreNeverAcceptedThroughJsch() {
        LoginPrompts prompts = new LoginPrompts(ACCOUNT, SshInteraction.NONE, null);
        assertFalse(prompts.promptPassword("Password:"));
        assertNull(prompts.promptKeyboardInteractive("d", "n", "i", new String[] { "Code:" }, new boolean[] { true }));
        assertFalse(prompts.promptYesNo("The authenticity of host ... can't be established. Continue?"));
        assertFalse(prompts.promptPassphrase("Passphrase for id_ed25519:"));
    }
}
