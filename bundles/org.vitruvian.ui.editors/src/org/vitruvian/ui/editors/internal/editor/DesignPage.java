package org.vitruvian.ui.editors.internal.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAnnotation;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.events.FocusAdapter;
import org.eclipse.swt.events.FocusEvent;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.vitruvian.language.DocumentEdits;
import org.vitruvian.language.EditException;
import org.vitruvian.language.TextEdit;
import org.vitruvian.model.yaml.ModelKinds;
import org.vitruvian.model.yaml.ModelTree;

/**
 * The Design page: forms for every key of the model, made from the metamodel so that every kind
 * (and any kind a plugin adds) gets one. Scalars are fields (enums a drop-down, booleans a check
 * box), nested mappings are grouped under their key, and lists are tables with the selected
 * item's fields under them. A field commits when the user presses Enter or leaves it, as one
 * text-preserving edit of the Source page (so one undo step); the page is rebuilt from the text
 * after every change, so it always shows what the text says.
 */
public final class DesignPage extends FormPage {

    /** Widget data key holding a field's model path, for focus keeping and tests. */
    public static final String PATH_KEY = "org.vitruvian.path";

    private final ModelEditor editor;
    private ScrolledForm form;
    private FormToolkit toolkit;
    private ParsedModel shown;
    private boolean stale = true;
    private String focusPath;
    private final Map<String, Integer> selections = new HashMap<>();

    DesignPage(ModelEditor editor) {
        super(editor, ModelEditor.DESIGN_PAGE_ID, "Design");
        this.editor = editor;
    }

    @Override
    protected void createFormContent(IManagedForm managedForm) {
        form = managedForm.getForm();
        toolkit = managedForm.getToolkit();
        toolkit.decorateFormHeading(form.getForm());
        GridLayoutFactory.swtDefaults().numColumns(2).equalWidth(true).spacing(16, 8).margins(8, 8).applyTo(form.getBody());
        stale = true;
        modelChanged(editor.model());
    }

    /** The model the page shows. */
    public ParsedModel shown() {
        return shown;
    }

    void modelChanged(ParsedModel model) {
        if (form == null || form.isDisposed()) {
            return;
        }
        if (!stale && model == shown) {
            return;
        }
        if (!isActive() && shown != null) {
            // Rebuilt when the page is shown again; typing on the Source page costs nothing here.
            stale = true;
            return;
        }
        shown = model;
        stale = false;
        rebuild();
    }

    @Override
    public void setActive(boolean active) {
        super.setActive(active);
        if (active && form != null) {
            modelChanged(editor.model());
        }
    }

    private void rebuild() {
        form.setRedraw(false);
        try {
            for (Control child : form.getBody().getChildren()) {
                child.dispose();
            }
            if (!shown.isAvailable()) {
                showUnavailable();
            } else {
                showModel();
            }
            form.reflow(true);
            restoreFocus();
        } finally {
            form.setRedraw(true);
        }
    }

    private void showUnavailable() {
        form.setText(editor.getPartName());
        form.setMessage("The Design page is unavailable: the text does not read as a model.", IMessageProvider.ERROR);
        Composite box = toolkit.createComposite(form.getBody());
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(box);
        GridLayoutFactory.fillDefaults().applyTo(box);
        Label why = toolkit.createLabel(box, "The Design page is unavailable because the text does not read as a model:\n\n"
                + shown.unavailable() + "\n\nFix it on the Source page; this page comes back as soon as the text reads.", SWT.WRAP);
        why.setData(PATH_KEY, "unavailable");
        GridDataFactory.fillDefaults().grab(true, false).hint(600, SWT.DEFAULT).applyTo(why);
        Hyperlink link = toolkit.createHyperlink(box, "Go to the Source page", SWT.NONE);
        link.addHyperlinkListener(new HyperlinkAdapter() {
            @Override
            public void linkActivated(HyperlinkEvent e) {
                editor.showSource();
            }
        });
    }

    private void showModel() {
        EObject root = shown.root();
        String kind = ModelKinds.kindOf(root.eClass()).orElse(root.eClass().getName());
        Object name = root.eClass().getEStructuralFeature("name") == null ? null : root.eGet(root.eClass().getEStructuralFeature("name"));
        form.setText(kind + (name == null ? "" : " " + name));
        if (shown.errors().isEmpty()) {
            form.setMessage(null, IMessageProvider.NONE);
        } else {
            form.setMessage(shown.errors().size() + " problem(s) in the text, the first on line " + shown.errors().get(0).line()
                    + ": " + shown.errors().get(0).message(), IMessageProvider.WARNING);
        }
        Map<String, Object> values = ModelTree.object(root, base());
        Composite left = column();
        Composite right = column();

        Section general = section(left, "General", "The " + kind + "'s own keys.");
        Composite generalFields = toolkit.createComposite(general);
        GridLayoutFactory.fillDefaults().numColumns(2).spacing(8, 4).applyTo(generalFields);
        general.setClient(generalFields);
        fields(generalFields, root, root.eClass(), values, "", false);

        int lists = 0;
        for (EStructuralFeature feature : root.eClass().getEAllStructuralFeatures()) {
            if (!ModelTree.isVisible(feature) || !isList(feature)) {
                continue;
            }
            boolean small = !(feature instanceof EReference reference && reference.isContainment());
            Composite column = small ? left : lists++ % 2 == 0 ? right : left;
            Section section = section(column, title(feature.getName()), documentation(feature));
            Composite client = toolkit.createComposite(section);
            GridLayoutFactory.fillDefaults().numColumns(2).spacing(8, 4).applyTo(client);
            section.setClient(client);
            list(client, root, feature, values.get(feature.getName()), feature.getName());
        }
    }

    private Composite column() {
        Composite column = toolkit.createComposite(form.getBody());
        GridLayoutFactory.fillDefaults().spacing(0, 12).applyTo(column);
        GridDataFactory.fillDefaults().grab(true, true).align(SWT.FILL, SWT.BEGINNING).applyTo(column);
        return column;
    }

    private Section section(Composite parent, String title, String description) {
        int style = Section.TITLE_BAR | Section.EXPANDED | (description == null ? 0 : Section.DESCRIPTION);
        Section section = toolkit.createSection(parent, style);
        section.setText(title);
        if (description != null) {
            section.setDescription(description);
        }
        GridDataFactory.fillDefaults().grab(true, false).applyTo(section);
        return section;
    }

    /** Fields for every single-valued key of {@code eClass} (and, when {@code withLists}, tables for its lists). */
    private void fields(Composite parent, EObject object, EClass eClass, Map<String, Object> values, String path, boolean withLists) {
        toolkit.paintBordersFor(parent);
        for (EStructuralFeature feature : eClass.getEAllStructuralFeatures()) {
            if (!ModelTree.isVisible(feature)) {
                continue;
            }
            String featurePath = join(path, feature.getName());
            Object value = values == null ? null : values.get(feature.getName());
            if (isList(feature)) {
                if (withLists) {
                    Label heading = toolkit.createLabel(parent, feature.getName());
                    heading.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
                    GridDataFactory.fillDefaults().span(2, 1).indent(0, 6).applyTo(heading);
                    Composite nested = toolkit.createComposite(parent);
                    GridLayoutFactory.fillDefaults().numColumns(2).spacing(8, 4).applyTo(nested);
                    GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(nested);
                    list(nested, object, feature, value, featurePath);
                }
            } else if (feature instanceof EReference reference && reference.isContainment()
                    && !ModelTree.isMapEntry(reference.getEReferenceType())) {
                Label heading = toolkit.createLabel(parent, feature.getName());
                heading.setForeground(toolkit.getColors().getColor(org.eclipse.ui.forms.IFormColors.TITLE));
                heading.setToolTipText(documentation(feature));
                GridDataFactory.fillDefaults().span(2, 1).indent(0, 4).applyTo(heading);
                Composite nested = toolkit.createComposite(parent);
                GridLayoutFactory.fillDefaults().numColumns(2).spacing(8, 4).applyTo(nested);
                GridDataFactory.fillDefaults().span(2, 1).grab(true, false).indent(16, 0).applyTo(nested);
                EObject child = object == null ? null : (EObject) object.eGet(feature);
                @SuppressWarnings("unchecked")
                Map<String, Object> childValues = value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
                fields(nested, child, reference.getEReferenceType(), childValues, featurePath, withLists);
            } else if (feature instanceof EReference reference && ModelTree.isMapEntry(reference.getEReferenceType())) {
                mapField(parent, feature, value, featurePath);
            } else {
                scalarField(parent, feature, value, featurePath);
            }
        }
    }

    private void scalarField(Composite parent, EStructuralFeature feature, Object value, String path) {
        Label label = toolkit.createLabel(parent, feature.getName() + ":");
        label.setToolTipText(documentation(feature));
        GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.CENTER).applyTo(label);
        EDataType type = feature instanceof EAttribute attribute ? attribute.getEAttributeType() : null;
        String current = value == null ? "" : value instanceof List<?> values
                ? String.join(", ", values.stream().map(String::valueOf).toList()) : String.valueOf(value);
        if (type instanceof EEnum eEnum) {
            CCombo combo = new CCombo(parent, SWT.READ_ONLY | SWT.FLAT | SWT.BORDER);
            toolkit.adapt(combo);
            List<String> choices = new ArrayList<>();
            if (!feature.isRequired()) {
                choices.add("");
            }
            for (EEnumLiteral literal : eEnum.getELiterals()) {
                choices.add(literal.getLiteral());
            }
            combo.setItems(choices.toArray(String[]::new));
            combo.select(Math.max(0, choices.indexOf(current)));
            combo.setData(PATH_KEY, path);
            combo.setToolTipText(documentation(feature));
            trackFocus(combo);
            combo.addListener(SWT.Selection, e -> commit(path, feature, current, combo.getText()));
            GridDataFactory.fillDefaults().grab(true, false).applyTo(combo);
        } else if (type != null && (type.getInstanceClass() == boolean.class || type.getInstanceClass() == Boolean.class)) {
            Button check = toolkit.createButton(parent, "", SWT.CHECK);
            check.setSelection(Boolean.TRUE.equals(value));
            check.setData(PATH_KEY, path);
            trackFocus(check);
            check.addListener(SWT.Selection, e -> set(path, check.getSelection()));
            GridDataFactory.fillDefaults().grab(true, false).applyTo(check);
        } else {
            boolean multiLine = current.contains("\n") || current.length() > 80;
            Text text = toolkit.createText(parent, current, multiLine ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE);
            text.setData(PATH_KEY, path);
            text.setToolTipText(documentation(feature));
            trackFocus(text);
            Runnable commit = () -> commit(path, feature, current, text.getText());
            text.addListener(SWT.DefaultSelection, e -> commit.run());
            text.addFocusListener(new FocusAdapter() {
                @Override
                public void focusLost(FocusEvent e) {
                    if (!text.isDisposed()) {
                        commit.run();
                    }
                }
            });
            GridDataFactory.fillDefaults().grab(true, false).hint(200, multiLine ? 60 : SWT.DEFAULT).applyTo(text);
        }
    }

    /** A mapping of free keys (environment variables, labels) as KEY=VALUE lines. */
    private void mapField(Composite parent, EStructuralFeature feature, Object value, String path) {
        Label label = toolkit.createLabel(parent, feature.getName() + ":");
        label.setToolTipText("One KEY=VALUE per line. " + nonNull(documentation(feature)));
        GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(label);
        StringBuilder lines = new StringBuilder();
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> lines.append(k).append('=').append(v).append('\n'));
        }
        String current = lines.toString().strip();
        Text text = toolkit.createText(parent, current, SWT.MULTI | SWT.V_SCROLL);
        text.setData(PATH_KEY, path);
        trackFocus(text);
        GridDataFactory.fillDefaults().grab(true, false).hint(200, 60).applyTo(text);
        text.addFocusListener(new FocusAdapter() {
            @Override
            public void focusLost(FocusEvent e) {
                if (text.isDisposed() || text.getText().strip().equals(current)) {
                    return;
                }
                Map<String, Object> entries = new LinkedHashMap<>();
                for (String line : text.getText().split("\\R")) {
                    int eq = line.indexOf('=');
                    if (eq > 0) {
                        entries.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
                    }
                }
                edit(() -> entries.isEmpty() ? edits().remove(path) : edits().set(path, entries));
            }
        });
    }

    /** A list: a table of its items (or values), Add and Remove, and the selected item's fields under it. */
    private void list(Composite parent, EObject owner, EStructuralFeature feature, Object value, String path) {
        List<?> items = value instanceof List<?> list ? list : List.of();
        boolean objects = feature instanceof EReference reference && reference.isContainment();
        EClass itemClass = objects ? ((EReference) feature).getEReferenceType() : null;
        List<String[]> columns = objects ? columns(itemClass) : List.<String[]>of(new String[] { feature.getName(), "" });

        Table table = toolkit.createTable(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
        table.setData(PATH_KEY, path);
        table.setHeaderVisible(objects);
        table.setLinesVisible(true);
        for (String[] column : columns) {
            TableColumn c = new TableColumn(table, SWT.LEFT);
            c.setText(column[0]);
            c.setWidth(columns.size() == 1 ? 320 : 140);
        }
        for (Object item : items) {
            TableItem row = new TableItem(table, SWT.NONE);
            for (int i = 0; i < columns.size(); i++) {
                row.setText(i, objects ? cell(item, columns.get(i)[1]) : String.valueOf(item));
            }
        }
        GridDataFactory.fillDefaults().grab(true, false).hint(300, Math.min(8, Math.max(3, items.size())) * table.getItemHeight()
                + table.getHeaderHeight() + 4).applyTo(table);

        Composite buttons = toolkit.createComposite(parent);
        GridLayoutFactory.fillDefaults().applyTo(buttons);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
        Button add = toolkit.createButton(buttons, "Add...", SWT.PUSH);
        add.setData(PATH_KEY, path + "#add");
        GridDataFactory.fillDefaults().applyTo(add);
        Button remove = toolkit.createButton(buttons, "Remove", SWT.PUSH);
        remove.setData(PATH_KEY, path + "#remove");
        GridDataFactory.fillDefaults().applyTo(remove);

        Composite details = toolkit.createComposite(parent);
        GridLayoutFactory.fillDefaults().numColumns(2).spacing(8, 4).applyTo(details);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).indent(8, 4).applyTo(details);

        Runnable showSelected = () -> {
            for (Control child : details.getChildren()) {
                child.dispose();
            }
            int index = table.getSelectionIndex();
            remove.setEnabled(index >= 0);
            if (objects && index >= 0 && index < items.size()) {
                @SuppressWarnings("unchecked")
                Map<String, Object> itemValues = (Map<String, Object>) items.get(index);
                EObject item = (EObject) ((List<?>) owner.eGet(feature)).get(index);
                fields(details, item, itemClass, itemValues, path + "[" + index + "]", true);
            }
            form.reflow(true);
        };
        table.addListener(SWT.Selection, e -> {
            selections.put(path, table.getSelectionIndex());
            showSelected.run();
            int index = table.getSelectionIndex();
            if (objects && index >= 0 && index < ((List<?>) owner.eGet(feature)).size()) {
                // The Source page's caret goes to the item, and with it the Outline and Properties views.
                editor.reveal((EObject) ((List<?>) owner.eGet(feature)).get(index));
            }
        });
        Integer selected = selections.get(path);
        if (selected != null && selected >= 0 && selected < items.size()) {
            table.setSelection(selected);
        }
        showSelected.run();

        add.addListener(SWT.Selection, e -> {
            Object item = objects ? NewItemDialog.ask(form.getShell(), itemClass) : NewItemDialog.askValue(form.getShell(), feature.getName());
            if (item != null) {
                selections.put(path, items.size());
                edit(() -> edits().add(path, item));
            }
        });
        remove.addListener(SWT.Selection, e -> {
            int index = table.getSelectionIndex();
            if (index >= 0) {
                selections.put(path, Math.min(index, items.size() - 2));
                edit(() -> edits().remove(path + "[" + index + "]"));
            }
        });
    }

    /** Columns of an item table: up to three scalar keys, nested one level ({@code service.id}). */
    private static List<String[]> columns(EClass eClass) {
        List<String[]> columns = new ArrayList<>();
        for (EStructuralFeature feature : eClass.getEAllStructuralFeatures()) {
            if (columns.size() == 3) {
                break;
            }
            if (!ModelTree.isVisible(feature) || isList(feature) || "description".equals(feature.getName())) {
                continue;
            }
            if (feature instanceof EReference reference && reference.isContainment()) {
                if (ModelTree.isMapEntry(reference.getEReferenceType())) {
                    continue;
                }
                for (EStructuralFeature nested : reference.getEReferenceType().getEAllStructuralFeatures()) {
                    if (columns.size() < 3 && ModelTree.isVisible(nested) && !isList(nested) && nested instanceof EAttribute) {
                        columns.add(new String[] { feature.getName() + " " + nested.getName(), feature.getName() + "." + nested.getName() });
                    }
                }
            } else {
                columns.add(new String[] { feature.getName(), feature.getName() });
            }
        }
        return columns;
    }

    private static String cell(Object item, String key) {
        Object value = item;
        for (String part : key.split("\\.")) {
            value = value instanceof Map<?, ?> map ? map.get(part) : null;
        }
        return value == null ? "" : String.valueOf(value);
    }

    private void commit(String path, EStructuralFeature feature, String before, String typed) {
        String after = typed.strip();
        if (after.equals(before)) {
            return;
        }
        if (after.isEmpty()) {
            edit(() -> edits().remove(path));
            return;
        }
        Object value = after;
        EDataType type = feature instanceof EAttribute attribute ? attribute.getEAttributeType() : null;
        if (feature.isMany()) {
            List<String> values = new ArrayList<>();
            for (String part : after.split(",")) {
                if (!part.isBlank()) {
                    values.add(part.strip());
                }
            }
            value = values;
        } else if (type != null && !(type instanceof EEnum)) {
            value = typed(type, after);
        }
        Object finalValue = value;
        edit(() -> edits().set(path, finalValue));
    }

    private void set(String path, Object value) {
        edit(() -> edits().set(path, value));
    }

    /** Numbers and booleans go in as such (written plain); anything that does not read as its type stays text for the checker to report. */
    private static Object typed(EDataType type, String text) {
        Class<?> c = type.getInstanceClass();
        try {
            if (c == int.class || c == Integer.class || c == long.class || c == Long.class) {
                return Long.parseLong(text);
            }
            if (c == double.class || c == Double.class || c == float.class || c == Float.class) {
                double number = Double.parseDouble(text);
                return number == Math.rint(number) && !text.contains(".") && !text.contains("e") && !text.contains("E") ? (Object) (long) number
                        : (Object) number;
            }
        } catch (NumberFormatException e) {
            return text;
        }
        if (c == boolean.class || c == Boolean.class) {
            return "true".equalsIgnoreCase(text) ? Boolean.TRUE : "false".equalsIgnoreCase(text) ? Boolean.FALSE : text;
        }
        return text;
    }

    private DocumentEdits edits() {
        return DocumentEdits.of(editor.document().get());
    }

    private void edit(Supplier<List<TextEdit>> change) {
        List<TextEdit> edits;
        try {
            edits = change.get();
        } catch (EditException e) {
            form.setMessage("Not changed: " + e.getMessage(), IMessageProvider.ERROR);
            return;
        }
        // The rebuild after the edit disposes the widget that fired it; let its event finish first.
        form.getDisplay().asyncExec(() -> {
            if (!form.isDisposed()) {
                editor.apply(edits);
            }
        });
    }

    private void trackFocus(Control control) {
        control.addListener(SWT.FocusIn, e -> focusPath = (String) control.getData(PATH_KEY));
    }

    private void restoreFocus() {
        if (focusPath == null || !isActive()) {
            return;
        }
        Control found = find(form.getBody(), focusPath);
        if (found != null) {
            found.setFocus();
        }
    }

    private static Control find(Control control, String path) {
        if (path.equals(control.getData(PATH_KEY))) {
            return control;
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                Control found = find(child, path);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private URI base() {
        return shown.resource() == null ? null : shown.resource().getURI();
    }

    static boolean isList(EStructuralFeature feature) {
        return feature.isMany() && !(feature instanceof EReference reference && ModelTree.isMapEntry(reference.getEReferenceType()))
                && !(feature instanceof EAttribute);
    }

    private static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private static String title(String key) {
        return Character.toUpperCase(key.charAt(0)) + key.substring(1);
    }

    private static String documentation(EStructuralFeature feature) {
        EAnnotation genModel = feature.getEAnnotation("http://www.eclipse.org/emf/2002/GenModel");
        return genModel == null ? null : genModel.getDetails().get("documentation");
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
