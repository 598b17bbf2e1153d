package org.vitruvian.ui.diagram.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Path;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ScrollBar;
import org.vitruvian.ui.diagram.DiagramEdit;
import org.vitruvian.ui.diagram.internal.DataClassFlow.Carried;
import org.vitruvian.ui.diagram.internal.DiagramGraph.Edge;
import org.vitruvian.ui.diagram.internal.DiagramGraph.Kind;
import org.vitruvian.ui.diagram.internal.DiagramGraph.Node;
import org.vitruvian.ui.diagram.internal.DiagramGraph.Port;

/**
 * Draws the laid-out graph with a GC (zoom is the GC's transform) and turns mouse and keys into
 * selection, link drags, deletes, zoom and panning. It never changes the model: gestures become
 * {@link DiagramEdit}s for the host.
 */
public final class DiagramCanvas extends Canvas {

    /** What the canvas tells the viewer. */
    public interface Events {
        void selectionChanged();

        void edits(List<DiagramEdit> edits);

        /** A line for the status bar; null clears it. */
        void message(String text, boolean error);

        /** Zoom or scroll position changed (the minimap follows). */
        void viewChanged();
    }

    public static final double MIN_ZOOM = 0.1;
    public static final double MAX_ZOOM = 3.0;
    private static final double PORT_RADIUS = 5;
    private static final int MARGIN = 24;

    private final Theme theme;
    private final Fonts fonts;
    private final Events events;
    private DiagramGraph graph;
    private double zoom = 1;
    private final Set<Object> selection = new LinkedHashSet<>();
    private Port dragFrom;
    private double dragX, dragY;
    private Port dragOver;
    private Point panFrom;
    private Point panOrigin;
    private String ghost;
    private Point ghostAt;
    private String lastTooltip;

    public DiagramCanvas(Composite parent, Theme theme, Fonts fonts, Events events) {
        super(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND | SWT.H_SCROLL | SWT.V_SCROLL);
        this.theme = theme;
        this.fonts = fonts;
        this.events = events;
        addListener(SWT.Paint, e -> paint(e.gc));
        addListener(SWT.Resize, e -> updateScrollBars());
        addListener(SWT.MouseDown, this::mouseDown);
        addListener(SWT.MouseMove, this::mouseMove);
        addListener(SWT.MouseUp, this::mouseUp);
        addListener(SWT.MouseVerticalWheel, this::wheel);
        addListener(SWT.KeyDown, this::key);
        addListener(SWT.Traverse, e -> e.doit = e.detail != SWT.TRAVERSE_RETURN);
        addListener(SWT.MouseExit, e -> setTooltip(null));
        getHorizontalBar().addListener(SWT.Selection, e -> scrolled());
        getVerticalBar().addListener(SWT.Selection, e -> scrolled());
    }

    // ---- input and view -------------------------------------------------------------------

    public void setGraph(DiagramGraph graph) {
        Set<String> keep = new LinkedHashSet<>();
        for (Object selected : selection) {
            keep.add(key(selected));
        }
        this.graph = graph;
        selection.clear();
        dragFrom = null;
        dragOver = null;
        if (graph != null) {
            for (Node node : graph.nodes) {
                if (keep.contains(key(node))) {
                    selection.add(node);
                }
            }
            for (Edge edge : graph.edges) {
                if (keep.contains(key(edge))) {
                    selection.add(edge);
                }
            }
        }
        updateScrollBars();
        redraw();
    }

    public DiagramGraph graph() {
        return graph;
    }

    /** Selection survives a re-read model by name: the host gives new objects after every edit. */
    private static String key(Object item) {
        return item instanceof Node node ? "node:" + node.kind + ":" + node.name
                : "edge:" + ((Edge) item).link.getFrom() + "->" + ((Edge) item).link.getTo();
    }

    public double zoom() {
        return zoom;
    }

    public void setZoom(double value) {
        Rectangle area = getClientArea();
        zoomAround(value, area.width / 2, area.height / 2);
    }

    /** Zooms so the point under ({@code sx}, {@code sy}) stays put. */
    public void zoomAround(double value, int sx, int sy) {
        double next = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, value));
        double mx = modelX(sx);
        double my = modelY(sy);
        zoom = next;
        updateScrollBars();
        ScrollBar h = getHorizontalBar();
        ScrollBar v = getVerticalBar();
        h.setSelection((int) Math.round(mx * zoom + MARGIN - sx));
        v.setSelection((int) Math.round(my * zoom + MARGIN - sy));
        scrolled();
    }

    /** The whole workflow in view, never larger than 100 %. */
    public void fit() {
        if (graph == null) {
            return;
        }
        Rectangle area = getClientArea();
        double zx = (area.width - 2.0 * MARGIN) / Math.max(1, graph.width);
        double zy = (area.height - 2.0 * MARGIN) / Math.max(1, graph.height);
        zoom = Math.max(MIN_ZOOM, Math.min(1.0, Math.min(zx, zy)));
        updateScrollBars();
        getHorizontalBar().setSelection(0);
        getVerticalBar().setSelection(0);
        scrolled();
    }

    private void scrolled() {
        redraw();
        events.viewChanged();
    }

    private void updateScrollBars() {
        Rectangle area = getClientArea();
        int width = graph == null ? 0 : (int) Math.ceil(graph.width * zoom) + 2 * MARGIN;
        int height = graph == null ? 0 : (int) Math.ceil(graph.height * zoom) + 2 * MARGIN;
        configure(getHorizontalBar(), width, area.width);
        configure(getVerticalBar(), height, area.height);
    }

    private static void configure(ScrollBar bar, int content, int visible) {
        int selection = Math.min(bar.getSelection(), Math.max(0, content - visible));
        bar.setValues(selection, 0, Math.max(content, 1), Math.max(1, Math.min(visible, content)), 20, Math.max(1, visible - 20));
        bar.setVisible(content > visible);
    }

    /** Screen x of diagram x 0: content narrower than the view is centred. */
    private double tx() {
        Rectangle area = getClientArea();
        double content = graph == null ? 0 : graph.width * zoom + 2 * MARGIN;
        return content < area.width ? (area.width - content) / 2 + MARGIN : MARGIN - getHorizontalBar().getSelection();
    }

    private double ty() {
        Rectangle area = getClientArea();
        double content = graph == null ? 0 : graph.height * zoom + 2 * MARGIN;
        return content < area.height ? (area.height - content) / 2 + MARGIN : MARGIN - getVerticalBar().getSelection();
    }

    public double modelX(int sx) {
        return (sx - tx()) / zoom;
    }

    public double modelY(int sy) {
        return (sy - ty()) / zoom;
    }

    public int screenX(double mx) {
        return (int) Math.round(mx * zoom + tx());
    }

    public int screenY(double my) {
        return (int) Math.round(my * zoom + ty());
    }

    /** The part of the diagram in view, in diagram coordinates: the minimap's frame. */
    public double[] viewport() {
        Rectangle area = getClientArea();
        return new double[] {modelX(0), modelY(0), area.width / zoom, area.height / zoom};
    }

    /** Scrolls so that diagram point ({@code mx}, {@code my}) is in the centre of the view. */
    public void centreOn(double mx, double my) {
        Rectangle area = getClientArea();
        getHorizontalBar().setSelection((int) Math.round(mx * zoom + MARGIN - area.width / 2.0));
        getVerticalBar().setSelection((int) Math.round(my * zoom + MARGIN - area.height / 2.0));
        scrolled();
    }

    /** A node's box in this control's pixels. */
    public Rectangle bounds(Node node) {
        int x = screenX(node.x);
        int y = screenY(node.y);
        return new Rectangle(x, y, screenX(node.x + node.width) - x, screenY(node.y + node.height) - y);
    }

    public Point location(Port port) {
        return new Point(screenX(port.x()), screenY(port.y()));
    }

    // ---- selection ------------------------------------------------------------------------

    public List<Object> selection() {
        return List.copyOf(selection);
    }

    public void select(List<?> items) {
        selection.clear();
        selection.addAll(items);
        redraw();
    }

    /** Scrolls the first selected box into view. */
    public void reveal(Node node) {
        Rectangle area = getClientArea();
        Rectangle box = bounds(node);
        if (!area.contains(box.x, box.y) || !area.contains(box.x + box.width, box.y + box.height)) {
            centreOn(node.x + node.width / 2, node.y + node.height / 2);
        }
    }

    // ---- painting -------------------------------------------------------------------------

    private void paint(GC gc) {
        Rectangle area = getClientArea();
        gc.setBackground(theme.color(Theme.BACKGROUND));
        gc.fillRectangle(area);
        if (graph == null) {
            return;
        }
        gc.setAntialias(SWT.ON);
        gc.setTextAntialias(SWT.ON);
        gc.setInterpolation(SWT.HIGH);
        Transform transform = new Transform(getDisplay());
        transform.translate((float) tx(), (float) ty());
        transform.scale((float) zoom, (float) zoom);
        gc.setTransform(transform);
        double left = modelX(area.x) - 20, top = modelY(area.y) - 20;
        double right = modelX(area.x + area.width) + 20, bottom = modelY(area.y + area.height) + 20;
        paintGrid(gc, left, top, right, bottom);
        List<Edge> selectedEdges = new ArrayList<>();
        for (Edge edge : graph.edges) {
            if (visible(edge, left, top, right, bottom)) {
                if (selection.contains(edge) || selection.contains(edge.source.node) || selection.contains(edge.target.node)) {
                    selectedEdges.add(edge);
                } else {
                    paintEdge(gc, edge, false);
                }
            }
        }
        for (Edge edge : selectedEdges) {
            paintEdge(gc, edge, true);
        }
        for (Node node : graph.nodes) {
            if (node.x + node.width >= left && node.x <= right && node.y + node.height >= top && node.y <= bottom) {
                paintNode(gc, node);
            }
        }
        if (dragFrom != null) {
            paintDrag(gc);
        }
        gc.setTransform(null);
        transform.dispose();
        if (ghost != null && ghostAt != null) {
            paintGhost(gc);
        }
    }

    private void paintGrid(GC gc, double left, double top, double right, double bottom) {
        if (zoom < 0.6) {
            return;
        }
        gc.setBackground(theme.color(Theme.GRID));
        int step = 20;
        for (int x = (int) Math.floor(left / step) * step; x <= right; x += step) {
            for (int y = (int) Math.floor(top / step) * step; y <= bottom; y += step) {
                gc.fillRectangle(x, y, 1, 1);
            }
        }
    }

    private static boolean visible(Edge edge, double left, double top, double right, double bottom) {
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (int i = 0; i < edge.points.length; i += 2) {
            minX = Math.min(minX, edge.points[i]);
            maxX = Math.max(maxX, edge.points[i]);
            minY = Math.min(minY, edge.points[i + 1]);
            maxY = Math.max(maxY, edge.points[i + 1]);
        }
        return maxX >= left && minX <= right && maxY >= top && minY <= bottom;
    }

    private void paintEdge(GC gc, Edge edge, boolean highlighted) {
        double[] p = edge.points;
        if (p.length < 4) {
            return;
        }
        Color color = theme.color(highlighted ? Theme.SELECTION : Theme.EDGE);
        gc.setForeground(color);
        gc.setBackground(color);
        gc.setLineWidth(highlighted ? 2 : 1);
        gc.setLineStyle(SWT.LINE_SOLID);
        // Stop short of the target port so the arrow's tip touches its circle.
        double[] points = p.clone();
        int n = points.length;
        double dirX = Math.signum(points[n - 2] - points[n - 4]);
        double dirY = Math.signum(points[n - 1] - points[n - 3]);
        double tipX = points[n - 2] - dirX * PORT_RADIUS;
        double tipY = points[n - 1] - dirY * PORT_RADIUS;
        points[n - 2] = tipX - dirX * 7;
        points[n - 1] = tipY - dirY * 7;
        points[0] += PORT_RADIUS;
        Path path = new Path(getDisplay());
        path.moveTo((float) points[0], (float) points[1]);
        double radius = 5;
        for (int i = 2; i < n - 2; i += 2) {
            double inX = Math.signum(points[i] - points[i - 2]), inY = Math.signum(points[i + 1] - points[i - 1]);
            double outX = Math.signum(points[i + 2] - points[i]), outY = Math.signum(points[i + 3] - points[i + 1]);
            double r = Math.min(radius, Math.min(segment(points, i - 2), segment(points, i)) / 2);
            path.lineTo((float) (points[i] - inX * r), (float) (points[i + 1] - inY * r));
            path.quadTo((float) points[i], (float) points[i + 1], (float) (points[i] + outX * r), (float) (points[i + 1] + outY * r));
        }
        path.lineTo((float) points[n - 2], (float) points[n - 1]);
        gc.drawPath(path);
        path.dispose();
        // Arrowhead.
        double baseX = tipX - dirX * 8, baseY = tipY - dirY * 8;
        double nx = -dirY * 4, ny = dirX * 4;
        gc.fillPolygon(new int[] {(int) Math.round(tipX), (int) Math.round(tipY), (int) Math.round(baseX + nx), (int) Math.round(baseY + ny),
                (int) Math.round(baseX - nx), (int) Math.round(baseY - ny)});
    }

    private static double segment(double[] p, int i) {
        return Math.abs(p[i + 2] - p[i]) + Math.abs(p[i + 3] - p[i + 1]);
    }

    private void paintNode(GC gc, Node node) {
        boolean selected = selection.contains(node);
        int x = (int) Math.round(node.x), y = (int) Math.round(node.y);
        int w = (int) Math.round(node.width), h = (int) Math.round(node.height);
        gc.setLineStyle(SWT.LINE_SOLID);
        if (node.kind != Kind.STEP) {
            paintTerminal(gc, node, selected, x, y, w, h);
            return;
        }
        // A step the planner refuses on the target site is drawn like a broken one: red header and border.
        boolean broken = node.problem != null || node.refused();
        gc.setBackground(theme.color(Theme.BOX_SHADOW));
        gc.fillRoundRectangle(x + 2, y + 3, w, h, 10, 10);
        gc.setBackground(theme.color(Theme.BOX));
        gc.fillRoundRectangle(x, y, w, h, 10, 10);
        gc.setBackground(theme.color(broken ? Theme.BROKEN_HEADER : selected ? Theme.SELECTION_FILL : Theme.BOX_HEADER));
        gc.fillRoundRectangle(x, y, w, NodeSizes.HEADER, 10, 10);
        gc.fillRectangle(x, y + NodeSizes.HEADER - 6, w, 6);
        gc.setForeground(theme.color(Theme.BOX_BORDER));
        gc.setLineWidth(1);
        gc.drawLine(x, y + NodeSizes.HEADER, x + w, y + NodeSizes.HEADER);
        gc.setForeground(theme.color(broken ? Theme.BROKEN_BORDER : selected ? Theme.SELECTION : Theme.BOX_BORDER));
        gc.setLineWidth(selected ? 2 : 1);
        gc.drawRoundRectangle(x, y, w, h, 10, 10);
        gc.setLineWidth(1);
        gc.setFont(fonts.get(Fonts.Style.TITLE));
        gc.setForeground(theme.color(Theme.TEXT));
        gc.drawText(node.name, x + NodeSizes.PAD, y + 5, true);
        gc.setFont(fonts.get(Fonts.Style.SMALL));
        gc.setForeground(theme.color(Theme.TEXT_MUTED));
        gc.drawText(node.subtitle, x + NodeSizes.PAD, y + 6 + fonts.height(Fonts.Style.TITLE), true);
        paintBadge(gc, node, x + w, y);
        if (node.problem != null) {
            gc.setForeground(theme.color(Theme.BROKEN_BORDER));
            gc.drawText("service not imported", x + NodeSizes.PAD, y + NodeSizes.HEADER + 4, true);
        }
        String findings = node.check == null ? null : node.check.findingsLine();
        if (findings != null) {
            gc.setFont(fonts.get(Fonts.Style.SMALL));
            gc.setForeground(theme.color(node.check.errors() > 0 ? Theme.BROKEN_BORDER : Theme.WARNING_TEXT));
            gc.drawText("\u26a0 " + findings, x + NodeSizes.PAD, y + h - NodeSizes.ROW - 2, true);
        }
        for (Port port : node.ports()) {
            paintPort(gc, port, true);
        }
    }

    /** The site as a pill in the header's corner: green when trust allows the data there, red when not. */
    private void paintBadge(GC gc, Node node, int right, int top) {
        gc.setFont(fonts.get(Fonts.Style.SMALL));
        String text = node.badge();
        Point extent = gc.textExtent(text);
        int bw = extent.x + 2 * NodeSizes.BADGE_PAD + (node.verdict != null ? 10 : 0);
        int bh = extent.y + 4;
        int bx = right - bw - 8, by = top + 7;
        RGB fill = "ALLOW".equals(node.verdict) ? Theme.BADGE_ALLOW : "DENY".equals(node.verdict) ? Theme.BADGE_DENY : Theme.BADGE;
        RGB ink = "ALLOW".equals(node.verdict) ? Theme.BADGE_ALLOW_TEXT
                : "DENY".equals(node.verdict) ? Theme.BADGE_DENY_TEXT : Theme.TEXT_MUTED;
        gc.setBackground(theme.color(fill));
        gc.fillRoundRectangle(bx, by, bw, bh, bh, bh);
        gc.setForeground(theme.color(ink));
        if (node.site == null) {
            gc.setLineStyle(SWT.LINE_DOT);
            gc.drawRoundRectangle(bx, by, bw, bh, bh, bh);
            gc.setLineStyle(SWT.LINE_SOLID);
        }
        int textX = bx + NodeSizes.BADGE_PAD;
        if (node.verdict != null) {
            gc.setBackground(theme.color(ink));
            gc.fillOval(bx + 6, by + bh / 2 - 3, 6, 6);
            textX += 10;
        }
        gc.drawText(text, textX, by + 2, true);
    }

    private void paintTerminal(GC gc, Node node, boolean selected, int x, int y, int w, int h) {
        gc.setBackground(theme.color(Theme.BOX_SHADOW));
        gc.fillRoundRectangle(x + 2, y + 3, w, h, h, h);
        gc.setBackground(theme.color(selected ? Theme.SELECTION_FILL : Theme.TERMINAL));
        gc.fillRoundRectangle(x, y, w, h, h, h);
        gc.setForeground(theme.color(selected ? Theme.SELECTION : Theme.BOX_BORDER));
        gc.setLineWidth(selected ? 2 : 1);
        gc.drawRoundRectangle(x, y, w, h, h, h);
        gc.setLineWidth(1);
        int textX = x + NodeSizes.PAD + 7;
        gc.setFont(fonts.get(Fonts.Style.BOLD));
        gc.setForeground(theme.color(Theme.TEXT));
        int titleHeight = fonts.height(Fonts.Style.BOLD);
        int smallHeight = fonts.height(Fonts.Style.SMALL);
        int textTop = y + (h - titleHeight - smallHeight) / 2;
        gc.drawText(node.name, textX, textTop, true);
        gc.setFont(fonts.get(Fonts.Style.SMALL));
        gc.setForeground(theme.color(Theme.TEXT_MUTED));
        gc.drawText(node.subtitle, textX, textTop + titleHeight, true);
        for (Port port : node.ports()) {
            paintPort(gc, port, false);
        }
    }

    private void paintPort(GC gc, Port port, boolean labelled) {
        int cx = (int) Math.round(port.x()), cy = (int) Math.round(port.y());
        int r = (int) PORT_RADIUS;
        RGB fill = port.data.isEmpty() ? Theme.NO_DATA : Theme.data(port.data.get(0).category());
        RGB ring = port.data.isEmpty() ? Theme.BOX_BORDER : darker(fill);
        if (dragFrom != null && port.input) {
            Optional<String> refusal = LinkRules.refusal(graph, dragFrom, port);
            if (refusal.isEmpty()) {
                gc.setBackground(theme.color(new RGB(214, 240, 220)));
                gc.fillOval(cx - r - 5, cy - r - 5, 2 * r + 10, 2 * r + 10);
                gc.setForeground(theme.color(Theme.COMPATIBLE));
                gc.setLineWidth(port == dragOver ? 3 : 2);
                gc.drawOval(cx - r - 4, cy - r - 4, 2 * r + 8, 2 * r + 8);
            } else if (port == dragOver) {
                gc.setForeground(theme.color(Theme.REFUSED));
                gc.setLineWidth(2);
                gc.drawOval(cx - r - 4, cy - r - 4, 2 * r + 8, 2 * r + 8);
                gc.drawLine(cx - r - 1, cy - r - 1, cx + r + 1, cy + r + 1);
            } else {
                fill = Theme.INCOMPATIBLE;
                ring = Theme.INCOMPATIBLE;
            }
            gc.setLineWidth(1);
        }
        gc.setBackground(theme.color(fill));
        gc.fillOval(cx - r, cy - r, 2 * r, 2 * r);
        gc.setForeground(theme.color(ring));
        gc.drawOval(cx - r, cy - r, 2 * r, 2 * r);
        if (!labelled) {
            return;
        }
        gc.setFont(fonts.get(Fonts.Style.NORMAL));
        Point name = gc.textExtent(port.name);
        gc.setFont(fonts.get(Fonts.Style.SMALL));
        String format = NodeSizes.format(port);
        Point formatExtent = gc.textExtent(format);
        int textY = cy - name.y / 2;
        int formatY = cy - formatExtent.y / 2;
        if (port.input) {
            gc.setFont(fonts.get(Fonts.Style.NORMAL));
            gc.setForeground(theme.color(Theme.TEXT));
            gc.drawText(port.name, cx + 10, textY, true);
            gc.setFont(fonts.get(Fonts.Style.SMALL));
            gc.setForeground(theme.color(Theme.TEXT_MUTED));
            gc.drawText(format, cx + 10 + name.x + 5, formatY, true);
        } else {
            gc.setFont(fonts.get(Fonts.Style.SMALL));
            gc.setForeground(theme.color(Theme.TEXT_MUTED));
            gc.drawText(format, cx - 10 - formatExtent.x, formatY, true);
            gc.setFont(fonts.get(Fonts.Style.NORMAL));
            gc.setForeground(theme.color(Theme.TEXT));
            gc.drawText(port.name, cx - 10 - formatExtent.x - 5 - name.x, textY, true);
        }
    }

    private static RGB darker(RGB rgb) {
        return new RGB(rgb.red * 3 / 4, rgb.green * 3 / 4, rgb.blue * 3 / 4);
    }

    private void paintDrag(GC gc) {
        boolean ok = dragOver != null && LinkRules.refusal(graph, dragFrom, dragOver).isEmpty();
        gc.setForeground(theme.color(dragOver == null ? Theme.SELECTION : ok ? Theme.COMPATIBLE : Theme.REFUSED));
        gc.setLineWidth(2);
        gc.setLineStyle(SWT.LINE_DASH);
        double sx = dragFrom.x(), sy = dragFrom.y();
        double ex = dragOver != null ? dragOver.x() : dragX, ey = dragOver != null ? dragOver.y() : dragY;
        if (ex < sx + 32) {
            // Back to the left: a straight line reads better than a detour around the boxes.
            gc.drawLine((int) sx, (int) sy, (int) ex, (int) ey);
        } else {
            double mid = (sx + ex) / 2;
            gc.drawPolyline(new int[] {(int) sx, (int) sy, (int) mid, (int) sy, (int) mid, (int) ey, (int) ex, (int) ey});
        }
        gc.setLineStyle(SWT.LINE_SOLID);
        gc.setLineWidth(1);
    }

    private void paintGhost(GC gc) {
        gc.setFont(fonts.get(Fonts.Style.BOLD));
        Point extent = gc.textExtent(ghost);
        int w = Math.max(150, extent.x + 24), h = 44;
        int x = ghostAt.x - w / 2, y = ghostAt.y - h / 2;
        gc.setAlpha(200);
        gc.setBackground(theme.color(Theme.SELECTION_FILL));
        gc.fillRoundRectangle(x, y, w, h, 10, 10);
        gc.setAlpha(255);
        gc.setForeground(theme.color(Theme.SELECTION));
        gc.setLineStyle(SWT.LINE_DASH);
        gc.drawRoundRectangle(x, y, w, h, 10, 10);
        gc.setLineStyle(SWT.LINE_SOLID);
        gc.drawText(ghost, x + (w - extent.x) / 2, y + (h - extent.y) / 2, true);
    }

    // ---- palette drop ---------------------------------------------------------------------

    /** A service dragged from the palette over the canvas, at a point in this control's pixels (null hides it). */
    public void showGhost(String label, Point at) {
        ghost = label;
        ghostAt = at;
        redraw();
    }

    // ---- hit testing ----------------------------------------------------------------------

    private Port portAt(double mx, double my) {
        double reach = PORT_RADIUS + 4 / zoom;
        Port best = null;
        double bestDistance = reach;
        for (Node node : graph.nodes) {
            if (mx < node.x - reach || mx > node.x + node.width + reach || my < node.y || my > node.y + node.height) {
                continue;
            }
            for (Port port : node.ports()) {
                double distance = Math.hypot(port.x() - mx, port.y() - my);
                if (distance <= bestDistance) {
                    best = port;
                    bestDistance = distance;
                }
            }
        }
        return best;
    }

    private Node nodeAt(double mx, double my) {
        for (int i = graph.nodes.size() - 1; i >= 0; i--) {
            if (graph.nodes.get(i).contains(mx, my)) {
                return graph.nodes.get(i);
            }
        }
        return null;
    }

    private Edge edgeAt(double mx, double my) {
        double reach = 4 / zoom;
        for (Edge edge : graph.edges) {
            double[] p = edge.points;
            for (int i = 0; i + 3 < p.length; i += 2) {
                double minX = Math.min(p[i], p[i + 2]) - reach, maxX = Math.max(p[i], p[i + 2]) + reach;
                double minY = Math.min(p[i + 1], p[i + 3]) - reach, maxY = Math.max(p[i + 1], p[i + 3]) + reach;
                if (mx >= minX && mx <= maxX && my >= minY && my <= maxY) {
                    return edge;
                }
            }
        }
        return null;
    }

    // ---- mouse and keys -------------------------------------------------------------------

    /**
     * Where a button event happened. A press this control receives is inside it; GTK reports
     * some synthesized presses (XTest, as Display.post makes them) at the screen's origin, so
     * such a position is replaced by the pointer's.
     */
    static void locate(org.eclipse.swt.widgets.Scrollable control, Event e) {
        if (!control.getClientArea().contains(e.x, e.y)) {
            Point at = control.toControl(control.getDisplay().getCursorLocation());
            e.x = at.x;
            e.y = at.y;
        }
    }

    private void mouseDown(Event e) {
        locate(this, e);
        setFocus();
        if (graph == null) {
            return;
        }
        double mx = modelX(e.x), my = modelY(e.y);
        if (e.button == 2 || (e.button == 1 && (e.stateMask & SWT.SHIFT) != 0 && nodeAt(mx, my) == null)) {
            startPan(e);
            return;
        }
        if (e.button != 1 && e.button != 3) {
            return;
        }
        Port port = portAt(mx, my);
        if (e.button == 1 && port != null && !port.input) {
            dragFrom = port;
            track();
            setTooltip(null);
            dragX = mx;
            dragY = my;
            dragOver = null;
            events.message("Drag to an input: the green ones take " + NodeSizes.format(port) + ".", false);
            redraw();
            return;
        }
        Object hit = nodeAt(mx, my);
        if (hit == null) {
            hit = edgeAt(mx, my);
        }
        boolean toggle = (e.stateMask & SWT.MOD1) != 0;
        if (hit == null) {
            if (!toggle && !selection.isEmpty()) {
                selection.clear();
                changed();
            }
            if (e.button == 1) {
                startPan(e);
            }
            return;
        }
        if (toggle && e.button == 1) {
            if (!selection.remove(hit)) {
                selection.add(hit);
            }
        } else if (!selection.contains(hit)) {
            selection.clear();
            selection.add(hit);
        } else if (e.button == 1) {
            selection.clear();
            selection.add(hit);
        }
        changed();
    }

    /**
     * Follows a drag (a link, a pan) with display filters until the release: depending on the
     * window system and on what lies under the pointer, moves and the release may be delivered to
     * another control than the one pressed.
     */
    private final org.eclipse.swt.widgets.Listener tracker = e -> {
        if (isDisposed()) {
            return;
        }
        follow(this, e);
        if (e.type == SWT.MouseMove) {
            mouseMove(e);
        } else {
            mouseUp(e);
        }
        e.type = SWT.None;
    };

    private void track() {
        getDisplay().addFilter(SWT.MouseMove, tracker);
        getDisplay().addFilter(SWT.MouseUp, tracker);
    }

    private void untrack() {
        getDisplay().removeFilter(SWT.MouseMove, tracker);
        getDisplay().removeFilter(SWT.MouseUp, tracker);
    }

    private void startPan(Event e) {
        track();
        panFrom = new Point(e.x, e.y);
        panOrigin = new Point(getHorizontalBar().getSelection(), getVerticalBar().getSelection());
    }

    private void changed() {
        redraw();
        events.selectionChanged();
    }

    /** Moves while a button is held may come with the press's bad position too: the pointer is the truth. */
    static void follow(org.eclipse.swt.widgets.Control control, Event e) {
        Point at = control.toControl(control.getDisplay().getCursorLocation());
        e.x = at.x;
        e.y = at.y;
    }

    private void mouseMove(Event e) {
        if (graph == null) {
            return;
        }
        if (dragFrom != null || panFrom != null) {
            follow(this, e);
        }
        if (panFrom != null) {
            getHorizontalBar().setSelection(panOrigin.x - (e.x - panFrom.x));
            getVerticalBar().setSelection(panOrigin.y - (e.y - panFrom.y));
            setCursor(getDisplay().getSystemCursor(SWT.CURSOR_SIZEALL));
            scrolled();
            return;
        }
        double mx = modelX(e.x), my = modelY(e.y);
        if (dragFrom != null) {
            dragX = mx;
            dragY = my;
            Port over = portAt(mx, my);
            Port target = over != null && over.input ? over : null;
            if (target != dragOver) {
                dragOver = target;
                if (target != null) {
                    Optional<String> refusal = LinkRules.refusal(graph, dragFrom, target);
                    events.message(refusal.map(r -> "Cannot link: " + r).orElse("Release to link " + dragFrom.reference + " to "
                            + target.reference + "."), refusal.isPresent());
                }
            }
            setCursor(getDisplay().getSystemCursor(target == null ? SWT.CURSOR_CROSS
                    : LinkRules.refusal(graph, dragFrom, target).isEmpty() ? SWT.CURSOR_HAND : SWT.CURSOR_NO));
            redraw();
            return;
        }
        Port port = portAt(mx, my);
        setCursor(port != null && !port.input ? getDisplay().getSystemCursor(SWT.CURSOR_CROSS) : null);
        setTooltip(tooltip(port, nodeAt(mx, my), mx, my));
    }

    private void mouseUp(Event e) {
        untrack();
        if (panFrom != null) {
            panFrom = null;
            setCursor(null);
            return;
        }
        if (dragFrom == null) {
            return;
        }
        Port from = dragFrom;
        Port to = dragOver;
        dragFrom = null;
        dragOver = null;
        setCursor(null);
        redraw();
        if (to == null) {
            events.message(null, false);
            return;
        }
        Optional<String> refusal = LinkRules.refusal(graph, from, to);
        if (refusal.isPresent()) {
            events.message("Link refused: " + refusal.get(), true);
            return;
        }
        events.message("Linked " + from.reference + " to " + to.reference + ".", false);
        events.edits(List.of(new DiagramEdit.AddLink(from.reference, to.reference)));
    }

    private void wheel(Event e) {
        if ((e.stateMask & SWT.MOD1) != 0) {
            zoomAround(zoom * (e.count > 0 ? 1.15 : 1 / 1.15), e.x, e.y);
            e.doit = false;
        } else if ((e.stateMask & SWT.SHIFT) != 0) {
            ScrollBar bar = getHorizontalBar();
            bar.setSelection(bar.getSelection() - e.count * 20);
            scrolled();
            e.doit = false;
        } else {
            ScrollBar bar = getVerticalBar();
            bar.setSelection(bar.getSelection() - e.count * 20);
            scrolled();
            e.doit = false;
        }
    }

    private void key(Event e) {
        boolean mod = (e.stateMask & SWT.MOD1) != 0;
        if (e.keyCode == SWT.DEL || (e.keyCode == SWT.BS && !mod)) {
            deleteSelection();
        } else if (mod && (e.character == '=' || e.character == '+' || e.keyCode == SWT.KEYPAD_ADD)) {
            setZoom(zoom * 1.25);
        } else if (mod && (e.character == '-' || e.keyCode == SWT.KEYPAD_SUBTRACT)) {
            setZoom(zoom / 1.25);
        } else if (mod && e.character == '0') {
            fit();
        } else if (e.keyCode == SWT.ESC && dragFrom != null) {
            untrack();
            dragFrom = null;
            dragOver = null;
            setCursor(null);
            events.message(null, false);
            redraw();
        }
    }

    /** Deletes the selected steps and links: a step's links go with it, in one gesture. */
    public void deleteSelection() {
        if (graph == null || selection.isEmpty()) {
            return;
        }
        Map<String, DiagramEdit> edits = new LinkedHashMap<>();
        List<String> kept = new ArrayList<>();
        for (Object item : selection) {
            if (item instanceof Edge edge) {
                edits.put(key(edge), new DiagramEdit.DeleteLink(edge.link.getFrom(), edge.link.getTo()));
            } else if (item instanceof Node node && node.kind == Kind.STEP) {
                for (Edge edge : graph.edgesOf(node)) {
                    edits.put(key(edge), new DiagramEdit.DeleteLink(edge.link.getFrom(), edge.link.getTo()));
                }
            } else if (item instanceof Node node) {
                kept.add(node.name);
            }
        }
        for (Object item : selection) {
            if (item instanceof Node node && node.kind == Kind.STEP) {
                edits.put(key(node), new DiagramEdit.DeleteStep(node.name));
            }
        }
        if (!kept.isEmpty()) {
            events.message("Workflow inputs and outputs (" + String.join(", ", kept) + ") are removed on the Design or Source page.",
                    edits.isEmpty());
        }
        if (!edits.isEmpty()) {
            selection.clear();
            events.selectionChanged();
            events.edits(List.copyOf(edits.values()));
        }
    }

    private void setTooltip(String text) {
        if (text == null ? lastTooltip != null : !text.equals(lastTooltip)) {
            lastTooltip = text;
            setToolTipText(text);
        }
    }

    /** What hovering over a step's box shows. */
    public String tooltipOf(Node node) {
        return tooltip(null, node, node.x + 1, node.y + 1);
    }

    private String tooltip(Port port, Node node, double mx, double my) {
        if (port != null) {
            StringBuilder text = new StringBuilder(port.reference + " : " + NodeSizes.format(port)
                    + (port.input ? " (input" + (port.optional ? ", optional)" : ")") : " (output)"));
            if (port.description != null) {
                text.append('\n').append(port.description.strip());
            }
            if (port.data.isEmpty()) {
                text.append(graph.input.trust() == null ? "" : "\nNo classified data " + (port.input ? "reaches it." : "leaves it."));
            }
            for (Carried data : port.data) {
                text.append("\nData: ").append(data.description());
                if (!data.path().isEmpty()) {
                    text.append(" (from ").append(data.path().get(0)).append(')');
                }
            }
            return text.toString();
        }
        if (node == null) {
            return null;
        }
        if (node.kind == Kind.STEP) {
            StringBuilder text = new StringBuilder("Step " + node.name + ": " + node.subtitle);
            if (node.problem != null) {
                text.append('\n').append(node.problem);
            }
            if (node.check != null) {
                return text.append('\n').append(node.check.describe()).toString();
            }
            text.append("\nSite: ").append(node.site != null ? node.site : "none; the run's --site decides");
            if (node.verdictReason != null) {
                text.append("\nTrust: ").append(node.verdictReason);
            }
            return text.toString();
        }
        return (node.kind == Kind.WORKFLOW_INPUT ? "Workflow input " : "Workflow output ") + node.name + ": " + node.subtitle;
    }
}
