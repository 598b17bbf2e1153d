package org.vitruvian.ui.sites.internal;

import java.nio.file.Path;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.vitruvian.ssh.HostKey;
import org.vitruvian.ssh.SshEndpoint;

/**
 * First contact with a server: its key's SHA-256 fingerprint, to compare with the one the site
 * publishes. Cancel is the default button, so Enter never accepts a key.
 */
public final class HostKeyDialog extends MessageDialog {

    public static final String TITLE = "Unknown Host Key";
    public static final String ACCEPT = "&Accept and Connect";
    public static final int ACCEPT_INDEX = 0;

    private final SshEndpoint endpoint;
    private final HostKey key;
    private final Path knownHosts;

    public HostKeyDialog(Shell parent, SshEndpoint endpoint, HostKey key, Path knownHosts) {
        super(parent, TITLE, null, "Vitruvian has not connected to " + endpoint.knownHostsName()
                + " before, so it cannot tell whether this is the real server.\n\nCompare the fingerprint below with the "
                + "one the site's operators publish (their web page, or your welcome e-mail). Accept only if they are "
                + "the same.", MessageDialog.QUESTION, 1, ACCEPT, IDialogConstants.CANCEL_LABEL);
        this.endpoint = endpoint;
        this.key = key;
        this.knownHosts = knownHosts;
    }

    @Override
    protected Control createCustomArea(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).margins(0, 0).applyTo(area);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(area);
        row(area, "Server:", endpoint.knownHostsName() + " (as " + endpoint.user() + ")", false);
        row(area, "Key type:", key.type(), false);
        row(area, "Fingerprint:", key.fingerprint(), true);
        row(area, "Saved to:", knownHosts.toString(), false);
        return area;
    }

    /** The focus starts on Cancel, the default: nothing is accepted by a key pressed without reading. */
    @Override
    protected Control createContents(Composite parent) {
        Control contents = super.createContents(parent);
        getButton(1).setFocus();
        return contents;
    }

    /** Values are read-only text, so a fingerprint can be selected and copied. */
    private static void row(Composite parent, String label, String value, boolean fixedWidth) {
        new Label(parent, SWT.NONE).setText(label);
        Text text = new Text(parent, SWT.READ_ONLY);
        text.setText(value);
        if (fixedWidth) {
            text.setFont(JFaceResources.getTextFont());
        }
        GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
    }

    /** The key shown, for tests. */
    public HostKey key() {
        return key;
    }
}
