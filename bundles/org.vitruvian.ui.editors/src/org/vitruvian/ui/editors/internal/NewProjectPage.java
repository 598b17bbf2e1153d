package org.vitruvian.ui.editors.internal;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.dialogs.WizardNewProjectCreationPage;

/** The stock project name and location page, with the choice of template under it. */
final class NewProjectPage extends WizardNewProjectCreationPage {

    private TableViewer templates;
    private ProjectTemplate chosen = ProjectTemplate.ALL.get(0);

    NewProjectPage() {
        super("vitruvianProject");
        setTitle("Vitruvian Project");
        setDescription("Create a project of Vitruvian models, started from an example.");
    }

    @Override
    public void createControl(Composite parent) {
        super.createControl(parent);
        Composite control = (Composite) getControl();
        Group group = new Group(control, SWT.NONE);
        group.setText("Template");
        group.setLayout(new GridLayout(1, false));
        GridDataFactory.fillDefaults().grab(true, true).applyTo(group);

        templates = new TableViewer(group, SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL | SWT.FULL_SELECTION);
        templates.getTable().setData("org.vitruvian.test.id", "templates");
        templates.setContentProvider(ArrayContentProvider.getInstance());
        templates.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return ((ProjectTemplate) element).label();
            }
        });
        templates.setInput(ProjectTemplate.ALL);
        GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 90).applyTo(templates.getControl());

        Label description = new Label(group, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(description);
        templates.addSelectionChangedListener(event -> {
            if (event.getStructuredSelection().getFirstElement() instanceof ProjectTemplate template) {
                chosen = template;
                description.setText(template.description());
                group.layout(true, true);
            }
        });
        templates.setSelection(new StructuredSelection(chosen), true);
    }

    ProjectTemplate template() {
        return chosen;
    }

    /** For tests: choose a template as a click would. */
    void choose(ProjectTemplate template) {
        templates.setSelection(new StructuredSelection(template), true);
    }
}
