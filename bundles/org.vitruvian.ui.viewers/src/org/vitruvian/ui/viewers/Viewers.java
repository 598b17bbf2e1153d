package org.vitruvian.ui.viewers;

/** Editor ids of the result viewers, for bundles that open an output in a particular one. */
public final class Viewers {

    public static final String IMAGE = "org.vitruvian.ui.viewers.image";
    public static final String JSON = "org.vitruvian.ui.viewers.json";
    public static final String CSV = "org.vitruvian.ui.viewers.csv";
    public static final String VTK = "org.vitruvian.ui.viewers.vtk";
    /** Numeric series as a chart: a step's log (convergence), or a report's or table's series. */
    public static final String CHART = "org.vitruvian.ui.viewers.chart";

    private Viewers() {
    }
}
