package org.vitruvian.ui.editors.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.ContainerSelectionDialog;
import org.eclipse.ui.ide.IDE;
import org.vitruvian.core.diagnostics.Diagnostic;
import org.vitruvian.core.diagnostics.Severity;
import org.vitruvian.model.recipe.formats.ImportResult;
import org.vitruvian.model.recipe.formats.RecipeImporter;
import org.vitruvian.model.yaml.YamlResource;

/**
 * File &gt; Import &gt; Vitruvian &gt; Container Recipe: reads an Apptainer definition file or a
 * Containerfile with the headless {@link RecipeImporter} that {@code vitruvian recipe import}
 * uses, shows what it found (the format, and a warning with its line for everything a recipe
 * cannot hold) as soon as a file is chosen, and writes the ContainerRecipe as YAML into a folder
 * of the workspace, then opens it in the recipe editor.
 */
public final class RecipeImportWizard extends Wizard implements IImportWizard {

    /** Widget data key naming the page's fields, for tests: "source", "folder", "name", "findings". */
    public static final String FIELD_KEY = "org.vitruvian.test.id";

    private Page page;
    private IContainer initialFolder;

    public RecipeImportWizard() {
        setWindowTitle("Import Container Recipe");
        setNeedsProgressMonitor(false);
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        Object first = selection == null ? null : selection.getFirstElement();
        IResource resource = first instanceof IResource r ? r : first == null ? null
                : org.eclipse.core.runtime.Adapters.adapt(first, IResource.class);
        if (resource != null) {
            initialFolder = resource instanceof IContainer container ? container : resource.getParent();
        }
    }

    @Override
    public void addPages() {
        page = new Page(initialFolder);
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        ImportResult result = page.result;
        IFile target = page.target();
        if (result == null || result.hasErrors() || target == null) {
            return false;
        }
        YamlResource resource = new YamlResource(URI.createPlatformResourceURI(target.getFullPath().toString(), true));
        resource.getContents().add(result.recipe());
        byte[] yaml = resource.toYaml().getBytes(StandardCharsets.UTF_8);
        try {
            if (target.exists()) {
                target.setContents(new ByteArrayInputStream(yaml), true, true, null);
            } else {
                target.create(new ByteArrayInputStream(yaml), true, null);
            }
        } catch (CoreException e) {
            page.setErrorMessage("Cannot write " + target.getFullPath() + ": " + e.getStatus().getMessage());
            return false;
        }
        try {
            IDE.openEditor(org.eclipse.ui.PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), target, true);
        } catch (PartInitException e) {
            // The recipe is written; the Problems view and the Project Explorer show it.
        }
        return true;
    }

    /** The one page: the file to import, where the recipe goes, and what the import found. */
    static final class Page extends WizardPage {

        private final IContainer initialFolder;
        private Text source;
        private Text folder;
        private Text name;
        private Text findings;
        private ImportResult result;
        private String readError;

        Page(IContainer initialFolder) {
            super("recipe");
            this.initialFolder = initialFolder;
            setTitle("Container Recipe from an Apptainer Definition or a Containerfile");
            setDescription("Read a .def file or a Containerfile into a Vitruvian ContainerRecipe, as 'vitruvian recipe import' does.");
        }

        @Override
        public void createControl(Composite parent) {
            Composite page = new Composite(parent, SWT.NONE);
            GridLayoutFactory.swtDefaults().numColumns(3).applyTo(page);
            source = row(page, "&File to import:", "source");
            Button browse = new Button(page, SWT.PUSH);
            browse.setText("&Browse...");
            browse.addListener(SWT.Selection, e -> {
                FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
                dialog.setText("Apptainer definition file or Containerfile");
                dialog.setFilterNames(new String[] { "Apptainer definition files (*.def)", "Containerfiles and Dockerfiles",
                        "All files" });
                dialog.setFilterExtensions(new String[] { "*.def", "Containerfile*;Dockerfile*;*.Containerfile;*.Dockerfile", "*" });
                String chosen = dialog.open();
                if (chosen != null) {
                    source.setText(chosen);
                }
            });
            folder = row(page, "Into &folder:", "folder");
            folder.setText(initialFolder == null ? "" : initialFolder.getFullPath().makeRelative().toString());
            Button choose = new Button(page, SWT.PUSH);
            choose.setText("B&rowse...");
            choose.addListener(SWT.Selection, e -> {
                ContainerSelectionDialog dialog = new ContainerSelectionDialog(getShell(), container(), false,
                        "Choose the folder for the recipe:");
                if (dialog.open() == ContainerSelectionDialog.OK && dialog.getResult().length > 0) {
                    folder.setText(((IPath) dialog.getResult()[0]).makeRelative().toString());
                }
            });
            name = row(page, "Recipe file &name:", "name");
            name.setText("recipe.yaml");
            new Label(page, SWT.NONE);
            Label found = new Label(page, SWT.NONE);
            found.setText("What the import found:");
            GridDataFactory.fillDefaults().span(3, 1).indent(0, 8).applyTo(found);
            findings = new Text(page, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.WRAP);
            findings.setData(FIELD_KEY, "findings");
            GridDataFactory.fillDefaults().span(3, 1).grab(true, true).hint(560, 160).applyTo(findings);
            source.addListener(SWT.Modify, e -> read());
            folder.addListener(SWT.Modify, e -> validate());
            name.addListener(SWT.Modify, e -> validate());
            setControl(page);
            validate();
        }

        private static Text row(Composite page, String label, String id) {
            Label text = new Label(page, SWT.NONE);
            text.setText(label);
            Text field = new Text(page, SWT.BORDER | SWT.SINGLE);
            field.setData(FIELD_KEY, id);
            GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(field);
            return field;
        }

        /** Imports the chosen file at once, so its warnings show before Finish; nothing is written yet. */
        private void read() {
            result = null;
            readError = null;
            String chosen = source.getText().strip();
            if (!chosen.isEmpty()) {
                Path file = Path.of(chosen);
                String display = file.getFileName() == null ? chosen : file.getFileName().toString();
                try {
                    if (!Files.isRegularFile(file)) {
                        readError = Files.isDirectory(file) ? "This is a folder; choose the file to import." : "No such file: " + chosen;
                    } else if (Files.size(file) > RecipeImporter.MAX_CHARS) {
                        readError = display + " is larger than " + RecipeImporter.MAX_CHARS / (1024 * 1024) + " MiB; no recipe is that large.";
                    } else {
                        String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
                        result = RecipeImporter.read(display, text);
                    }
                } catch (CharacterCodingException e) {
                    readError = display + " is not UTF-8 text; save it as UTF-8.";
                } catch (IOException e) {
                    readError = "Cannot read " + chosen + ": " + e.getMessage();
                }
                if (result != null && result.recipe() != null && result.recipe().getName() != null) {
                    String suggested = result.recipe().getName() + ".yaml";
                    if (name.getText().equals("recipe.yaml") && !suggested.equals("recipe.yaml") && container() != null
                            && container().getFile(IPath.fromOSString("recipe.yaml")).exists()) {
                        name.setText(suggested); // do not replace the recipe already there by default
                    }
                }
            }
            findings.setText(describe());
            validate();
        }

        private String describe() {
            if (readError != null) {
                return readError;
            }
            if (result == null) {
                return "";
            }
            StringBuilder text = new StringBuilder();
            if (result.format() != null) {
                text.append("Read as ").append(result.format().label());
                if (result.recipe() != null) {
                    text.append(": ContainerRecipe '").append(result.recipe().getName()).append('\'');
                }
                text.append(".\n");
            }
            List<Diagnostic> diagnostics = result.diagnostics();
            for (Diagnostic diagnostic : diagnostics) {
                text.append(diagnostic.line() > 0 ? "line " + diagnostic.line() + ": " : "").append(diagnostic.severity().label())
                        .append(": ").append(diagnostic.message()).append(" [").append(diagnostic.code()).append("]\n");
            }
            if (diagnostics.isEmpty()) {
                text.append("Everything in the file has its place in the recipe.");
            }
            return text.toString().strip();
        }

        private IContainer container() {
            String path = folder.getText().strip();
            if (path.isEmpty()) {
                return null;
            }
            IPath full = IPath.fromOSString(path).makeAbsolute();
            if (full.segmentCount() == 1) {
                return ResourcesPlugin.getWorkspace().getRoot().getProject(full.segment(0));
            }
            return full.segmentCount() == 0 ? null : ResourcesPlugin.getWorkspace().getRoot().getFolder(full);
        }

        IFile target() {
            IContainer container = container();
            String file = name.getText().strip();
            return container == null || file.isEmpty() ? null : container.getFile(IPath.fromOSString(file));
        }

        private void validate() {
            setMessage(null);
            String error = null;
            IContainer container = container();
            String file = name.getText().strip();
            if (source.getText().isBlank()) {
                error = "Choose an Apptainer definition file or a Containerfile.";
            } else if (readError != null) {
                error = readError;
            } else if (result != null && result.hasErrors()) {
                error = "The file cannot be imported: " + result.diagnostics().stream().filter(Diagnostic::isError).findFirst()
                        .map(d -> (d.line() > 0 ? "line " + d.line() + ": " : "") + d.message()).orElse("");
            } else if (container == null || !container.exists() || !container.getProject().isOpen()) {
                error = "Choose an existing folder of an open project for the recipe.";
            } else if (!file.endsWith(".yaml") && !file.endsWith(".yml")) {
                error = "The recipe's file name must end in .yaml or .yml, as Vitruvian models do.";
            } else if (file.contains("/") || file.contains("\\")) {
                error = "Give a file name; choose its folder above.";
            }
            setErrorMessage(error);
            if (error == null) {
                IFile target = target();
                long warnings = result == null ? 0 : result.diagnostics().stream().filter(d -> d.severity() == Severity.WARNING).count();
                if (target != null && target.exists()) {
                    setMessage(target.getFullPath() + " exists and will be replaced.", IMessageProvider.WARNING);
                } else if (warnings > 0) {
                    setMessage(warnings + (warnings == 1 ? " part" : " parts") + " of the file cannot be held by a recipe; "
                            + "see below.", IMessageProvider.WARNING);
                }
            }
            setPageComplete(error == null && result != null);
        }
    }
}
