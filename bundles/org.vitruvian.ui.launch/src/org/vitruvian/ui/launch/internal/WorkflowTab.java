package org.vitruvian.ui.launch.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.ui.AbstractLaunchConfigurationTab;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.vitruvian.core.VitruvianException;
import org.vitruvian.core.services.ServiceHandle;
import org.vitruvian.core.services.ServiceUnavailableException;
import org.vitruvian.core.services.Services;
import org.vitruvian.sites.CatalogSite;
import org.vitruvian.sites.SiteCatalog;
import org.vitruvian.ui.launch.WorkflowLaunches;

/** The workflow file, the site to run it on (from the site catalog 'vitruvian sites' lists) and the trust policy. */
public final class WorkflowTab extends AbstractLaunchConfigurationTab {

    private Text workflow;
    private Combo site;
    private Label siteDetail;
    private Text policy;
    /** Site ids in the combo's order; the combo shows "id - name". */
    private final List<String> siteIds = new ArrayList<>();
    private final List<String> siteDetails = new ArrayList<>();
    private String selectedSite = WorkflowLaunches.DEFAULT_SITE;
    private boolean initializing;

    @Override
    public String getName() {
        return "Workflow";
    }

    @Override
    public void createControl(Composite parent) {
        Composite top = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().applyTo(top);
        setControl(top);

        Group file = group(top, "&Workflow file");
        workflow = new Text(file, SWT.BORDER);
        workflow.setMessage("e.g. ${workspace_loc:/project/workflow.yaml}");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(workflow);
        workflow.addModifyListener(e -> changed());
        browse(file, workflow, "Workflow file", "*.yaml;*.yml");

        Group where = group(top, "&Site");
        site = new Combo(where, SWT.READ_ONLY);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(site);
        site.addModifyListener(e -> {
            int index = site.getSelectionIndex();
            if (index >= 0 && index < siteIds.size()) {
                selectedSite = siteIds.get(index);
                siteDetail.setText(siteDetails.get(index));
            }
            changed();
        });
        siteDetail = new Label(where, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(400, SWT.DEFAULT).applyTo(siteDetail);

        Group trust = group(top, "Trust &policy");
        policy = new Text(trust, SWT.BORDER);
        policy.setMessage("the default policy preference, else CompBioMed's table");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(policy);
        policy.addModifyListener(e -> changed());
        browse(trust, policy, "Trust policy", "*.yaml;*.yml");
        loadSites();
    }

    private static Group group(Composite parent, String text) {
        Group group = new Group(parent, SWT.NONE);
        group.setText(text);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(group);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
        return group;
    }

    private void browse(Composite parent, Text target, String title, String extensions) {
        Button button = createPushButton(parent, "Browse...", null);
        button.addListener(SWT.Selection, e -> {
            FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
            dialog.setText(title);
            dialog.setFilterExtensions(new String[] { extensions, "*" });
            String chosen = dialog.open();
            if (chosen != null) {
                target.setText(chosen);
            }
        });
    }

    /** The catalog is read off the UI thread: user sites are files, plugin sites come from bundles. */
    private void loadSites() {
        Job job = Job.create("Reading the site catalog", monitor -> {
            List<String[]> found = new ArrayList<>();
            try (ServiceHandle<SiteCatalog> catalog = Services.await(WorkflowTab.class, SiteCatalog.class)) {
                for (CatalogSite s : catalog.get().snapshot().runnable()) {
                    String name = s.site().getName() == null ? "" : s.site().getName();
                    String detail = name + " (" + s.site().getType() + ", " + s.origin().toString().toLowerCase()
                            + (s.location() == null ? "" : ", " + s.location()) + ")";
                    found.add(new String[] { s.id(), s.id() + (name.isEmpty() ? "" : " - " + name), detail });
                }
            } catch (VitruvianException | ServiceUnavailableException e) {
                found.add(new String[] { selectedSite, selectedSite, "The site catalog could not be read: " + e.getMessage() });
            }
            if (site != null && !site.isDisposed()) {
                site.getDisplay().asyncExec(() -> showSites(found));
            }
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    private void showSites(List<String[]> found) {
        if (site.isDisposed()) {
            return;
        }
        String keep = selectedSite;
        siteIds.clear();
        siteDetails.clear();
        site.removeAll();
        for (String[] s : found) {
            siteIds.add(s[0]);
            siteDetails.add(s[2]);
            site.add(s[1]);
        }
        selectSite(keep);
    }

    private void selectSite(String id) {
        selectedSite = id;
        int index = siteIds.indexOf(id);
        if (index < 0) {
            // A site not (or not yet) in the catalog stays chosen; the launch reports it if it is unknown.
            siteIds.add(id);
            siteDetails.add("Not in the site catalog (yet).");
            site.add(id);
            index = siteIds.size() - 1;
        }
        site.select(index);
        siteDetail.setText(siteDetails.get(index));
    }

    private void changed() {
        if (!initializing) {
            setDirty(true);
            updateLaunchConfigurationDialog();
        }
    }

    @Override
    public void setDefaults(ILaunchConfigurationWorkingCopy configuration) {
        IFile file = WorkflowLaunchShortcut.selectedWorkflow();
        if (file != null) {
            configuration.setAttribute(WorkflowLaunches.WORKFLOW, WorkflowLaunchShortcut.workspacePath(file));
            configuration.rename(configuration.getName().isBlank() ? file.getName() : configuration.getName());
        }
        configuration.setAttribute(WorkflowLaunches.SITE, LaunchPreferences.newConfigurationSite());
    }

    @Override
    public void initializeFrom(ILaunchConfiguration configuration) {
        initializing = true;
        try {
            workflow.setText(configuration.getAttribute(WorkflowLaunches.WORKFLOW, ""));
            selectSite(configuration.getAttribute(WorkflowLaunches.SITE, WorkflowLaunches.DEFAULT_SITE));
            policy.setText(configuration.getAttribute(WorkflowLaunches.POLICY, ""));
        } catch (org.eclipse.core.runtime.CoreException e) {
            setErrorMessage(e.getMessage());
        } finally {
            initializing = false;
        }
    }

    @Override
    public void performApply(ILaunchConfigurationWorkingCopy configuration) {
        configuration.setAttribute(WorkflowLaunches.WORKFLOW, workflow.getText().strip());
        configuration.setAttribute(WorkflowLaunches.SITE, selectedSite);
        configuration.setAttribute(WorkflowLaunches.POLICY, policy.getText().strip());
    }

    @Override
    public boolean isValid(ILaunchConfiguration configuration) {
        setErrorMessage(null);
        if (workflow.getText().isBlank()) {
            setErrorMessage("Choose the workflow file to run.");
            return false;
        }
        return true;
    }

    @Override
    public org.eclipse.swt.graphics.Image getImage() {
        return org.eclipse.debug.ui.DebugUITools.getImage(WorkflowLaunches.TYPE_ID);
    }

    /** For tests: the widgets a user fills in. */
    public Text workflowText() {
        return workflow;
    }

    public Combo siteCombo() {
        return site;
    }

    public List<String> siteIds() {
        return List.copyOf(siteIds);
    }
}
