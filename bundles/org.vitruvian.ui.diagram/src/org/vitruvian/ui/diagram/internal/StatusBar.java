package org.vitruvian.ui.diagram.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.vitruvian.ui.diagram.internal.DataClassFlow.Carried;
import org.vitruvian.ui.diagram.internal.DiagramGraph.Node;
import org.vitruvian.ui.diagram.internal.DiagramGraph.Port;

/**
 * The line under the diagram: on the left what the last gesture did or why it was refused, on
 * the right the legend of the port colours, one entry per data class in the workflow.
 */
public final class StatusBar extends Canvas {

    /** A legend entry: a data class as the trust checker describes it, and its colour's category. */
    public record Entry(String label, DataClassFlow.Category category) {
    }

    private final Theme theme;
    private final Fonts fonts;
    private String message;
    private boolean error;
    private List<Entry> legend = List.of();
    private String legendTitle = "";

    public StatusBar(Composite parent, Theme theme, Fonts fonts) {
        super(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        this.theme = theme;
        this.fonts = fonts;
        addListener(SWT.Paint, e -> paint(e.gc));
    }

    @Override
    public Point computeSize(int wHint, int hHint, boolean changed) {
        return new Point(wHint == SWT.DEFAULT ? 400 : wHint, Math.max(26, fonts.height(Fonts.Style.NORMAL) + 10));
    }

    public void message(String text, boolean isError) {
        message = text;
        error = isError;
        redraw();
    }

    public String message() {
        return message;
    }

    public List<Entry> legend() {
        return legend;
    }

    /** The data classes at the graph's ports, most sensitive first, and whether some port gets none. */
    public void setGraph(DiagramGraph graph) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        boolean unclassified = false;
        if (graph != null) {
            for (Node node : graph.nodes) {
                for (Port port : node.ports()) {
                    unclassified |= port.data.isEmpty();
                    for (Carried data : port.data) {
                        entries.putIfAbsent(data.description(), new Entry(data.description(), data.category()));
                    }
                }
            }
        }
        List<Entry> sorted = new ArrayList<>(entries.values());
        sorted.sort(Comparator.comparing(Entry::category));
        if (graph != null && graph.input.trust() == null) {
            legendTitle = "Data classes not checked";
        } else {
            legendTitle = "Data:";
            if (unclassified) {
                sorted.add(new Entry("none classified", null));
            }
        }
        legend = List.copyOf(sorted);
        redraw();
    }

    private void paint(GC gc) {
        Rectangle area = getClientArea();
        gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_WIDGET_BACKGROUND));
        gc.fillRectangle(area);
        gc.setForeground(theme.color(Theme.GRID));
        gc.drawLine(0, 0, area.width, 0);
        gc.setAntialias(SWT.ON);
        gc.setTextAntialias(SWT.ON);
        gc.setFont(fonts.get(Fonts.Style.NORMAL));
        int textY = (area.height - fonts.height(Fonts.Style.NORMAL)) / 2;
        // Legend, right-aligned.
        int x = area.width - 10;
        for (int i = legend.size() - 1; i >= 0; i--) {
            Entry entry = legend.get(i);
            x -= gc.textExtent(entry.label()).x;
            gc.setForeground(theme.color(Theme.TEXT));
            gc.drawText(entry.label(), x, textY, true);
            x -= 16;
            int cy = area.height / 2;
            gc.setBackground(theme.color(entry.category() == null ? Theme.NO_DATA : Theme.data(entry.category())));
            gc.fillOval(x, cy - 5, 10, 10);
            gc.setForeground(theme.color(entry.category() == null ? Theme.BOX_BORDER : Theme.TEXT_MUTED));
            gc.drawOval(x, cy - 5, 10, 10);
            x -= 14;
        }
        gc.setForeground(theme.color(Theme.TEXT_MUTED));
        x -= gc.textExtent(legendTitle).x;
        gc.drawText(legendTitle, x, textY, true);
        int legendLeft = x - 16;
        if (message != null) {
            int mx = 8;
            Image icon = getDisplay().getSystemImage(error ? SWT.ICON_WARNING : SWT.ICON_INFORMATION);
            if (icon != null) {
                Rectangle b = icon.getBounds();
                int size = 16;
                gc.drawImage(icon, 0, 0, b.width, b.height, mx, (area.height - size) / 2, size, size);
                mx += size + 6;
            }
            gc.setClipping(0, 0, Math.max(0, legendLeft), area.height);
            gc.setForeground(theme.color(error ? Theme.BADGE_DENY_TEXT : Theme.TEXT));
            gc.drawText(message, mx, textY, true);
            gc.setClipping((Rectangle) null);
        }
    }
}
