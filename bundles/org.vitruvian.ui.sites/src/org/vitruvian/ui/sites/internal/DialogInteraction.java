package org.vitruvian.ui.sites.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.vitruvian.ssh.HostKey;
import org.vitruvian.ssh.SshEndpoint;
import org.vitruvian.ssh.SshInteraction;

/**
 * The login's questions as dialogs. Called on the job's thread; each question is shown on the
 * UI thread and the job waits for the answer. A closed workbench answers no.
 */
public final class DialogInteraction implements SshInteraction {

    private final Display display;
    private final Shell parent;

    /** Dialogs are centred on {@code parent}, the window the user asked from. */
    public DialogInteraction(Shell parent) {
        this.parent = parent;
        this.display = parent.getDisplay();
    }

    @Override
    public boolean asksUser() {
        return true;
    }

    @Override
    public boolean acceptNewHostKey(SshEndpoint endpoint, HostKey key, Path knownHosts) {
        Boolean accepted = ask(shell -> new HostKeyDialog(shell, endpoint, key, knownHosts).open() == HostKeyDialog.ACCEPT_INDEX);
        return Boolean.TRUE.equals(accepted);
    }

    @Override
    public Optional<PasswordAnswer> password(SshEndpoint endpoint, String prompt) {
        return Optional.ofNullable(ask(shell -> {
            CredentialDialogs.PasswordDialog dialog = new CredentialDialogs.PasswordDialog(shell, endpoint, prompt);
            return dialog.open() == Window.OK ? dialog.answer() : null;
        }));
    }

    @Override
    public Optional<List<String>> keyboardInteractive(SshEndpoint endpoint, String name, String instruction, List<Prompt> prompts) {
        return Optional.ofNullable(ask(shell -> {
            CredentialDialogs.KeyboardInteractiveDialog dialog = new CredentialDialogs.KeyboardInteractiveDialog(shell, endpoint,
                    name, instruction, prompts);
            return dialog.open() == Window.OK ? dialog.answers() : null;
        }));
    }

    private <T> T ask(java.util.function.Function<Shell, T> question) {
        if (display.isDisposed()) {
            return null;
        }
        AtomicReference<T> answer = new AtomicReference<>();
        display.syncExec(() -> answer.set(question.apply(parent.isDisposed() ? display.getActiveShell() : parent)));
        return answer.get();
    }
}
