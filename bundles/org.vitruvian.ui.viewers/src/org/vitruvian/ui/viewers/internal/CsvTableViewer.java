package org.vitruvian.ui.viewers.internal;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.data.IDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.layer.DefaultGridLayer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.vitruvian.results.Charts;
import org.vitruvian.results.CsvTable;

/**
 * A CSV table in NatTable (which draws only the visible cells, so a population of thousands of
 * rows scrolls at once), and its numeric columns as a chart with the columns chosen above it:
 * the cardiac trial's biomarkers per concentration start at APD90.
 */
public final class CsvTableViewer extends FileViewer<CsvTable> {

    /**
     * Eclipse Collections' API finds its implementation with ServiceLoader through the thread's
     * context class loader, which in OSGi sees neither bundle: its factories (Lists, Sets, Maps,
     * ...) then throw, and NatTable, which uses them while painting, paints nothing (its slf4j
     * logger has no provider, so silently). Initialise them once with the implementation
     * bundle's class loader as the context.
     */
    static {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try {
            thread.setContextClassLoader(org.eclipse.collections.impl.list.mutable.FastList.class.getClassLoader());
            for (String factory : new String[] { "Lists", "Sets", "Maps", "Bags", "Stacks", "SortedSets", "SortedMaps",
                    "SortedBags", "BiMaps" }) {
                Class.forName("org.eclipse.collections.api.factory." + factory, true,
                        org.eclipse.collections.api.factory.Lists.class.getClassLoader());
            }
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("Eclipse Collections 11 has no factory " + e.getMessage(), e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private NatTable table;
    private CTabFolder tabs;
    private org.eclipse.swtchart.Chart chart;
    private Combo xColumn;
    private Combo yColumn;

    @Override
    protected CsvTable read(Path path) {
        return CsvTable.read(path);
    }

    @Override
    protected void show(Composite parent, CsvTable csv) {
        tabs = new CTabFolder(parent, SWT.BOTTOM | SWT.FLAT);
        IDataProvider body = new IDataProvider() {
            @Override
            public Object getDataValue(int column, int row) {
                return csv.rows().get(row).get(column);
            }

            @Override
            public void setDataValue(int column, int row, Object value) {
                throw new UnsupportedOperationException("outputs are read-only");
            }

            @Override
            public int getColumnCount() {
                return csv.columnCount();
            }

            @Override
            public int getRowCount() {
                return csv.rows().size();
            }
        };
        IDataProvider header = new IDataProvider() {
            @Override
            public Object getDataValue(int column, int row) {
                return csv.header().get(column);
            }

            @Override
            public void setDataValue(int column, int row, Object value) {
                throw new UnsupportedOperationException("outputs are read-only");
            }

            @Override
            public int getColumnCount() {
                return csv.columnCount();
            }

            @Override
            public int getRowCount() {
                return 1;
            }
        };
        table = new NatTable(tabs, new DefaultGridLayer(body, header));
        CTabItem tableTab = new CTabItem(tabs, SWT.NONE);
        tableTab.setText("Table (" + csv.rows().size() + " rows)");
        tableTab.setControl(table);

        int[] start = Charts.defaultColumns(csv);
        if (start != null) {
            List<Integer> numeric = csv.numericColumns();
            Composite page = new Composite(tabs, SWT.NONE);
            GridLayoutFactory.swtDefaults().numColumns(4).applyTo(page);
            new Label(page, SWT.NONE).setText("Across:");
            xColumn = new Combo(page, SWT.READ_ONLY);
            new Label(page, SWT.NONE).setText("Up:");
            yColumn = new Combo(page, SWT.READ_ONLY);
            for (int c : numeric) {
                xColumn.add(csv.header().get(c));
                yColumn.add(csv.header().get(c));
            }
            xColumn.select(numeric.indexOf(start[0]));
            yColumn.select(numeric.indexOf(start[1]));
            chart = ChartPanel.create(page, Charts.fromCsv(csv, start[0], start[1]));
            GridDataFactory.fillDefaults().grab(true, true).span(4, 1).applyTo(chart);
            Runnable replot = () -> ChartPanel.fill(chart, Charts.fromCsv(csv, numeric.get(xColumn.getSelectionIndex()),
                    numeric.get(yColumn.getSelectionIndex())));
            xColumn.addModifyListener(e -> replot.run());
            yColumn.addModifyListener(e -> replot.run());
            CTabItem chartTab = new CTabItem(tabs, SWT.NONE);
            chartTab.setText("Chart");
            chartTab.setControl(page);
        }
        tabs.setSelection(0);
    }

    /** For tests and screenshots. */
    public NatTable table() {
        return table;
    }

    public CTabFolder tabs() {
        return tabs;
    }

    public org.eclipse.swtchart.Chart chart() {
        return chart;
    }
}
