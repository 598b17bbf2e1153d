package org.vitruvian.ui.editors.tests;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.vitruvian.ui.diagram.WorkflowDiagramViewer;
import org.vitruvian.ui.editors.internal.NewProjectWizard;
import org.vitruvian.ui.editors.internal.ProjectTemplate;
import org.vitruvian.ui.editors.internal.editor.DesignPage;
import org.vitruvian.ui.editors.internal.editor.ModelEditor;

/**
 * The workflow editor on a generated workflow of STEPS steps (bench/ide/workbench.sh), in the real
 * workbench: the time to open it with each page shown (Design, Diagram laid out, the Plan page's
 * table filled by the planner, Source), the time from a keystroke that makes a problem to its
 * annotation on the Source page, and the longest stall of the UI thread while typing (a
 * heartbeat every 5 ms on the display thread). Not a test: surefire's patterns do not match it.
 * Prints "[bench]" lines, and writes them to bench.out when set.
 */
class EditorBench {

    private final List<String> lines = new ArrayList<>();

    @AfterEach
    void cleanUp() throws Exception {
        Workspace.closeEditorsAndDeleteProjects();
    }

    @Test
    void bench() throws Exception {
        int steps = Integer.getInteger("bench.steps", 1000);
        int rounds = Integer.getInteger("bench.rounds", 5);
        IProject project = Workspace.root().getProject("bench");
        NewProjectWizard.create(project, null, ProjectTemplate.byId("bone-strength").orElseThrow(), new NullProgressMonitor());
        IFile file = project.getFile("generated.yaml");
        String yaml = generate(steps);
        file.create(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), true, null);
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        page.getWorkbenchWindow().getShell().setBounds(0, 0, 1440, 900);
        print("workflow: %d steps, %d lines, %d KiB", steps, yaml.split("\n").length, yaml.length() / 1024);

        List<Long> design = new ArrayList<>();
        List<Long> diagram = new ArrayList<>();
        List<Long> plan = new ArrayList<>();
        List<Long> all = new ArrayList<>();
        List<Long> layout = new ArrayList<>();
        List<Long> planner = new ArrayList<>();
        for (int round = -1; round < rounds; round++) { // round -1 warms up
            page.closeAllEditors(false);
            Ui.flush();
            long start = System.nanoTime();
            ModelEditor editor = (ModelEditor) IDE.openEditor(page, file, true);
            Ui.flush();
            long designShown = System.nanoTime();
            editor.showPage(1);
            WorkflowDiagramViewer viewer = Ui.waitFor("the diagram", () -> Ui.find(editor.pageContainer(), WorkflowDiagramViewer.class,
                    v -> v.getStepNames().size() == steps));
            Ui.flush();
            long diagramShown = System.nanoTime();
            editor.showPage(2);
            Ui.waitFor("the plan", () -> Ui.find(editor.pageContainer(), Table.class,
                    t -> "plan".equals(t.getData(DesignPage.PATH_KEY)) && t.getItemCount() == steps));
            Ui.flush();
            long planShown = System.nanoTime();
            editor.showSource();
            Ui.flush();
            long end = System.nanoTime();
            if (round >= 0) {
                design.add(designShown - start);
                diagram.add(diagramShown - designShown);
                plan.add(planShown - start);
                all.add(end - start);
                layout.add(viewer.getLastLayoutNanos());
                planner.add(editor.sitePlan().result().millis() * 1_000_000);
            }
        }
        print("open, Design page shown: %s", stats(design));
        print("Diagram page shown (boxes, trust, ELK layout, paint): %s", stats(diagram));
        print("  of which ELK layout: %s", stats(layout));
        print("Plan page filled, from opening (the planner in a job, cheapest site that fits): %s", stats(plan));
        print("  of which planning: %s", stats(planner));
        print("open with all four pages shown: %s", stats(all));

        // Keystroke to diagnostics: type an unknown key under a step in the middle of the file.
        ModelEditor editor = (ModelEditor) page.getActiveEditor();
        StyledText text = (StyledText) editor.sourceEditor().getAdapter(org.eclipse.swt.widgets.Control.class);
        IDocument document = editor.document();
        IAnnotationModel annotations = editor.sourceEditor().getDocumentProvider().getAnnotationModel(editor.getEditorInput());
        String anchor = "  - name: strength-" + (steps / 12) + "\n    service: {id: bone.strength, version: 1.x}\n";
        List<Long> latency = new ArrayList<>();
        long[] longestStall = { 0 };
        Heartbeat heartbeat = new Heartbeat(Ui.display());
        for (int round = -1; round < rounds; round++) {
            // At the end of the step's service line: Enter, then the key (the editor indents the new line as the one above).
            int at = document.get().indexOf(anchor) + anchor.length() - 1;
            int before = document.getLength();
            Ui.focus(text);
            text.setCaretOffset(at);
            String key = "colour" + (char) ('a' + round + 1);
            heartbeat.start();
            Ui.type("\n");
            for (char c : (key + ": ").toCharArray()) {
                Ui.type(String.valueOf(c));
                pause(60); // a fast typist: about 16 keys a second
            }
            Ui.type("1");
            long typed = System.nanoTime();
            Ui.waitUntil("the typed key is annotated", () -> annotated(annotations, key));
            long shown = System.nanoTime();
            long stall = heartbeat.stop();
            if (round >= 0) {
                latency.add(shown - typed);
                longestStall[0] = Math.max(longestStall[0], stall);
            }
            document.replace(at, document.getLength() - before, "");
            String expected = key;
            Ui.waitUntil("the annotation is gone", () -> !annotated(annotations, expected));
        }
        print("last keystroke of an unknown key to its annotation on the Source page: %s", stats(latency));
        print("longest UI-thread stall while typing (heartbeat every 5 ms): %d ms", longestStall[0] / 1_000_000);
        String out = System.getProperty("bench.out");
        if (out != null) {
            Files.createDirectories(Path.of(out).getParent());
            Files.write(Path.of(out), lines);
        }
    }

    private static boolean annotated(IAnnotationModel annotations, String key) {
        var all = annotations.getAnnotationIterator();
        while (all.hasNext()) {
            var annotation = all.next();
            if (annotation.getText() != null && annotation.getText().contains("'" + key + "'")
                    && annotation.getText().contains("yaml.unknown-key")) {
                return true;
            }
        }
        return false;
    }

    /** Runs the event loop for a while: the pause between keys of a typist. */
    private static void pause(long millis) {
        long until = System.nanoTime() + millis * 1_000_000;
        Ui.waitUntil("time to pass", () -> System.nanoTime() > until);
    }

    /** A tick every 5 ms on the display thread; the longest gap between ticks is the longest stall. */
    private static final class Heartbeat {
        private final Display display;
        private long last;
        private long longest;
        private boolean running;

        Heartbeat(Display display) {
            this.display = display;
        }

        void start() {
            running = true;
            last = System.nanoTime();
            longest = 0;
            tick();
        }

        private void tick() {
            long now = System.nanoTime();
            longest = Math.max(longest, now - last);
            last = now;
            if (running) {
                display.timerExec(5, this::tick);
            }
        }

        long stop() {
            running = false;
            return longest;
        }
    }

    private void print(String format, Object... args) {
        String line = "[bench] " + String.format(Locale.ROOT, format, args);
        lines.add(line);
        System.out.println(line);
    }

    private static String stats(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return String.format(Locale.ROOT, "median %d ms, min %d ms, max %d ms (%d rounds)", sorted.get(sorted.size() / 2) / 1_000_000,
                sorted.get(0) / 1_000_000, sorted.get(sorted.size() - 1) / 1_000_000, sorted.size());
    }

    /** Blocks of the six bone-strength steps, each block's mesh fed by the previous block's calibration (as bench/ide/DiagramBench). */
    static String generate(int steps) {
        StringBuilder yaml = new StringBuilder("""
                apiVersion: vitruvian/v1
                kind: Workflow
                name: generated
                version: 1.0.0
                imports:
                  - services/ct-phantom.yaml
                  - services/calibrate.yaml
                  - services/segment.yaml
                  - services/mesh.yaml
                  - services/solve.yaml
                  - services/strength.yaml
                steps:
                """);
        String[][] block = { { "ct-phantom", "bone.ct-phantom" }, { "calibrate", "bone.calibrate" }, { "segment", "bone.segment" },
                { "mesh", "bone.mesh" }, { "solve", "bone.solve" }, { "strength", "bone.strength" } };
        List<String> links = new ArrayList<>();
        for (int i = 0; i < steps; i++) {
            int b = i / 6;
            int kind = i % 6;
            yaml.append("  - name: ").append(block[kind][0]).append('-').append(b).append('\n').append("    service: {id: ")
                    .append(block[kind][1]).append(", version: 1.x}\n");
            if (kind == 4) {
                yaml.append("    parameters:\n      - name: body-mass\n        value: 70\n");
            }
            String n = "-" + b + ".";
            switch (kind) {
                case 1 -> {
                    links.add("ct-phantom" + n + "ct|calibrate" + n + "ct");
                    links.add("ct-phantom" + n + "phantom|calibrate" + n + "phantom");
                }
                case 2 -> links.add("calibrate" + n + "density|segment" + n + "density");
                case 3 -> {
                    links.add("segment" + n + "mask|mesh" + n + "mask");
                    links.add("calibrate" + (b == 0 ? n : "-" + (b - 1) + ".") + "density|mesh" + n + "density");
                }
                case 4 -> links.add("mesh" + n + "model|solve" + n + "model");
                case 5 -> links.add("solve" + n + "strains|strength" + n + "strains");
                default -> {
                }
            }
        }
        yaml.append("links:\n");
        for (String link : links) {
            String[] ends = link.split("\\|");
            yaml.append("  - {from: ").append(ends[0]).append(", to: ").append(ends[1]).append("}\n");
        }
        return yaml.toString();
    }
}
