package org.vitruvian.ui.editors.tests;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vitruvian.ui.diagram.WorkflowDiagramViewer;
import org.vitruvian.ui.editors.internal.NewProjectWizard;
import org.vitruvian.ui.editors.internal.ProjectTemplate;
import org.vitruvian.ui.editors.internal.editor.DesignPage;
import org.vitruvian.ui.editors.internal.editor.ModelEditor;

/**
 * Makes the editors' pictures in docs/images (releng/screenshot.sh editors): the workflow
 * diagram, the recipe editor with its previews, the trust matrix, and the target-site selector
 * with a step trust denies. Not a test (surefire's patterns do not match it): it drives the
 * editors as a user would and saves the workbench window, in a fresh bone-strength project.
 */
class EditorScreenshots {

    private IProject project;

    @BeforeEach
    void boneStrengthProject() throws Exception {
        project = Workspace.root().getProject("bone-strength");
        NewProjectWizard.create(project, null, ProjectTemplate.byId("bone-strength").orElseThrow(), new NullProgressMonitor());
        Shell shell = page().getWorkbenchWindow().getShell();
        shell.setBounds(0, 0, 1440, 900);
        Ui.flush();
    }

    @AfterEach
    void cleanUp() throws Exception {
        Workspace.closeEditorsAndDeleteProjects();
    }

    @Test
    void workflowDiagram() throws Exception {
        // The patient's CT: identifiable clinical data, so the ports are coloured and the cheapest plan avoids HPC.
        ModelEditor editor = open("patient-ct.yaml");
        editor.showPage(1);
        WorkflowDiagramViewer diagram = Ui.waitFor("the diagram", () -> Ui.find(editor.pageContainer(), WorkflowDiagramViewer.class,
                v -> v.getStepNames().size() == 6));
        Ui.waitUntil("the plan's verdicts are drawn", () -> diagram.getVerdict("solve").isPresent());
        diagram.fitToWindow();
        diagram.setSelection(new org.eclipse.jface.viewers.StructuredSelection(
                editor.model().root() instanceof org.vitruvian.model.workflow.Workflow w ? w.getSteps().get(4) : null));
        save("workflow-diagram.png");
    }

    @Test
    void recipeEditor() throws Exception {
        ModelEditor editor = open("recipe.yaml");
        editor.showPage(1);
        Ui.waitUntil("both previews", () -> Ui.find(editor.pageContainer(), org.eclipse.swt.custom.StyledText.class,
                t -> "containerfile".equals(t.getData("org.vitruvian.recipe.format")) && !t.getText().isEmpty()) != null);
        save("recipe-editor.png");
    }

    @Test
    void trustMatrix() throws Exception {
        IFile file = project.getFile("policy.yaml");
        try (InputStream in = org.eclipse.core.runtime.Platform.getBundle("org.vitruvian.trust")
                .getEntry("policies/compbiomed-table-2.yaml").openStream()) {
            file.create(in, true, null);
        }
        ModelEditor editor = open("policy.yaml");
        editor.showPage(1);
        Table matrix = Ui.waitFor("the matrix", () -> Ui.find(editor.pageContainer(), Table.class,
                t -> "matrix".equals(t.getData(DesignPage.PATH_KEY))));
        Ui.focus(matrix);
        Ui.click(matrix, matrix.getItem(1).getBounds(2));
        save("trust-matrix.png");
    }

    @Test
    void siteSelectorWithADeniedStep() throws Exception {
        ModelEditor editor = open("patient-ct.yaml");
        editor.showPage(1);
        WorkflowDiagramViewer diagram = Ui.waitFor("the diagram", () -> Ui.find(editor.pageContainer(), WorkflowDiagramViewer.class,
                v -> v.getStepNames().size() == 6));
        Combo sites = Ui.waitFor("the site selector", () -> Ui.find(editor.pageContainer(), Combo.class,
                c -> "targetSite".equals(c.getData(DesignPage.PATH_KEY)) && c.isVisible()
                        && Arrays.stream(c.getItems()).anyMatch(i -> i.startsWith("jureca-dc"))));
        sites.select(Arrays.asList(sites.getItems()).stream().filter(i -> i.startsWith("jureca-dc ")).findFirst()
                .map(i -> Arrays.asList(sites.getItems()).indexOf(i)).orElseThrow());
        sites.notifyListeners(SWT.Selection, new Event());
        Ui.waitUntil("segment is denied", () -> "DENY".equals(diagram.getVerdict("segment").orElse(null)));
        diagram.fitToWindow();
        // Hover over the denied step: its tooltip says why.
        Rectangle box = diagram.getNodeBounds("segment").orElseThrow();
        Event move = new Event();
        move.type = SWT.MouseMove;
        move.x = box.x + box.width / 2;
        move.y = box.y + box.height - 4; // the tooltip opens under the pointer: cover as little as possible
        Ui.display().post(move);
        settle(1500);
        save("site-selector-denied-step.png");
        editor.showPage(2);
        Ui.waitFor("the plan", () -> Ui.find(editor.pageContainer(), Table.class,
                t -> "plan".equals(t.getData(DesignPage.PATH_KEY)) && t.isVisible() && t.getItemCount() == 6));
        save("plan-page.png");
    }

    private ModelEditor open(String name) throws Exception {
        IEditorPart part = IDE.openEditor(page(), project.getFile(name), true);
        page().setPartState(page().getReference(part), IWorkbenchPage.STATE_MAXIMIZED);
        Ui.flush();
        return (ModelEditor) part;
    }

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    /** Lets layout, painting and a tooltip's delay pass (a picture, not a test: nothing to wait for but time). */
    private static void settle(long millis) {
        long until = System.nanoTime() + millis * 1_000_000L;
        Ui.waitUntil("the workbench to settle", () -> System.nanoTime() > until);
    }

    private static void save(String name) throws Exception {
        settle(800);
        Shell shell = page().getWorkbenchWindow().getShell();
        Rectangle bounds = shell.getBounds();
        Image image = new Image(shell.getDisplay(), bounds.width, bounds.height);
        GC gc = new GC(shell.getDisplay());
        try {
            gc.copyArea(image, bounds.x, bounds.y);
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { image.getImageData() };
            Path folder = Path.of(System.getProperty("screenshot.dir", "target/screenshots"));
            Files.createDirectories(folder);
            Path file = folder.resolve(name);
            loader.save(file.toString(), SWT.IMAGE_PNG);
            System.out.println("[screenshot] " + file);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }
}
