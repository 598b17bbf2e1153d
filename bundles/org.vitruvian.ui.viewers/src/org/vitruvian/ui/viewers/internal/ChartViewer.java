package org.vitruvian.ui.viewers.internal;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.vitruvian.results.Chart;
import org.vitruvian.results.Charts;

/**
 * The numeric series of a file as a chart: a step's log (the bone-strength solver's residual
 * per iteration and load case), a report's table or a CSV's first columns.
 */
public final class ChartViewer extends FileViewer<Optional<Chart>> {

    private org.eclipse.swtchart.Chart chart;

    @Override
    protected Optional<Chart> read(Path path) {
        return Charts.of(path);
    }

    @Override
    protected void show(Composite parent, Optional<Chart> content) {
        if (content.isEmpty()) {
            Label label = new Label(parent, SWT.WRAP);
            label.setText(file() + " holds no numeric series: no table of numbers, and no solver lines "
                    + "'iteration N, relative residual R'.");
            return;
        }
        chart = ChartPanel.create(parent, content.get());
    }

    /** For tests and screenshots: the chart, null when the file has no series. */
    public org.eclipse.swtchart.Chart chart() {
        return chart;
    }
}
