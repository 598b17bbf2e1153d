package org.vitruvian.ui.launch.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.vitruvian.model.service.ParameterType;
import org.vitruvian.ui.launch.WorkflowLaunches;

/**
 * The workflow's parameters as typed fields: numbers and integers as text checked against their
 * range, booleans as a check box, strings with choices as a list, other strings as text. The
 * unit, range and default stand beside each field; an empty field takes the default.
 */
public final class ParametersTab extends WorkflowFieldsTab {

    private final Map<String, Control> controls = new LinkedHashMap<>();

    public ParametersTab() {
        super(WorkflowLaunches.PARAMETERS);
    }

    @Override
    public String getName() {
        return "Parameters";
    }

    @Override
    int columns() {
        return 3;
    }

    @Override
    String none(WorkflowInfo workflow) {
        return workflow.name() + " has no parameters.";
    }

    @Override
    boolean createFields(Composite parent, WorkflowInfo workflow) {
        controls.clear();
        for (WorkflowInfo.ParameterInfo p : workflow.parameters()) {
            Label label = new Label(parent, SWT.NONE);
            label.setText(p.name() + (p.unit() == null || p.unit().isBlank() ? "" : " (" + p.unit() + ")") + ":");
            String value = values.get(p.name());
            Control control;
            if (p.type() == ParameterType.BOOLEAN) {
                Button check = new Button(parent, SWT.CHECK);
                check.setSelection(Boolean.parseBoolean(value != null ? value : p.defaultValue()));
                check.addListener(SWT.Selection, e -> put(p.name(),
                        String.valueOf(check.getSelection()).equals(p.defaultValue()) ? null : String.valueOf(check.getSelection())));
                control = check;
            } else if (!p.choices().isEmpty()) {
                Combo combo = new Combo(parent, SWT.READ_ONLY);
                for (String choice : p.choices()) {
                    combo.add(choice);
                }
                combo.select(Math.max(0, p.choices().indexOf(value != null ? value : p.defaultValue())));
                combo.addModifyListener(e -> put(p.name(), combo.getText().equals(p.defaultValue()) ? null : combo.getText()));
                control = combo;
            } else {
                Text text = new Text(parent, SWT.BORDER);
                text.setText(value == null ? "" : value);
                text.setMessage(p.defaultValue() == null ? "required" : p.defaultValue());
                text.addModifyListener(e -> put(p.name(), text.getText()));
                control = text;
            }
            GridDataFactory.fillDefaults().grab(true, false).hint(160, SWT.DEFAULT).applyTo(control);
            control.setToolTipText(p.description());
            controls.put(p.name(), control);
            Label hint = new Label(parent, SWT.NONE);
            hint.setText(p.hint());
            hint.setToolTipText(p.description());
        }
        return !workflow.parameters().isEmpty();
    }

    @Override
    String check(WorkflowInfo workflow) {
        for (WorkflowInfo.ParameterInfo p : workflow.parameters()) {
            String problem = p.check(values.getOrDefault(p.name(), ""));
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    /** For tests: the field of a parameter. */
    public Control field(String parameter) {
        return controls.get(parameter);
    }
}
