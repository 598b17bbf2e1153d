package org.vitruvian.ui.editors.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vitruvian.ui.diagram.WorkflowDiagramViewer;
import org.vitruvian.ui.editors.VitruvianEditors;
import org.vitruvian.ui.editors.internal.NewProjectWizard;
import org.vitruvian.ui.editors.internal.ProjectTemplate;
import org.vitruvian.ui.editors.internal.editor.DesignPage;
import org.vitruvian.ui.editors.internal.editor.ModelEditor;

/**
 * Trust and compatibility where a workflow would run: the builder's markers for steps pinned to a
 * site, and the workflow editor's target-site selector with the diagram's verdicts and the Plan
 * page. The patient-CT workflow of the bone-strength template carries identifiable clinical data,
 * which the default policy (CompBioMed D6.5 Table 2) does not let onto an HPC site such as
 * JURECA-DC, a site of the built-in catalog.
 */
class SiteCheckTest {

    private static final List<String> STEPS = List.of("ct-phantom", "calibrate", "segment", "mesh", "solve", "strength");

    private IProject project;

    @BeforeEach
    void boneStrengthProject() throws CoreException {
        project = Workspace.root().getProject("bone-sites");
        NewProjectWizard.create(project, null, ProjectTemplate.byId("bone-strength").orElseThrow(), new NullProgressMonitor());
    }

    @AfterEach
    void cleanUp() throws CoreException {
        Workspace.closeEditorsAndDeleteProjects();
    }

    @Test
    void aStepPinnedToASiteWhereTrustDeniesItsDataIsAnErrorMarkerAtTheStep() throws Exception {
        String text = ModelEditorTest.read(project.getFile("patient-ct.yaml"));
        String segment = "  - name: segment\n    service: {id: bone.segment, version: \"[1.0,2.0)\"}\n";
        assertTrue(text.contains(segment), "the template's patient-CT workflow has the segment step");
        IFile pinned = project.getFile("pinned.yaml");
        pinned.create(new ByteArrayInputStream(text.replace(segment, segment + "    site: jureca-dc\n").getBytes(StandardCharsets.UTF_8)),
                true, null);
        int stepLine = lineOf(text, "  - name: segment");

        IMarker denied = Ui.waitFor("the builder marks the denied step", () -> ModelEditorTest.marker(pinned, "trust.deny"));
        assertEquals(stepLine, denied.getAttribute(IMarker.LINE_NUMBER, -1), "the denial is marked at the pinned step");
        assertEquals(IMarker.SEVERITY_ERROR, denied.getAttribute(IMarker.SEVERITY, -1));
        String message = denied.getAttribute(IMarker.MESSAGE, "");
        assertTrue(message.contains("jureca-dc") && message.contains("rule hospital-clinical-hpc") && message.contains("data path"),
                message);
        IMarker suggestion = Ui.waitFor("the sites that would do instead", () -> ModelEditorTest.marker(pinned, "check.suggestion"));
        assertTrue(suggestion.getAttribute(IMarker.MESSAGE, "").contains("local"), suggestion.getAttribute(IMarker.MESSAGE, ""));
        IMarker[] all = pinned.findMarkers(VitruvianEditors.PROBLEM_MARKER, false, IResource.DEPTH_ZERO);
        assertTrue(Arrays.stream(all).allMatch(m -> m.getAttribute(IMarker.LINE_NUMBER, -1) == stepLine
                || !m.getAttribute(VitruvianEditors.CODE_ATTRIBUTE, "").startsWith("trust.")),
                "only the pinned step is judged; the others get their site when run: " + Workspace.describe(all));
        assertTrue(Arrays.stream(all).noneMatch(m -> m.getAttribute(VitruvianEditors.CODE_ATTRIBUTE, "").startsWith("plan.")),
                "unpinned steps are not errors: " + Workspace.describe(all));
        IFile unpinned = project.getFile("patient-ct.yaml");
        assertEquals(0, Arrays.stream(unpinned.findMarkers(VitruvianEditors.PROBLEM_MARKER, false, IResource.DEPTH_ZERO))
                .filter(m -> m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR).count(),
                "a workflow without pins has nothing to deny");
    }

    @Test
    void theMriTemplatesImplantWorkflowPinnedToItsPrivateCloudChecksClean() throws Exception {
        IProject mri = Workspace.root().getProject("mri-sites");
        NewProjectWizard.create(mri, null, ProjectTemplate.byId("mri-rf-heating").orElseThrow(), new NullProgressMonitor());
        assertTrue(mri.getFile("sites/medtech-private-cloud.yaml").exists(), "the template brings the site its steps are pinned to");
        IFile implant = mri.getFile("implant-stl.yaml");
        Ui.waitUntil("the builder checked the project", () -> {
            try {
                return mri.getSessionProperty(org.vitruvian.ui.editors.internal.ModelBuilder.LAST_CHECK) != null;
            } catch (CoreException e) {
                return false;
            }
        });
        IMarker[] markers = mri.findMarkers(VitruvianEditors.PROBLEM_MARKER, true, IResource.DEPTH_INFINITE);
        assertEquals(0, Arrays.stream(markers).filter(m -> m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR).count(),
                "pinned to a site of the project, trust allows the device data there: " + Workspace.describe(markers));
        assertTrue(implant.exists());
    }

    @Test
    void choosingASiteWhereTrustDeniesAStepMarksItOnTheDiagramAndThePlanPageListsEveryStep() throws Exception {
        ModelEditor editor = open("patient-ct.yaml");
        editor.showPage(1);
        WorkflowDiagramViewer diagram = Ui.waitFor("the Diagram page", () -> Ui.find(editor.pageContainer(),
                WorkflowDiagramViewer.class, v -> v.getStepNames().size() == 6));
        Combo sites = Ui.waitFor("the target-site selector lists the catalog's sites", () -> Ui.find(editor.pageContainer(),
                Combo.class, c -> "targetSite".equals(c.getData(DesignPage.PATH_KEY)) && c.isVisible()
                        && Arrays.stream(c.getItems()).anyMatch(i -> i.startsWith("jureca-dc"))));
        assertEquals("Cheapest site that fits", sites.getText(), "until a site is chosen, the plan puts each step where it fits");
        Ui.waitUntil("the cheapest plan is drawn: every step allowed", () -> STEPS.stream()
                .allMatch(step -> "ALLOW".equals(diagram.getVerdict(step).orElse(null))));

        choose(sites, "jureca-dc");
        Ui.waitUntil("segment is drawn denied on jureca-dc", () -> "DENY".equals(diagram.getVerdict("segment").orElse(null)));
        assertEquals("jureca-dc", diagram.getSiteBadge("segment").orElseThrow(), "the badge names the chosen site");
        assertTrue(diagram.isRefused("segment"), "the denied step's box is marked");
        String hover = diagram.getStepToolTip("segment").orElseThrow();
        assertTrue(hover.contains("Trust: denied by rule hospital-clinical-hpc"), hover);
        assertTrue(hover.contains("Data path: ct, ct -> calibrate.ct, calibrate.density -> segment.density"), hover);
        assertTrue(hover.contains("Compatibility warning:") && hover.contains("compat.arch.build-elsewhere"),
                "the container's findings on the site are in the hover: " + hover);
        assertEquals("ALLOW", diagram.getVerdict("ct-phantom").orElseThrow(), "the phantom carries no patient data");
        assertFalse(diagram.isRefused("ct-phantom"));
        Ui.screenshot("site-selector-denied-step");

        editor.showPage(2);
        Table plan = Ui.waitFor("the Plan page's table", () -> Ui.find(editor.pageContainer(), Table.class,
                t -> "plan".equals(t.getData(DesignPage.PATH_KEY)) && t.isVisible() && t.getItemCount() == 6));
        assertEquals(STEPS, Arrays.stream(plan.getItems()).map(i -> i.getText(0)).toList(), "every step, in the workflow's order");
        TableItem row = plan.getItem(2);
        assertEquals("jureca-dc", row.getText(1));
        assertEquals("--site", row.getText(2));
        assertEquals("denied (hospital-clinical-hpc)", row.getText(3));
        assertEquals("1", row.getText(5), "runs");
        assertTrue(row.getText(8).contains("local"), "the sites that would fit: " + row.getText(8));
        TableItem solve = plan.getItem(4);
        assertEquals("36", solve.getText(6), "12 cores for 3 h are 36 core-hours");
        Combo planSites = Ui.find(editor.pageContainer(), Combo.class, c -> "targetSite".equals(c.getData(DesignPage.PATH_KEY))
                && c.isVisible());
        assertTrue(planSites.getText().startsWith("jureca-dc"), "the Plan page shows the same target site: " + planSites.getText());
        Ui.screenshot("plan-page");

        // Pinning the step to this machine and saving plans again: the pin wins over the target site.
        IDocument document = editor.document();
        String segment = "    service: {id: bone.segment, version: \"[1.0,2.0)\"}\n";
        int at = document.get().indexOf(segment) + segment.length();
        document.replace(at, 0, "    site: local\n");
        Ui.key('s', SWT.CTRL);
        Ui.waitUntil("the saved pin is planned", () -> plan.getItemCount() == 6 && "local".equals(plan.getItem(2).getText(1))
                && "pinned".equals(plan.getItem(2).getText(2)));
        assertTrue(plan.getItem(2).getText(3).startsWith("allowed"), plan.getItem(2).getText(3));
        editor.showPage(1);
        Ui.waitUntil("the diagram follows the saved file", () -> "ALLOW".equals(diagram.getVerdict("segment").orElse(null))
                && "local".equals(diagram.getSiteBadge("segment").orElse(null)));
    }

    /** Picks the site in the combo as a user's choice from its list does (GTK gives no way to post a pick in its pop-up). */
    private static void choose(Combo combo, String id) {
        int index = Arrays.asList(combo.getItems()).stream().filter(i -> i.startsWith(id + " ") || i.equals(id)).findFirst()
                .map(i -> Arrays.asList(combo.getItems()).indexOf(i)).orElseThrow();
        Ui.focus(combo);
        combo.select(index);
        combo.notifyListeners(SWT.Selection, new Event());
    }

    private ModelEditor open(String name) throws Exception {
        IEditorPart part = IDE.openEditor(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), project.getFile(name), true);
        ModelEditor editor = assertInstanceOf(ModelEditor.class, part, name + " did not open in the Vitruvian model editor");
        Ui.flush();
        return editor;
    }

    private static int lineOf(String text, String line) {
        int at = text.indexOf("\n" + line + "\n");
        return (int) text.substring(0, at + 1).chars().filter(c -> c == '\n').count() + 1;
    }
}
