package org.vitruvian.ui.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitruvian.core.services.ServiceHandle;
import org.vitruvian.core.services.Services;
import org.vitruvian.model.workflow.Link;
import org.vitruvian.model.workflow.Step;
import org.vitruvian.model.workflow.Workflow;
import org.vitruvian.model.yaml.ModelService;
import org.vitruvian.trust.TrustChecker;
import org.vitruvian.ui.diagram.DiagramEdit;
import org.vitruvian.ui.diagram.DiagramEdits;
import org.vitruvian.ui.diagram.DiagramInput;
import org.vitruvian.ui.diagram.WorkflowDiagramViewer;

/**
 * The workflow diagram in a real shell of the running workbench, driven with real mouse and key
 * events. The host is played by the test as an editor would be: a gesture's edits go through
 * DiagramEdits (the language services' DocumentEdits) into the YAML text, the file is read again
 * through ModelService, and the viewer gets the new model.
 */
class WorkflowDiagramViewerTest {

    private static final List<String> BONE_STEPS = List.of("ct-phantom", "calibrate", "segment", "mesh", "solve", "strength");

    @TempDir
    Path folder;
    private ServiceHandle<ModelService> models;
    private ServiceHandle<TrustChecker> trust;
    private Shell shell;
    private WorkflowDiagramViewer viewer;
    private Path file;
    private String text;
    private final List<List<DiagramEdit>> gestures = new ArrayList<>();

    @BeforeEach
    void open() throws IOException {
        models = Services.await(getClass(), ModelService.class);
        trust = Services.await(getClass(), TrustChecker.class);
        copyExample();
        shell = new Shell(Ui.display());
        shell.setText("Workflow diagram test");
        shell.setLayout(new FillLayout());
        shell.setBounds(20, 20, 1400, 820);
        viewer = new WorkflowDiagramViewer(shell, SWT.NONE);
        viewer.setEditHandler(edits -> {
            gestures.add(edits);
            text = DiagramEdits.apply(text, edits);
            try {
                Files.writeString(file, text);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            viewer.setInput(input(load()));
        });
        shell.open();
        shell.forceActive();
        Ui.waitUntil("the test shell to be shown", () -> shell.isVisible() && viewer.getDiagramArea().width > 600);
        text = Files.readString(file);
        viewer.setInput(input(load()));
        Ui.settle();
    }

    @AfterEach
    void close() {
        if (shell != null) {
            shell.dispose();
        }
        trust.close();
        models.close();
    }

    private void copyExample() throws IOException {
        Path example = Path.of(System.getProperty("vitruvian.repo"), "examples", "bone-strength");
        assertTrue(Files.isDirectory(example), example + " is not a folder; the build passes the checkout as -Dvitruvian.repo");
        try (Stream<Path> files = Files.walk(example)) {
            for (Path source : files.filter(f -> !f.startsWith(example.resolve("build"))).sorted().toList()) {
                Path target = folder.resolve(example.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
        file = folder.resolve("workflow.yaml");
    }

    /**
     * Reads the file as the editor would after an edit. A workflow mid-way through an edit may be
     * invalid (a new step's inputs not linked yet) and is shown all the same.
     */
    private Workflow load() {
        ModelService.ModelSet set = models.get().load(List.of(file));
        assertTrue(set.models().get(0).root() instanceof Workflow, () -> "not a workflow:\n" + set.report().toText() + "\n" + text);
        return (Workflow) set.models().get(0).root();
    }

    private void assertValid() {
        ModelService.ModelSet set = models.get().load(List.of(file));
        assertFalse(set.hasErrors(), () -> "the diagram's edits left the workflow invalid:\n" + set.report().toText() + "\n" + text);
    }

    private DiagramInput input(Workflow workflow) {
        return new DiagramInput(workflow, workflow.getImports(), Map.of(), trust.get(), null);
    }

    private Rectangle box(String name) {
        return viewer.getNodeBounds(name).orElseThrow(() -> new AssertionError("no box for '" + name + "'"));
    }

    private Point port(String reference, boolean input) {
        return viewer.getPortLocation(reference, input).orElseThrow(() -> new AssertionError("no port " + reference));
    }

    @Test
    void opensBoneStrengthWithItsSixStepsLaidOutLeftToRightWithoutOverlaps() {
        assertEquals(BONE_STEPS, viewer.getStepNames());
        List<String> boxes = new ArrayList<>(BONE_STEPS);
        boxes.addAll(List.of("fracture-loads", "strain-field", "figure"));
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                assertFalse(box(boxes.get(i)).intersects(box(boxes.get(j))), boxes.get(i) + " overlaps " + boxes.get(j));
            }
        }
        Workflow workflow = viewer.getInput().workflow();
        assertEquals(10, workflow.getLinks().size());
        for (Link link : workflow.getLinks()) {
            double[] route = viewer.getLinkRoute(link.getFrom(), link.getTo()).orElseThrow(() -> new AssertionError("no edge for " + link));
            for (int i = 0; i + 3 < route.length; i += 2) {
                boolean horizontal = Math.abs(route[i + 1] - route[i + 3]) < 0.5;
                boolean vertical = Math.abs(route[i] - route[i + 2]) < 0.5;
                assertTrue(horizontal || vertical, link.getFrom() + " -> " + link.getTo() + " has a slanted segment: orthogonal routing expected");
            }
            // Data flows left to right: the producer's box ends before the consumer's begins.
            String producer = link.getFrom().substring(0, link.getFrom().indexOf('.'));
            String consumer = link.getTo().contains(".") ? link.getTo().substring(0, link.getTo().indexOf('.')) : link.getTo();
            assertTrue(box(producer).x + box(producer).width <= box(consumer).x, producer + " is not left of " + consumer);
            // The edge starts on the output port and ends on the input port.
            Point out = port(link.getFrom(), false);
            Point in = port(link.getTo(), true);
            Rectangle area = viewer.getDiagramArea();
            assertTrue(area.contains(out) && area.contains(in), "fit to window shows every port");
        }
        // bone-strength's CT is synthetic, made by its first step: no workflow input brings classified data.
        assertEquals(List.of("none classified"), viewer.getLegend());
    }

    @Test
    void portsTakeTheColourOfTheHospitalDataThatReachesThem() throws IOException {
        file = folder.resolve("patient-ct.yaml");
        text = Files.readString(file);
        viewer.setInput(input(load()));
        Ui.settle();
        List<String> hospital = List.of("hospital clinical identifiable");
        assertEquals(hospital, viewer.getPortDataClasses("calibrate.ct", true));
        assertEquals(hospital, viewer.getPortDataClasses("solve.strains", false));
        assertEquals(hospital, viewer.getPortDataClasses("fracture-loads", true));
        // The phantom is made by ct-phantom from nothing classified.
        assertEquals(List.of(), viewer.getPortDataClasses("ct-phantom.phantom", false));
        assertEquals(List.of("hospital clinical identifiable", "none classified"), viewer.getLegend());
    }

    @Test
    void aServiceDraggedFromThePaletteBecomesAStepAndALinkDrawnToItIsWrittenToTheYaml() {
        String original = text;
        Point entry = viewer.getPaletteEntryLocation("bone.segment").orElseThrow();
        Rectangle area = viewer.getDiagramArea();
        Ui.drag(entry, new Point(area.x + 120, area.y + area.height - 80));
        Ui.waitUntil("a step 'segment-2' from the palette", () -> viewer.getStepNames().contains("segment-2"));
        assertEquals(List.of(new DiagramEdit.AddStep("segment-2", "bone.segment", "1.x")), gestures.get(0));

        // While dragging from calibrate.density, the status line names the compatible target under the pointer.
        Ui.press(port("calibrate.density", false), port("segment-2.density", true));
        assertEquals("Release to link calibrate.density to segment-2.density.", viewer.getStatusMessage(), Ui::lastEvents);
        Ui.release();
        Ui.waitUntil("the new link to be drawn", () -> viewer.getLinkRoute("calibrate.density", "segment-2.density").isPresent());
        assertEquals(List.of(new DiagramEdit.AddLink("calibrate.density", "segment-2.density")), gestures.get(1));

        // Only lines were added, each in the style of its neighbours; the rest of the file is untouched.
        List<String> before = original.lines().toList();
        List<String> after = text.lines().toList();
        List<String> added = new ArrayList<>(after);
        for (String line : before) {
            added.remove(line);
        }
        assertEquals(List.of("  - name: segment-2", "    service:", "      id: bone.segment", "      version: 1.x",
                "  - {from: calibrate.density, to: segment-2.density}"), added, text);
        assertEquals(before.size() + 5, after.size());
        assertTrue(text.indexOf("name: segment-2") < text.indexOf("links:"), "the step goes to the steps, before the links");
        // With its input linked, the new step makes a valid workflow again.
        assertValid();
    }

    @Test
    void aTargetSitesChecksNameTheSiteOnEachBadgeAndMarkARefusedStepWithItsReasons() {
        Workflow workflow = load();
        org.vitruvian.ui.diagram.StepCheck denied = new org.vitruvian.ui.diagram.StepCheck("jureca-dc", "--site",
                org.vitruvian.trust.Verdict.DENY, "Denied: trust in hospital clinical identifiable data on hpc site 'jureca-dc' is not determined.",
                "hospital-clinical-hpc", List.of("ct", "ct -> calibrate.ct", "calibrate.density -> segment.density"),
                List.of(org.vitruvian.core.diagnostics.Diagnostic.error("workflow.yaml", 20, 5, "compat.arch.mismatch",
                        "The image is built for arm64, the nodes are x86_64.")));
        org.vitruvian.ui.diagram.StepCheck allowed = new org.vitruvian.ui.diagram.StepCheck("jureca-dc", "--site",
                org.vitruvian.trust.Verdict.ALLOW, "Allowed: no classified data reaches the step.", null, List.of(), List.of());
        int before = box("segment").height;
        viewer.setInput(new DiagramInput(workflow, workflow.getImports(), Map.of(), trust.get(), null,
                Map.of("segment", denied, "ct-phantom", allowed)));
        Ui.settle();

        assertEquals("jureca-dc", viewer.getSiteBadge("segment").orElseThrow(), "the badge names the target site");
        assertEquals("DENY", viewer.getVerdict("segment").orElseThrow());
        assertTrue(viewer.isRefused("segment"));
        assertEquals("ALLOW", viewer.getVerdict("ct-phantom").orElseThrow());
        assertFalse(viewer.isRefused("ct-phantom"));
        assertEquals("any site", viewer.getSiteBadge("mesh").orElseThrow(), "a step without a check keeps its own badge");
        assertTrue(box("segment").height > before, "a line under the ports counts the compatibility findings");
        String hover = viewer.getStepToolTip("segment").orElseThrow();
        assertTrue(hover.contains("Site: jureca-dc (--site)"), hover);
        assertTrue(hover.contains("Trust: denied by rule hospital-clinical-hpc"), hover);
        assertTrue(hover.contains("Data path: ct, ct -> calibrate.ct, calibrate.density -> segment.density"), hover);
        assertTrue(hover.contains("Compatibility error: The image is built for arm64, the nodes are x86_64. [compat.arch.mismatch]"),
                hover);
        assertEquals("1 compatibility error", denied.findingsLine());
    }

    @Test
    void anIncompatibleInputIsRefusedWithTheReason() {
        Ui.press(port("mesh.model", false), port("segment.density", true));
        assertEquals("Cannot link: Output 'mesh.model' is vtk but Input 'segment.density' takes nrrd.", viewer.getStatusMessage(),
                Ui::lastEvents);
        Ui.release();
        assertEquals("Link refused: Output 'mesh.model' is vtk but Input 'segment.density' takes nrrd.", viewer.getStatusMessage());
        assertTrue(gestures.isEmpty(), "a refused link changes nothing");
        // Linking into an input that already has its data is refused too, naming the link to delete.
        Ui.drag(port("ct-phantom.phantom", false), port("calibrate.phantom", true));
        assertTrue(viewer.getStatusMessage().contains("already takes data from 'ct-phantom.phantom'"), viewer.getStatusMessage());
        assertTrue(gestures.isEmpty());
    }

    @Test
    void clickingAStepSelectsItAndDeleteRemovesItWithItsLinks() {
        List<IStructuredSelection> selections = new ArrayList<>();
        viewer.addSelectionChangedListener(e -> selections.add((IStructuredSelection) e.getSelection()));
        Rectangle segment = box("segment");
        Ui.click(new Point(segment.x + segment.width / 2, segment.y + 12));
        Ui.waitUntil("a selection event", () -> !selections.isEmpty());
        Object selected = selections.get(selections.size() - 1).getFirstElement();
        assertTrue(selected instanceof Step step && step.getName().equals("segment"), "selected: " + selected);

        // The workbench binds the Delete key to its Edit > Delete command (the host editor's handler
        // calls deleteSelection); here the diagram's own toolbar button deletes.
        ToolBar toolbar = (ToolBar) viewer.getChildren()[0];
        ToolItem delete = toolbar.getItem(toolbar.getItemCount() - 1);
        assertEquals("Delete the selected steps and links (Delete)", delete.getToolTipText());
        Rectangle button = delete.getBounds();
        Ui.click(toolbar.toDisplay(button.x + button.width / 2, button.y + button.height / 2));
        Ui.waitUntil("segment to be deleted", () -> !viewer.getStepNames().contains("segment"));
        assertEquals(List.of(new DiagramEdit.DeleteLink("calibrate.density", "segment.density"),
                new DiagramEdit.DeleteLink("segment.mask", "mesh.mask"), new DiagramEdit.DeleteStep("segment")), gestures.get(0));
        assertFalse(text.contains("- name: segment\n"), text);
        assertFalse(text.contains("segment.density") || text.contains("segment.mask"), "the step's links went with it:\n" + text);
        assertTrue(text.contains("  - services/segment.yaml"), "the import stays: the palette still offers the service");
        assertTrue(text.contains("- {from: calibrate.density, to: mesh.density}"), "other links stay");
        // The host can select by model object too, e.g. from the Source page's caret.
        Workflow workflow = viewer.getInput().workflow();
        viewer.setSelection(new StructuredSelection(workflow.getSteps().get(3)));
        assertEquals("solve", ((Step) viewer.getSelection().getFirstElement()).getName());
    }

    @Test
    void zoomKeysAndFitToWindowChangeTheScale() {
        double fitted = viewer.getZoom();
        Rectangle mesh = box("mesh");
        Ui.click(new Point(mesh.x + mesh.width / 2, mesh.y + 12));
        Ui.key('=', '=', SWT.CTRL);
        Ui.waitUntil("zoom in", () -> viewer.getZoom() > fitted * 1.2);
        assertTrue(box("mesh").width > mesh.width, "boxes grow with the zoom");
        viewer.setZoom(2.5);
        Ui.settle();
        assertTrue(viewer.getNodeBounds("ct-phantom").map(b -> !viewer.getDiagramArea().contains(b.x, b.y)).orElse(true)
                || viewer.getNodeBounds("strength").map(b -> !viewer.getDiagramArea().contains(b.x, b.y)).orElse(true),
                "at 250 % the workflow no longer fits");
        viewer.fitToWindow();
        Ui.settle();
        Rectangle area = viewer.getDiagramArea();
        for (String name : BONE_STEPS) {
            Rectangle box = box(name);
            assertTrue(area.contains(box.x, box.y) && area.contains(box.x + box.width - 1, box.y + box.height - 1), name + " is out of view after fit");
        }
        assertEquals(fitted, viewer.getZoom(), 1e-9);
        assertNotNull(viewer.getInput());
    }
}
