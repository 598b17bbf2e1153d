package org.vitruvian.ui.diagram;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.vitruvian.model.common.Version;
import org.vitruvian.model.service.ServiceDefinition;
import org.vitruvian.model.workflow.Link;
import org.vitruvian.model.workflow.Step;
import org.vitruvian.ui.diagram.internal.DataClassFlow;
import org.vitruvian.ui.diagram.internal.DiagramCanvas;
import org.vitruvian.ui.diagram.internal.DiagramGraph;
import org.vitruvian.ui.diagram.internal.DiagramGraph.Edge;
import org.vitruvian.ui.diagram.internal.DiagramGraph.Node;
import org.vitruvian.ui.diagram.internal.ElkLayout;
import org.vitruvian.ui.diagram.internal.Fonts;
import org.vitruvian.ui.diagram.internal.Icons;
import org.vitruvian.ui.diagram.internal.Minimap;
import org.vitruvian.ui.diagram.internal.NodeSizes;
import org.vitruvian.ui.diagram.internal.Palette;
import org.vitruvian.ui.diagram.internal.StatusBar;
import org.vitruvian.ui.diagram.internal.Theme;

/**
 * A workflow as a diagram: steps as boxes with their typed input and output ports, links as
 * orthogonal edges, laid out left to right by ELK's layered algorithm. Each port is coloured by
 * the data class that reaches it (a legend says which is which) and each step carries its site as
 * a badge, green or red by the trust verdict; with a target site's {@link StepCheck}s in the input,
 * the badge names where the planner put the step, a refused step is drawn red with its
 * compatibility findings counted under its ports, and the hover says why. A palette of the imported services adds steps by
 * drag and drop; dragging from an output to an input links them; Delete removes the selection.
 * Zoom (Ctrl+wheel, Ctrl+= / Ctrl+-), fit to window (Ctrl+0) and a minimap move the view.
 * <p>
 * The viewer changes nothing itself: every gesture goes to the {@link DiagramEditHandler} as
 * {@link DiagramEdit}s, and the host sets the re-read workflow with {@link #setInput}. The
 * selection (steps, links, and the workflow's input and output ports as model objects) is
 * offered as an {@link ISelectionProvider} so the host can sync its Source page and the
 * Properties view. UI thread only.
 */
public final class WorkflowDiagramViewer extends Composite implements ISelectionProvider {

    private final Theme theme;
    private final Fonts fonts;
    private final Icons icons;
    private final DiagramCanvas canvas;
    private final Minimap minimap;
    private final Palette palette;
    private final StatusBar status;
    private final ToolItem zoomLabel;
    private final List<ISelectionChangedListener> listeners = new CopyOnWriteArrayList<>();
    private DiagramEditHandler handler = edits -> {
    };
    private DiagramInput input;
    private long layoutNanos;

    public WorkflowDiagramViewer(Composite parent, int style) {
        super(parent, style);
        theme = new Theme(getDisplay());
        fonts = new Fonts(getDisplay());
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        layout.verticalSpacing = 0;
        setLayout(layout);

        ToolBar toolbar = new ToolBar(this, SWT.FLAT | SWT.RIGHT);
        toolbar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        icons = new Icons(getDisplay(), theme);
        ToolItem zoomOut = new ToolItem(toolbar, SWT.PUSH);
        zoomOut.setImage(icons.zoomOut());
        zoomOut.setToolTipText("Zoom out (Ctrl+-)");
        zoomLabel = new ToolItem(toolbar, SWT.PUSH);
        zoomLabel.setText("100 %");
        zoomLabel.setToolTipText("Actual size");
        ToolItem zoomIn = new ToolItem(toolbar, SWT.PUSH);
        zoomIn.setImage(icons.zoomIn());
        zoomIn.setToolTipText("Zoom in (Ctrl+=)");
        ToolItem fit = new ToolItem(toolbar, SWT.PUSH);
        fit.setImage(icons.fit());
        fit.setToolTipText("Fit the workflow to the window (Ctrl+0)");
        new ToolItem(toolbar, SWT.SEPARATOR);
        ToolItem delete = new ToolItem(toolbar, SWT.PUSH);
        delete.setImage(icons.delete());
        delete.setToolTipText("Delete the selected steps and links (Delete)");

        SashForm sash = new SashForm(this, SWT.HORIZONTAL | SWT.SMOOTH);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        canvas = new DiagramCanvas(sash, theme, fonts, new DiagramCanvas.Events() {
            @Override
            public void selectionChanged() {
                fireSelectionChanged();
            }

            @Override
            public void edits(List<DiagramEdit> edits) {
                handler.apply(edits);
            }

            @Override
            public void message(String text, boolean error) {
                status.message(text, error);
            }

            @Override
            public void viewChanged() {
                zoomLabel.setText(Math.round(canvas.zoom() * 100) + " %");
                toolbar.layout();
                updateMinimap();
            }
        });
        minimap = new Minimap(canvas, canvas, theme);
        canvas.addListener(SWT.Resize, e -> placeMinimap());
        palette = new Palette(sash, theme, fonts, new Palette.DropTarget() {
            @Override
            public void hover(ServiceDefinition service, Point displayPoint) {
                Point at = canvas.toControl(displayPoint);
                canvas.showGhost(canvas.getClientArea().contains(at) ? label(service) : null, at);
            }

            @Override
            public void drop(ServiceDefinition service, Point displayPoint) {
                canvas.showGhost(null, null);
                if (displayPoint != null && !canvas.getClientArea().contains(canvas.toControl(displayPoint))) {
                    return;
                }
                addStep(service);
            }

            @Override
            public void cancel() {
                canvas.showGhost(null, null);
            }
        });
        sash.setWeights(new int[] {80, 20});
        // The palette keeps the width its entries need; the diagram takes the rest.
        sash.addListener(SWT.Resize, e -> {
            int width = sash.getClientArea().width;
            if (width > 600) {
                sash.setWeights(new int[] {width - 250, 250});
            }
        });
        status = new StatusBar(this, theme, fonts);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        canvas.setMenu(contextMenu());
        zoomOut.addListener(SWT.Selection, e -> canvas.setZoom(canvas.zoom() / 1.25));
        zoomIn.addListener(SWT.Selection, e -> canvas.setZoom(canvas.zoom() * 1.25));
        zoomLabel.addListener(SWT.Selection, e -> canvas.setZoom(1));
        fit.addListener(SWT.Selection, e -> canvas.fit());
        delete.addListener(SWT.Selection, e -> canvas.deleteSelection());
        addListener(SWT.Dispose, e -> {
            fonts.dispose();
            icons.dispose();
        });
    }

    /** The diagram's context menu: what the toolbar does, with the keys that do it. */
    private Menu contextMenu() {
        Menu menu = new Menu(canvas);
        MenuItem delete = item(menu, "&Delete\tDelete", canvas::deleteSelection);
        new MenuItem(menu, SWT.SEPARATOR);
        item(menu, "Zoom &In\tCtrl+=", () -> canvas.setZoom(canvas.zoom() * 1.25));
        item(menu, "Zoom &Out\tCtrl+-", () -> canvas.setZoom(canvas.zoom() / 1.25));
        item(menu, "&Actual Size", () -> canvas.setZoom(1));
        item(menu, "&Fit to Window\tCtrl+0", canvas::fit);
        menu.addListener(SWT.Show, e -> delete.setEnabled(!canvas.selection().isEmpty()));
        return menu;
    }

    private static MenuItem item(Menu menu, String text, Runnable action) {
        MenuItem item = new MenuItem(menu, SWT.PUSH);
        item.setText(text);
        item.addListener(SWT.Selection, e -> action.run());
        return item;
    }

    private static String label(ServiceDefinition service) {
        return service.getName() != null ? service.getName() : service.getId();
    }

    private void addStep(ServiceDefinition service) {
        DiagramGraph graph = canvas.graph();
        if (graph == null) {
            return;
        }
        String name = graph.freshStepName(service.getId());
        // A step asks for the service's major version, as the examples do, so fixes reach it.
        String version = Version.isValid(service.getVersion()) ? Version.parse(service.getVersion()).number(0) + ".x" : service.getVersion();
        status.message("Added step '" + name + "' (" + service.getId() + " " + version + "): drag from an output to its inputs to link it.",
                false);
        handler.apply(List.of(new DiagramEdit.AddStep(name, service.getId(), version)));
    }

    /** The minimap shows only when part of the workflow is out of view: otherwise it would repeat the diagram. */
    private void updateMinimap() {
        DiagramGraph graph = canvas.graph();
        double[] view = canvas.viewport();
        boolean all = graph == null || (view[0] <= 0.5 && view[1] <= 0.5 && view[0] + view[2] >= graph.width - 0.5
                && view[1] + view[3] >= graph.height - 0.5);
        minimap.setVisible(!all);
        minimap.redraw();
    }

    /** Whether the minimap is shown (only when part of the workflow is out of view). */
    public boolean isMinimapVisible() {
        return minimap.isVisible();
    }

    private void placeMinimap() {
        Rectangle area = canvas.getClientArea();
        minimap.setBounds(area.width - Minimap.WIDTH - 12, area.height - Minimap.HEIGHT - 12, Minimap.WIDTH, Minimap.HEIGHT);
    }

    /**
     * Deletes the selected steps (with their links) and links, as the Delete key, the toolbar and
     * the context menu do. In the workbench the Delete key is bound to the Edit > Delete command,
     * which takes the key before the diagram sees it: the host editor's handler for
     * {@code org.eclipse.ui.edit.delete} calls this while the diagram page is active.
     */
    public void deleteSelection() {
        canvas.deleteSelection();
    }

    /** Who applies the gestures' edits. */
    public void setEditHandler(DiagramEditHandler handler) {
        this.handler = handler;
    }

    /**
     * Shows a workflow: builds the boxes, follows the data classes, lays it out. The first input
     * fits the window; a later one (the model re-read after an edit) keeps zoom, scroll position
     * and the selection of steps and links that still exist.
     */
    public void setInput(DiagramInput input) {
        boolean first = this.input == null;
        this.input = input;
        DiagramGraph graph = DiagramGraph.of(input);
        DataClassFlow.apply(graph);
        graph.applyChecks();
        NodeSizes.size(graph, fonts);
        long start = System.nanoTime();
        ElkLayout.layout(graph);
        layoutNanos = System.nanoTime() - start;
        canvas.setGraph(graph);
        palette.setServices(input.services());
        status.setGraph(graph);
        if (!graph.unresolved.isEmpty()) {
            status.message(String.join("; ", graph.unresolved) + ".", true);
        }
        placeMinimap();
        if (first) {
            canvas.fit();
        }
        canvas.redraw();
        updateMinimap();
    }

    public DiagramInput getInput() {
        return input;
    }

    /** How long the last layout took, in nanoseconds (ELK only): for the benchmark. */
    public long getLastLayoutNanos() {
        return layoutNanos;
    }

    // ---- view -----------------------------------------------------------------------------

    public double getZoom() {
        return canvas.zoom();
    }

    public void setZoom(double zoom) {
        canvas.setZoom(zoom);
    }

    public void fitToWindow() {
        canvas.fit();
    }

    /** Where a step (or workflow input or output) is drawn, in display coordinates. */
    public Optional<Rectangle> getNodeBounds(String name) {
        return graph().flatMap(g -> g.node(name)).map(node -> {
            Rectangle box = canvas.bounds(node);
            Point origin = canvas.toDisplay(box.x, box.y);
            return new Rectangle(origin.x, origin.y, box.width, box.height);
        });
    }

    /** Where a port is drawn, in display coordinates: {@code step.port}, or a workflow input's or output's name. */
    public Optional<Point> getPortLocation(String reference, boolean input) {
        return graph().flatMap(g -> g.port(reference, input)).map(port -> {
            Point at = canvas.location(port);
            return canvas.toDisplay(at.x, at.y);
        });
    }

    /** The bend points of the link {@code from} to {@code to} in diagram coordinates (x, y, x, y, ...), to check the routing. */
    public Optional<double[]> getLinkRoute(String from, String to) {
        return graph().flatMap(g -> g.edges.stream().filter(e -> e.link.getFrom().equals(from) && e.link.getTo().equals(to)).findFirst())
                .map(edge -> edge.points.clone());
    }

    /**
     * The data classes at a port as the trust checker describes them ({@code hospital clinical
     * identifiable}), most sensitive first: what its colour stands for. Empty when none reaches it.
     */
    public List<String> getPortDataClasses(String reference, boolean input) {
        return graph().flatMap(g -> g.port(reference, input)).map(port -> port.data.stream().map(d -> d.description()).toList())
                .orElse(List.of());
    }

    /** The diagram's visible area, in display coordinates. */
    public Rectangle getDiagramArea() {
        Rectangle area = canvas.getClientArea();
        Point origin = canvas.toDisplay(area.x, area.y);
        return new Rectangle(origin.x, origin.y, area.width, area.height);
    }

    /** The names of the steps drawn, in the workflow's order. */
    public List<String> getStepNames() {
        return graph().map(g -> g.steps().stream().map(n -> n.name).toList()).orElse(List.of());
    }

    /** The palette entry of a service, in display coordinates. */
    public Optional<Point> getPaletteEntryLocation(String serviceId) {
        List<ServiceDefinition> services = palette.services();
        for (int i = 0; i < services.size(); i++) {
            if (services.get(i).getId().equals(serviceId)) {
                Point at = palette.centre(i);
                return Optional.of(palette.toDisplay(at.x, at.y));
            }
        }
        return Optional.empty();
    }

    /** A step's site badge as drawn: the target site when the planner placed it there, else its own pin or "any site". */
    public Optional<String> getSiteBadge(String step) {
        return graph().flatMap(g -> g.node(step)).map(Node::badge);
    }

    /** The trust verdict drawn on a step's badge: {@code ALLOW}, {@code DENY}, or empty when none is shown. */
    public Optional<String> getVerdict(String step) {
        return graph().flatMap(g -> g.node(step)).map(node -> node.verdict);
    }

    /** Whether the step's box is drawn refused: trust denies it on the target site, or its container will not work there. */
    public boolean isRefused(String step) {
        return graph().flatMap(g -> g.node(step)).map(Node::refused).orElse(false);
    }

    /** The text hovering over a step's box shows. */
    public Optional<String> getStepToolTip(String step) {
        return graph().flatMap(g -> g.node(step)).map(canvas::tooltipOf);
    }

    /** The status line: what the last gesture did, or why it was refused (null when empty). */
    public String getStatusMessage() {
        return status.message();
    }

    /** The legend's entries: each data class at a port, most sensitive first. */
    public List<String> getLegend() {
        return status.legend().stream().map(StatusBar.Entry::label).toList();
    }

    private Optional<DiagramGraph> graph() {
        return Optional.ofNullable(canvas.graph());
    }

    // ---- selection ------------------------------------------------------------------------

    @Override
    public void addSelectionChangedListener(ISelectionChangedListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeSelectionChangedListener(ISelectionChangedListener listener) {
        listeners.remove(listener);
    }

    /** The selected steps ({@link Step}), links ({@link Link}) and workflow inputs and outputs ({@code DataPort}). */
    @Override
    public IStructuredSelection getSelection() {
        List<EObject> selected = new ArrayList<>();
        for (Object item : canvas.selection()) {
            selected.add(item instanceof Node node ? node.element : ((Edge) item).link);
        }
        return new StructuredSelection(selected);
    }

    /** Selects the boxes and edges of the given model objects (others are ignored) and scrolls the first into view. */
    @Override
    public void setSelection(ISelection selection) {
        DiagramGraph graph = canvas.graph();
        if (graph == null || !(selection instanceof IStructuredSelection structured)) {
            return;
        }
        List<Object> items = new ArrayList<>();
        for (Object element : structured.toList()) {
            graph.nodes.stream().filter(n -> n.element == element || element instanceof Step step && n.element instanceof Step
                    && step.getName() != null && step.getName().equals(n.name)).findFirst().ifPresent(items::add);
            graph.edges.stream().filter(e -> e.link == element || element instanceof Link link
                    && link.getFrom() != null && link.getFrom().equals(e.link.getFrom()) && link.getTo() != null
                    && link.getTo().equals(e.link.getTo())).findFirst().ifPresent(items::add);
        }
        canvas.select(items);
        items.stream().filter(Node.class::isInstance).map(Node.class::cast).findFirst().ifPresent(canvas::reveal);
        fireSelectionChanged();
    }

    private void fireSelectionChanged() {
        SelectionChangedEvent event = new SelectionChangedEvent(this, getSelection());
        for (ISelectionChangedListener listener : listeners) {
            listener.selectionChanged(event);
        }
    }
}
