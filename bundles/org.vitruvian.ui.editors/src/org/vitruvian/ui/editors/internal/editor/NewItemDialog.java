package org.vitruvian.ui.editors.internal.editor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.vitruvian.model.yaml.ModelTree;

/** Asks for the required keys of a new list item (a step's name, a link's ends), made from the metamodel. */
final class NewItemDialog extends Dialog {

    private final EClass eClass;
    private final List<EAttribute> asked;
    private final Map<EAttribute, Control> inputs = new LinkedHashMap<>();
    private Map<String, Object> result;

    private NewItemDialog(Shell parent, EClass eClass) {
        super(parent);
        this.eClass = eClass;
        this.asked = eClass.getEAllAttributes().stream()
                .filter(a -> ModelTree.isVisible(a) && !a.isMany() && (a.isRequired() || "name".equals(a.getName()))).toList();
    }

    /** The new item as a map of its keys, or null when cancelled. */
    static Map<String, Object> ask(Shell parent, EClass eClass) {
        NewItemDialog dialog = new NewItemDialog(parent, eClass);
        return dialog.open() == Window.OK ? dialog.result : null;
    }

    /** A new value of a list of plain values (an import's path), or null when cancelled. */
    static String askValue(Shell parent, String listName) {
        InputDialog dialog = new InputDialog(parent, "Add to " + listName, "New value of '" + listName + "':", "",
                text -> text.isBlank() ? "Type a value." : null);
        return dialog.open() == Window.OK ? dialog.getValue().strip() : null;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("New " + eClass.getName());
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Composite grid = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(grid);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(grid);
        if (asked.isEmpty()) {
            new Label(grid, SWT.NONE).setText("Adds an empty " + eClass.getName() + "; fill in its keys afterwards.");
        }
        for (EAttribute attribute : asked) {
            new Label(grid, SWT.NONE).setText(attribute.getName() + ":");
            Control input;
            if (attribute.getEAttributeType() instanceof EEnum eEnum) {
                Combo combo = new Combo(grid, SWT.READ_ONLY);
                eEnum.getELiterals().forEach(l -> combo.add(l.getLiteral()));
                combo.select(0);
                input = combo;
            } else {
                input = new Text(grid, SWT.BORDER);
            }
            GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(input);
            inputs.put(attribute, input);
        }
        return area;
    }

    @Override
    protected void okPressed() {
        result = new LinkedHashMap<>();
        for (Map.Entry<EAttribute, Control> entry : inputs.entrySet()) {
            String value = entry.getValue() instanceof Combo combo ? combo.getText() : ((Text) entry.getValue()).getText().strip();
            if (!value.isEmpty()) {
                result.put(entry.getKey().getName(), value);
            }
        }
        super.okPressed();
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "Add", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

}
