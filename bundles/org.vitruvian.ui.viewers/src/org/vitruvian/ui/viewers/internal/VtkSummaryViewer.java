package org.vitruvian.ui.viewers.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.vitruvian.results.VtkSummary;

/**
 * What a VTK file holds (dataset, points, cells, and each array with its range), and a button
 * that opens it in the external program set in the preferences (ParaView, say), since meshes
 * are best looked at in a tool made for them.
 */
public final class VtkSummaryViewer extends FileViewer<VtkSummary> {

    private Table fields;
    private Label header;

    @Override
    protected VtkSummary read(Path path) {
        return VtkSummary.read(path);
    }

    @Override
    protected void show(Composite parent, VtkSummary summary) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(page);
        header = new Label(page, SWT.WRAP);
        header.setText(summary.title() + "\n" + summary.dataset() + " (" + (summary.binary() ? "binary" : "ASCII") + "): "
                + String.format(Locale.ROOT, "%,d points, %,d cells, %d arrays", summary.points(), summary.cells(),
                        summary.fields().size()));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(header);
        Button open = new Button(page, SWT.PUSH);
        String program = ViewersPreferences.vtkProgram();
        open.setText(program.isBlank() ? "Set External Program..." : "Open in " + Path.of(program.split("\\s+")[0]).getFileName());
        open.setToolTipText(program.isBlank() ? "Choose the program VTK files open in (Preferences > Vitruvian Result Viewers)"
                : "Runs: " + program + " " + file());
        open.addListener(SWT.Selection, e -> openExternally(page));
        fields = new Table(page, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        fields.setHeaderVisible(true);
        fields.setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1).applyTo(fields);
        String[] titles = { "Array", "On", "Components", "Tuples", "Type", "Minimum", "Maximum" };
        int[] widths = { 240, 60, 95, 90, 70, 110, 110 };
        for (int c = 0; c < titles.length; c++) {
            TableColumn column = new TableColumn(fields, c >= 2 && c != 4 ? SWT.RIGHT : SWT.LEFT);
            column.setText(titles[c]);
            column.setWidth(widths[c]);
        }
        for (VtkSummary.Field f : summary.fields()) {
            TableItem item = new TableItem(fields, SWT.NONE);
            item.setText(new String[] { f.name(), f.association().name().toLowerCase(Locale.ROOT), String.valueOf(f.components()),
                    String.format(Locale.ROOT, "%,d", f.count()), f.type(), number(f.min()), number(f.max()) });
        }
    }

    /** Six significant digits without trailing zeros: 0.5, 2.25, 1.23457e-05. */
    static String number(double value) {
        if (Double.isNaN(value)) {
            return "-";
        }
        String text = String.format(Locale.ROOT, "%.6g", value);
        int exponent = text.indexOf('e');
        String mantissa = exponent < 0 ? text : text.substring(0, exponent);
        if (mantissa.contains(".")) {
            mantissa = mantissa.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return exponent < 0 ? mantissa : mantissa + text.substring(exponent);
    }

    private void openExternally(Composite page) {
        String program = ViewersPreferences.vtkProgram();
        if (program.isBlank()) {
            PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(page.getShell(), ViewersPreferences.PAGE_ID,
                    new String[] { ViewersPreferences.PAGE_ID }, null);
            dialog.open();
            return;
        }
        List<String> command = new ArrayList<>(List.of(program.strip().split("\\s+")));
        command.add(file().toString());
        try {
            // Its own process, not waited for: the viewer lives on after the IDE's editor closes.
            new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            MessageDialog.openError(page.getShell(), "Open VTK File", "Could not start " + command.get(0) + ": "
                    + e.getMessage() + ". Set the program under Preferences > Vitruvian Result Viewers.");
        }
    }

    /** For tests: the arrays' table and the header. */
    public Table fields() {
        return fields;
    }

    public String headerText() {
        return header == null ? null : header.getText();
    }
}
