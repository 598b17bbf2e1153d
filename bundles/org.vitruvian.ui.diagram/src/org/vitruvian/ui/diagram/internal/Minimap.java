package org.vitruvian.ui.diagram.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.vitruvian.ui.diagram.internal.DiagramGraph.Edge;
import org.vitruvian.ui.diagram.internal.DiagramGraph.Kind;
import org.vitruvian.ui.diagram.internal.DiagramGraph.Node;

/** The whole workflow in small with the part in view framed; clicking or dragging in it moves the view. */
public final class Minimap extends Canvas {

    public static final int WIDTH = 200;
    public static final int HEIGHT = 130;
    private final DiagramCanvas diagram;
    private final Theme theme;
    private boolean dragging;

    public Minimap(Composite parent, DiagramCanvas diagram, Theme theme) {
        super(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        this.diagram = diagram;
        this.theme = theme;
        addListener(SWT.Paint, e -> paint(e.gc));
        addListener(SWT.MouseDown, e -> {
            dragging = e.button == 1;
            move(e);
        });
        addListener(SWT.MouseMove, e -> {
            if (dragging) {
                move(e);
            }
        });
        addListener(SWT.MouseUp, e -> dragging = false);
        setToolTipText("Overview: click or drag to move the view");
    }

    private double scale() {
        DiagramGraph graph = diagram.graph();
        Rectangle area = getClientArea();
        return Math.min((area.width - 8) / Math.max(1, graph.width), (area.height - 8) / Math.max(1, graph.height));
    }

    private double[] offset(double scale) {
        DiagramGraph graph = diagram.graph();
        Rectangle area = getClientArea();
        return new double[] {(area.width - graph.width * scale) / 2, (area.height - graph.height * scale) / 2};
    }

    private void move(Event e) {
        if (diagram.graph() == null) {
            return;
        }
        double scale = scale();
        double[] offset = offset(scale);
        diagram.centreOn((e.x - offset[0]) / scale, (e.y - offset[1]) / scale);
    }

    private void paint(GC gc) {
        Rectangle area = getClientArea();
        gc.setBackground(theme.color(Theme.TERMINAL));
        gc.fillRectangle(area);
        gc.setForeground(theme.color(Theme.BOX_BORDER));
        gc.drawRectangle(0, 0, area.width - 1, area.height - 1);
        DiagramGraph graph = diagram.graph();
        if (graph == null || graph.nodes.isEmpty()) {
            return;
        }
        gc.setAntialias(SWT.ON);
        double scale = scale();
        double[] offset = offset(scale);
        gc.setForeground(theme.color(Theme.INCOMPATIBLE));
        for (Edge edge : graph.edges) {
            int[] points = new int[edge.points.length];
            for (int i = 0; i < points.length; i += 2) {
                points[i] = (int) Math.round(offset[0] + edge.points[i] * scale);
                points[i + 1] = (int) Math.round(offset[1] + edge.points[i + 1] * scale);
            }
            gc.drawPolyline(points);
        }
        for (Node node : graph.nodes) {
            gc.setBackground(theme.color(node.kind == Kind.STEP ? Theme.BOX_BORDER : Theme.INCOMPATIBLE));
            gc.fillRectangle((int) Math.round(offset[0] + node.x * scale), (int) Math.round(offset[1] + node.y * scale),
                    Math.max(2, (int) Math.round(node.width * scale)), Math.max(2, (int) Math.round(node.height * scale)));
        }
        double[] view = diagram.viewport();
        int vx = (int) Math.round(offset[0] + view[0] * scale), vy = (int) Math.round(offset[1] + view[1] * scale);
        int vw = (int) Math.round(view[2] * scale), vh = (int) Math.round(view[3] * scale);
        // The frame never leaves the map: when the whole workflow is in view, it frames the map.
        int x0 = Math.max(1, vx), y0 = Math.max(1, vy);
        int x1 = Math.min(area.width - 2, vx + vw), y1 = Math.min(area.height - 2, vy + vh);
        vx = x0;
        vy = y0;
        vw = Math.max(4, x1 - x0);
        vh = Math.max(4, y1 - y0);
        gc.setAlpha(40);
        gc.setBackground(theme.color(Theme.MINIMAP_VIEW));
        gc.fillRectangle(vx, vy, vw, vh);
        gc.setAlpha(255);
        gc.setForeground(theme.color(Theme.MINIMAP_VIEW));
        gc.setLineWidth(2);
        gc.drawRectangle(vx, vy, vw, vh);
    }
}
