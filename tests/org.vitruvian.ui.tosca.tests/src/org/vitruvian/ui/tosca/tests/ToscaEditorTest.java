package org.vitruvian.ui.tosca.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.vitruvian.core.services.ServiceHandle;
import org.vitruvian.core.services.Services;
import org.vitruvian.model.workflow.Workflow;
import org.vitruvian.model.yaml.ModelService;
import org.vitruvian.tosca.ToscaDocument;
import org.vitruvian.tosca.ToscaService;
import org.vitruvian.tosca.workflow.WorkflowToTosca;
import org.vitruvian.ui.tosca.ToscaEditors;
import org.vitruvian.ui.tosca.internal.TopologyView;
import org.vitruvian.ui.tosca.internal.ToscaEditor;

/** The TOSCA editor in the running IDE: the conformance corpus, a typed error, and a generated topology. */
class ToscaEditorTest {

    private static final String SMALL = """
            tosca_definitions_version: tosca_simple_yaml_1_3
            topology_template:
              node_templates:
                server:
                  type: tosca.nodes.Compute
                app:
                  type: tosca.nodes.SoftwareComponent
                  requirements:
                    - host: server
            """;

    @AfterEach
    void closeEditorsAndDeleteProjects() throws CoreException {
        page().closeAllEditors(false);
        for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
            project.delete(true, true, null);
        }
    }

    @Test
    void opensEveryCorpusFileThatReadsWithABoxPerNodeTemplate() throws Exception {
        Path corpus = repository().resolve("../shared/conformance/tosca-parser-2.6.0/corpus").normalize();
        IProject project = project("corpus");
        // Linked, not copied: the editor must read imports beside the file as the CLI does.
        IFolder folder = project.getFolder("corpus");
        folder.createLink(org.eclipse.core.runtime.IPath.fromFile(corpus.toFile()), IResource.NONE, null);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(corpus)) {
            files = walk.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().toList();
        }
        List<String> failures = new ArrayList<>();
        int opened = 0;
        int boxes = 0;
        try (ServiceHandle<ToscaService> tosca = Services.await(getClass(), ToscaService.class)) {
            for (Path file : files) {
                String name = corpus.relativize(file).toString();
                ToscaDocument loaded = tosca.get().load(file, name);
                if (loaded.template() == null) {
                    continue; // not TOSCA that reads (the corpus has broken YAML on purpose)
                }
                int expected = loaded.template().topology() == null ? 0 : loaded.template().topology().nodeTemplates().size();
                IFile resource = folder.getFile(name);
                ToscaEditor editor = assertInstanceOf(ToscaEditor.class,
                        IDE.openEditor(page(), resource, ToscaEditors.EDITOR_ID, true), name);
                Ui.waitUntil(name + " is checked", () -> editor.currentCheck() != null);
                TopologyView topology = editor.topology();
                if (topology.boxes().size() != expected) {
                    failures.add(name + ": " + topology.boxes().size() + " boxes for " + expected + " node templates");
                }
                for (TopologyView.Box box : topology.boxes().values()) {
                    Rectangle r = box.bounds();
                    if (r.width <= 0 || r.height <= 0 || r.x < 0 || r.y < 0) {
                        failures.add(name + ": box " + box.name() + " at " + r);
                    }
                }
                // The buffer is the file, so the editor finds what loading the file finds.
                if (editor.annotations().size() != loaded.diagnostics().size()) {
                    failures.add(name + ": " + editor.annotations().size() + " annotations for " + loaded.diagnostics().size()
                            + " findings of ToscaService");
                }
                editor.showPage(editor.sourcePageIndex());
                Ui.waitUntil(name + ": the Source tab is chosen", () -> editor.activePage() == editor.sourcePageIndex());
                StyledText text = editor.sourceEditor().viewer().getTextWidget();
                Ui.waitUntil(name + " shows its Source page", text::isVisible);
                if (!text.getText().equals(Files.readString(file, StandardCharsets.UTF_8))) {
                    failures.add(name + ": the Source page does not show the file");
                }
                page().closeEditor(editor, false);
                opened++;
                boxes += expected;
            }
        }
        System.out.println("TOSCA editor: opened " + opened + " corpus files, " + boxes + " node templates drawn");
        assertEquals(List.of(), failures);
        // tosca-parser's corpus: 136 YAML files, most of which read; a much smaller figure means the walk went wrong.
        assertTrue(opened >= 100, "opened " + opened + " files");
        assertTrue(boxes >= 100, "drew " + boxes + " node templates");
    }

    @Test
    void aTypedErrorIsAnnotatedAtItsLineAndTheTopologyFollowsTheText() throws Exception {
        IFile file = project("typing").getFile("app.yaml");
        file.create(new ByteArrayInputStream(SMALL.getBytes(StandardCharsets.UTF_8)), true, null);
        assertEquals(ToscaEditors.EDITOR_ID, IDE.getEditorDescriptor(file, true, false).getId(),
                "a .yaml file with tosca_definitions_version opens in the TOSCA editor");
        ToscaEditor editor = assertInstanceOf(ToscaEditor.class, IDE.openEditor(page(), file), "the default editor");
        Ui.waitUntil("the template is checked", () -> editor.currentCheck() != null);
        assertEquals(List.of(), editor.annotations().stream().map(Annotation::getText).toList());
        assertEquals(List.of("server", "app"), List.copyOf(editor.topology().boxes().keySet()));
        assertEquals(1, editor.topology().arrows().size());
        assertEquals("app", editor.topology().arrows().get(0).from());
        assertEquals("server", editor.topology().arrows().get(0).to());

        editor.showPage(editor.sourcePageIndex());
        Ui.waitUntil("the Source tab is chosen", () -> editor.activePage() == editor.sourcePageIndex());
        StyledText text = editor.sourceEditor().viewer().getTextWidget();
        Ui.focus(text);
        IDocument document = editor.document();
        int line = 4; // 0-based: "      type: tosca.nodes.Compute"
        text.setCaretOffset(document.getLineOffset(line));
        Ui.key(SWT.END);
        Ui.type("Typo");
        assertTrue(document.get(document.getLineOffset(line), document.getLineLength(line)).contains("tosca.nodes.ComputeTypo"));
        Ui.waitUntil("an error appears on line 5", () -> editor.currentCheck() != null
                && editor.annotations().stream().anyMatch(a -> isErrorOnLine(editor, a, line)));
        Annotation error = editor.annotations().stream().filter(a -> isErrorOnLine(editor, a, line)).findFirst().orElseThrow();
        assertTrue(error.getText().contains("tosca.nodes.ComputeTypo"), error.getText());
        assertTrue(editor.topology().summary().contains("1 error"), editor.topology().summary());
        // The mouse resting on the word shows the finding in a hover.
        int inWord = editor.positionOf(error).offset + 3;
        assertTrue(String.valueOf(editor.findingsAt(inWord)).contains("'tosca.nodes.ComputeTypo'"));
        Rectangle word = text.getTextBounds(inWord, inWord);
        Ui.move(text, word.x + word.width / 2 + 1, word.y + word.height / 2);
        Ui.move(text, word.x + word.width / 2, word.y + word.height / 2);
        Ui.waitUntil("a hover shows the finding", () -> java.util.Arrays.stream(Ui.display().getShells())
                .anyMatch(shell -> shell.isVisible() && shell != text.getShell() && shows(shell, "tosca.nodes.ComputeTypo")));
        Ui.screenshot("typed-error-hover");
        System.out.println("typed error: " + error.getType() + " at " + editor.positionOf(error) + ": " + error.getText());
        Ui.screenshot("typed-error");

        // Undoing the typing (Ctrl+Z; the typed word is one undo step) takes the error away again.
        Ui.move(text, 2, text.getSize().y - 2); // away from the word, so the hover closes
        Ui.focus(text);
        Ui.ctrl('z');
        Ui.waitUntil("the typing is undone", () -> !document.get().contains("Typo"));
        Ui.waitUntil("the error is gone", () -> editor.currentCheck() != null && editor.annotations().isEmpty());
    }

    @Test
    void completesANodeTypeName() throws Exception {
        IFile file = project("completion").getFile("app.tosca");
        file.create(new ByteArrayInputStream(SMALL.getBytes(StandardCharsets.UTF_8)), true, null);
        ToscaEditor editor = assertInstanceOf(ToscaEditor.class, IDE.openEditor(page(), file), "a .tosca file opens in the TOSCA editor");
        Ui.waitUntil("the template is checked", () -> editor.currentCheck() != null);
        editor.showPage(editor.sourcePageIndex());
        StyledText text = editor.sourceEditor().viewer().getTextWidget();
        Ui.focus(text);
        IDocument document = editor.document();
        int line = 4; // "      type: tosca.nodes.Compute"
        text.setCaretOffset(document.getLineOffset(line));
        Ui.key(SWT.END);
        for (int i = 0; i < "ute".length(); i++) {
            Ui.key(SWT.BS);
        }
        Ui.waitUntil("the name is cut to tosca.nodes.Comp", () -> lineText(document, line).endsWith("tosca.nodes.Comp"));
        // Ctrl+Space: the one node type starting so is inserted at once.
        Ui.ctrl(' ');
        Ui.waitUntil("the name is completed", () -> lineText(document, line).endsWith("type: tosca.nodes.Compute"));
        Ui.waitUntil("the completed template checks clean", () -> editor.currentCheck() != null && editor.annotations().isEmpty());
    }

    private static String lineText(IDocument document, int line) {
        try {
            return document.get(document.getLineOffset(line), document.getLineLength(line)).stripTrailing();
        } catch (BadLocationException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void showsAGeneratedTopologyOfTheBoneStrengthWorkflow() throws Exception {
        Path workflowFile = repository().resolve("examples/bone-strength/workflow.yaml");
        IProject project = project("bone-strength");
        IFile file = project.getFile("bone-strength.yaml");
        String yaml;
        try (ServiceHandle<ModelService> models = Services.await(getClass(), ModelService.class);
                ServiceHandle<WorkflowToTosca> generator = Services.await(getClass(), WorkflowToTosca.class)) {
            ModelService.ModelSet set = models.get().load(List.of(workflowFile));
            assertFalse(set.hasErrors(), set.report().toText());
            Workflow workflow = (Workflow) set.models().get(0).root();
            yaml = generator.get().generate(workflow, new WorkflowToTosca.Options("local", null, WorkflowToTosca.Version.V1_3,
                    file.getLocation().toFile().toPath()));
        }
        file.create(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), true, null);
        var shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        shell.setBounds(Ui.display().getBounds());
        ToscaEditor editor = assertInstanceOf(ToscaEditor.class, IDE.openEditor(page(), file));
        Ui.waitUntil("the topology is drawn", () -> editor.currentCheck() != null && !editor.topology().boxes().isEmpty());
        page().setPartState(page().getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
        assertEquals(List.of(), editor.annotations().stream().map(Annotation::getText).toList(), "the generated topology checks clean");
        int nodes = editor.currentCheck().template().topology().nodeTemplates().size();
        assertEquals(nodes, editor.topology().boxes().size());
        assertTrue(editor.topology().arrows().size() >= nodes - 1, editor.topology().arrows().size() + " arrows: every step is hosted");
        Ui.waitUntil("the canvas is shown", () -> editor.topology().canvas().isVisible());
        Ui.screenshot("tosca-editor");
    }

    /** Whether a text control in the shell (a hover's) contains {@code text}. */
    private static boolean shows(org.eclipse.swt.widgets.Control control, String text) {
        if (control instanceof StyledText styled && styled.getText().contains(text)) {
            return true;
        }
        if (control instanceof org.eclipse.swt.widgets.Label label && label.getText().contains(text)) {
            return true;
        }
        if (control instanceof org.eclipse.swt.widgets.Composite composite) {
            for (org.eclipse.swt.widgets.Control child : composite.getChildren()) {
                if (shows(child, text)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isErrorOnLine(ToscaEditor editor, Annotation annotation, int line) {
        try {
            return annotation.getType().endsWith(".error") && editor.document().getLineOfOffset(editor.positionOf(annotation).offset) == line;
        } catch (BadLocationException e) {
            return false;
        }
    }

    private static IProject project(String name) throws CoreException {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
        project.create(null);
        project.open(null);
        return project;
    }

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    /** The checkout, passed by the build as -Dvitruvian.repo (see vitruvian.test.vmargs in the root pom). */
    private static Path repository() throws IOException {
        String repo = System.getProperty("vitruvian.repo");
        if (repo == null) {
            throw new IllegalStateException("the build passes the checkout to tests as -Dvitruvian.repo");
        }
        return Path.of(repo).toAbsolutePath().normalize();
    }
}
