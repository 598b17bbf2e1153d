package org.vitruvian.ui.diagram.internal;

import org.vitruvian.ui.diagram.internal.DiagramGraph.Kind;
import org.vitruvian.ui.diagram.internal.DiagramGraph.Node;
import org.vitruvian.ui.diagram.internal.DiagramGraph.Port;

/**
 * The size of each box and where its ports sit, from the width of its text. A step box has a
 * header (name, service, site badge) and one row per port pair: inputs on the left edge, outputs
 * on the right, each labelled inside the box with its name and format.
 */
public final class NodeSizes {

    /** Text widths in diagram units at zoom 1. */
    public interface TextMeasure {
        int width(String text, Fonts.Style style);
    }

    public static final int HEADER = 42;
    public static final int ROW = 20;
    public static final int PAD = 10;
    public static final int TERMINAL_HEIGHT = 40;
    public static final int BADGE_PAD = 7;

    private NodeSizes() {
    }

    public static void size(DiagramGraph graph, TextMeasure measure) {
        for (Node node : graph.nodes) {
            if (node.kind == Kind.STEP) {
                sizeStep(node, measure);
            } else {
                sizeTerminal(node, measure);
            }
        }
    }

    private static void sizeStep(Node node, TextMeasure measure) {
        int title = measure.width(node.name, Fonts.Style.TITLE) + measure.width(node.badge(), Fonts.Style.SMALL) + 2 * BADGE_PAD + 14;
        int subtitle = measure.width(node.subtitle, Fonts.Style.SMALL);
        int rows = Math.max(node.inputs.size(), node.outputs.size());
        int widest = 0;
        for (int row = 0; row < rows; row++) {
            int left = row < node.inputs.size() ? label(node.inputs.get(row), measure) : 0;
            int right = row < node.outputs.size() ? label(node.outputs.get(row), measure) : 0;
            widest = Math.max(widest, left + right + 24);
        }
        // A line under the ports for the planner's compatibility findings on the target site.
        String findings = node.check == null ? null : node.check.findingsLine();
        if (findings != null) {
            widest = Math.max(widest, measure.width("\u26a0 " + findings, Fonts.Style.SMALL));
        }
        node.width = Math.max(150, Math.max(Math.max(title, subtitle), widest) + 2 * PAD + 8);
        node.height = HEADER + Math.max(1, rows) * ROW + 8 + (findings == null ? 0 : ROW);
        for (int i = 0; i < node.inputs.size(); i++) {
            Port port = node.inputs.get(i);
            port.dx = 0;
            port.dy = HEADER + i * ROW + ROW / 2.0;
        }
        for (int i = 0; i < node.outputs.size(); i++) {
            Port port = node.outputs.get(i);
            port.dx = node.width;
            port.dy = HEADER + i * ROW + ROW / 2.0;
        }
    }

    /** Width of a port's label: name, a gap, format. */
    static int label(Port port, TextMeasure measure) {
        return measure.width(port.name, Fonts.Style.NORMAL) + 6 + measure.width(format(port), Fonts.Style.SMALL);
    }

    static String format(Port port) {
        return port.format == null ? "?" : port.format;
    }

    private static void sizeTerminal(Node node, TextMeasure measure) {
        int text = Math.max(measure.width(node.name, Fonts.Style.BOLD), measure.width(node.subtitle == null ? "" : node.subtitle, Fonts.Style.SMALL));
        node.width = text + 2 * PAD + 14;
        node.height = TERMINAL_HEIGHT;
        for (Port port : node.ports()) {
            port.dx = port.input ? 0 : node.width;
            port.dy = TERMINAL_HEIGHT / 2.0;
        }
    }
}
