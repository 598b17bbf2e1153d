package org.vitruvian.ui.viewers.internal;

import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.vitruvian.results.ResultFileException;

/**
 * A figure (PNG, JPEG, GIF, BMP) fitted to the editor, never blown up beyond its own size, with
 * its size and the scale it is shown at beneath it.
 */
public final class ImageViewer extends FileViewer<ImageData> {

    private Image image;
    private Label caption;
    private double scale;

    @Override
    protected ImageData read(Path path) {
        try {
            return new ImageLoader().load(path.toString())[0];
        } catch (SWTException e) {
            throw new ResultFileException(path, 0, 0, "is not an image SWT can read (" + e.getMessage() + ")");
        }
    }

    @Override
    protected void show(Composite parent, ImageData data) {
        Composite area = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout();
        layout.marginWidth = layout.marginHeight = 0;
        area.setLayout(layout);
        image = new Image(parent.getDisplay(), data);
        Canvas canvas = new Canvas(area, SWT.DOUBLE_BUFFERED);
        canvas.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        canvas.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        caption = new Label(area, SWT.NONE);
        caption.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        canvas.addPaintListener(e -> {
            Rectangle client = canvas.getClientArea();
            scale = Math.min(1, Math.min(client.width / (double) data.width, client.height / (double) data.height));
            int w = Math.max(1, (int) Math.round(data.width * scale));
            int h = Math.max(1, (int) Math.round(data.height * scale));
            e.gc.setInterpolation(SWT.HIGH);
            e.gc.drawImage(image, 0, 0, data.width, data.height, (client.width - w) / 2, (client.height - h) / 2, w, h);
            String text = file().getFileName() + ": " + data.width + " x " + data.height + " pixels, shown at "
                    + Math.round(scale * 100) + "%";
            if (!text.equals(caption.getText())) {
                caption.setText(text);
            }
        });
        canvas.addListener(SWT.Resize, e -> canvas.redraw());
    }

    /** The image's size, for tests. */
    public Rectangle imageBounds() {
        return image == null ? null : image.getBounds();
    }

    @Override
    public void dispose() {
        if (image != null) {
            image.dispose();
        }
        super.dispose();
    }
}
