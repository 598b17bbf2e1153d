package org.vitruvian.ui.sites.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.vitruvian.ssh.SshEndpoint;
import org.vitruvian.ssh.SshInteraction;

/** The password and one-time-code questions of a login, as dialogs. */
public final class CredentialDialogs {

    public static final String PASSWORD_TITLE = "SSH Password";
    public static final String SAVE_PASSWORD = "&Save password in secure storage";
    public static final String LOG_IN = "&Log In";

    private CredentialDialogs() {
    }

    /** The account's password, with a choice to keep it in Equinox secure storage. */
    static final class PasswordDialog extends Dialog {
        private final SshEndpoint endpoint;
        private final String prompt;
        private Text password;
        private Button save;
        private SshInteraction.PasswordAnswer answer;

        PasswordDialog(Shell parent, SshEndpoint endpoint, String prompt) {
            super(parent);
            this.endpoint = endpoint;
            this.prompt = prompt;
        }

        @Override
        protected void configureShell(Shell shell) {
            super.configureShell(shell);
            shell.setText(PASSWORD_TITLE);
        }

        @Override
        protected Control createDialogArea(Composite parent) {
            Composite area = (Composite) super.createDialogArea(parent);
            GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
            Label intro = new Label(area, SWT.WRAP);
            intro.setText(endpoint.toString() + " asks for a password.");
            GridDataFactory.fillDefaults().span(2, 1).hint(360, SWT.DEFAULT).applyTo(intro);
            new Label(area, SWT.NONE).setText(prompt == null || prompt.isBlank() ? "Password:" : prompt.strip());
            password = new Text(area, SWT.BORDER | SWT.PASSWORD);
            GridDataFactory.fillDefaults().grab(true, false).applyTo(password);
            save = new Button(area, SWT.CHECK);
            save.setText(SAVE_PASSWORD);
            save.setToolTipText("Kept encrypted (" + org.vitruvian.ssh.PasswordStore.secureStorage().description()
                    + "), never in a model, a log or a run record");
            GridDataFactory.fillDefaults().span(2, 1).applyTo(save);
            return area;
        }

        @Override
        protected void createButtonsForButtonBar(Composite parent) {
            super.createButtonsForButtonBar(parent);
            // After the buttons, which take the focus when made: typing goes to the password at once.
            password.setFocus();
        }

        @Override
        protected void okPressed() {
            answer = new SshInteraction.PasswordAnswer(password.getText().toCharArray(), save.getSelection());
            password.setText("");
            super.okPressed();
        }

        SshInteraction.PasswordAnswer answer() {
            return answer;
        }
    }

    /** The server's questions (a verification code, a token), one field each. */
    static final class KeyboardInteractiveDialog extends Dialog {
        private final SshEndpoint endpoint;
        private final String name;
        private final String instruction;
        private final List<SshInteraction.Prompt> prompts;
        private final List<Text> fields = new ArrayList<>();
        private List<String> answers;

        KeyboardInteractiveDialog(Shell parent, SshEndpoint endpoint, String name, String instruction,
                List<SshInteraction.Prompt> prompts) {
            super(parent);
            this.endpoint = endpoint;
            this.name = name;
            this.instruction = instruction;
            this.prompts = prompts;
        }

        @Override
        protected void configureShell(Shell shell) {
            super.configureShell(shell);
            shell.setText(name == null || name.isBlank() ? "SSH Login: " + endpoint.host() : name);
        }

        @Override
        protected Control createDialogArea(Composite parent) {
            Composite area = (Composite) super.createDialogArea(parent);
            GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
            Label intro = new Label(area, SWT.WRAP);
            intro.setText(instruction == null || instruction.isBlank() ? endpoint + " asks:" : instruction.strip());
            GridDataFactory.fillDefaults().span(2, 1).hint(360, SWT.DEFAULT).applyTo(intro);
            for (SshInteraction.Prompt prompt : prompts) {
                new Label(area, SWT.NONE).setText(prompt.text().strip());
                Text field = new Text(area, SWT.BORDER | (prompt.echo() ? SWT.NONE : SWT.PASSWORD));
                GridDataFactory.fillDefaults().grab(true, false).applyTo(field);
                fields.add(field);
            }
            return area;
        }

        @Override
        protected void okPressed() {
            answers = fields.stream().map(Text::getText).toList();
            super.okPressed();
        }

        @Override
        protected void createButtonsForButtonBar(Composite parent) {
            createButton(parent, IDialogConstants.OK_ID, LOG_IN, true);
            createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
            if (!fields.isEmpty()) {
                fields.get(0).setFocus();
            }
        }

        List<String> answers() {
            return answers;
        }
    }
}
