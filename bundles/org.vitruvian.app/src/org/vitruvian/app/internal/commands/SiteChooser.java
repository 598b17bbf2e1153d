package org.vitruvian.app.internal.commands;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.vitruvian.compat.CompatibilityChecker;
import org.vitruvian.core.diagnostics.Diagnostic;
import org.vitruvian.model.common.validation.ModelProblem;
import org.vitruvian.model.recipe.ContainerRecipe;
import org.vitruvian.model.site.Site;
import org.vitruvian.model.trust.TrustPolicy;
import org.vitruvian.model.workflow.Step;
import org.vitruvian.model.workflow.StepServices;
import org.vitruvian.model.workflow.Workflow;
import org.vitruvian.model.yaml.ModelDiagnostics;
import org.vitruvian.sites.CatalogSite;
import org.vitruvian.sites.SiteCatalog;
import org.vitruvian.trust.TrustChecker;
import org.vitruvian.trust.Verdict;

/** Which sites a step may run on: trust allows its data there and its container works there. */
final class SiteChooser {

    private final CompatibilityChecker compatibility;
    private final TrustChecker trust;

    SiteChooser(CompatibilityChecker compatibility, TrustChecker trust) {
        this.compatibility = compatibility;
        this.trust = trust;
    }

    List<Diagnostic> compatibilityOf(Step step, Site site) {
        Optional<ContainerRecipe> recipe = StepServices.recipeOf(step);
        if (recipe.isEmpty()) {
            return List.of(ModelDiagnostics.toDiagnostic(ModelProblem.info("compat.no-recipe", "Step '" + step.getName()
                    + "' names no recipe, so it runs as a plain process on " + site.getId() + "; nothing to check.", step, null)));
        }
        return ModelDiagnostics.toDiagnostics(compatibility.check(recipe.get(), site, null, StepServices.resourcesOf(step).orElse(null), step));
    }

    /** The catalog's sites where the step is allowed and compatible, cheapest per core-hour first. */
    List<Site> fitting(Workflow workflow, Step step, SiteCatalog.Snapshot sites, TrustPolicy policy) {
        List<Site> fitting = new ArrayList<>();
        for (CatalogSite candidate : sites.runnable()) {
            boolean allowed = trust.check(workflow, s -> s == step ? candidate.site() : null, policy).stream()
                    .allMatch(t -> t.verdict() == Verdict.ALLOW);
            if (allowed && compatibilityOf(step, candidate.site()).stream().noneMatch(Diagnostic::isError)) {
                fitting.add(candidate.site());
            }
        }
        fitting.sort(Comparator.comparingDouble(SiteChooser::costPerCoreHour));
        return fitting;
    }

    static double costPerCoreHour(Site site) {
        return site.getCostPerCoreHour() == null ? Double.MAX_VALUE : site.getCostPerCoreHour();
    }
}
