package org.vitruvian.ui.editors.internal.editor;

import java.util.stream.Collectors;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.vitruvian.model.recipe.ContainerRecipe;
import org.vitruvian.model.recipe.formats.ExportResult;
import org.vitruvian.model.recipe.formats.RecipeExporter;
import org.vitruvian.model.recipe.formats.RecipeFormat;

/**
 * The recipe as the two container tools read it, side by side: the Apptainer definition and
 * the Containerfile that {@code vitruvian recipe export} writes, made by the same exporter from
 * the editor's text as it is typed.
 */
final class RecipePreviewPage implements ModelPage {

    /** Widget data key naming each preview, for tests. */
    static final String FORMAT_KEY = "org.vitruvian.recipe.format";

    private StyledText apptainer;
    private StyledText containerfile;
    private Label status;

    @Override
    public String title() {
        return "Preview";
    }

    @Override
    public Control createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().margins(6, 6).applyTo(page);
        status = new Label(page, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
        SashForm sides = new SashForm(page, SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sides);
        apptainer = preview(sides, RecipeFormat.APPTAINER);
        containerfile = preview(sides, RecipeFormat.CONTAINERFILE);
        sides.setWeights(1, 1);
        return page;
    }

    private static StyledText preview(Composite parent, RecipeFormat format) {
        Composite side = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(4, 0).applyTo(side);
        Label title = new Label(side, SWT.NONE);
        title.setText(format.label());
        title.setFont(JFaceResources.getBannerFont());
        StyledText text = new StyledText(side, SWT.BORDER | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL);
        text.setFont(JFaceResources.getTextFont());
        text.setData(FORMAT_KEY, format.id());
        GridDataFactory.fillDefaults().grab(true, true).applyTo(text);
        return text;
    }

    @Override
    public void modelChanged(ParsedModel model) {
        if (apptainer == null || apptainer.isDisposed()) {
            return;
        }
        if (!(model.root() instanceof ContainerRecipe recipe)) {
            status.setText(model.isAvailable() ? "This file holds no container recipe."
                    : "No preview while the text does not read as a recipe: " + model.unavailable());
            return;
        }
        int problems = show(apptainer, RecipeExporter.export(recipe, RecipeFormat.APPTAINER))
                + show(containerfile, RecipeExporter.export(recipe, RecipeFormat.CONTAINERFILE));
        status.setText(problems == 0 ? "What 'vitruvian recipe export' writes for this recipe, updated as you type."
                : "The exports report problems; see each side.");
        status.getParent().layout(true);
    }

    private static int show(StyledText target, ExportResult result) {
        String text = result.text() == null ? "" : result.text();
        if (!result.diagnostics().isEmpty()) {
            // The file is the one being edited: only what and where.
            String notes = result.diagnostics().stream().map(d -> "# " + d.severity().label() + (d.line() > 0 ? " (line " + d.line() + ")" : "")
                    + ": " + d.message() + " [" + d.code() + "]").collect(Collectors.joining("\n"));
            text = notes + "\n" + text;
        }
        if (!text.equals(target.getText())) {
            int top = target.getTopIndex();
            target.setText(text);
            target.setTopIndex(top);
        }
        return result.hasErrors() ? 1 : 0;
    }
}
