package org.vitruvian.ui.launch.internal;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.vitruvian.ui.launch.WorkflowLaunches;

/** The workflow's inputs, each a file (or folder path) chosen with a file picker, filtered by the input's format. */
public final class InputsTab extends WorkflowFieldsTab {

    private final Map<String, Text> texts = new LinkedHashMap<>();

    public InputsTab() {
        super(WorkflowLaunches.INPUTS);
    }

    @Override
    public String getName() {
        return "Inputs";
    }

    @Override
    int columns() {
        return 3;
    }

    @Override
    String none(WorkflowInfo workflow) {
        return workflow.name() + " has no inputs: its steps make or bring their own data.";
    }

    @Override
    boolean createFields(Composite parent, WorkflowInfo workflow) {
        texts.clear();
        for (WorkflowInfo.InputInfo input : workflow.inputs()) {
            Label label = new Label(parent, SWT.NONE);
            label.setText(input.name() + " (" + input.format() + (input.optional() ? ", optional" : "") + "):");
            label.setToolTipText(input.description());
            Text text = new Text(parent, SWT.BORDER);
            text.setText(values.getOrDefault(input.name(), ""));
            text.setMessage(input.description() == null ? "" : input.description());
            text.setToolTipText(input.description());
            text.addModifyListener(e -> put(input.name(), text.getText()));
            GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(text);
            Button browse = createPushButton(parent, "Browse...", null);
            browse.addListener(SWT.Selection, e -> {
                FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
                dialog.setText("Input " + input.name() + " (" + input.format() + ")");
                dialog.setFilterExtensions(new String[] { "*." + input.format(), "*" });
                String chosen = dialog.open();
                if (chosen != null) {
                    text.setText(chosen);
                }
            });
            texts.put(input.name(), text);
        }
        return !workflow.inputs().isEmpty();
    }

    @Override
    String check(WorkflowInfo workflow) {
        for (WorkflowInfo.InputInfo input : workflow.inputs()) {
            String value = values.get(input.name());
            if (value == null) {
                if (!input.optional()) {
                    return "Choose a file for the input " + input.name() + " (" + input.format() + ").";
                }
                continue;
            }
            try {
                Path path = Path.of(LaunchSettings.substitute(value));
                if (!Files.exists(path)) {
                    return "Input " + input.name() + ": " + path + " is not there.";
                }
            } catch (CoreException | InvalidPathException e) {
                return "Input " + input.name() + ": " + e.getMessage();
            }
        }
        return null;
    }

    /** For tests: the field of an input. */
    public Text field(String input) {
        return texts.get(input);
    }
}
