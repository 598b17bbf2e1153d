package org.vitruvian.ui.viewers.internal;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Composite;
import org.vitruvian.results.Chart;
import org.vitruvian.results.Charts;
import org.vitruvian.results.JsonTree;

/**
 * A JSON report as a tree of names and values, and, when the report holds a table of numbers
 * (the MRI heating report's time course), that table as a chart on a second tab.
 */
public final class JsonReportViewer extends FileViewer<JsonReportViewer.Content> {

    record Content(JsonTree.Node root, Optional<Chart> chart) {
    }

    private TreeViewer tree;
    private CTabFolder tabs;

    @Override
    protected Content read(Path path) {
        JsonTree.Node root = JsonTree.read(path);
        return new Content(root, Charts.fromJson(path, root));
    }

    @Override
    protected void show(Composite parent, Content content) {
        tabs = new CTabFolder(parent, SWT.BOTTOM | SWT.FLAT);
        tree = new TreeViewer(tabs, SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        tree.getTree().setHeaderVisible(true);
        tree.getTree().setLinesVisible(true);
        TreeViewerColumn name = new TreeViewerColumn(tree, SWT.NONE);
        name.getColumn().setText("Name");
        name.getColumn().setWidth(260);
        name.setLabelProvider(ColumnLabelProvider.createTextProvider(e -> ((JsonTree.Node) e).name()));
        TreeViewerColumn value = new TreeViewerColumn(tree, SWT.NONE);
        value.getColumn().setText("Value");
        value.getColumn().setWidth(420);
        value.setLabelProvider(ColumnLabelProvider.createTextProvider(e -> ((JsonTree.Node) e).text()));
        tree.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                JsonTree.Node root = (JsonTree.Node) input;
                return root.isScalar() ? new Object[] { root } : root.children().toArray();
            }

            @Override
            public Object[] getChildren(Object parentElement) {
                return ((JsonTree.Node) parentElement).children().toArray();
            }

            @Override
            public Object getParent(Object element) {
                return null;
            }

            @Override
            public boolean hasChildren(Object element) {
                return !((JsonTree.Node) element).children().isEmpty();
            }
        });
        tree.setInput(content.root());
        // Reports nest two or three levels: the first level open shows every headline figure.
        tree.expandToLevel(2);
        CTabItem treeTab = new CTabItem(tabs, SWT.NONE);
        treeTab.setText("Report");
        treeTab.setControl(tree.getControl());
        content.chart().ifPresent(chart -> {
            CTabItem chartTab = new CTabItem(tabs, SWT.NONE);
            chartTab.setText("Chart");
            chartTab.setControl(ChartPanel.create(tabs, chart));
        });
        tabs.setSelection(0);
    }

    /** For tests: the tree and the tabs. */
    public TreeViewer tree() {
        return tree;
    }

    public CTabFolder tabs() {
        return tabs;
    }
}
