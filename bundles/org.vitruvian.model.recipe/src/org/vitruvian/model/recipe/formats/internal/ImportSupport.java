package org.vitruvian.model.recipe.formats.internal;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.vitruvian.model.recipe.ContainerRecipe;
import org.vitruvian.model.recipe.PackageManager;
import org.vitruvian.model.recipe.PackageSet;
import org.vitruvian.model.recipe.RecipeFactory;
import org.vitruvian.model.recipe.formats.internal.PackageInstalls.Install;

/** What both readers share: turning build steps into packages and commands, and naming the recipe. */
final class ImportSupport {

    /** A build step as read: its text, and the command the scanner found when the text is exactly one. */
    record Step(String text, ShellScanner.Command command) {
    }

    private ImportSupport() {
    }

    /**
     * Installs at the start of the build become packages; the rest stay commands. Only the
     * leading installs, because a recipe's packages are installed before its build commands:
     * taking an install from after a build command would change the order things happen in.
     */
    static void addSteps(ContainerRecipe recipe, List<Step> steps) {
        int i = 0;
        while (i < steps.size() && steps.get(i).command() != null) {
            ShellScanner.Command command = steps.get(i).command();
            if (PackageInstalls.isAptUpdate(command) && i + 1 < steps.size() && steps.get(i + 1).command() != null) {
                Optional<Install> next = PackageInstalls.recognise(steps.get(i + 1).command());
                if (next.isPresent() && next.get().manager() == PackageManager.APT) {
                    addPackages(recipe, next.get());
                    i += 2;
                    continue;
                }
            }
            Optional<Install> install = PackageInstalls.recognise(command);
            if (install.isEmpty()) {
                break;
            }
            addPackages(recipe, install.get());
            i++;
        }
        for (; i < steps.size(); i++) {
            recipe.getBuild().add(ungroup(steps.get(i).text()));
        }
    }

    private static void addPackages(ContainerRecipe recipe, Install install) {
        PackageSet set = RecipeFactory.eINSTANCE.createPackageSet();
        set.setManager(install.manager());
        set.getNames().addAll(install.names());
        recipe.getPackages().add(set);
    }

    /** The exporter groups a multi-line command in braces on their own lines; this takes them off. */
    static String ungroup(String text) {
        return text.startsWith("{\n") && text.endsWith("\n}") ? text.substring(2, text.length() - 2) : text;
    }

    /**
     * A recipe name from the file name: {@code solver.def} and {@code solver.Containerfile} give
     * {@code solver}, {@code Containerfile.solver} too; a bare {@code Containerfile} takes its
     * folder's name. Lower case, as image names must be.
     */
    static String nameFor(String file) {
        Path path;
        try {
            path = Path.of(file).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            return "recipe";
        }
        String base = path.getFileName() == null ? "" : path.getFileName().toString();
        String lower = base.toLowerCase(Locale.ROOT);
        String name;
        if (lower.equals("containerfile") || lower.equals("dockerfile") || lower.isEmpty()) {
            Path folder = path.getParent();
            name = folder == null || folder.getFileName() == null ? "" : folder.getFileName().toString();
        } else if (lower.startsWith("containerfile.") || lower.startsWith("dockerfile.")) {
            name = base.substring(base.indexOf('.') + 1);
        } else {
            int dot = base.lastIndexOf('.');
            name = dot > 0 ? base.substring(0, dot) : base;
        }
        name = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-").replaceAll("^[._-]+|[._-]+$", "");
        return name.isEmpty() ? "recipe" : name;
    }
}
