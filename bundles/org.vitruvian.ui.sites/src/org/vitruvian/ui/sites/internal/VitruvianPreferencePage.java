package org.vitruvian.ui.sites.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.vitruvian.core.VitruvianException;
import org.vitruvian.core.services.ServiceHandle;
import org.vitruvian.core.services.Services;
import org.vitruvian.preferences.VitruvianPreferences;
import org.vitruvian.sites.CatalogSite;
import org.vitruvian.sites.SiteCatalog;

/** Window > Preferences > Vitruvian: home, default policy, default site, poll interval. */
public final class VitruvianPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

    private static final String NO_SITE = "(none: choose per run)";

    private Text home;
    private Text policy;
    private Combo site;
    private Spinner poll;

    @Override
    public void init(IWorkbench workbench) {
        setDescription("Shared with the command line: kept in " + VitruvianPreferences.file() + ".");
    }

    @Override
    protected Control createContents(Composite parent) {
        VitruvianPreferences saved;
        try {
            saved = VitruvianPreferences.load();
        } catch (VitruvianException e) {
            setErrorMessage(e.getMessage());
            saved = VitruvianPreferences.DEFAULTS;
        }
        Composite area = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(area);

        home = pathRow(area, "Vitruvian &home:", saved.home(), true);
        home.setMessage("VITRUVIAN_HOME, else ~/.vitruvian");
        home.setToolTipText("Where your sites, run records and SSH files are kept. VITRUVIAN_HOME, when set, wins.");
        policy = pathRow(area, "Default trust &policy:", saved.defaultPolicy(), false);
        policy.setMessage("CompBioMed D6.5 Table 2");
        policy.setToolTipText("The trust policy a workflow is checked against when it names none");

        new Label(area, SWT.NONE).setText("Default &site:");
        site = new Combo(area, SWT.DROP_DOWN);
        site.setItems(NO_SITE);
        site.setText(saved.defaultSite() == null ? NO_SITE : saved.defaultSite());
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(site);
        loadSiteIds(saved.defaultSite());

        new Label(area, SWT.NONE).setText("Poll &interval (ms):");
        poll = new Spinner(area, SWT.BORDER);
        poll.setValues((int) saved.pollInterval().toMillis(), 100, 3_600_000, 0, 100, 1000);
        poll.setToolTipText("How often a watched run asks its sites how its jobs are doing");
        GridDataFactory.swtDefaults().span(2, 1).applyTo(poll);
        return area;
    }

    private Text pathRow(Composite area, String label, Path value, boolean folder) {
        new Label(area, SWT.NONE).setText(label);
        Text text = new Text(area, SWT.BORDER);
        text.setText(value == null ? "" : value.toString());
        GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(text);
        text.addModifyListener(e -> validate());
        Button browse = new Button(area, SWT.PUSH);
        browse.setText("Browse...");
        browse.addListener(SWT.Selection, e -> {
            String chosen;
            if (folder) {
                DirectoryDialog dialog = new DirectoryDialog(getShell());
                dialog.setFilterPath(text.getText());
                chosen = dialog.open();
            } else {
                FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
                dialog.setFilterExtensions(new String[] { "*.yaml;*.yml", "*" });
                chosen = dialog.open();
            }
            if (chosen != null) {
                text.setText(chosen);
            }
        });
        return text;
    }

    /** The site ids come from the catalog, read in a job like the Sites view does. */
    private void loadSiteIds(String current) {
        var display = getShell() != null ? getShell().getDisplay() : org.eclipse.swt.widgets.Display.getDefault();
        Job job = Job.create("Reading the site catalog", (IProgressMonitor monitor) -> {
            List<String> ids;
            try (ServiceHandle<SiteCatalog> catalog = Services.await(VitruvianPreferencePage.class, SiteCatalog.class)) {
                ids = catalog.get().snapshot().runnable().stream().map(CatalogSite::id).sorted().toList();
            } catch (RuntimeException e) {
                return Status.OK_STATUS;
            }
            display.asyncExec(() -> {
                if (site != null && !site.isDisposed()) {
                    String text = site.getText();
                    site.setItems(NO_SITE);
                    ids.forEach(site::add);
                    site.setText(text);
                }
            });
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    private void validate() {
        String message = null;
        if (!home.getText().isBlank() && !Path.of(home.getText().strip()).isAbsolute()) {
            message = "The home must be an absolute path.";
        } else if (!policy.getText().isBlank() && !Files.isRegularFile(Path.of(policy.getText().strip()))) {
            message = "The policy file " + policy.getText().strip() + " does not exist.";
        }
        setErrorMessage(message);
        setValid(message == null);
    }

    /** What the page holds now. */
    VitruvianPreferences preferences() {
        String siteText = site.getText().strip();
        return new VitruvianPreferences(home.getText().isBlank() ? null : Path.of(home.getText().strip()),
                policy.getText().isBlank() ? null : Path.of(policy.getText().strip()),
                siteText.equals(NO_SITE) ? null : siteText, Duration.ofMillis(poll.getSelection()));
    }

    @Override
    protected void performDefaults() {
        home.setText("");
        policy.setText("");
        site.setText(NO_SITE);
        poll.setSelection((int) VitruvianPreferences.DEFAULT_POLL.toMillis());
        super.performDefaults();
    }

    @Override
    public boolean performOk() {
        try {
            VitruvianPreferences preferences = preferences();
            preferences.save();
            PreferencesApplied.apply(preferences);
            return true;
        } catch (VitruvianException | IllegalArgumentException e) {
            setErrorMessage(e.getMessage());
            return false;
        }
    }

    static IStatus ok() {
        return Status.OK_STATUS;
    }
}
