package org.vitruvian.ui.editors.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vitruvian.ui.editors.VitruvianEditors;
import org.vitruvian.ui.editors.internal.NewProjectWizard;
import org.vitruvian.ui.editors.internal.ProjectTemplate;
import org.vitruvian.ui.editors.internal.editor.DesignPage;
import org.vitruvian.ui.editors.internal.editor.ModelEditor;
import org.vitruvian.ui.diagram.WorkflowDiagramViewer;

/** The model editor in the real workbench, driven by posted key presses and clicks. */
class ModelEditorTest {

    private IProject project;

    @BeforeEach
    void boneStrengthProject() throws CoreException {
        project = Workspace.root().getProject("bone");
        NewProjectWizard.create(project, null, ProjectTemplate.byId("bone-strength").orElseThrow(), new NullProgressMonitor());
    }

    @AfterEach
    void cleanUp() throws CoreException {
        Workspace.closeEditorsAndDeleteProjects();
    }

    @Test
    void anUnknownKeyTypedOnTheSourcePageIsAProblemMarkerAtItsLineOnceSaved() throws Exception {
        ModelEditor editor = open("workflow.yaml");
        assertEquals("Workflow", editor.kind());
        assertEquals(0, editor.getActivePage(), "a model that reads opens on its Design page");

        editor.showSource();
        StyledText text = sourceText(editor);
        IDocument document = editor.document();
        Ui.focus(text);
        text.setCaretOffset(document.getLineOffset(3) + document.getLineLength(3) - 1); // end of line 4, 'version: 1.1.0'
        Ui.type("\ncolour: blue");
        Ui.waitUntil("the typed line is in the text", () -> document.get().contains("\ncolour: blue\n"));
        assertTrue(editor.isDirty());
        Ui.key('s', SWT.CTRL);
        Ui.waitUntil("the editor saved", () -> !editor.isDirty());

        IFile file = project.getFile("workflow.yaml");
        IMarker marker = Ui.waitFor("a marker for the unknown key", () -> marker(file, "yaml.unknown-key"));
        assertEquals(5, marker.getAttribute(IMarker.LINE_NUMBER, -1), "the marker is on the line typed");
        assertEquals(IMarker.SEVERITY_ERROR, marker.getAttribute(IMarker.SEVERITY, -1));
        int start = marker.getAttribute(IMarker.CHAR_START, -1);
        int end = marker.getAttribute(IMarker.CHAR_END, -1);
        assertEquals("colour", document.get(start, end - start), "the marker underlines the key");
        Ui.screenshot("source-page-unknown-key");
    }

    @Test
    void aFormEditChangesOnlyItsLineAndOneUndoGivesTheOriginalBytesBack() throws Exception {
        IFile file = project.getFile("recipe.yaml");
        String original = read(file);
        assertTrue(original.contains("  # The bundle's jar"), "the recipe has comments to keep");
        ModelEditor editor = open("recipe.yaml");
        assertEquals("ContainerRecipe", editor.kind());

        Text name = Ui.waitFor("the Design page shows the recipe's name field", () -> field(editor, "name"));
        assertEquals("bonestrength", name.getText());
        Ui.focus(name);
        Ui.click(name);
        Ui.key(SWT.END, 0);
        Ui.type("-2");
        Ui.key(SWT.CR, 0);
        IDocument document = editor.document();
        Ui.waitUntil("the form edit reached the text", () -> document.get().contains("name: bonestrength-2\n"));
        assertEquals(original.replace("\nname: bonestrength\n", "\nname: bonestrength-2\n"), document.get(),
                "a form edit changes its own line and nothing else: comments, order and quoting stay");
        Ui.screenshot("design-page-form-edit");

        Ui.key('z', SWT.CTRL);
        Ui.waitUntil("one undo takes the whole form edit back", () -> document.get().equals(original));
        Ui.waitUntil("the Design page shows the name from before", () -> {
            Text field = field(editor, "name");
            return field != null && "bonestrength".equals(field.getText());
        });
        Ui.key('s', SWT.CTRL);
        Ui.waitUntil("the editor saved", () -> !editor.isDirty());
        assertEquals(original, read(file), "after undo and save the file has its original bytes");
    }

    @Test
    void aFileThatDoesNotReadOpensOnItsSourcePageAndTheDesignPageSaysWhy() throws Exception {
        IFile file = project.getFile("broken.yaml");
        String text = "apiVersion: vitruvian/v1\nkind: Workflow\nname: broken\nsteps: [a, b\n";
        file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, null);
        ModelEditor editor = open("broken.yaml");
        assertEquals(editor.sourcePageIndex(), editor.getActivePage(), "it opens on the Source page");
        IMarker marker = Ui.waitFor("the builder marks the syntax error", () -> marker(file, "yaml.syntax"));
        assertTrue(marker.getAttribute(IMarker.LINE_NUMBER, 0) >= 4, "the error is marked at the unclosed list or after it");

        editor.showPage(0);
        Label why = Ui.waitFor("the Design page explains itself", () -> Ui.find(editor.designPage().getPartControl(), Label.class,
                l -> "unavailable".equals(l.getData(DesignPage.PATH_KEY))));
        assertTrue(why.getText().contains("unavailable"), why.getText());
        assertTrue(why.getText().contains("yaml.syntax"), why.getText());
        Ui.screenshot("design-page-unavailable");
    }

    @Test
    void theRecipeEditorPreviewsBothContainerFormatsAsTheTextChanges() throws Exception {
        ModelEditor editor = open("recipe.yaml");
        editor.showPage(1);
        StyledText apptainer = Ui.waitFor("the Apptainer preview", () -> preview(editor, "apptainer"));
        StyledText containerfile = preview(editor, "containerfile");
        assertNotNull(containerfile);
        assertTrue(apptainer.getText().contains("\nFrom: docker.io/library/eclipse-temurin:21-jre-jammy\n"), apptainer.getText());
        assertTrue(containerfile.getText().contains("\nFROM --platform=linux/amd64 docker.io/library/eclipse-temurin:21-jre-jammy\n"), containerfile.getText());
        Ui.screenshot("recipe-preview");

        IDocument document = editor.document();
        int at = document.get().indexOf("21-jre-jammy");
        document.replace(at, "21-jre-jammy".length(), "25-jre-noble");
        Ui.waitUntil("both previews follow the text", () -> apptainer.getText().contains("eclipse-temurin:25-jre-noble")
                && containerfile.getText().contains("eclipse-temurin:25-jre-noble"));
    }

    @Test
    void theTrustMatrixShowsTable2AndAVerdictChosenInACellChangesOnlyThatRulesLine() throws Exception {
        IFile file = project.getFile("policy.yaml");
        try (InputStream in = org.eclipse.core.runtime.Platform.getBundle("org.vitruvian.trust")
                .getEntry("policies/compbiomed-table-2.yaml").openStream()) {
            file.create(in, true, null);
        }
        String original = read(file);
        ModelEditor editor = open("policy.yaml");
        assertEquals("TrustPolicy", editor.kind());
        editor.showPage(1);
        Table matrix = Ui.waitFor("the Matrix page", () -> Ui.find(editor.pageContainer(), Table.class,
                t -> "matrix".equals(t.getData(DesignPage.PATH_KEY))));
        assertEquals(6, matrix.getItemCount(), "three owners by two kinds of data");
        assertEquals(5, matrix.getColumnCount(), "the row header and four resource classes");
        TableItem industryClinical = matrix.getItem(1);
        assertEquals("industry · clinical", industryClinical.getText(0));
        assertEquals("allowed", industryClinical.getText(1), "desk-side");
        assertEquals("not-determined", industryClinical.getText(2), "private cloud");
        Ui.screenshot("trust-matrix");

        Ui.focus(matrix);
        Ui.click(matrix, industryClinical.getBounds(2));
        Combo verdict = Ui.find(editor.pageContainer(), Combo.class, c -> "matrix#verdict".equals(c.getData(DesignPage.PATH_KEY)));
        Ui.waitUntil("the clicked cell's verdict is shown", () -> "not-determined".equals(verdict.getText()));
        verdict.select(Arrays.asList(verdict.getItems()).indexOf("allowed"));
        verdict.notifyListeners(SWT.Selection, new Event());

        int rule = original.indexOf("name: industry-clinical-private-cloud");
        int line = original.indexOf("verdict: not-determined", rule);
        String expected = original.substring(0, line) + "verdict: allowed" + original.substring(line + "verdict: not-determined".length());
        IDocument document = editor.document();
        Ui.waitUntil("the verdict reached the text", () -> document.get().equals(expected));
        Ui.waitUntil("the matrix shows the new verdict", () -> "allowed".equals(matrix.getItem(1).getText(2)));
    }

    @Test
    void theDiagramPageDrawsTheSixStepsWithoutOverlappingBoxes() throws Exception {
        ModelEditor editor = open("workflow.yaml");
        editor.showPage(1);
        WorkflowDiagramViewer diagram = Ui.waitFor("the Diagram page", () -> Ui.find(editor.pageContainer(),
                WorkflowDiagramViewer.class, v -> v.getStepNames().size() == 6 ? true : false));
        assertEquals(java.util.List.of("ct-phantom", "calibrate", "segment", "mesh", "solve", "strength"), diagram.getStepNames());
        java.util.List<org.eclipse.swt.graphics.Rectangle> boxes = diagram.getStepNames().stream()
                .map(name -> diagram.getNodeBounds(name).orElseThrow()).toList();
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                assertFalse(boxes.get(i).intersects(boxes.get(j)), "boxes " + i + " and " + j + " overlap: " + boxes);
            }
        }
        Ui.screenshot("workflow-diagram");
    }

    @Test
    void aStepDraggedFromThePaletteAndLinkedInTheDiagramIsNewYamlOnTheSourcePageAndOneUndoStepEach() throws Exception {
        ModelEditor editor = open("workflow.yaml");
        // Maximized, as one draws: the ports are a few pixels apart in a small editor.
        org.eclipse.ui.IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        page.setPartState(page.getReference(editor), org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED);
        editor.showPage(1);
        WorkflowDiagramViewer diagram = Ui.waitFor("the Diagram page", () -> Ui.find(editor.pageContainer(),
                WorkflowDiagramViewer.class, v -> v.getStepNames().size() == 6 && v.isVisible()));
        // The target site's plan redraws the diagram when it arrives: let it, before dragging.
        Ui.waitUntil("the plan is drawn", () -> diagram.getVerdict("solve").isPresent());
        IDocument document = editor.document();
        String original = document.get();

        org.eclipse.swt.graphics.Point entry = diagram.getPaletteEntryLocation("bone.segment").orElseThrow();
        org.eclipse.swt.graphics.Rectangle area = diagram.getDiagramArea();
        Ui.drag(entry, new org.eclipse.swt.graphics.Point(area.x + 120, area.y + area.height - 60));
        Ui.waitUntil("a step 'segment-2' from the palette", () -> diagram.getStepNames().contains("segment-2"));
        diagram.fitToWindow();
        Ui.flush();
        Ui.drag(diagram.getPortLocation("calibrate.density", false).orElseThrow(),
                diagram.getPortLocation("segment-2.density", true).orElseThrow());
        Ui.waitUntil("the link is in the text", () -> document.get().contains("  - {from: calibrate.density, to: segment-2.density}\n"));
        Ui.screenshot("diagram-palette-step-linked");

        editor.showSource();
        StyledText text = sourceText(editor);
        assertTrue(text.getText().contains("\n  - name: segment-2\n    service:\n      id: bone.segment\n      version: 1.x\n"),
                "the Source page shows the new step: " + text.getText());
        assertTrue(text.getText().indexOf("name: segment-2") < text.getText().indexOf("\nlinks:"), "the step goes to the steps");
        assertEquals(original.lines().count() + 5, text.getText().lines().count(), "four lines for the step, one for the link");

        Ui.focus(text);
        Ui.key('z', SWT.CTRL);
        Ui.waitUntil("one undo takes the link back", () -> !document.get().contains("to: segment-2.density")
                && document.get().contains("name: segment-2"));
        Ui.key('z', SWT.CTRL);
        Ui.waitUntil("a second undo takes the step back: the original bytes", () -> document.get().equals(original));
    }

    @Test
    void aMisspeltKeyIsFlaggedWhileTypingAndCtrl1FixesIt() throws Exception {
        ModelEditor editor = open("workflow.yaml");
        editor.showSource();
        IDocument document = editor.document();
        String original = document.get();
        String step = "    service: {id: bone.calibrate, version: 1.0.0}\n";
        int at = original.indexOf(step) + step.length();
        document.replace(at, 0, "    retrys: 2\n");
        StyledText text = sourceText(editor);
        Ui.focus(text);
        text.setCaretOffset(at + 6);
        text.showSelection();

        org.eclipse.jface.text.source.IAnnotationModel annotations = editor.sourceEditor().getDocumentProvider()
                .getAnnotationModel(editor.getEditorInput());
        Ui.waitUntil("the unsaved text's unknown key is annotated", () -> {
            var all = annotations.getAnnotationIterator();
            while (all.hasNext()) {
                var annotation = all.next();
                if (annotation.getText() != null && annotation.getText().contains("yaml.unknown-key")) {
                    return true;
                }
            }
            return false;
        });
        Ui.screenshot("source-page-live-diagnostic");
        Ui.key('1', SWT.CTRL);
        Ui.waitUntil("the quick fix list is open", () -> Arrays.stream(Ui.display().getShells())
                .anyMatch(shell -> shell != text.getShell() && shell.isVisible()));
        Ui.screenshot("source-page-quick-fix");
        // The proposals' table takes a double click (its default selection) to apply the chosen fix.
        Table proposals = Arrays.stream(Ui.display().getShells()).filter(shell -> shell != text.getShell() && shell.isVisible())
                .map(shell -> Ui.find(shell, Table.class, t -> t.getItemCount() > 0)).filter(t -> t != null).findFirst().orElseThrow();
        assertEquals("Change 'retrys' to 'retries'", proposals.getItem(0).getText());
        proposals.setSelection(0);
        proposals.notifyListeners(SWT.DefaultSelection, new Event());
        Ui.waitUntil("the fix renamed the key", () -> document.get().contains("\n    retries: 2\n"));
        assertEquals(original.substring(0, at) + "    retries: 2\n" + original.substring(at), document.get(),
                "the fix changes the key and nothing else");
    }

    static IMarker marker(IFile file, String code) {
        try {
            return Arrays.stream(file.findMarkers(VitruvianEditors.PROBLEM_MARKER, false, IResource.DEPTH_ZERO))
                    .filter(m -> code.equals(m.getAttribute(VitruvianEditors.CODE_ATTRIBUTE, ""))).findFirst().orElse(null);
        } catch (CoreException e) {
            return null;
        }
    }

    private ModelEditor open(String name) throws PartInitException {
        IEditorPart part = IDE.openEditor(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), project.getFile(name), true);
        ModelEditor editor = assertInstanceOf(ModelEditor.class, part, name + " did not open in the Vitruvian model editor");
        Ui.flush();
        return editor;
    }

    static StyledText sourceText(ModelEditor editor) {
        return (StyledText) editor.sourceEditor().getAdapter(Control.class);
    }

    static Text field(ModelEditor editor, String path) {
        Control page = editor.designPage().getPartControl();
        return page == null ? null : Ui.find(page, Text.class, t -> path.equals(t.getData(DesignPage.PATH_KEY)));
    }

    private static StyledText preview(ModelEditor editor, String format) {
        return Ui.find(editor.pageContainer(), StyledText.class, t -> format.equals(t.getData("org.vitruvian.recipe.format")));
    }

    static String read(IFile file) throws CoreException, IOException {
        try (InputStream in = file.getContents(true)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

}
