package org.vitruvian.ui.editors.internal.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.vitruvian.core.diagnostics.Diagnostic;
import org.vitruvian.core.diagnostics.Severity;
import org.vitruvian.model.site.Site;
import org.vitruvian.planning.CostEstimate;
import org.vitruvian.planning.StepPlan;
import org.vitruvian.planning.WorkflowPlan;
import org.vitruvian.trust.Verdict;

/**
 * The workflow's Plan page: the placement table {@code vitruvian plan} prints (step, site, runs,
 * estimated core-hours and cost, why it is there), with each step's trust verdict and
 * compatibility, the sites that would fit a refused step, and the totals. It shows the
 * {@link SitePlan} of the editor's target site; a double click on a row shows the step on the
 * Source page.
 */
final class PlanPage implements ModelPage {

    /** Widget data key value of the table, for tests. */
    static final String PATH = "plan";

    static final String[] COLUMNS = { "Step", "Site", "Why", "Trust", "Compatibility", "Runs", "Core-hours", "Cost", "Would fit on" };

    private static final RGB DENIED = new RGB(252, 226, 226);
    private static final RGB WARNED = new RGB(255, 243, 205);

    private final ModelEditor editor;
    private Table table;
    private Label totals;
    private Color denied;
    private Color warned;

    PlanPage(ModelEditor editor) {
        this.editor = editor;
    }

    @Override
    public String title() {
        return "Plan";
    }

    @Override
    public Control createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(0, 0).applyTo(page);
        new TargetSiteBar(page, editor, editor.sitePlan());
        Label line = new Label(page, SWT.SEPARATOR | SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(line);
        table = new Table(page, SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        table.setData(DesignPage.PATH_KEY, PATH);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
        int[] widths = { 110, 110, 120, 200, 120, 50, 85, 85, 160 };
        for (int i = 0; i < COLUMNS.length; i++) {
            TableColumn column = new TableColumn(table, i >= 5 && i <= 7 ? SWT.RIGHT : SWT.LEFT);
            column.setText(COLUMNS[i]);
            column.setWidth(widths[i]);
        }
        totals = new Label(page, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).indent(8, 6).hint(100, SWT.DEFAULT).applyTo(totals);
        denied = new Color(page.getDisplay(), DENIED);
        warned = new Color(page.getDisplay(), WARNED);
        table.addListener(SWT.MouseHover, e -> hover(e.x, e.y));
        table.addListener(SWT.DefaultSelection, e -> {
            if (e.item instanceof TableItem item && item.getData() instanceof StepPlan step) {
                editor.revealStep(step.step().getName());
            }
        });
        editor.sitePlan().addListener(this::show);
        show(editor.sitePlan().result());
        return page;
    }

    @Override
    public void modelChanged(ParsedModel model) {
        // The plan is of the saved file; it changes when the SitePlan says so.
    }

    private void show(SitePlan.Result result) {
        if (table == null || table.isDisposed()) {
            return;
        }
        table.removeAll();
        WorkflowPlan plan = result == null ? null : result.plan();
        if (plan == null || plan.workflow() == null) {
            totals.setText(result == null ? "Planning\u2026" : result.error() == null ? "" : result.error());
            totals.getParent().layout();
            return;
        }
        double coreHours = 0;
        double cost = 0;
        boolean priced = true;
        for (StepPlan step : plan.steps()) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setData(step);
            item.setText(row(step));
            boolean errors = step.compatibility().stream().anyMatch(Diagnostic::isError);
            if (!step.isPlaced() || step.trust().verdict() == Verdict.DENY || errors) {
                item.setBackground(denied);
            } else if (step.compatibility().stream().anyMatch(d -> d.severity() == Severity.WARNING)) {
                item.setBackground(warned);
            }
            CostEstimate estimate = step.cost();
            if (estimate != null) {
                coreHours += estimate.coreHours();
                if (estimate.cost() == null) {
                    priced = false;
                } else {
                    cost += estimate.cost();
                }
            }
        }
        totals.setText(String.format(Locale.ROOT, "%d steps, %s core-hours, %s in all. Policy: %s.%s", plan.steps().size(),
                number(coreHours), priced ? String.format(Locale.ROOT, "%.2f EUR", cost) : "cost unknown (a site states no price)",
                result.policy(), plan.refused() ? " Refused: nothing may run until the rows in red are fixed." : ""));
        totals.getParent().layout();
    }

    /** One row's cells, in {@link #COLUMNS}' order. */
    static String[] row(StepPlan step) {
        CostEstimate cost = step.cost();
        List<String> cells = new ArrayList<>();
        cells.add(step.step().getName());
        cells.add(step.isPlaced() ? step.siteId() : "-");
        cells.add(step.why());
        if (step.trust() == null) {
            cells.add("-");
        } else {
            String rule = step.trust().deciding().rule() == null ? "" : " (" + step.trust().deciding().rule().getName() + ")";
            cells.add((step.trust().verdict() == Verdict.DENY ? "denied" : "allowed") + rule);
        }
        cells.add(compatibility(step));
        cells.add(cost == null ? "-" : String.valueOf(cost.runs()));
        cells.add(cost == null ? "-" : number(cost.coreHours()));
        cells.add(cost == null || cost.cost() == null ? "-" : String.format(Locale.ROOT, "%.2f EUR", cost.cost()));
        cells.add(String.join(", ", step.suggestions().stream().map(Site::getId).toList()));
        return cells.toArray(String[]::new);
    }

    private static String compatibility(StepPlan step) {
        if (!step.isPlaced()) {
            return "-";
        }
        long errors = step.compatibility().stream().filter(Diagnostic::isError).count();
        long warnings = step.compatibility().stream().filter(d -> d.severity() == Severity.WARNING).count();
        if (errors + warnings == 0) {
            return step.compatibility().stream().anyMatch(d -> d.code().equals("compat.no-recipe")) ? "plain process" : "works";
        }
        return errors > 0 ? errors + (errors == 1 ? " error" : " errors") + (warnings > 0 ? ", " + warnings + " warnings" : "")
                : warnings + (warnings == 1 ? " warning" : " warnings");
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.2f", value);
    }

    /** The hover of a row: the step's decision in words, as the diagram's box says it. */
    private void hover(int x, int y) {
        TableItem item = table.getItem(new Point(x, y));
        if (item == null || !(item.getData() instanceof StepPlan step)) {
            table.setToolTipText(null);
            return;
        }
        table.setToolTipText(SitePlan.check(step).describe());
    }

    /** The table, for tests. */
    Table table() {
        return table;
    }
}
