package org.vitruvian.ui.viewers.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.LineStyle;

/** Draws a {@link org.vitruvian.results.Chart} with SWTChart: lines for series, markers for samples, log axis for residuals. */
final class ChartPanel {

    /** Distinguishable on white and for the common colour-vision deficiencies (Okabe and Ito). */
    private static final int[][] PALETTE = { { 0, 114, 178 }, { 213, 94, 0 }, { 0, 158, 115 }, { 204, 121, 167 },
            { 230, 159, 0 }, { 86, 180, 233 }, { 0, 0, 0 } };

    private ChartPanel() {
    }

    static Chart create(Composite parent, org.vitruvian.results.Chart data) {
        Chart chart = new Chart(parent, SWT.NONE);
        // Text in the workbench's own colour rather than SWTChart's blue, as in the other views.
        Color text = parent.getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND);
        chart.getTitle().setForeground(text);
        for (IAxis axis : chart.getAxisSet().getAxes()) {
            axis.getTitle().setForeground(text);
            axis.getTick().setForeground(text);
        }
        fill(chart, data);
        return chart;
    }

    static void fill(Chart chart, org.vitruvian.results.Chart data) {
        for (ISeries<?> old : chart.getSeriesSet().getSeries()) {
            chart.getSeriesSet().deleteSeries(old.getId());
        }
        chart.getTitle().setText(data.title());
        IAxis x = chart.getAxisSet().getXAxis(0);
        IAxis y = chart.getAxisSet().getYAxis(0);
        x.getTitle().setText(data.xTitle());
        y.getTitle().setText(data.yTitle());
        int i = 0;
        for (org.vitruvian.results.Chart.Series s : data.series()) {
            ILineSeries<?> line = (ILineSeries<?>) chart.getSeriesSet().createSeries(ISeries.SeriesType.LINE, s.name());
            double[] ys = s.y();
            if (data.logY()) {
                // A log axis cannot show zero or less; such values (an exact solve) sit at the axis' floor.
                ys = ys.clone();
                for (int k = 0; k < ys.length; k++) {
                    ys[k] = Math.max(ys[k], 1e-300);
                }
            }
            line.setXSeries(s.x());
            line.setYSeries(ys);
            int[] rgb = PALETTE[i++ % PALETTE.length];
            Color color = new Color(rgb[0], rgb[1], rgb[2]);
            line.setLineColor(color);
            line.setSymbolColor(color);
            if (s.points()) {
                line.setLineStyle(LineStyle.NONE);
                line.setSymbolType(ILineSeries.PlotSymbolType.CIRCLE);
                line.setSymbolSize(3);
            } else {
                line.setLineWidth(2);
                line.setSymbolType(s.x().length > 40 ? ILineSeries.PlotSymbolType.NONE : ILineSeries.PlotSymbolType.CIRCLE);
                line.setSymbolSize(3);
            }
        }
        chart.getLegend().setVisible(data.series().size() > 1);
        y.enableLogScale(data.logY());
        // Residuals from 1 to 1e-9 read as powers of ten, not as 0.000000007.
        y.getTick().setFormat(data.logY() ? new java.text.DecimalFormat("0.#E0") : null);
        chart.getAxisSet().adjustRange();
        chart.redraw();
    }
}
