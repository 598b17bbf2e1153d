package org.vitruvian.ui.editors.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitruvian.ui.editors.VitruvianEditors;
import org.vitruvian.ui.editors.internal.NewProjectWizard;
import org.vitruvian.ui.editors.internal.ProjectTemplate;
import org.vitruvian.ui.editors.internal.RecipeImportWizard;

/** File &gt; Import &gt; Vitruvian &gt; Container Recipe, filled in with real key presses and clicks. */
class RecipeImportWizardTest {

    @TempDir
    Path folder;

    @AfterEach
    void cleanUp() throws CoreException {
        Workspace.closeEditorsAndDeleteProjects();
    }

    @Test
    void anApptainerDefinitionBecomesARecipeInTheChosenProjectWithItsWarningsShownFirst() throws Exception {
        IProject project = Workspace.root().getProject("solver");
        NewProjectWizard.create(project, null, ProjectTemplate.byId("empty").orElseThrow(), new NullProgressMonitor());
        Path def = folder.resolve("solver.def");
        Files.writeString(def, "Bootstrap: docker\nFrom: debian:12\n\n%post\n    apt-get update && apt-get install -y "
                + "--no-install-recommends gcc\n    make -C /opt/solver\n\n%startscript\n    solver --serve\n");

        IWizardDescriptor descriptor = PlatformUI.getWorkbench().getImportWizardRegistry()
                .findWizard(VitruvianEditors.IMPORT_RECIPE_WIZARD_ID);
        assertNotNull(descriptor, "File > Import has no Vitruvian container recipe wizard");
        IImportWizard wizard = (IImportWizard) descriptor.createWizard();
        wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
        WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();

        Text source = field(dialog, "source");
        assertEquals("solver", field(dialog, "folder").getText(), "the selected project is where the recipe goes");
        Button finish = Ui.find(dialog.getShell(), Button.class, b -> b.getText().replace("&", "").equals("Finish"));
        assertFalse(finish.isEnabled(), "nothing to import yet");
        Ui.focus(source);
        Ui.type(def.toString());
        Text findings = field(dialog, "findings");
        Ui.waitUntil("the import's findings are shown before anything is written", () -> findings.getText()
                .startsWith("Read as Apptainer definition file: ContainerRecipe 'solver'."));
        assertTrue(findings.getText().contains("line 8: warning: Section %startscript is dropped"), findings.getText());
        assertFalse(project.getFile("recipe.yaml").exists(), "nothing is written before Finish");
        Ui.waitUntil("Finish is enabled", finish::isEnabled);
        Ui.click(finish);

        IFile recipe = project.getFile("recipe.yaml");
        Ui.waitUntil("the recipe is written", recipe::exists);
        String yaml = ModelEditorTest.read(recipe);
        assertTrue(yaml.startsWith("apiVersion: vitruvian/v1\nkind: ContainerRecipe\nname: solver\n"), yaml);
        assertTrue(yaml.contains("image: debian:12"), yaml);
        assertTrue(yaml.contains("names: [gcc]") && yaml.contains("build: [make -C /opt/solver]"),
                "the apt-get install became a package, the rest a build command: " + yaml);
        IEditorReference editor = Ui.waitFor("the recipe opens in its editor", () -> Arrays
                .stream(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().getEditorReferences())
                .filter(e -> "recipe.yaml".equals(e.getName())).findFirst().orElse(null));
        assertEquals("org.vitruvian.ui.editors.recipeEditor", editor.getId());
    }

    private static Text field(WizardDialog dialog, String id) {
        Text field = Ui.find(dialog.getShell(), Text.class, t -> id.equals(t.getData(RecipeImportWizard.FIELD_KEY)));
        assertNotNull(field, "the wizard has no " + id + " field");
        return field;
    }
}
