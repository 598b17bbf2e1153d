package org.vitruvian.ui.editors.internal.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPropertyListener;
import org.vitruvian.core.diagnostics.Diagnostic;
import org.vitruvian.core.diagnostics.Severity;
import org.vitruvian.planning.StepPlan;

/**
 * The workflow editor's target-site selector, at the top of the Diagram and Plan pages (both
 * show the same choice): "Cheapest site that fits" (what {@code vitruvian plan} does without
 * {@code --site}) or one site of the catalog or the project, and one line saying what the
 * planner found there.
 */
final class TargetSiteBar extends Composite {

    /** Widget data key of the combo, for tests: {@code DesignPage.PATH_KEY} = "targetSite". */
    static final String PATH = "targetSite";
    static final String CHEAPEST = "Cheapest site that fits";

    private static final RGB ERROR = new RGB(170, 30, 30);
    private static final RGB OK = new RGB(26, 110, 45);

    private final ModelEditor editor;
    private final SitePlan plan;
    private final Combo combo;
    private final Label status;
    private final List<String> ids = new ArrayList<>();
    private final IPropertyListener dirty;
    private final Color errorColor;
    private final Color okColor;

    TargetSiteBar(Composite parent, ModelEditor editor, SitePlan plan) {
        super(parent, SWT.NONE);
        this.editor = editor;
        this.plan = plan;
        errorColor = new Color(getDisplay(), ERROR);
        okColor = new Color(getDisplay(), OK);
        GridLayoutFactory.fillDefaults().numColumns(3).margins(8, 5).spacing(8, 0).applyTo(this);
        Label label = new Label(this, SWT.NONE);
        label.setText("Target site:");
        combo = new Combo(this, SWT.READ_ONLY | SWT.DROP_DOWN);
        combo.setData(DesignPage.PATH_KEY, PATH);
        combo.setToolTipText("Where the steps not pinned to a site would run: 'vitruvian check --site ID', or 'vitruvian plan' for "
                + "the cheapest site that fits. Pinned steps stay on their site.");
        combo.setVisibleItemCount(20);
        GridDataFactory.swtDefaults().hint(320, SWT.DEFAULT).applyTo(combo);
        status = new Label(this, SWT.NONE);
        // A small preferred width: a long summary must not widen the page beyond the editor (it is cut, the tooltip has it all).
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).hint(100, SWT.DEFAULT).applyTo(status);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(this);
        combo.addListener(SWT.Selection, e -> chosen());
        show(plan.result());
        plan.addListener(this::show);
        dirty = (source, property) -> {
            if (property == IEditorPart.PROP_DIRTY && !isDisposed()) {
                show(plan.result());
            }
        };
        editor.addPropertyListener(dirty);
        addListener(SWT.Dispose, e -> editor.removePropertyListener(dirty));
    }

    private void chosen() {
        int index = combo.getSelectionIndex();
        String id = index <= 0 ? null : ids.get(index - 1);
        plan.setSite(id);
        status.setForeground(null);
        status.setText("Planning on " + (id == null ? "the cheapest sites that fit" : id) + "\u2026");
        layout();
    }

    /** Shows an answer (null: none yet). */
    void show(SitePlan.Result result) {
        if (isDisposed()) {
            return;
        }
        if (result != null && !sameChoices(result)) {
            ids.clear();
            List<String> items = new ArrayList<>();
            items.add(CHEAPEST);
            for (SitePlan.Choice choice : result.choices()) {
                ids.add(choice.id());
                items.add(choice.label());
            }
            combo.setItems(items.toArray(String[]::new));
        }
        String chosen = plan.siteId();
        int index = chosen == null ? 0 : ids.indexOf(chosen) + 1;
        if (combo.getItemCount() == 0) {
            combo.setItems(CHEAPEST);
        }
        if (index > 0 || chosen == null) {
            combo.select(index);
        } else if (chosen != null) {
            // Not (or not yet) among the choices: show the id, so the user sees what is asked.
            combo.setText(chosen);
        }
        status.setText(summary(result));
        status.setForeground(result == null ? null : failed(result) ? errorColor : okColor);
        status.setToolTipText(result == null ? null : status.getText() + "\nPolicy: " + result.policy() + ". Planned in "
                + result.millis() + " ms.");
        layout();
    }

    private boolean sameChoices(SitePlan.Result result) {
        return result.choices().stream().map(SitePlan.Choice::id).toList().equals(ids);
    }

    private static boolean failed(SitePlan.Result result) {
        return result.plan() == null || result.plan().refused();
    }

    /** One line: what the planner found, for the saved file. */
    String summary(SitePlan.Result result) {
        if (result == null) {
            return "Planning\u2026";
        }
        String saved = editor.isDirty() ? "  (as saved: save to plan your changes)" : "";
        if (result.plan() == null || result.plan().workflow() == null) {
            return (result.error() != null ? result.error() : "Cannot plan.") + saved;
        }
        List<StepPlan> steps = result.plan().steps();
        long denied = result.denied();
        long incompatible = steps.stream().filter(s -> s.compatibility().stream().anyMatch(Diagnostic::isError)).count();
        long unplaced = steps.stream().filter(s -> !s.isPlaced()).count();
        StringBuilder text = new StringBuilder();
        text.append(steps.size()).append(steps.size() == 1 ? " step" : " steps");
        text.append(result.siteId() == null ? " on the cheapest sites that fit" : " on " + result.siteId());
        if (denied == 0 && incompatible == 0 && unplaced == 0) {
            text.append(": trust allows every step, and every container works there");
        } else {
            List<String> problems = new ArrayList<>();
            if (denied > 0) {
                problems.add(denied + " denied by trust");
            }
            if (incompatible > 0) {
                problems.add(incompatible + " with incompatible containers");
            }
            if (unplaced > 0) {
                problems.add(unplaced + " with no site");
            }
            text.append(": ").append(String.join(", ", problems));
        }
        long warnings = result.plan().report().count(Severity.WARNING);
        if (warnings > 0) {
            text.append(" (").append(warnings).append(warnings == 1 ? " warning)" : " warnings)");
        }
        return text.append('.').append(saved).toString();
    }

    /** The combo, for tests. */
    Combo combo() {
        return combo;
    }
}
