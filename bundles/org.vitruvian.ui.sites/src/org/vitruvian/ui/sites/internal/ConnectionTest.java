package org.vitruvian.ui.sites.internal;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.vitruvian.model.site.Site;
import org.vitruvian.ssh.PasswordStore;
import org.vitruvian.ssh.SshEndpoint;
import org.vitruvian.ssh.SshException;
import org.vitruvian.ssh.SshLogin;
import org.vitruvian.ssh.SshSettings;

import com.jcraft.jsch.Session;

/**
 * Test Connection: one login to a site's login node with the settings the Slurm target uses,
 * in a job (a server may take its time, and its questions wait for the user), its outcome in a
 * dialog.
 */
public final class ConnectionTest extends Job {

    /** The family of these jobs, for tests and for the view to know one runs. */
    static final Object FAMILY = ConnectionTest.class;

    static final String WORKS_TITLE = "Connection Works";
    static final String CHANGED_TITLE = "Host Key Changed";
    static final String FAILED_TITLE = "Connection Failed";

    /** How a test ended. */
    public record Outcome(String siteId, SshException.Reason failure, String message) {
        public boolean works() {
            return failure == null;
        }
    }

    private final SitesView view;
    private final Display display;
    private final org.eclipse.swt.widgets.Shell shell;
    private final String siteId;
    private final SshEndpoint endpoint;

    ConnectionTest(SitesView view, Site site) {
        super("Testing the connection to " + site.getId());
        this.view = view;
        this.shell = view.getSite().getShell();
        this.display = shell.getDisplay();
        this.siteId = site.getId();
        String user = site.getAccess().getUser();
        this.endpoint = new SshEndpoint(site.getAccess().getHost(),
                site.getAccess().getPort() == null ? 22 : site.getAccess().getPort(),
                user == null || user.isBlank() ? System.getProperty("user.name") : user);
        setUser(true);
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        monitor.beginTask("Logging in to " + endpoint, IProgressMonitor.UNKNOWN);
        Outcome outcome;
        try {
            Session session = SshLogin.open(endpoint, SshSettings.forSite(siteId), new DialogInteraction(shell),
                    PasswordStore.secureStorage());
            String server = session.getServerVersion();
            session.disconnect();
            outcome = new Outcome(siteId, null, "Logged in to " + endpoint + " (" + server + ").");
        } catch (SshException e) {
            outcome = new Outcome(siteId, e.reason(), e.getMessage());
        } finally {
            monitor.done();
        }
        Outcome result = outcome;
        if (!display.isDisposed()) {
            display.asyncExec(() -> report(result));
        }
        return Status.OK_STATUS;
    }

    private void report(Outcome outcome) {
        view.connectionTested(outcome);
        if (outcome.works()) {
            MessageDialog.openInformation(shell, WORKS_TITLE, outcome.message());
        } else if (outcome.failure() == SshException.Reason.HOST_KEY_CHANGED) {
            // A warning with one button: a changed key is never offered for acceptance.
            new MessageDialog(shell, CHANGED_TITLE, null, "WARNING: the server at " + endpoint.knownHostsName()
                    + " presented a different host key than the one on record. Vitruvian did not connect.\n\n"
                    + "The server may have been reinstalled, or someone may be intercepting the connection. Ask the "
                    + "site's operators for the new key's fingerprint; only if it matches, remove the old line from "
                    + "known_hosts and test again.\n\n" + outcome.message(), MessageDialog.WARNING, 0, "Close").open();
        } else if (outcome.failure() != SshException.Reason.CANCELLED) {
            MessageDialog.openError(shell, FAILED_TITLE, outcome.message());
        }
    }
}
