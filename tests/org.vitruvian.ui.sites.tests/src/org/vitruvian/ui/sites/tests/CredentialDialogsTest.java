package org.vitruvian.ui.sites.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.vitruvian.ssh.SshEndpoint;
import org.vitruvian.ssh.SshInteraction;
import org.vitruvian.ui.sites.internal.CredentialDialogs;
import org.vitruvian.ui.sites.internal.DialogInteraction;

/**
 * The password and one-time-code questions of a login, as a person answers them: typed keys,
 * a click on the check box and on the button. Asked from a thread of their own, as a
 * connection test's job asks them. (The loopback sshd takes keys only, so these dialogs are
 * driven here without a server.)
 */
class CredentialDialogsTest {

    private static final SshEndpoint ACCOUNT = new SshEndpoint("login.example.org", 22, "alice");

    private static <T> T askFromAJob(java.util.function.Supplier<T> question, Ui.Answer... answers) throws Exception {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread job = new Thread(() -> {
            try {
                result.set(question.get());
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "login");
        job.start();
        Ui.waitUntil("the question to be answered", () -> !job.isAlive());
        for (Ui.Answer answer : answers) {
            answer.check();
        }
        if (failure.get() != null) {
            throw new AssertionError(failure.get());
        }
        return result.get();
    }

    @Test
    void aTypedPasswordIsAnsweredAndSavedOnlyWhenTicked() throws Exception {
        DialogInteraction interaction = new DialogInteraction(Ui.page().getWorkbenchWindow().getShell());
        boolean[] hidden = { false };
        Ui.Answer typing = new Ui.Answer(CredentialDialogs.PASSWORD_TITLE, shell -> {
            Text field = Ui.find(shell, Text.class);
            hidden[0] = (field.getStyle() & SWT.PASSWORD) != 0;
            Ui.type("s3cret");
            Ui.waitUntil("the password to be typed", () -> "s3cret".equals(field.getText()));
            Button save = Ui.find(shell, Button.class);
            Ui.clickControl(save);
            Ui.waitUntil("Save to be ticked", save::getSelection);
            Ui.clickButton(shell, "OK");
        });
        Optional<SshInteraction.PasswordAnswer> answer = askFromAJob(() -> interaction.password(ACCOUNT, "Password:"), typing);
        assertTrue(hidden[0], "the password is not shown");
        assertArrayEquals("s3cret".toCharArray(), answer.orElseThrow().password());
        assertTrue(answer.get().save(), "Save was ticked");
        assertTrue(typing.seen.contains("alice@login.example.org:22 asks for a password."), typing.seen);
    }

    @Test
    void cancellingThePasswordDialogAnswersNothing() throws Exception {
        DialogInteraction interaction = new DialogInteraction(Ui.page().getWorkbenchWindow().getShell());
        Ui.Answer cancel = new Ui.Answer(CredentialDialogs.PASSWORD_TITLE, shell -> Ui.clickButton(shell, "Cancel"));
        assertEquals(Optional.empty(), askFromAJob(() -> interaction.password(ACCOUNT, "Password:"), cancel));
    }

    @Test
    void aOneTimeCodeIsTypedIntoAHiddenFieldUnderTheServersInstruction() throws Exception {
        DialogInteraction interaction = new DialogInteraction(Ui.page().getWorkbenchWindow().getShell());
        boolean[] hidden = { false };
        Ui.Answer typing = new Ui.Answer("Two-factor login", shell -> {
            Text field = Ui.find(shell, Text.class);
            hidden[0] = (field.getStyle() & SWT.PASSWORD) != 0;
            Ui.type("654321");
            Ui.waitUntil("the code to be typed", () -> "654321".equals(field.getText()));
            Ui.clickButton(shell, CredentialDialogs.LOG_IN);
        });
        Optional<List<String>> answer = askFromAJob(() -> interaction.keyboardInteractive(ACCOUNT, "Two-factor login",
                "Open your authenticator app.", List.of(new SshInteraction.Prompt("Verification code:", false))), typing);
        assertEquals(Optional.of(List.of("654321")), answer);
        assertTrue(hidden[0], "a prompt the server does not echo is hidden");
        assertTrue(typing.seen.contains("Open your authenticator app.") && typing.seen.contains("Verification code:"), typing.seen);
    }
}
