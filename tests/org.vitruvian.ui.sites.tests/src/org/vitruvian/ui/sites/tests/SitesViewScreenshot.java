package org.vitruvian.ui.sites.tests;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitruvian.tests.support.LoopbackHpc;
import org.vitruvian.ui.sites.SitesViews;
import org.vitruvian.ui.sites.internal.HostKeyDialog;
import org.vitruvian.ui.sites.internal.SiteTree;
import org.vitruvian.ui.sites.internal.SitesView;

/**
 * Makes docs/images/sites-view.png: the Sites view with the loopback site selected, its
 * properties, and the host-key dialog of its first Test Connection. Not a test (surefire's
 * patterns do not match it); run with -Dtest=SitesViewScreenshot -Dscreenshot.out=FILE.
 */
class SitesViewScreenshot {

    @TempDir
    Path home;

    @Test
    void screenshot() throws Exception {
        String previous = System.getProperty("vitruvian.home");
        System.setProperty("vitruvian.home", home.toString());
        try {
            Path repository = Path.of(System.getProperty("vitruvian.repo", "."));
            Files.createDirectories(home.resolve("sites"));
            Files.writeString(home.resolve("sites/loopback-slurm.yaml"), Files.readString(repository.resolve(
                    "examples/sites/loopback-slurm.yaml")).replaceFirst("(?m)^  port: .*$", "  port: "
                            + LoopbackHpc.get("VITRUVIAN_HPC_PORT")));
            Files.createDirectories(home.resolve("ssh/loopback-slurm"));
            Files.copy(Path.of(LoopbackHpc.get("VITRUVIAN_HPC_IDENTITY")), home.resolve("ssh/loopback-slurm/id_ed25519"));

            SitesView view = (SitesView) Ui.page().showView(SitesViews.VIEW_ID);
            Ui.waitUntil("the catalog", view::isLoaded);
            Ui.page().showView(IPageLayout.ID_PROP_SHEET);
            Ui.page().activate(view);
            view.viewer().expandAll();
            TreeItem item = find(view.viewer().getTree().getItems());
            view.viewer().getTree().setSelection(item);
            Event event = new Event();
            event.item = item;
            view.viewer().getTree().notifyListeners(SWT.Selection, event);
            view.viewer().getTree().showItem(item);
            Path out = Path.of(System.getProperty("screenshot.out", "sites-view.png"));
            boolean[] saved = { false };
            Ui.Answer dialog = new Ui.Answer(HostKeyDialog.TITLE, shell -> {
                // Painted, then saved, then refused: the screenshot must not add a key anywhere.
                long until = System.nanoTime() + 1_000_000_000L;
                Ui.waitUntil("the dialog to be painted", () -> System.nanoTime() > until);
                save(view.getSite().getShell(), shell, out);
                saved[0] = true;
                Ui.clickButton(shell, "Cancel");
            });
            Ui.Answer failed = new Ui.Answer("Connection Failed", shell -> Ui.clickButton(shell, "OK"));
            view.testAction().run();
            Ui.waitUntil("the screenshot", () -> saved[0] && dialog.done && failed.done);
            System.out.println("[screenshot] " + out);
            Ui.page().hideView(view);
        } finally {
            if (previous == null) {
                System.clearProperty("vitruvian.home");
            } else {
                System.setProperty("vitruvian.home", previous);
            }
        }
    }

    private static TreeItem find(TreeItem[] items) {
        TreeItem found = search(items);
        if (found == null) {
            throw new IllegalStateException("no loopback-slurm row");
        }
        return found;
    }

    private static TreeItem search(TreeItem[] items) {
        for (TreeItem item : items) {
            if (item.getData() instanceof SiteTree.SiteNode node && node.id().equals("loopback-slurm")) {
                return item;
            }
            TreeItem inner = search(item.getItems());
            if (inner != null) {
                return inner;
            }
        }
        return null;
    }

    /**
     * The workbench window with the dialog over it, as the screen shows them. Xvfb has no window
     * manager, so the dialog has no frame; a grey line is drawn where its edge is.
     */
    private static void save(Shell window, Shell dialog, Path file) {
        Rectangle bounds = window.getBounds();
        Image image = new Image(window.getDisplay(), bounds.width, bounds.height);
        GC gc = new GC(window.getDisplay());
        try {
            gc.copyArea(image, bounds.x, bounds.y);
            GC frame = new GC(image);
            Rectangle edge = dialog.getBounds();
            frame.setForeground(window.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
            frame.setLineWidth(2);
            frame.drawRectangle(edge.x - bounds.x - 1, edge.y - bounds.y - 1, edge.width + 1, edge.height + 1);
            frame.dispose();
            ImageLoader loader = new ImageLoader();
            loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
            loader.save(file.toString(), SWT.IMAGE_PNG);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }
}
