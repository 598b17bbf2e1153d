package org.vitruvian.ui.tosca.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.OrderingStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.vitruvian.tosca.ToscaDocument;
import org.vitruvian.tosca.model.Topology.NodeTemplate;
import org.vitruvian.tosca.model.Topology.RequirementAssignment;
import org.vitruvian.tosca.model.Topology.TopologyTemplate;

/**
 * The Topology page: every node template as a box (its name, its type below), and every
 * requirement that names another node template as an arrow from the requiring node to the
 * one it needs, labelled with the requirement (and its relationship, when one is named). Laid
 * out top-down with ELK layered, so what is hosted sits above its host as TOSCA tools draw it.
 * <p>
 * Why not the workflow diagram of org.vitruvian.ui.diagram: its input (DiagramInput) is a
 * Workflow with services and ports, not a graph of named boxes, and its internals are not
 * exported; the colours here are that diagram's, so both look alike.
 */
public final class TopologyView extends Composite {

    // The workflow diagram's theme (org.vitruvian.ui.diagram.internal.Theme).
    private static final RGB BACKGROUND = new RGB(255, 255, 255);
    private static final RGB BOX = new RGB(250, 251, 253);
    private static final RGB BOX_HEADER = new RGB(233, 239, 248);
    private static final RGB BOX_BORDER = new RGB(150, 162, 178);
    private static final RGB BOX_SHADOW = new RGB(228, 232, 238);
    private static final RGB TEXT = new RGB(33, 37, 41);
    private static final RGB TEXT_MUTED = new RGB(100, 108, 118);
    private static final RGB EDGE = new RGB(110, 120, 134);

    private static final int PAD = 10;
    private static final int MIN_WIDTH = 150;

    private static final double MIN_SCALE = 0.6;

    private static boolean registered;

    /** A box as laid out: the node template's name and type, and where it is drawn. */
    public record Box(String name, String type, Rectangle bounds) {
    }

    /** An arrow from the requiring box to the required one, with its bend points (x, y, x, y...). */
    public record Arrow(String from, String to, String label, int[] points, int labelX, int labelY) {
    }

    private final Label summary;
    private final ScrolledComposite scroller;
    private final Canvas canvas;
    private final Font bold;
    private final Map<RGB, Color> colors = new HashMap<>();
    private Map<String, Box> boxes = Map.of();
    private List<Arrow> arrows = List.of();
    private double scale = 1.0;

    public TopologyView(Composite parent) {
        super(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        layout.verticalSpacing = 0;
        setLayout(layout);
        summary = new Label(this, SWT.NONE);
        GridData summaryData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        summaryData.horizontalIndent = 6;
        summaryData.verticalIndent = 4;
        summary.setLayoutData(summaryData);
        summary.setText("Checking...");
        scroller = new ScrolledComposite(this, SWT.H_SCROLL | SWT.V_SCROLL);
        scroller.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        canvas = new Canvas(scroller, SWT.DOUBLE_BUFFERED);
        canvas.setBackground(color(BACKGROUND));
        scroller.setContent(canvas);
        FontData[] data = getFont().getFontData();
        for (FontData each : data) {
            each.setStyle(SWT.BOLD);
        }
        bold = new Font(getDisplay(), data);
        canvas.addPaintListener(e -> paint(e.gc));
        scroller.addListener(SWT.Resize, e -> fit());
        addDisposeListener(e -> {
            bold.dispose();
        });
    }

    /** Shows a check's topology; a template that could not be read keeps the last drawing and says why. */
    public void setTemplate(ToscaDocument document) {
        if (document.template() == null) {
            String why = document.diagnostics().stream().filter(d -> d.isError()).findFirst().map(d -> d.format()).orElse("");
            summary.setText("The template cannot be read; the Source page shows why. " + why);
            return;
        }
        TopologyTemplate topology = document.template().topology();
        if (topology == null || topology.nodeTemplates().isEmpty()) {
            boxes = Map.of();
            arrows = List.of();
            summary.setText("No node templates: this file only defines types.");
        } else {
            layout(topology);
            long errors = document.diagnostics().stream().filter(d -> d.isError()).count();
            summary.setText(boxes.size() + (boxes.size() == 1 ? " node template, " : " node templates, ") + arrows.size()
                    + (arrows.size() == 1 ? " relationship" : " relationships")
                    + (errors == 0 ? "" : "; " + errors + (errors == 1 ? " error" : " errors") + " on the Source page"));
        }
        summary.getParent().layout(true);
        fit();
    }

    /** The scale the drawing is shown at: shrunk (not below {@link #MIN_SCALE}) to fit the page, never enlarged. */
    public double scale() {
        return scale;
    }

    /**
     * Shrinks a topology taller or wider than the page so that it is seen whole, as the
     * workflow diagram does when it opens; below {@link #MIN_SCALE} the text would be too small
     * to read, so the page scrolls instead.
     */
    private void fit() {
        Rectangle area = extent();
        Rectangle view = scroller.getClientArea();
        scale = 1.0;
        if (view.width > 0 && view.height > 0 && area.width > 0) {
            scale = Math.max(MIN_SCALE, Math.min(1.0, Math.min((double) view.width / area.width, (double) view.height / area.height)));
        }
        scroller.setMinSize((int) Math.ceil(area.width * scale), (int) Math.ceil(area.height * scale));
        canvas.redraw();
    }

    /** The boxes by node template name, in the drawing's coordinates (multiply by {@link #scale()} for the canvas's). */
    public Map<String, Box> boxes() {
        return boxes;
    }

    public List<Arrow> arrows() {
        return arrows;
    }

    public String summary() {
        return summary.getText();
    }

    public Canvas canvas() {
        return canvas;
    }

    private Rectangle extent() {
        int width = 0;
        int height = 0;
        for (Box box : boxes.values()) {
            width = Math.max(width, box.bounds().x + box.bounds().width);
            height = Math.max(height, box.bounds().y + box.bounds().height);
        }
        return new Rectangle(0, 0, width + 32, height + 32);
    }

    /** ELK finds algorithms with ServiceLoader, which sees no providers inside OSGi, so the layered one is registered by hand. */
    private static synchronized void register() {
        if (!registered) {
            LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
            registered = true;
        }
    }

    private void layout(TopologyTemplate topology) {
        register();
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(CoreOptions.DIRECTION, Direction.DOWN);
        root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        root.setProperty(CoreOptions.PADDING, new ElkPadding(24));
        root.setProperty(CoreOptions.SPACING_NODE_NODE, 36.0);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 40.0);
        // Labels on their edge rather than in a lane of their own: a chain of services stays on one screen.
        root.setProperty(CoreOptions.EDGE_LABELS_INLINE, true);
        root.setProperty(CoreOptions.SPACING_EDGE_LABEL, 4.0);
        root.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY, OrderingStrategy.NODES_AND_EDGES);
        GC gc = new GC(canvas);
        Map<String, ElkNode> nodes = new LinkedHashMap<>();
        int lineHeight;
        try {
            gc.setFont(bold);
            lineHeight = gc.getFontMetrics().getHeight();
            for (NodeTemplate node : topology.nodeTemplates().values()) {
                gc.setFont(bold);
                int width = gc.textExtent(node.name()).x;
                gc.setFont(getFont());
                width = Math.max(width, gc.textExtent(typeText(node.type())).x);
                ElkNode elk = ElkGraphUtil.createNode(root);
                elk.setDimensions(Math.max(MIN_WIDTH, width + 2 * PAD), 2 * lineHeight + 3 * PAD);
                nodes.put(node.name(), elk);
            }
        } finally {
            gc.dispose();
        }
        List<ElkEdge> edges = new ArrayList<>();
        List<String[]> ends = new ArrayList<>();
        for (NodeTemplate node : topology.nodeTemplates().values()) {
            for (RequirementAssignment requirement : node.requirements()) {
                ElkNode target = requirement.node() == null ? null : nodes.get(requirement.node());
                if (target == null) {
                    continue; // a node type or a node filter: the orchestrator picks the target, nothing to draw
                }
                ElkEdge edge = ElkGraphUtil.createSimpleEdge(nodes.get(node.name()), target);
                // The relationship's own name without its namespace: "data (DataFlow)", not the whole type.
                String label = requirement.relationship() == null ? requirement.name()
                        : requirement.name() + " (" + lastSegment(requirement.relationship()) + ")";
                // ELK places the label beside its edge and keeps room for it, so labels of edges leaving one box do not overlap.
                ElkLabel elkLabel = ElkGraphUtil.createLabel(label, edge);
                GC measure = new GC(canvas);
                try {
                    Point size = measure.textExtent(label);
                    elkLabel.setDimensions(size.x, size.y);
                } finally {
                    measure.dispose();
                }
                edges.add(edge);
                ends.add(new String[] { node.name(), requirement.node(), label });
            }
        }
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
        Map<String, Box> laidOut = new LinkedHashMap<>();
        for (NodeTemplate node : topology.nodeTemplates().values()) {
            ElkNode elk = nodes.get(node.name());
            laidOut.put(node.name(), new Box(node.name(), node.type(), new Rectangle((int) elk.getX(), (int) elk.getY(),
                    (int) elk.getWidth(), (int) elk.getHeight())));
        }
        List<Arrow> routed = new ArrayList<>();
        for (int i = 0; i < edges.size(); i++) {
            ElkEdge edge = edges.get(i);
            int[] points;
            if (edge.getSections().isEmpty()) {
                Rectangle a = laidOut.get(ends.get(i)[0]).bounds();
                Rectangle b = laidOut.get(ends.get(i)[1]).bounds();
                points = new int[] { a.x + a.width / 2, a.y + a.height, b.x + b.width / 2, b.y };
            } else {
                ElkEdgeSection section = edge.getSections().get(0);
                points = new int[4 + 2 * section.getBendPoints().size()];
                int k = 0;
                points[k++] = (int) section.getStartX();
                points[k++] = (int) section.getStartY();
                for (ElkBendPoint bend : section.getBendPoints()) {
                    points[k++] = (int) bend.getX();
                    points[k++] = (int) bend.getY();
                }
                points[k++] = (int) section.getEndX();
                points[k++] = (int) section.getEndY();
            }
            ElkLabel label = edge.getLabels().get(0);
            routed.add(new Arrow(ends.get(i)[0], ends.get(i)[1], ends.get(i)[2], points, (int) label.getX(), (int) label.getY()));
        }
        boxes = laidOut;
        arrows = routed;
    }

    /** A type as written; a template without one (an error the Source page shows) gets an empty subtitle. */
    private static String typeText(String type) {
        return type == null ? "" : type;
    }

    private static String lastSegment(String type) {
        return type.substring(type.lastIndexOf('.') + 1);
    }

    private void paint(GC gc) {
        Transform zoom = new Transform(getDisplay());
        try {
            zoom.scale((float) scale, (float) scale);
            gc.setTransform(zoom);
            paintUnscaled(gc);
        } finally {
            gc.setTransform(null);
            zoom.dispose();
        }
    }

    private void paintUnscaled(GC gc) {
        gc.setAntialias(SWT.ON);
        gc.setTextAntialias(SWT.ON);
        gc.setFont(getFont());
        int lineHeight = gc.getFontMetrics().getHeight();
        gc.setLineWidth(1);
        for (Arrow arrow : arrows) {
            gc.setForeground(color(EDGE));
            gc.drawPolyline(arrow.points());
            int n = arrow.points().length;
            arrowHead(gc, arrow.points()[n - 4], arrow.points()[n - 3], arrow.points()[n - 2], arrow.points()[n - 1]);
            gc.setForeground(color(TEXT_MUTED));
            gc.drawText(arrow.label(), arrow.labelX(), arrow.labelY(), true);
        }
        for (Box box : boxes.values()) {
            Rectangle r = box.bounds();
            gc.setBackground(color(BOX_SHADOW));
            gc.fillRoundRectangle(r.x + 2, r.y + 3, r.width, r.height, 10, 10);
            gc.setBackground(color(BOX));
            gc.fillRoundRectangle(r.x, r.y, r.width, r.height, 10, 10);
            int header = lineHeight + PAD + PAD / 2;
            gc.setBackground(color(BOX_HEADER));
            gc.fillRoundRectangle(r.x, r.y, r.width, header, 10, 10);
            gc.fillRectangle(r.x, r.y + header - 6, r.width, 6);
            gc.setForeground(color(BOX_BORDER));
            gc.drawLine(r.x, r.y + header, r.x + r.width, r.y + header);
            gc.drawRoundRectangle(r.x, r.y, r.width, r.height, 10, 10);
            gc.setFont(bold);
            gc.setForeground(color(TEXT));
            gc.drawText(box.name(), r.x + PAD, r.y + PAD * 3 / 4, true);
            gc.setFont(getFont());
            gc.setForeground(color(TEXT_MUTED));
            gc.drawText(typeText(box.type()), r.x + PAD, r.y + header + PAD * 3 / 4, true);
        }
    }

    private void arrowHead(GC gc, int x1, int y1, int x2, int y2) {
        double angle = Math.atan2(y2 - y1, x2 - x1);
        int size = 8;
        int[] head = { x2, y2, (int) Math.round(x2 - size * Math.cos(angle - 0.4)), (int) Math.round(y2 - size * Math.sin(angle - 0.4)),
                (int) Math.round(x2 - size * Math.cos(angle + 0.4)), (int) Math.round(y2 - size * Math.sin(angle + 0.4)) };
        gc.setBackground(color(EDGE));
        gc.fillPolygon(head);
    }

    private Color color(RGB rgb) {
        return colors.computeIfAbsent(rgb, Color::new);
    }
}
