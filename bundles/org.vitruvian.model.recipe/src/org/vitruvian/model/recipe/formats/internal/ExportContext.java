package org.vitruvian.model.recipe.formats.internal;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.vitruvian.model.recipe.ContainerRecipe;
import org.vitruvian.model.recipe.PackageSet;
import org.vitruvian.model.recipe.RecipePackage;
import org.vitruvian.model.recipe.formats.ExportResult;
import org.vitruvian.model.recipe.formats.SourceLocator;

/** What both writers share: problems placed at the recipe value they concern, and the package steps. */
final class ExportContext {

    private final SourceLocator locator;
    private final Problems problems;

    ExportContext(SourceLocator locator) {
        this.locator = locator;
        this.problems = new Problems(locator.file());
    }

    void error(EObject object, EStructuralFeature feature, String code, String message) {
        SourceLocator.Position at = locator.position(object, feature);
        problems.error(at.line(), at.column(), code, message);
    }

    void warning(EObject object, EStructuralFeature feature, String code, String message) {
        SourceLocator.Position at = locator.position(object, feature);
        problems.warning(at.line(), at.column(), code, message);
    }

    ExportResult result(String text) {
        return new ExportResult(problems.hasErrors() ? null : text, problems.list());
    }

    /** One install command per package set, in the recipe's order; empty sets are skipped with a warning. */
    List<String> installCommands(ContainerRecipe recipe) {
        RecipePackage p = RecipePackage.eINSTANCE;
        List<String> commands = new java.util.ArrayList<>();
        for (PackageSet set : recipe.getPackages()) {
            if (set.getNames().isEmpty()) {
                warning(set, p.getPackageSet_Names(), "recipe.export-packages", "The " + set.getManager().getLiteral()
                        + " package list is empty, so no install command is written for it; remove it or add packages.");
                continue;
            }
            boolean ok = true;
            for (String name : set.getNames()) {
                if (name.isEmpty() || name.startsWith("-") || name.indexOf('\n') >= 0 || name.indexOf('\r') >= 0) {
                    error(set, p.getPackageSet_Names(), "recipe.export-value", "The " + set.getManager().getLiteral()
                            + " package '" + name + "' cannot be installed: a package name is not empty, does not start "
                            + "with '-' (it would be read as an option) and has no line break.");
                    ok = false;
                }
            }
            if (ok) {
                commands.add(PackageInstalls.command(set.getManager(), set.getNames()));
            }
        }
        return commands;
    }

    static String describe(EStructuralFeature feature, int index) {
        return switch (feature.getName()) {
            case "build" -> "Build command " + (index + 1);
            case "tests" -> "Test " + (index + 1);
            default -> "'" + feature.getName() + "'";
        };
    }
}
