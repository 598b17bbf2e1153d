package org.vitruvian.ui.diagram.internal;

import java.util.EnumMap;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Display;

/**
 * The diagram's fonts, derived from the system font so the diagram reads like the rest of the
 * workbench. Zoom is a GC transform, so one set of fonts serves every zoom level.
 */
public final class Fonts implements NodeSizes.TextMeasure {

    public enum Style {
        NORMAL, BOLD, TITLE, SMALL
    }

    private final Map<Style, Font> fonts = new EnumMap<>(Style.class);
    private final GC measuring;

    public Fonts(Display display) {
        FontData base = display.getSystemFont().getFontData()[0];
        int height = base.getHeight();
        fonts.put(Style.NORMAL, new Font(display, base.getName(), height, SWT.NORMAL));
        fonts.put(Style.BOLD, new Font(display, base.getName(), height, SWT.BOLD));
        fonts.put(Style.TITLE, new Font(display, base.getName(), height, SWT.BOLD));
        fonts.put(Style.SMALL, new Font(display, base.getName(), Math.max(7, height - 1), SWT.NORMAL));
        measuring = new GC(display);
    }

    public Font get(Style style) {
        return fonts.get(style);
    }

    @Override
    public int width(String text, Style style) {
        measuring.setFont(fonts.get(style));
        return measuring.textExtent(text == null ? "" : text).x;
    }

    public int height(Style style) {
        measuring.setFont(fonts.get(style));
        return measuring.getFontMetrics().getHeight();
    }

    public void dispose() {
        measuring.dispose();
        fonts.values().forEach(Font::dispose);
    }
}
