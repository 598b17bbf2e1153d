package org.vitruvian.results;

import java.util.List;

/**
 * Numeric series from a run's output, ready to plot: what a chart shows, independent of the
 * widget that draws it.
 *
 * @param title  what the chart is about
 * @param xTitle the horizontal axis, with its unit
 * @param yTitle the vertical axis, with its unit
 * @param logY   whether the values span decades (residuals) and read best on a log scale
 */
public record Chart(String title, String xTitle, String yTitle, boolean logY, List<Series> series) {

    /**
     * One line or cloud of points.
     *
     * @param points whether the values are samples to show as markers (one per model, say) rather than a line
     */
    public record Series(String name, double[] x, double[] y, boolean points) {

        public Series {
            if (x.length != y.length) {
                throw new IllegalArgumentException(name + ": " + x.length + " x values for " + y.length + " y values");
            }
        }
    }
}
