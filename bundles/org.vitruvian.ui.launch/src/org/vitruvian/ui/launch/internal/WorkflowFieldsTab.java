package org.vitruvian.ui.launch.internal;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.ui.AbstractLaunchConfigurationTab;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.vitruvian.ui.launch.WorkflowLaunches;

/**
 * A tab whose fields come from the workflow chosen on the Workflow tab (its parameters, its
 * inputs). The workflow is read off the UI thread whenever the chosen file changes; the values
 * are a map by name in the configuration, so a value typed for a parameter survives a reload.
 */
abstract class WorkflowFieldsTab extends AbstractLaunchConfigurationTab {

    private final String attribute;
    private ScrolledComposite scroll;
    private Composite fields;
    /** The values as the configuration holds them; the fields write into it as the user types. */
    protected final Map<String, String> values = new LinkedHashMap<>();
    private String shownWorkflow;
    private WorkflowInfo info;
    protected boolean initializing;

    WorkflowFieldsTab(String attribute) {
        this.attribute = attribute;
    }

    @Override
    public void createControl(Composite parent) {
        scroll = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        setControl(scroll);
        fields = new Composite(scroll, SWT.NONE);
        scroll.setContent(fields);
        message("Choose the workflow on the Workflow tab.");
    }

    private void message(String text) {
        clear();
        Label label = new Label(fields, SWT.WRAP);
        label.setText(text);
        GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(label);
        layout();
    }

    private void clear() {
        for (Control child : fields.getChildren()) {
            child.dispose();
        }
        GridLayoutFactory.swtDefaults().numColumns(columns()).applyTo(fields);
    }

    private void layout() {
        fields.layout(true, true);
        scroll.setMinSize(fields.computeSize(SWT.DEFAULT, SWT.DEFAULT));
    }

    /** Columns of the grid the fields are laid out in. */
    abstract int columns();

    /** Adds the fields for the workflow's parameters or inputs; false when it has none. */
    abstract boolean createFields(Composite parent, WorkflowInfo workflow);

    /** Why the values cannot be launched, or null. */
    abstract String check(WorkflowInfo workflow);

    /** What the tab says when the workflow has none of what it shows. */
    abstract String none(WorkflowInfo workflow);

    @Override
    public void setDefaults(ILaunchConfigurationWorkingCopy configuration) {
        // Empty: every parameter takes its default and every input must be chosen.
    }

    @Override
    public void initializeFrom(ILaunchConfiguration configuration) {
        values.clear();
        try {
            values.putAll(configuration.getAttribute(attribute, Map.of()));
        } catch (CoreException e) {
            setErrorMessage(e.getMessage());
        }
        reload(configuration);
    }

    @Override
    public void activated(ILaunchConfigurationWorkingCopy workingCopy) {
        // The Workflow tab may have changed the file since this tab was filled.
        reload(workingCopy);
    }

    private void reload(ILaunchConfiguration configuration) {
        String workflow;
        try {
            workflow = configuration.getAttribute(WorkflowLaunches.WORKFLOW, "");
        } catch (CoreException e) {
            workflow = "";
        }
        if (Objects.equals(workflow, shownWorkflow) && info != null) {
            rebuild();
            return;
        }
        shownWorkflow = workflow;
        info = null;
        if (workflow.isBlank()) {
            message("Choose the workflow on the Workflow tab.");
            return;
        }
        message("Reading " + workflow + "...");
        String file = workflow;
        Job job = Job.create("Reading " + workflow, monitor -> {
            WorkflowInfo read;
            try {
                read = WorkflowInfo.load(Path.of(LaunchSettings.substitute(file)));
            } catch (CoreException | java.nio.file.InvalidPathException e) {
                read = new WorkflowInfo(null, java.util.List.of(), java.util.List.of(), e.getMessage());
            }
            WorkflowInfo loaded = read;
            if (!fields.isDisposed()) {
                fields.getDisplay().asyncExec(() -> {
                    if (!fields.isDisposed() && file.equals(shownWorkflow)) {
                        info = loaded;
                        rebuild();
                        updateLaunchConfigurationDialog();
                    }
                });
            }
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    private void rebuild() {
        if (info.problem() != null) {
            message(info.problem());
            return;
        }
        clear();
        initializing = true;
        try {
            if (!createFields(fields, info)) {
                clear();
                Label label = new Label(fields, SWT.WRAP);
                label.setText(none(info));
            }
        } finally {
            initializing = false;
        }
        layout();
    }

    /** A field changed: keep its value and let the dialog check and enable Apply. */
    protected void put(String name, String value) {
        if (initializing) {
            return;
        }
        if (value == null || value.isBlank()) {
            values.remove(name);
        } else {
            values.put(name, value.strip());
        }
        setDirty(true);
        updateLaunchConfigurationDialog();
    }

    @Override
    public void performApply(ILaunchConfigurationWorkingCopy configuration) {
        configuration.setAttribute(attribute, values.isEmpty() ? null : new LinkedHashMap<>(values));
    }

    @Override
    public boolean isValid(ILaunchConfiguration configuration) {
        setErrorMessage(null);
        if (info == null || info.problem() != null) {
            // Not read yet, or unreadable: the launch itself reports the workflow's problems.
            return true;
        }
        String problem = check(info);
        setErrorMessage(problem);
        return problem == null;
    }

    /** Whether the tab shows the fields of the chosen workflow (tests wait for it). */
    public boolean isLoaded() {
        return info != null;
    }
}
