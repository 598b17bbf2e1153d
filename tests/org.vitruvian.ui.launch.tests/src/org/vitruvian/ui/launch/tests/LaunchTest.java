package org.vitruvian.ui.launch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.ILaunchConfigurationDialog;
import org.eclipse.debug.ui.ILaunchConfigurationTab;
import org.eclipse.swt.SWT;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitruvian.execution.RunRecord;
import org.vitruvian.execution.RunState;
import org.vitruvian.execution.StepRecord;
import org.vitruvian.tests.support.RunFixture;
import org.vitruvian.ui.launch.WorkflowLaunches;
import org.vitruvian.ui.launch.internal.InputsTab;
import org.vitruvian.ui.launch.internal.ParametersTab;
import org.vitruvian.ui.launch.internal.RefusedDialog;
import org.vitruvian.ui.launch.internal.WorkflowLaunchDelegate;
import org.vitruvian.ui.runs.RunsViews;

/**
 * Launching workflows from "Vitruvian Workflow" launch configurations in the real workbench
 * (Tycho's UI harness under Xvfb): the run goes through the same Runs service as 'vitruvian run',
 * on this machine's site {@code local}, shows in the Runs view and its output opens in its viewer.
 */
class LaunchTest {

    @TempDir
    Path folder;

    private RunFixture fixture;
    private RefusalWatcher refusals;

    @BeforeEach
    void fixture() throws IOException {
        refusals = new RefusalWatcher(Ui.display());
        fixture = new RunFixture(folder);
        // A workflow whose output is a table: the copy service of the fixture, declared for CSV.
        Path data = fixture.data("workflow.yaml").getParent();
        Files.writeString(data.resolve("services/table.yaml"), """
                apiVersion: vitruvian/v1
                kind: ServiceDefinition
                id: demo.table
                version: 1.0.0
                name: Table
                description: Copies a table and appends a row.
                inputs:
                  - {name: in, format: csv, description: The table.}
                outputs:
                  - {name: out, format: csv, description: The table with one more row.}
                parameters:
                  - {name: row, type: string, default: "9,9", description: The row appended.}
                defaultRecipe: ../recipe.yaml
                command: [sh, /opt/copy/copy.sh, '{in}', '{out}', '{row}']
                resources:
                  cores: 1
                """);
        Files.writeString(data.resolve("table.yaml"), """
                apiVersion: vitruvian/v1
                kind: Workflow
                name: table
                version: 1.0.0
                description: Appends a row to a table.
                imports: [services/table.yaml]
                parameters:
                  - {name: row, type: string, default: "9,9", description: The row appended.}
                  - {name: scale, type: number, unit: mm, default: 1, min: 0.5, max: 4, description: Unused; shows a range.}
                inputs:
                  - name: table
                    format: csv
                    description: Any table.
                    dataClass: {kind: scientific, owner: academy}
                outputs:
                  - {name: result, format: csv, description: The longer table.}
                steps:
                  - name: append
                    service: {id: demo.table}
                    parameters:
                      - {name: row, bind: row}
                links:
                  - {from: table, to: append.in}
                  - {from: append.out, to: result}
                """);
        Files.writeString(data.resolve("table.csv"), "x,y\n1,2\n2,4\n");
        // A workflow with no inputs, so that Run As with nothing but defaults can run it.
        Files.writeString(data.resolve("tool/hello.sh"), "#!/bin/sh\nprintf 'greeting,count\\nhello,1\\n' > \"$1\"\n");
        Files.writeString(data.resolve("hello-recipe.yaml"), """
                apiVersion: vitruvian/v1
                kind: ContainerRecipe
                name: hello
                description: A shell script; runs as a plain process on a workstation.
                base:
                  image: docker.io/library/debian:12
                  os: debian 12
                  glibc: "2.36"
                files:
                  - source: tool/hello.sh
                    destination: /opt/hello/hello.sh
                """);
        Files.writeString(data.resolve("services/hello.yaml"), """
                apiVersion: vitruvian/v1
                kind: ServiceDefinition
                id: demo.hello
                version: 1.0.0
                name: Hello
                description: Writes a small table.
                outputs:
                  - {name: out, format: csv, description: The table.}
                defaultRecipe: ../hello-recipe.yaml
                command: [sh, /opt/hello/hello.sh, '{out}']
                resources:
                  cores: 1
                """);
        Files.writeString(data.resolve("hello.yaml"), """
                apiVersion: vitruvian/v1
                kind: Workflow
                name: hello
                version: 1.0.0
                description: Writes a greeting table.
                imports: [services/hello.yaml]
                outputs:
                  - {name: greeting, format: csv, description: The table.}
                steps:
                  - name: greet
                    service: {id: demo.hello}
                links:
                  - {from: greet.out, to: greeting}
                """);
    }

    @AfterEach
    void close() throws Exception {
        refusals.close();
        Ui.page().closeAllEditors(false);
        var reference = Ui.page().findViewReference(RunsViews.VIEW_ID);
        if (reference != null) {
            Ui.page().hideView(reference);
        }
        for (ILaunchConfiguration configuration : manager().getLaunchConfigurations()) {
            configuration.delete();
        }
        manager().removeLaunches(manager().getLaunches());
        fixture.close();
    }

    @Test
    void ctrlF11OnAWorkflowSelectedInTheProjectExplorerRunsItOnLocal() throws Exception {
        // The fixture's folder as a workspace project, as a user's Vitruvian project would be.
        org.eclipse.core.resources.IProject project = org.eclipse.core.resources.ResourcesPlugin.getWorkspace().getRoot()
                .getProject("ctrl-f11");
        org.eclipse.core.resources.IProjectDescription description = project.getWorkspace().newProjectDescription("ctrl-f11");
        description.setLocationURI(fixture.data("hello.yaml").getParent().toUri());
        project.create(description, null);
        project.open(null);
        try {
            org.eclipse.core.resources.IFile file = project.getFile("hello.yaml");
            org.eclipse.ui.IViewPart explorer = Ui.page().showView("org.eclipse.ui.navigator.ProjectExplorer");
            ((org.eclipse.ui.part.ISetSelectionTarget) explorer).selectReveal(new StructuredSelection(file));
            Ui.page().activate(explorer);
            Ui.waitUntil("the workflow to be selected in the explorer", () -> Ui.page().getSelection() instanceof
                    StructuredSelection s && file.equals(s.getFirstElement()));

            // Ctrl+F11 as a user presses it.
            // Keys go to the focused window: make the workbench window the active one, the explorer its focus.
            explorer.getSite().getShell().forceActive();
            explorer.setFocus();
            Ui.waitUntil("the explorer to have the keyboard focus", () -> Ui.display().getFocusControl() != null
                    && Ui.display().getFocusControl().getShell() == explorer.getSite().getShell());
            int[][] keys = { { SWT.KeyDown, SWT.CTRL }, { SWT.KeyDown, SWT.F11 }, { SWT.KeyUp, SWT.F11 }, { SWT.KeyUp, SWT.CTRL } };
            for (int[] key : keys) {
                org.eclipse.swt.widgets.Event event = new org.eclipse.swt.widgets.Event();
                event.type = key[0];
                event.keyCode = key[1];
                Ui.display().post(event);
            }

            Ui.waitUntil("Ctrl+F11 to make a launch configuration for the workflow", () -> configurationFor(file) != null);
            ILaunchConfiguration configuration = configurationFor(file);
            assertEquals("local", configuration.getAttribute(WorkflowLaunches.SITE, ""));
            Ui.waitUntil("the launch to start a run", () -> launched(configuration) != null);
            String runId = launched(configuration).getAttribute(WorkflowLaunchDelegate.RUN_ID);
            Ui.waitUntil("the Runs view", () -> Ui.page().findView(RunsViews.VIEW_ID) != null);
            org.eclipse.swt.widgets.Tree tree = RunsViewRows.tree(Ui.page().findView(RunsViews.VIEW_ID));
            Ui.waitUntil("the run to reach Completed", () -> RunsViewRows.describe(tree) + "\nrefused: " + refusals.seen(),
                    () -> "Completed (1/1)".equals(RunsViewRows.state(RunsViewRows.run(tree, runId))));
            assertEquals(RunState.COMPLETED, fixture.runs().store().read(runId).state());
        } finally {
            project.delete(false, true, null);
        }
    }

    private static ILaunchConfiguration configurationFor(org.eclipse.core.resources.IFile file) {
        try {
            for (ILaunchConfiguration configuration : manager().getLaunchConfigurations(
                    manager().getLaunchConfigurationType(WorkflowLaunches.TYPE_ID))) {
                if (configuration.getAttribute(WorkflowLaunches.WORKFLOW, "").equals("${workspace_loc:" + file.getFullPath() + "}")) {
                    return configuration;
                }
            }
            return null;
        } catch (org.eclipse.core.runtime.CoreException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ILaunchManager manager() {
        return DebugPlugin.getDefault().getLaunchManager();
    }

    private ILaunchConfiguration configuration(String name, String workflow, Map<String, String> parameters,
            Map<String, String> inputs, Path policy) throws Exception {
        ILaunchConfigurationWorkingCopy copy = manager().getLaunchConfigurationType(WorkflowLaunches.TYPE_ID).newInstance(null, name);
        copy.setAttribute(WorkflowLaunches.WORKFLOW, fixture.data(workflow).toString());
        copy.setAttribute(WorkflowLaunches.SITE, "local");
        copy.setAttribute(WorkflowLaunches.PARAMETERS, parameters);
        copy.setAttribute(WorkflowLaunches.INPUTS, inputs);
        if (policy != null) {
            copy.setAttribute(WorkflowLaunches.POLICY, policy.toString());
        }
        return copy.doSave();
    }

    /** The launch the platform made for {@code configuration}, once its delegate has recorded a run id. */
    private static ILaunch launched(ILaunchConfiguration configuration) {
        return Arrays.stream(manager().getLaunches())
                .filter(l -> configuration.equals(l.getLaunchConfiguration()) && l.getAttribute(WorkflowLaunchDelegate.RUN_ID) != null)
                .findFirst().orElse(null);
    }

    @Test
    void aLaunchedWorkflowCompletesInTheRunsViewAndItsTableOpensInTheCsvViewer() throws Exception {
        ILaunchConfiguration configuration = configuration("table on local", "table.yaml", Map.of("row", "3,6"),
                Map.of("table", fixture.data("table.csv").toString()), null);

        DebugUITools.launch(configuration, ILaunchManager.RUN_MODE);

        Ui.waitUntil("the launch to start a run", () -> launched(configuration) != null);
        String runId = launched(configuration).getAttribute(WorkflowLaunchDelegate.RUN_ID);
        Ui.waitUntil("the launch to show the Runs view", () -> Ui.page().findView(RunsViews.VIEW_ID) != null);
        org.eclipse.swt.widgets.Tree tree = RunsViewRows.tree(Ui.page().findView(RunsViews.VIEW_ID));
        Ui.waitUntil("the run to reach Completed in the Runs view", () -> RunsViewRows.describe(tree) + "\nrefused: " + refusals.seen(),
                () -> "Completed (1/1)".equals(RunsViewRows.state(RunsViewRows.run(tree, runId))));
        RunRecord record = fixture.runs().store().read(runId);
        assertEquals(RunState.COMPLETED, record.state());
        assertEquals("local", record.site());
        assertEquals("3,6", record.step("append").orElseThrow().parameters().get("row"), "the launch's parameter reached the step");

        // Open Outputs on the run's row, as a user does from the view's toolbar.
        RunsViewRows.select(tree, RunsViewRows.run(tree, runId));
        org.eclipse.jface.action.IAction open = RunsViewRows.action(Ui.page().findView(RunsViews.VIEW_ID), "Open Outputs");
        Ui.waitUntil("Open Outputs to be enabled for the completed run", open::isEnabled);
        open.run();
        Ui.waitUntil("the table to open in the CSV viewer", () -> String.valueOf(Ui.page().getActiveEditor()),
                () -> Ui.page().getActiveEditor() != null
                        && org.vitruvian.ui.viewers.Viewers.CSV.equals(Ui.page().getActiveEditor().getSite().getId()));
        org.eclipse.ui.IEditorPart csv = Ui.page().getActiveEditor();
        assertEquals(fixture.runs().outputs(runId).get("result").getFileName().toString(), csv.getTitle(),
                "the workflow's output is what opened");
        assertEquals(fixture.runs().outputs(runId).get("result").toUri(),
                ((org.eclipse.ui.IURIEditorInput) csv.getEditorInput()).getURI());
    }

    @Test
    void aWorkflowTrustDeniesOnTheSiteOpensTheDialogWithTheReasonsAndSubmitsNothing() throws Exception {
        // A policy with no rule for academic scientific data on a desk-side machine: no rule, no trust.
        Path policy = folder.resolve("strict-policy.yaml");
        Files.writeString(policy, """
                apiVersion: vitruvian/v1
                kind: TrustPolicy
                name: strict
                description: Only hospital clinical data, and only on HPC after review.
                rules:
                  - name: hospital-clinical-hpc
                    dataKind: clinical
                    owner: hospital
                    resourceClass: hpc
                    verdict: not-determined
                    rationale: Reviewed case by case.
                """);
        ILaunchConfiguration configuration = configuration("table under a strict policy", "table.yaml", Map.of(),
                Map.of("table", fixture.data("table.csv").toString()), policy);

        DebugUITools.launch(configuration, ILaunchManager.RUN_MODE);

        Ui.waitUntil("the refusal dialog to open and close with Escape", () -> refusals.seen().toString(),
                () -> !refusals.seen().isEmpty() && refusals.noneOpen());
        assertEquals(1, refusals.seen().size(), "one dialog: " + refusals.seen());
        RefusalWatcher.Seen dialog = refusals.seen().get(0);
        assertTrue(dialog.title().startsWith(RefusedDialog.TITLE + ": table under a strict policy"), dialog.title());
        assertTrue(dialog.reasons().contains("trust.deny"), dialog.reasons());
        assertTrue(dialog.reasons().contains("append"), "the reason names the step: " + dialog.reasons());
        assertTrue(dialog.reasons().contains("table.yaml:"), "the reason names the file and line: " + dialog.reasons());

        ILaunch launch = Arrays.stream(manager().getLaunches()).filter(l -> configuration.equals(l.getLaunchConfiguration()))
                .findFirst().orElseThrow();
        String runId = launch.getAttribute(WorkflowLaunchDelegate.RUN_ID);
        if (runId != null) {
            RunRecord record = fixture.runs().store().read(runId);
            assertEquals(RunState.REFUSED, record.state());
            for (StepRecord step : record.steps()) {
                assertNull(step.jobId(), "nothing was submitted: " + step);
            }
        }
        assertEquals(0, fixture.runs().store().list().stream().map(id -> fixture.runs().store().read(id))
                .filter(r -> r.state() != RunState.REFUSED).count(), "no run other than the refused one's record");
    }

    @Test
    void aNewConfigurationStartsOnTheDefaultSitePreferenceElseLocal() throws Exception {
        ILaunchConfigurationWorkingCopy fresh = manager().getLaunchConfigurationType(WorkflowLaunches.TYPE_ID).newInstance(null, "new");
        new org.vitruvian.ui.launch.internal.WorkflowTab().setDefaults(fresh);
        assertEquals("local", fresh.getAttribute(WorkflowLaunches.SITE, ""), "without preferences: this machine");

        System.setProperty("vitruvian.preferences", folder.resolve("preferences.properties").toString());
        try {
            new org.vitruvian.preferences.VitruvianPreferences(null, null, "metrocubo", null).save();
            ILaunchConfigurationWorkingCopy another = manager().getLaunchConfigurationType(WorkflowLaunches.TYPE_ID)
                    .newInstance(null, "another");
            new org.vitruvian.ui.launch.internal.WorkflowTab().setDefaults(another);
            assertEquals("metrocubo", another.getAttribute(WorkflowLaunches.SITE, ""), "Run Configurations > New takes the preference");
        } finally {
            System.clearProperty("vitruvian.preferences");
        }
    }

    @Test
    void withoutAPolicyInTheConfigurationTheDefaultPolicyPreferenceDecides() throws Exception {
        // The same strict policy, chosen on Window > Preferences > Vitruvian instead of in the configuration.
        Path policy = folder.resolve("strict-policy.yaml");
        Files.writeString(policy, """
                apiVersion: vitruvian/v1
                kind: TrustPolicy
                name: strict
                description: Only hospital clinical data, and only on HPC after review.
                rules:
                  - name: hospital-clinical-hpc
                    dataKind: clinical
                    owner: hospital
                    resourceClass: hpc
                    verdict: not-determined
                    rationale: Reviewed case by case.
                """);
        System.setProperty("vitruvian.preferences", folder.resolve("preferences.properties").toString());
        try {
            new org.vitruvian.preferences.VitruvianPreferences(null, policy, null, null).save();
            ILaunchConfiguration configuration = configuration("table under the preferred policy", "table.yaml", Map.of(),
                    Map.of("table", fixture.data("table.csv").toString()), null);

            DebugUITools.launch(configuration, ILaunchManager.RUN_MODE);

            Ui.waitUntil("the refusal dialog to open and close with Escape", () -> refusals.seen().toString(),
                    () -> !refusals.seen().isEmpty() && refusals.noneOpen());
            assertTrue(refusals.seen().get(0).reasons().contains("trust.deny"), refusals.seen().get(0).reasons());
            assertEquals(0, fixture.runs().store().list().stream().map(id -> fixture.runs().store().read(id))
                    .filter(r -> r.state() != RunState.REFUSED).count(), "nothing but the refused record");
        } finally {
            System.clearProperty("vitruvian.preferences");
        }
    }

    @Test
    void theTabsShowTheWorkflowsParametersAsTypedFieldsWithRangesAndItsInputsAsFiles() throws Exception {
        ILaunchConfiguration configuration = configuration("tabs", "table.yaml", Map.of(), Map.of(), null);
        Shell shell = new Shell(Ui.display());
        shell.setLayout(new FillLayout());
        shell.setSize(800, 500);
        try {
            ParametersTab parameters = new ParametersTab();
            InputsTab inputs = new InputsTab();
            String[] error = new String[1];
            ILaunchConfigurationDialog dialog = dialog(parameters, inputs, error);
            parameters.setLaunchConfigurationDialog(dialog);
            inputs.setLaunchConfigurationDialog(dialog);
            org.eclipse.swt.custom.CTabFolder tabs = new org.eclipse.swt.custom.CTabFolder(shell, SWT.NONE);
            parameters.createControl(tabs);
            inputs.createControl(tabs);
            org.eclipse.swt.custom.CTabItem first = new org.eclipse.swt.custom.CTabItem(tabs, SWT.NONE);
            first.setControl(parameters.getControl());
            org.eclipse.swt.custom.CTabItem second = new org.eclipse.swt.custom.CTabItem(tabs, SWT.NONE);
            second.setControl(inputs.getControl());
            shell.open();
            parameters.initializeFrom(configuration);
            inputs.initializeFrom(configuration);
            Ui.waitUntil("the tabs to read the workflow", () -> parameters.isLoaded() && inputs.isLoaded());

            assertTrue(parameters.field("row") instanceof Text, "a string parameter is a text field");
            Text scale = (Text) parameters.field("scale");
            assertEquals("1", scale.getMessage(), "the default shows in the empty field");
            assertTrue(parameters.isValid(configuration), "every parameter has a default");
            assertFalse(inputs.isValid(configuration), "the required input has no file yet");
            assertTrue(inputs.getErrorMessage().contains("table (csv)"), inputs.getErrorMessage());

            tabs.setSelection(first);
            Ui.type(scale, "7");
            assertFalse(parameters.isValid(configuration), "7 mm is outside the range");
            assertEquals("scale: 7 is outside 0.5 to 4 mm", parameters.getErrorMessage());
            scale.setText("");
            Ui.type(scale, "2.5");
            assertTrue(parameters.isValid(configuration), parameters.getErrorMessage());

            tabs.setSelection(second);
            Ui.type(inputs.field("table"), fixture.data("table.csv").toString());
            assertTrue(inputs.isValid(configuration), inputs.getErrorMessage());

            ILaunchConfigurationWorkingCopy copy = configuration.getWorkingCopy();
            parameters.performApply(copy);
            inputs.performApply(copy);
            assertEquals(Map.of("scale", "2.5"), copy.getAttribute(WorkflowLaunches.PARAMETERS, Map.of()));
            assertEquals(Map.of("table", fixture.data("table.csv").toString()), copy.getAttribute(WorkflowLaunches.INPUTS, Map.of()));
        } finally {
            shell.dispose();
        }
    }

    private static ILaunchConfigurationDialog dialog(ParametersTab parameters, InputsTab inputs, String[] error) {
        return new ILaunchConfigurationDialog() {
            @Override
            public void run(boolean fork, boolean cancelable, org.eclipse.jface.operation.IRunnableWithProgress runnable) {
            }

            @Override
            public void updateButtons() {
            }

            @Override
            public void updateMessage() {
            }

            @Override
            public void setName(String name) {
            }

            @Override
            public String generateName(String name) {
                return name;
            }

            @Override
            public ILaunchConfigurationTab[] getTabs() {
                return new ILaunchConfigurationTab[] { parameters, inputs };
            }

            @Override
            public ILaunchConfigurationTab getActiveTab() {
                return parameters;
            }

            @Override
            public String getMode() {
                return ILaunchManager.RUN_MODE;
            }

            @Override
            public void setActiveTab(ILaunchConfigurationTab tab) {
            }

            @Override
            public void setActiveTab(int index) {
            }
        };
    }
}
