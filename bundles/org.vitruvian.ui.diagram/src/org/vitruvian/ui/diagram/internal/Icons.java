package org.vitruvian.ui.diagram.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;

/**
 * The toolbar's 16-pixel icons, drawn on the toolbar's own background: the bundle carries no image
 * files and needs no workbench for ISharedImages. Disposed with the viewer.
 */
public final class Icons {

    private final Display display;
    private final Theme theme;
    private final List<Image> images = new ArrayList<>();

    public Icons(Display display, Theme theme) {
        this.display = display;
        this.theme = theme;
    }

    private Image draw(Consumer<GC> painter) {
        // Drawn at twice the size and scaled down: smoother than GC's antialiasing at 16 pixels.
        int zoom = 2;
        Image result = new Image(display, 16 * zoom, 16 * zoom);
        GC gc = new GC(result);
        gc.setBackground(display.getSystemColor(SWT.COLOR_WIDGET_BACKGROUND));
        gc.fillRectangle(0, 0, 16 * zoom, 16 * zoom);
        gc.setAntialias(SWT.ON);
        org.eclipse.swt.graphics.Transform scale = new org.eclipse.swt.graphics.Transform(display);
        scale.scale(zoom, zoom);
        gc.setTransform(scale);
        painter.accept(gc);
        gc.dispose();
        scale.dispose();
        Image icon = new Image(display, result.getImageData().scaledTo(16, 16));
        result.dispose();
        images.add(icon);
        return icon;
    }

    private Color color(RGB rgb) {
        return theme.color(rgb);
    }

    private void magnifier(GC gc) {
        gc.setForeground(color(Theme.TEXT_MUTED));
        gc.setLineWidth(2);
        gc.drawOval(2, 2, 9, 9);
        gc.setLineWidth(3);
        gc.drawLine(10, 10, 14, 14);
        gc.setLineWidth(2);
        gc.setForeground(color(Theme.SELECTION));
    }

    public Image zoomIn() {
        return draw(gc -> {
            magnifier(gc);
            gc.drawLine(4, 6, 9, 6);
            gc.drawLine(6, 4, 6, 9);
        });
    }

    public Image zoomOut() {
        return draw(gc -> {
            magnifier(gc);
            gc.drawLine(4, 6, 9, 6);
        });
    }

    public Image fit() {
        return draw(gc -> {
            gc.setForeground(color(Theme.TEXT_MUTED));
            gc.setLineWidth(2);
            gc.drawPolyline(new int[] {2, 6, 2, 2, 6, 2});
            gc.drawPolyline(new int[] {10, 2, 14, 2, 14, 6});
            gc.drawPolyline(new int[] {14, 10, 14, 14, 10, 14});
            gc.drawPolyline(new int[] {6, 14, 2, 14, 2, 10});
            gc.setBackground(color(Theme.SELECTION));
            gc.fillRectangle(5, 6, 6, 4);
        });
    }

    public Image delete() {
        return draw(gc -> {
            gc.setForeground(color(Theme.REFUSED));
            gc.setLineWidth(2);
            gc.drawLine(4, 4, 12, 12);
            gc.drawLine(12, 4, 4, 12);
        });
    }

    public void dispose() {
        images.forEach(Image::dispose);
    }
}
