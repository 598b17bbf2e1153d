package org.vitruvian.ui.diagram.internal;

import java.util.List;
import java.util.function.BiConsumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.vitruvian.model.service.ServiceDefinition;

/**
 * The imported services, one entry each. Dragging an entry onto the diagram (or double-clicking
 * it) adds a step. The drag is followed with display filters and the pointer's position rather
 * than native drag and drop: the drop target is our own canvas, and the gesture then behaves the
 * same under every window system and under Display.post.
 */
public final class Palette extends Canvas {

    /** Where a dragged entry is: over the diagram (its pixels) or not (null), and whether it was dropped. */
    public interface DropTarget {
        void hover(ServiceDefinition service, Point displayPoint);

        void drop(ServiceDefinition service, Point displayPoint);

        void cancel();
    }

    public static final int ITEM = 40;
    private static final int HEADER = 28;
    private final Theme theme;
    private final Fonts fonts;
    private final DropTarget target;
    private List<ServiceDefinition> services = List.of();
    private int pressed = -1;
    private int hover = -1;
    private Point pressedAt;
    private boolean dragging;

    public Palette(Composite parent, Theme theme, Fonts fonts, DropTarget target) {
        super(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        this.theme = theme;
        this.fonts = fonts;
        this.target = target;
        addListener(SWT.Paint, e -> paint(e.gc));
        addListener(SWT.MouseDown, this::down);
        addListener(SWT.MouseMove, e -> {
            if (pressedAt == null) {
                move(e);
            }
        });
        addListener(SWT.MouseExit, e -> {
            hover = -1;
            redraw();
        });
        addListener(SWT.MouseDoubleClick, e -> {
            DiagramCanvas.locate(this, e);
            int index = index(e.y);
            if (index >= 0) {
                target.drop(services.get(index), null);
            }
        });
    }

    public void setServices(List<ServiceDefinition> services) {
        this.services = List.copyOf(services);
        redraw();
    }

    public List<ServiceDefinition> services() {
        return services;
    }

    /** The entry's centre in this control's pixels. */
    public Point centre(int index) {
        return new Point(getClientArea().width / 2, HEADER + index * ITEM + ITEM / 2);
    }

    private int index(int y) {
        int index = (y - HEADER) / ITEM;
        return y >= HEADER && index < services.size() ? index : -1;
    }

    @Override
    public Point computeSize(int wHint, int hHint, boolean changed) {
        return new Point(wHint == SWT.DEFAULT ? 190 : wHint, hHint == SWT.DEFAULT ? HEADER + services.size() * ITEM : hHint);
    }

    private void paint(GC gc) {
        Rectangle area = getClientArea();
        gc.setBackground(theme.color(Theme.TERMINAL));
        gc.fillRectangle(area);
        gc.setAntialias(SWT.ON);
        gc.setTextAntialias(SWT.ON);
        gc.setForeground(theme.color(Theme.BOX_BORDER));
        gc.drawLine(0, 0, 0, area.height);
        gc.setFont(fonts.get(Fonts.Style.BOLD));
        gc.setForeground(theme.color(Theme.TEXT));
        gc.drawText("Services", 10, (HEADER - fonts.height(Fonts.Style.BOLD)) / 2, true);
        gc.setForeground(theme.color(Theme.GRID));
        gc.drawLine(1, HEADER - 1, area.width, HEADER - 1);
        if (services.isEmpty()) {
            gc.setFont(fonts.get(Fonts.Style.SMALL));
            gc.setForeground(theme.color(Theme.TEXT_MUTED));
            gc.drawText("No imported services.\nAdd service files to\nthe workflow's imports.", 10, HEADER + 8, true);
            return;
        }
        for (int i = 0; i < services.size(); i++) {
            ServiceDefinition service = services.get(i);
            int y = HEADER + i * ITEM;
            if (i == pressed || i == hover) {
                gc.setBackground(theme.color(i == pressed ? Theme.SELECTION_FILL : Theme.BOX_HEADER));
                gc.fillRoundRectangle(4, y + 2, area.width - 8, ITEM - 4, 6, 6);
            }
            // A small box with a port on each side: what dropping the entry adds.
            int ix = 10, iy = y + ITEM / 2 - 7;
            gc.setBackground(theme.color(Theme.BOX_HEADER));
            gc.fillRoundRectangle(ix, iy, 18, 14, 4, 4);
            gc.setForeground(theme.color(Theme.BOX_BORDER));
            gc.drawRoundRectangle(ix, iy, 18, 14, 4, 4);
            gc.setBackground(theme.color(Theme.BACKGROUND));
            if (!service.getInputs().isEmpty()) {
                gc.fillOval(ix - 3, iy + 4, 6, 6);
                gc.drawOval(ix - 3, iy + 4, 6, 6);
            }
            if (!service.getOutputs().isEmpty()) {
                gc.fillOval(ix + 15, iy + 4, 6, 6);
                gc.drawOval(ix + 15, iy + 4, 6, 6);
            }
            String title = service.getName() != null ? service.getName() : service.getId();
            gc.setFont(fonts.get(Fonts.Style.NORMAL));
            gc.setForeground(theme.color(Theme.TEXT));
            gc.drawText(shorten(gc, title, area.width - 44), 36, y + 4, true);
            gc.setFont(fonts.get(Fonts.Style.SMALL));
            gc.setForeground(theme.color(Theme.TEXT_MUTED));
            gc.drawText(shorten(gc, service.getId() + " " + service.getVersion(), area.width - 44), 36, y + 5 + fonts.height(Fonts.Style.NORMAL), true);
        }
    }

    private static String shorten(GC gc, String text, int width) {
        if (gc.textExtent(text).x <= width) {
            return text;
        }
        String cut = text;
        while (cut.length() > 1 && gc.textExtent(cut + "\u2026").x > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "\u2026";
    }

    private void down(Event e) {
        DiagramCanvas.locate(this, e);
        if (e.button != 1) {
            return;
        }
        pressed = index(e.y);
        pressedAt = pressed >= 0 ? new Point(e.x, e.y) : null;
        dragging = false;
        if (pressed >= 0) {
            // The gesture is followed with display filters: the window system may deliver the moves
            // and the release to the control under the pointer rather than to this one.
            getDisplay().addFilter(SWT.MouseMove, tracker);
            getDisplay().addFilter(SWT.MouseUp, tracker);
        }
        redraw();
    }

    private final org.eclipse.swt.widgets.Listener tracker = e -> {
        if (e.type == SWT.MouseMove) {
            move(e);
        } else {
            up(e);
        }
        if (e.widget != this) {
            e.type = SWT.None;
        }
    };

    private void move(Event e) {
        if (pressed < 0 || pressedAt == null) {
            int index = index(e.y);
            if (index != hover) {
                hover = index;
                setToolTipText(index < 0 ? null : tooltip(services.get(index)));
                redraw();
            }
            return;
        }
        DiagramCanvas.follow(this, e);
        if (!dragging && Math.abs(e.x - pressedAt.x) + Math.abs(e.y - pressedAt.y) < 5) {
            return;
        }
        dragging = true;
        setCursor(getDisplay().getSystemCursor(SWT.CURSOR_HAND));
        target.hover(services.get(pressed), toDisplay(e.x, e.y));
    }

    private void up(Event e) {
        getDisplay().removeFilter(SWT.MouseMove, tracker);
        getDisplay().removeFilter(SWT.MouseUp, tracker);
        if (pressedAt == null) {
            return;
        }
        int index = pressed;
        boolean dropped = dragging;
        pressed = -1;
        pressedAt = null;
        dragging = false;
        setCursor(null);
        redraw();
        if (index >= 0 && dropped) {
            // The release is where the pointer is, over whichever control (see DiagramCanvas.locate).
            target.drop(services.get(index), getDisplay().getCursorLocation());
        } else {
            target.cancel();
        }
    }

    private static String tooltip(ServiceDefinition service) {
        StringBuilder text = new StringBuilder(service.getId() + " " + service.getVersion());
        if (service.getDescription() != null) {
            text.append('\n').append(service.getDescription().strip());
        }
        text.append("\nDrag onto the diagram, or double-click, to add a step.");
        return text.toString();
    }
}
