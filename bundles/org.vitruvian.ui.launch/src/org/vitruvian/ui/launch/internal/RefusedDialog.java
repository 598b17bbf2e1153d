package org.vitruvian.ui.launch.internal;

import java.util.List;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.vitruvian.core.diagnostics.Diagnostic;
import org.vitruvian.core.diagnostics.Severity;
import org.vitruvian.execution.Runs;

/**
 * Why a launch submitted nothing: the errors and warnings of the checks (trust verdicts with their
 * rules, compatibility, models), each with its file and line, as 'vitruvian run' prints them.
 */
public final class RefusedDialog extends MessageDialog {

    /** The dialog's title starts with this. */
    public static final String TITLE = "Run refused";

    private final String reasons;

    private RefusedDialog(Shell shell, String name, String message, String reasons) {
        super(shell, TITLE + ": " + name, null, message, MessageDialog.ERROR, 0, "Close");
        this.reasons = reasons;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    static void openLater(String name, Runs.Request request, Runs.Started started) {
        List<Diagnostic> shown = started.report().diagnostics().stream().filter(d -> d.severity() != Severity.INFO).toList();
        StringBuilder reasons = new StringBuilder();
        for (Diagnostic diagnostic : shown) {
            reasons.append(diagnostic.format()).append('\n');
        }
        String message = "Nothing was submitted: " + request.workflow().getFileName() + " may not run on '" + request.siteId()
                + "' as it stands (" + shown.size() + (shown.size() == 1 ? " reason" : " reasons") + " below)."
                + (started.runId() == null ? "" : " The decisions are recorded in run " + started.runId() + ".");
        PlatformUI.getWorkbench().getDisplay().asyncExec(() -> {
            Shell shell = PlatformUI.getWorkbench().getModalDialogShellProvider().getShell();
            new RefusedDialog(shell, name, message, reasons.toString().strip()).open();
        });
    }

    @Override
    protected Control createCustomArea(Composite parent) {
        Text text = new Text(parent, SWT.MULTI | SWT.READ_ONLY | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        text.setText(reasons);
        GridDataFactory.fillDefaults().grab(true, true).hint(720, 160).applyTo(text);
        return text;
    }

    /** The reasons as shown, for tests. */
    public String reasons() {
        return reasons;
    }
}
