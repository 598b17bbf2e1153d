package org.vitruvian.ui.editors.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vitruvian.ui.diagram.WorkflowDiagramViewer;
import org.vitruvian.ui.editors.internal.NewProjectWizard;
import org.vitruvian.ui.editors.internal.ProjectTemplate;
import org.vitruvian.ui.editors.internal.editor.ModelEditor;

/**
 * The Outline and Properties views follow the workflow editor's selection wherever it is made:
 * the caret on the Source page, a box in the diagram, an entry of the outline itself.
 */
class SelectionSyncTest {

    private IProject project;

    @BeforeEach
    void boneStrengthProject() throws CoreException {
        project = Workspace.root().getProject("bone-outline");
        NewProjectWizard.create(project, null, ProjectTemplate.byId("bone-strength").orElseThrow(), new NullProgressMonitor());
    }

    @AfterEach
    void cleanUp() throws CoreException {
        Workspace.closeEditorsAndDeleteProjects();
    }

    @Test
    void theOutlineAndPropertiesFollowTheCaretTheDiagramAndTheOutline() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        IViewPart outlineView = page.showView(IPageLayout.ID_OUTLINE);
        PropertySheet properties = (PropertySheet) page.showView(IPageLayout.ID_PROP_SHEET);
        IEditorPart part = IDE.openEditor(page, project.getFile("workflow.yaml"), true);
        ModelEditor editor = assertInstanceOf(ModelEditor.class, part);
        page.activate(editor);
        Tree outline = Ui.waitFor("the outline of the workflow", () -> {
            Control control = outlineControl(outlineView);
            return control instanceof Tree tree && tree.getItemCount() > 0 ? tree : null;
        });

        // The caret on the Source page, in the mesh step.
        editor.showSource();
        StyledText text = ModelEditorTest.sourceText(editor);
        IDocument document = editor.document();
        int mesh = document.get().indexOf("  - name: mesh\n");
        Ui.focus(text);
        text.setCaretOffset(mesh + 3);
        Ui.key(SWT.ARROW_RIGHT, 0); // onto "name: mesh": a real caret move, as the arrow key makes it
        Ui.waitUntil("the outline selects the step at the caret", () -> selected(outline).startsWith("mesh"));
        Ui.waitUntil("the Properties view shows the step", () -> "mesh".equals(property(properties, "name")));

        // A box in the diagram.
        editor.showPage(1);
        WorkflowDiagramViewer diagram = Ui.waitFor("the diagram", () -> Ui.find(editor.pageContainer(), WorkflowDiagramViewer.class,
                v -> v.getStepNames().size() == 6 && v.isVisible()));
        Ui.waitUntil("the plan is drawn", () -> diagram.getVerdict("solve").isPresent());
        Rectangle solve = diagram.getNodeBounds("solve").orElseThrow();
        Ui.moveTo(new org.eclipse.swt.graphics.Point(solve.x + solve.width / 2, solve.y + 12));
        Ui.click(diagram, new Rectangle(diagram.toControl(solve.x, solve.y).x, diagram.toControl(solve.x, solve.y).y, solve.width, 24));
        Ui.waitUntil("the diagram selects solve", () -> diagram.getSelection().size() == 1);
        Ui.waitUntil("the outline follows the diagram", () -> selected(outline).startsWith("solve"));
        Ui.waitUntil("the Properties view shows solve", () -> "solve".equals(property(properties, "name")));
        Ui.screenshot("outline-properties-diagram");

        // An entry of the outline: the Source page's caret goes to it.
        editor.showSource();
        TreeItem calibrate = find(outline, "calibrate");
        assertNotNull(calibrate, "the outline lists the calibrate step");
        Ui.focus(outline);
        outline.showItem(calibrate);
        Ui.flush();
        Ui.click(outline, calibrate.getBounds());
        int calibrateAt = document.get().indexOf("- name: calibrate\n") + "- name: ".length();
        Ui.waitUntil("the Source page selects the step's name", () -> text.getSelection().x == calibrateAt);
        assertEquals("calibrate", text.getSelectionText());
        Ui.waitUntil("the Properties view shows calibrate", () -> "calibrate".equals(property(properties, "name")));
    }

    private static Control outlineControl(IViewPart view) {
        if (view instanceof org.eclipse.ui.part.PageBookView book && book.getCurrentPage() != null) {
            return book.getCurrentPage().getControl();
        }
        return null;
    }

    /** The step entry the outline's selection is in: the innermost entry at the caret may be one of the step's keys. */
    private static String selected(Tree tree) {
        TreeItem[] items = tree.getSelection();
        for (TreeItem item = items.length == 0 ? null : items[0]; item != null; item = item.getParentItem()) {
            if (item.getParentItem() != null && item.getParentItem().getText().startsWith("steps")) {
                return item.getText();
            }
        }
        return "";
    }

    private static TreeItem find(Tree tree, String prefix) {
        List<TreeItem> all = new ArrayList<>();
        for (TreeItem item : tree.getItems()) {
            collect(item, all);
        }
        return all.stream().filter(i -> i.getText().startsWith(prefix + " ") || i.getText().equals(prefix)).findFirst().orElse(null);
    }

    private static void collect(TreeItem item, List<TreeItem> all) {
        all.add(item);
        if (item.getExpanded()) {
            for (TreeItem child : item.getItems()) {
                collect(child, all);
            }
        }
    }

    /** A value in the Properties view's table, by the property's name; null when not shown. */
    private static String property(PropertySheet sheet, String name) {
        Control control = sheet.getCurrentPage() == null ? null : sheet.getCurrentPage().getControl();
        if (!(control instanceof Tree tree)) {
            return null;
        }
        List<TreeItem> all = new ArrayList<>();
        for (TreeItem item : tree.getItems()) {
            all.add(item);
            for (TreeItem child : item.getItems()) {
                all.add(child);
            }
        }
        return all.stream().filter(i -> name.equals(i.getText(0))).map(i -> i.getText(1)).findFirst().orElse(null);
    }
}
