package org.vitruvian.ui.editors.internal.editor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.vitruvian.language.DocumentEdits;
import org.vitruvian.language.EditException;
import org.vitruvian.language.TextEdit;
import org.vitruvian.model.trust.DataKind;
import org.vitruvian.model.trust.ResourceClass;
import org.vitruvian.model.trust.Sector;
import org.vitruvian.model.trust.TrustPolicy;
import org.vitruvian.model.trust.TrustRule;
import org.vitruvian.model.trust.Verdict;

/**
 * The trust policy as CompBioMed D6.5 Table 2 draws it: one row per data owner and kind, one
 * column per resource class, each cell the verdict of the policy's general rule for it (with
 * the certifications that lift a "not determined"). Choosing a cell shows its rule to edit;
 * site-specific rules are listed under the matrix with their sources.
 */
final class TrustMatrixPage implements ModelPage {

    /** A cell of the matrix. */
    record Cell(Sector owner, DataKind kind, ResourceClass resourceClass) {

        String label() {
            return owner.getLiteral() + " · " + kind.getLiteral() + " · " + resourceClass.getLiteral();
        }
    }

    private static final Map<Verdict, RGB> COLOURS = Map.of(Verdict.ALLOWED, new RGB(204, 235, 197), Verdict.NOT_DETERMINED,
            new RGB(255, 230, 179), Verdict.NON_SENSITIVE_ONLY, new RGB(204, 224, 245));

    private final ModelEditor editor;
    private Table matrix;
    private Table siteRules;
    private Group details;
    private Label cellName;
    private Combo verdict;
    private Text certifications;
    private Label rationale;
    private Label source;
    private Label status;
    private TrustPolicy policy;
    private Cell selected = new Cell(Sector.INDUSTRY, DataKind.SCIENTIFIC, ResourceClass.DESK_SIDE);

    TrustMatrixPage(ModelEditor editor) {
        this.editor = editor;
    }

    @Override
    public String title() {
        return "Matrix";
    }

    @Override
    public Control createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().margins(8, 8).numColumns(1).applyTo(page);
        Label heading = new Label(page, SWT.NONE);
        heading.setText("Trust by data owner and kind (rows) and resource class (columns)");
        heading.setFont(JFaceResources.getBannerFont());
        GridDataFactory.fillDefaults().applyTo(heading);
        status = new Label(page, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(status);

        // No full-row selection: the cell chosen is named in the details, and the verdict colours stay visible.
        matrix = new Table(page, SWT.BORDER | SWT.SINGLE);
        matrix.setData(DesignPage.PATH_KEY, "matrix");
        matrix.setHeaderVisible(true);
        matrix.setLinesVisible(true);
        TableColumn rowHeader = new TableColumn(matrix, SWT.LEFT);
        rowHeader.setText("owner / kind");
        rowHeader.setWidth(160);
        for (ResourceClass resourceClass : ResourceClass.VALUES) {
            TableColumn column = new TableColumn(matrix, SWT.LEFT);
            column.setText(resourceClass.getLiteral());
            column.setWidth(130);
        }
        for (Sector owner : Sector.VALUES) {
            for (DataKind kind : DataKind.VALUES) {
                TableItem row = new TableItem(matrix, SWT.NONE);
                row.setText(0, owner.getLiteral() + " · " + kind.getLiteral());
                row.setFont(0, JFaceResources.getBannerFont());
            }
        }
        GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, SWT.DEFAULT).applyTo(matrix);
        matrix.addListener(SWT.MouseDown, e -> {
            Cell cell = cellAt(new Point(e.x, e.y));
            if (cell != null) {
                select(cell);
            }
        });
        // GTK may select the row before (or instead of) reporting the press: the column is where the pointer is.
        matrix.addListener(SWT.Selection, e -> {
            Cell cell = cellAt(matrix.toControl(matrix.getDisplay().getCursorLocation()));
            if (cell != null && !cell.equals(selected)) {
                select(cell);
            }
        });

        details = new Group(page, SWT.NONE);
        details.setText("Cell");
        GridLayoutFactory.swtDefaults().numColumns(4).applyTo(details);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(details);
        cellName = new Label(details, SWT.NONE);
        GridDataFactory.fillDefaults().span(4, 1).applyTo(cellName);
        new Label(details, SWT.NONE).setText("verdict:");
        verdict = new Combo(details, SWT.READ_ONLY);
        verdict.setData(DesignPage.PATH_KEY, "matrix#verdict");
        for (Verdict v : Verdict.VALUES) {
            verdict.add(v.getLiteral());
        }
        GridDataFactory.fillDefaults().grab(true, false).applyTo(verdict);
        verdict.addListener(SWT.Selection, e -> setVerdict(Verdict.get(verdict.getText())));
        new Label(details, SWT.NONE).setText("certifications:");
        certifications = new Text(details, SWT.BORDER);
        certifications.setData(DesignPage.PATH_KEY, "matrix#certifications");
        certifications.setToolTipText("Certifications a site may hold that lift a 'not determined' verdict, separated by commas.");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(certifications);
        certifications.addListener(SWT.DefaultSelection, e -> setCertifications(certifications.getText()));
        certifications.addListener(SWT.FocusOut, e -> setCertifications(certifications.getText()));
        rationale = new Label(details, SWT.WRAP);
        GridDataFactory.fillDefaults().span(4, 1).grab(true, false).hint(300, SWT.DEFAULT).applyTo(rationale);
        source = new Label(details, SWT.WRAP);
        GridDataFactory.fillDefaults().span(4, 1).grab(true, false).hint(300, SWT.DEFAULT).applyTo(source);

        Label sitesHeading = new Label(page, SWT.NONE);
        sitesHeading.setText("Site-specific rules");
        sitesHeading.setFont(JFaceResources.getBannerFont());
        GridDataFactory.fillDefaults().indent(0, 12).applyTo(sitesHeading);
        siteRules = new Table(page, SWT.BORDER | SWT.FULL_SELECTION);
        siteRules.setHeaderVisible(true);
        siteRules.setLinesVisible(true);
        for (String name : new String[] { "site", "owner", "kind", "resource class", "verdict", "certifications", "source" }) {
            TableColumn column = new TableColumn(siteRules, SWT.LEFT);
            column.setText(name);
            column.setWidth("source".equals(name) ? 360 : 110);
        }
        GridDataFactory.fillDefaults().grab(true, true).applyTo(siteRules);
        return page;
    }

    @Override
    public void modelChanged(ParsedModel model) {
        if (matrix == null || matrix.isDisposed()) {
            return;
        }
        policy = model.root() instanceof TrustPolicy p ? p : null;
        if (policy == null) {
            status.setText(model.isAvailable() ? "This file holds no trust policy."
                    : "The matrix is unavailable while the text does not read as a policy: " + model.unavailable());
            return;
        }
        status.setText("Policy " + policy.getName() + ": " + policy.getRules().size() + " rules. Choose a cell to edit its verdict"
                + " and the certifications that lift 'not determined'.");
        int row = 0;
        for (Sector owner : Sector.VALUES) {
            for (DataKind kind : DataKind.VALUES) {
                TableItem item = matrix.getItem(row++);
                for (ResourceClass resourceClass : ResourceClass.VALUES) {
                    int column = resourceClass.getValue() + 1;
                    TrustRule rule = rule(new Cell(owner, kind, resourceClass));
                    item.setText(column, rule == null ? "(no rule: denied)" : cellText(rule));
                    item.setBackground(column, rule == null ? null : new Color(COLOURS.get(rule.getVerdict())));
                }
            }
        }
        siteRules.removeAll();
        for (TrustRule rule : policy.getRules()) {
            if (rule.getSite() == null) {
                continue;
            }
            TableItem item = new TableItem(siteRules, SWT.NONE);
            item.setText(new String[] { rule.getSite(), rule.getOwner().getLiteral(), rule.getDataKind().getLiteral(),
                    rule.getResourceClass().getLiteral(), rule.getVerdict().getLiteral(),
                    String.join(", ", rule.getAcceptedCertifications()), nonNull(rule.getSource()) });
        }
        select(selected);
        matrix.getParent().layout(true, true);
    }

    private static String cellText(TrustRule rule) {
        String text = rule.getVerdict().getLiteral();
        return rule.getAcceptedCertifications().isEmpty() ? text : text + " (" + String.join(", ", rule.getAcceptedCertifications()) + ")";
    }

    /** The general rule (no site) of a cell, or null. */
    private TrustRule rule(Cell cell) {
        if (policy == null) {
            return null;
        }
        for (TrustRule rule : policy.getRules()) {
            if (rule.getSite() == null && rule.getOwner() == cell.owner() && rule.getDataKind() == cell.kind()
                    && rule.getResourceClass() == cell.resourceClass()) {
                return rule;
            }
        }
        return null;
    }

    private Cell cellAt(Point point) {
        TableItem item = matrix.getItem(point);
        if (item == null) {
            return null;
        }
        int row = matrix.indexOf(item);
        for (int column = 1; column < matrix.getColumnCount(); column++) {
            if (item.getBounds(column).contains(point)) {
                return cellOf(row, column);
            }
        }
        return null;
    }

    static Cell cellOf(int row, int column) {
        Sector owner = Sector.VALUES.get(row / DataKind.VALUES.size());
        DataKind kind = DataKind.VALUES.get(row % DataKind.VALUES.size());
        return new Cell(owner, kind, ResourceClass.VALUES.get(column - 1));
    }

    /** Shows a cell's rule in the details, as a click on it does. */
    void select(Cell cell) {
        selected = cell;
        TrustRule rule = rule(cell);
        cellName.setText(cell.label());
        verdict.setText(rule == null ? "" : rule.getVerdict().getLiteral());
        certifications.setText(rule == null ? "" : String.join(", ", rule.getAcceptedCertifications()));
        rationale.setText(rule == null ? "No rule: data of this class is denied on this resource class." : nonNull(rule.getRationale()));
        source.setText(rule == null || rule.getSource() == null ? "" : "Source: " + rule.getSource());
        int row = Sector.VALUES.indexOf(cell.owner()) * DataKind.VALUES.size() + DataKind.VALUES.indexOf(cell.kind());
        matrix.setSelection(row);
        details.setText("Cell: row " + (row + 1) + ", " + cell.resourceClass().getLiteral());
        details.layout(true, true);
    }

    Cell selected() {
        return selected;
    }

    private void setVerdict(Verdict value) {
        if (value == null || policy == null) {
            return;
        }
        TrustRule rule = rule(selected);
        if (rule != null && rule.getVerdict() == value) {
            return;
        }
        edit(edits -> {
            if (rule != null) {
                return edits.set(path(rule) + ".verdict", value.getLiteral());
            }
            Map<String, Object> added = new LinkedHashMap<>();
            added.put("name", selected.owner().getLiteral() + "-" + selected.kind().getLiteral() + "-" + selected.resourceClass().getLiteral());
            added.put("dataKind", selected.kind().getLiteral());
            added.put("owner", selected.owner().getLiteral());
            added.put("resourceClass", selected.resourceClass().getLiteral());
            added.put("verdict", value.getLiteral());
            return edits.add("rules", added);
        });
    }

    private void setCertifications(String text) {
        TrustRule rule = rule(selected);
        if (rule == null || policy == null) {
            return;
        }
        List<String> wanted = new ArrayList<>();
        for (String part : text.split(",")) {
            if (!part.isBlank()) {
                wanted.add(part.strip());
            }
        }
        if (wanted.equals(rule.getAcceptedCertifications())) {
            return;
        }
        String path = path(rule) + ".acceptedCertifications";
        edit(edits -> wanted.isEmpty() ? edits.remove(path) : edits.set(path, wanted));
    }

    private String path(TrustRule rule) {
        return "rules[" + policy.getRules().indexOf(rule) + "]";
    }

    private void edit(java.util.function.Function<DocumentEdits, List<TextEdit>> change) {
        List<TextEdit> edits;
        try {
            edits = change.apply(DocumentEdits.of(editor.document().get()));
        } catch (EditException e) {
            status.setText("Not changed: " + e.getMessage());
            return;
        }
        matrix.getDisplay().asyncExec(() -> {
            if (!matrix.isDisposed()) {
                editor.apply(edits);
            }
        });
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
