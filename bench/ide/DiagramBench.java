import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.URIConverter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.vitruvian.model.site.Site;
import org.vitruvian.model.workflow.Workflow;
import org.vitruvian.model.yaml.ModelService;
import org.vitruvian.model.yaml.internal.ModelServiceImpl;
import org.vitruvian.trust.TrustChecker;
import org.vitruvian.trust.internal.TrustCheckerImpl;
import org.vitruvian.ui.diagram.DiagramInput;
import org.vitruvian.ui.diagram.WorkflowDiagramViewer;

/**
 * The workflow diagram outside OSGi, on the same classes the IDE runs (bench/ide/run.sh builds the
 * class path from the built bundles): `show FILE [SITES_DIR]` opens it in a shell for a look or a
 * screenshot; `bench STEPS ROUNDS` generates a workflow of STEPS steps, then times loading it, ELK's
 * layout and the viewer's open (model to first paint), ROUNDS times after two warm-up rounds.
 */
public final class DiagramBench {

    public static void main(String[] args) throws Exception {
        Path repo = Path.of(System.getProperty("vitruvian.repo", ".")).toAbsolutePath().normalize();
        // The trust checker reads its default policy from platform:/plugin/org.vitruvian.trust/.
        URIConverter.URI_MAP.put(URI.createURI("platform:/plugin/org.vitruvian.trust/"),
                URI.createFileURI(repo.resolve("bundles/org.vitruvian.trust").toString() + "/"));
        // Outside OSGi no extension point registers the model packages: touching them does.
        for (Object ePackage : List.of(org.vitruvian.model.common.CommonPackage.eINSTANCE, org.vitruvian.model.trust.TrustPackage.eINSTANCE,
                org.vitruvian.model.recipe.RecipePackage.eINSTANCE, org.vitruvian.model.site.SitePackage.eINSTANCE,
                org.vitruvian.model.service.ServicePackage.eINSTANCE, org.vitruvian.model.workflow.WorkflowPackage.eINSTANCE)) {
            java.util.Objects.requireNonNull(ePackage);
        }
        ModelService models = new ModelServiceImpl();
        Bundle bundle = (Bundle) Proxy.newProxyInstance(DiagramBench.class.getClassLoader(), new Class<?>[] {Bundle.class},
                (p, m, a) -> m.getName().equals("getSymbolicName") ? "org.vitruvian.trust" : null);
        BundleContext context = (BundleContext) Proxy.newProxyInstance(DiagramBench.class.getClassLoader(),
                new Class<?>[] {BundleContext.class}, (p, m, a) -> m.getName().equals("getBundle") ? bundle : null);
        TrustChecker trust = new TrustCheckerImpl(models, context);
        if (args[0].equals("show")) {
            show(models, trust, Path.of(args[1]), args.length > 2 ? Path.of(args[2]) : null);
        } else {
            bench(models, trust, repo, Integer.parseInt(args[1]), Integer.parseInt(args[2]));
        }
    }

    private static Workflow load(ModelService models, Path file) {
        ModelService.ModelSet set = models.load(List.of(file));
        if (set.models().get(0).root() instanceof Workflow workflow) {
            return workflow;
        }
        throw new IllegalStateException(set.report().toText());
    }

    private static Map<String, Site> sites(ModelService models, Path folder) throws Exception {
        Map<String, Site> sites = new LinkedHashMap<>();
        if (folder != null) {
            List<Path> files;
            try (var list = Files.list(folder)) {
                files = list.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
            }
            for (var model : models.load(files).models()) {
                if (model.root() instanceof Site site) {
                    sites.put(site.getId(), site);
                }
            }
        }
        return sites;
    }

    private static void show(ModelService models, TrustChecker trust, Path file, Path sitesFolder) throws Exception {
        Display display = new Display();
        Shell shell = new Shell(display);
        shell.setText(file.getFileName() + " - Workflow Diagram");
        shell.setLayout(new FillLayout());
        WorkflowDiagramViewer viewer = new WorkflowDiagramViewer(shell, SWT.NONE);
        Workflow workflow = load(models, file);
        viewer.setEditHandler(edits -> System.out.println("edits: " + edits));
        viewer.addSelectionChangedListener(e -> System.out.println("selection: " + e.getSelection()));
        shell.setSize(Integer.getInteger("width", 1280), Integer.getInteger("height", 720));
        shell.setLocation(0, 0);
        shell.open();
        viewer.setInput(new DiagramInput(workflow, workflow.getImports(), sites(models, sitesFolder), trust, null));
        // -Dselect=STEP selects a step, as a click would: for screenshots.
        workflow.getSteps().stream().filter(s -> s.getName().equals(System.getProperty("select"))).findFirst()
                .ifPresent(step -> viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(step)));
        // -Ddrag=OUTPUT,INPUT presses on an output port and moves onto an input without releasing:
        // for screenshots of the compatible ports highlighted while linking.
        String drag = System.getProperty("drag", "");
        if (drag.contains(",")) {
            Point from = viewer.getPortLocation(drag.split(",")[0], false).orElseThrow();
            Point to = viewer.getPortLocation(drag.split(",")[1], true).orElseThrow();
            List<Event> script = new ArrayList<>();
            script.add(mouse(SWT.MouseMove, from));
            script.add(mouse(SWT.MouseDown, from));
            for (int i = 1; i <= 10; i++) {
                script.add(mouse(SWT.MouseMove, new Point(from.x + (to.x - from.x) * i / 10, from.y + (to.y - from.y) * i / 10)));
            }
            for (int i = 0; i < script.size(); i++) {
                Event event = script.get(i);
                display.timerExec(1000 + 150 * i, () -> display.post(event));
            }
        }
        long end = System.currentTimeMillis() + Long.getLong("seconds", 3600) * 1000;
        while (!shell.isDisposed() && System.currentTimeMillis() < end) {
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
        display.dispose();
    }

    private static Event mouse(int type, Point at) {
        Event event = new Event();
        event.type = type;
        event.button = type == SWT.MouseMove ? 0 : 1;
        event.x = at.x;
        event.y = at.y;
        return event;
    }

    /**
     * Blocks of the six bone-strength steps, each block's mesh fed by the previous block's
     * calibration, so the 1,000 steps form one connected graph.
     */
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
        String[][] block = {{"ct-phantom", "bone.ct-phantom"}, {"calibrate", "bone.calibrate"}, {"segment", "bone.segment"},
                {"mesh", "bone.mesh"}, {"solve", "bone.solve"}, {"strength", "bone.strength"}};
        List<String> links = new ArrayList<>();
        for (int i = 0; i < steps; i++) {
            int b = i / 6, kind = i % 6;
            yaml.append("  - name: ").append(block[kind][0]).append('-').append(b).append('\n')
                    .append("    service: {id: ").append(block[kind][1]).append(", version: 1.x}\n");
            String n = "-" + b + ".";
            switch (kind) {
                case 1 -> {
                    links.add("ct-phantom" + n + "ct|calibrate" + n + "ct");
                    links.add("ct-phantom" + n + "phantom|calibrate" + n + "phantom");
                }
                case 2 -> links.add("calibrate" + n + "density|segment" + n + "density");
                case 3 -> {
                    links.add("segment" + n + "mask|mesh" + n + "mask");
                    // Each block's mesh takes the previous block's density: one connected graph, the harder layout.
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

    private static void bench(ModelService models, TrustChecker trust, Path repo, int steps, int rounds) throws Exception {
        Path folder = Files.createTempDirectory("vitruvian-diagram-bench");
        Path services = folder.resolve("services");
        Files.createDirectories(services);
        try (var list = Files.list(repo.resolve("examples/bone-strength/services"))) {
            for (Path file : list.toList()) {
                Files.copy(file, services.resolve(file.getFileName()));
            }
        }
        Files.copy(repo.resolve("examples/bone-strength/recipe.yaml"), folder.resolve("recipe.yaml"));
        Path file = folder.resolve("workflow.yaml");
        Files.writeString(file, generate(steps));
        Display display = new Display();
        List<double[]> results = new ArrayList<>();
        for (int round = 0; round < rounds + 2; round++) {
            Shell shell = new Shell(display);
            shell.setLayout(new FillLayout());
            shell.setSize(1280, 800);
            shell.open();
            long t0 = System.nanoTime();
            Workflow workflow = load(models, file);
            long t1 = System.nanoTime();
            WorkflowDiagramViewer viewer = new WorkflowDiagramViewer(shell, SWT.NONE);
            shell.layout(true, true);
            viewer.setInput(new DiagramInput(workflow, workflow.getImports(), Map.of(), trust, null));
            // First paint: the open is over when the diagram is on the screen.
            viewer.update();
            shell.update();
            long t2 = System.nanoTime();
            double layout = viewer.getLastLayoutNanos() / 1e6;
            if (round >= 2) {
                results.add(new double[] {(t1 - t0) / 1e6, layout, (t2 - t1) / 1e6, (t2 - t0) / 1e6});
            }
            System.out.printf(Locale.ROOT, "round %d: load %.0f ms, ELK layout %.0f ms, viewer open %.0f ms, total %.0f ms%s%n", round,
                    (t1 - t0) / 1e6, layout, (t2 - t1) / 1e6, (t2 - t0) / 1e6, round < 2 ? " (warm-up)" : "");
            shell.dispose();
        }
        String[] names = {"load + validate YAML", "ELK layout", "viewer open (graph, trust, layout, first paint)", "total"};
        System.out.printf(Locale.ROOT, "%d steps, %s; median of %d rounds:%n", steps, workflowSize(models, file), rounds);
        for (int i = 0; i < names.length; i++) {
            final int column = i;
            double[] values = results.stream().mapToDouble(r -> r[column]).sorted().toArray();
            System.out.printf(Locale.ROOT, "  %-50s %8.0f ms (min %.0f, max %.0f)%n", names[i], values[values.length / 2], values[0],
                    values[values.length - 1]);
        }
        display.dispose();
    }

    private static String workflowSize(ModelService models, Path file) {
        Workflow workflow = load(models, file);
        return workflow.getLinks().size() + " links";
    }
}
