package org.vitruvian.ui.editors.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.vitruvian.ui.editors.VitruvianEditors;
import org.vitruvian.ui.editors.internal.ModelBuilder;

/** File &gt; New &gt; Vitruvian Project, filled in with real key presses and clicks. */
class NewProjectWizardTest {

    @AfterEach
    void cleanUp() throws CoreException {
        Workspace.closeEditorsAndDeleteProjects();
    }

    @Test
    void boneStrengthTemplateMakesAProjectWhoseModelsCheckClean() throws CoreException {
        IWizardDescriptor descriptor = PlatformUI.getWorkbench().getNewWizardRegistry().findWizard(VitruvianEditors.NEW_PROJECT_WIZARD_ID);
        assertNotNull(descriptor, "File > New has no Vitruvian Project wizard");
        assertEquals("Vitruvian Project", descriptor.getLabel());
        INewWizard wizard = (INewWizard) descriptor.createWizard();
        wizard.init(PlatformUI.getWorkbench(), null);
        WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();

        Text name = Ui.waitFor("the project name field has the focus",
                () -> Ui.display().getFocusControl() instanceof Text text && text.getShell() == dialog.getShell() ? text : null);
        Ui.type("femur");
        Ui.waitUntil("the name field shows what was typed", () -> "femur".equals(name.getText()));

        Table templates = Ui.find(dialog.getShell(), Table.class, t -> "templates".equals(t.getData("org.vitruvian.test.id")));
        assertNotNull(templates, "the wizard shows no template list");
        assertEquals(4, templates.getItemCount(), "bone strength, cardiac drug trial, MRI RF heating, empty");
        Ui.click(templates, templates.getItem(2).getBounds());
        Ui.waitUntil("MRI RF heating is selected", () -> templates.getSelectionIndex() == 2);
        Ui.click(templates, templates.getItem(0).getBounds());
        Ui.waitUntil("bone strength is selected", () -> templates.getSelectionIndex() == 0);

        Button finish = Ui.find(dialog.getShell(), Button.class, b -> b.getText().replace("&", "").equals("Finish"));
        assertNotNull(finish);
        Ui.waitUntil("Finish is enabled", finish::isEnabled);
        Ui.click(finish);

        IProject project = Workspace.root().getProject("femur");
        Ui.waitUntil("the project exists with its models", () -> project.getFile("services/solve.yaml").exists());
        assertTrue(project.hasNature(VitruvianEditors.NATURE_ID), "the project has no Vitruvian nature");
        assertTrue(Arrays.stream(project.getDescription().getBuildSpec())
                .anyMatch(c -> VitruvianEditors.BUILDER_ID.equals(c.getBuilderName())), "the nature installed no builder");
        for (String file : new String[] { "workflow.yaml", "recipe.yaml", "patient-ct.yaml", "services/ct-phantom.yaml",
                "services/calibrate.yaml", "services/segment.yaml", "services/mesh.yaml", "services/strength.yaml" }) {
            assertTrue(project.getFile(file).exists(), file + " was not copied from the template");
        }

        var contentType = project.getFile("workflow.yaml").getContentDescription();
        assertEquals(VitruvianEditors.PLUGIN_ID + ".workflow", contentType == null ? null : contentType.getContentType().getId(),
                "workflow.yaml is not seen as a Vitruvian workflow");
        assertEquals(VitruvianEditors.PLUGIN_ID + ".service",
                project.getFile("services/solve.yaml").getContentDescription().getContentType().getId());

        ModelBuilder.Check check = Ui.waitFor("the builder checked the project's models", () -> {
            ModelBuilder.Check last = lastCheck(project);
            return last != null && !last.files().isEmpty() ? last : null;
        });
        assertEquals(10, check.files().size(), "model files checked: " + check.files());
        IMarker[] markers = project.findMarkers(VitruvianEditors.PROBLEM_MARKER, true, IResource.DEPTH_INFINITE);
        assertEquals(0, markers.length, () -> "the bone-strength example should check clean: " + Workspace.describe(markers));

        IEditorReference editor = Ui.waitFor("the wizard opened workflow.yaml", () -> Arrays
                .stream(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().getEditorReferences())
                .filter(e -> "workflow.yaml".equals(e.getName())).findFirst().orElse(null));
        assertNotNull(editor.getEditor(true));
    }

    private static ModelBuilder.Check lastCheck(IProject project) {
        try {
            return (ModelBuilder.Check) project.getSessionProperty(ModelBuilder.LAST_CHECK);
        } catch (CoreException e) {
            return null;
        }
    }
}
