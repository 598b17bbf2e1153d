package org.vitruvian.model.recipe.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.vitruvian.core.diagnostics.Diagnostic;
import org.vitruvian.core.diagnostics.Severity;
import org.vitruvian.model.recipe.ContainerRecipe;
import org.vitruvian.model.recipe.PackageManager;
import org.vitruvian.model.recipe.formats.ImportResult;
import org.vitruvian.model.recipe.formats.RecipeFormat;
import org.vitruvian.model.recipe.formats.RecipeImporter;

/** A hand-written Apptainer definition: what becomes the recipe, and a warning at the line of all else. */
class ApptainerImportTest {

    private final ImportResult result = RecipeImporter.read("hand-written.def", TestData.text("hand-written.def"));
    private final ContainerRecipe recipe = result.recipe();

    @Test
    void everythingARecipeCannotHoldIsReportedAtItsLine() {
        assertFalse(result.hasErrors());
        assertEquals(RecipeFormat.APPTAINER, result.format());
        assertEquals(List.of(
                "4:1 recipe.import-header", // Stage:
                "6:1 recipe.import-section", // %setup
                "17:5 recipe.import-variable", // PATH=...:$PATH
                "18:5 recipe.import-environment", // . /opt/env.sh
                "20:1 recipe.import-option", // %post -c /bin/bash
                "34:1 recipe.import-section", // %startscript
                "48:1 recipe.import-section"), // %appinstall viewer
                result.diagnostics().stream().map(ApptainerImportTest::where).toList());
        assertEquals(List.of(Severity.WARNING), result.diagnostics().stream().map(Diagnostic::severity).distinct().toList());
        assertEquals("hand-written.def:17:5: warning: The value of PATH is computed when the container starts ($, `...`); "
                + "a recipe's environment holds fixed values, so PATH is dropped. [recipe.import-variable]",
                result.diagnostics().get(2).format());
    }

    @Test
    void theHeaderGivesTheBaseImageAndTheFileNameTheRecipeName() {
        assertEquals("ubuntu:22.04", recipe.getBase().getImage());
        assertEquals("hand-written", recipe.getName());
    }

    @Test
    void leadingInstallsBecomePackagesAndTheRestStaysBuildCommands() {
        assertEquals(List.of(PackageManager.APT, PackageManager.PIP), recipe.getPackages().stream().map(p -> p.getManager()).toList());
        assertEquals(List.of("python3", "python3-pip"), recipe.getPackages().get(0).getNames());
        assertEquals(List.of("meshio"), recipe.getPackages().get(1).getNames());
        assertEquals(List.of("pip install -r /opt/requirements.txt",
                "if [ ! -d /opt/solver ]; then\n    mkdir -p /opt/solver\nfi",
                // an install after a build command stays where it is, so the order of the build is kept
                "apt-get install -y --no-install-recommends vim"), recipe.getBuild());
    }

    @Test
    void sectionsMapToTheirRecipeValues() {
        assertEquals(List.of("requirements.txt -> /opt/requirements.txt", "input data -> /data", "README.md -> README.md"),
                recipe.getFiles().stream().map(f -> f.getSource() + " -> " + f.getDestination()).toList());
        assertEquals(Map.of("LC_ALL", "C", "OMP_NUM_THREADS", "8", "SOLVER_HOME", "/opt/solver"), recipe.getEnvironment().map());
        assertEquals(List.of("python3", "/opt/solver/run.py", "--threads", "8"), recipe.getRun());
        assertEquals(List.of("python3 -c 'import meshio'"), recipe.getTests());
        assertEquals(Map.of("Author", "bone-team@vitruvian.example", "Version", "1.2"), recipe.getLabels().map());
        assertEquals("Runs the solver.\n  --threads N   worker threads", recipe.getHelp());
    }

    @Test
    void aRunscriptThatIsAScriptRunsWithShAndSaysSo() {
        ImportResult imported = RecipeImporter.read("x.def", "Bootstrap: docker\nFrom: alpine:3.20\n\n%runscript\n"
                + "    cd /data\n    exec solver \"$@\"\n");

        assertEquals(List.of("/bin/sh", "-c", "cd /data\nexec solver \"$@\""), imported.recipe().getRun());
        assertEquals(List.of("4:1 recipe.import-runscript"),
                imported.diagnostics().stream().map(ApptainerImportTest::where).toList());
    }

    @Test
    void onlyTheLastStageOfAMultiStageDefinitionIsImported() {
        ImportResult imported = RecipeImporter.read("x.def", "Bootstrap: docker\nFrom: golang:1.22\n\n%post\n    go build\n\n"
                + "Bootstrap: docker\nFrom: alpine:3.20\n\n%files from build\n    /src/app /app\n\n%post\n    echo final\n");

        assertEquals("alpine:3.20", imported.recipe().getBase().getImage());
        assertEquals(List.of("echo final"), imported.recipe().getBuild());
        assertEquals(List.of("1:1 recipe.import-stage", "10:1 recipe.import-section"),
                imported.diagnostics().stream().map(ApptainerImportTest::where).toList());
    }

    static String where(Diagnostic diagnostic) {
        return diagnostic.line() + ":" + diagnostic.column() + " " + diagnostic.code();
    }
}
