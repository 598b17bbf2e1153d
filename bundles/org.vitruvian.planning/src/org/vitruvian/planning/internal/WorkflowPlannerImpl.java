package org.vitruvian.planning.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vitruvian.compat.CompatibilityChecker;
import org.vitruvian.core.Digests;
import org.vitruvian.core.ExitCode;
import org.vitruvian.core.VitruvianException;
import org.vitruvian.core.diagnostics.Diagnostic;
import org.vitruvian.core.diagnostics.DiagnosticReport;
import org.vitruvian.core.diagnostics.Severity;
import org.vitruvian.model.common.validation.ModelProblem;
import org.vitruvian.model.common.validation.Suggestions;
import org.vitruvian.model.recipe.ContainerRecipe;
import org.vitruvian.model.service.ResourceRequest;
import org.vitruvian.model.site.Site;
import org.vitruvian.model.trust.TrustPolicy;
import org.vitruvian.model.workflow.Step;
import org.vitruvian.model.workflow.StepServices;
import org.vitruvian.model.workflow.Workflow;
import org.vitruvian.model.workflow.WorkflowPackage;
import org.vitruvian.model.yaml.ModelDiagnostics;
import org.vitruvian.model.yaml.ModelKinds;
import org.vitruvian.model.yaml.ModelService;
import org.vitruvian.model.yaml.ModelService.LoadedModel;
import org.vitruvian.model.yaml.ModelService.ModelSet;
import org.vitruvian.model.yaml.SourcePosition;
import org.vitruvian.model.yaml.YamlResource;
import org.vitruvian.planning.CostEstimate;
import org.vitruvian.planning.Placement;
import org.vitruvian.planning.PlanRequest;
import org.vitruvian.planning.ResolvedPolicy;
import org.vitruvian.planning.StepPlan;
import org.vitruvian.planning.WorkflowPlan;
import org.vitruvian.planning.WorkflowPlanner;
import org.vitruvian.sites.CatalogSite;
import org.vitruvian.sites.SiteCatalog;
import org.vitruvian.trust.CarriedData;
import org.vitruvian.trust.DataReach;
import org.vitruvian.trust.StepTrust;
import org.vitruvian.trust.TrustChecker;
import org.vitruvian.trust.Verdict;

@Component(service = WorkflowPlanner.class)
public final class WorkflowPlannerImpl implements WorkflowPlanner {

    private final ModelService models;
    private final SiteCatalog catalog;
    private final TrustChecker trust;
    private final CompatibilityChecker compatibility;

    @Activate
    public WorkflowPlannerImpl(@Reference ModelService models, @Reference SiteCatalog catalog, @Reference TrustChecker trust,
            @Reference CompatibilityChecker compatibility) {
        this.models = models;
        this.catalog = catalog;
        this.trust = trust;
        this.compatibility = compatibility;
    }

    @Override
    public WorkflowPlan plan(PlanRequest request) {
        SiteCatalog.Snapshot snapshot = catalog.snapshot();
        List<Path> files = new ArrayList<>(List.of(request.workflow()));
        if (request.policy() != null) {
            files.add(request.policy());
        }
        files.addAll(request.siteFiles());
        // The catalog's sites are visible to validation, so that a step's resources are checked against its pinned site.
        List<EObject> context = snapshot.runnable().stream().map(s -> (EObject) s.site()).toList();
        ModelSet loaded = models.load(files, context);
        DiagnosticReport report = new DiagnosticReport().addAll(loaded.report().diagnostics());
        if (loaded.hasErrors()) {
            return new WorkflowPlan(request, loaded, null, null, List.of(), report);
        }
        List<LoadedModel> models = loaded.models();
        Workflow workflow = kind(models.get(0), Workflow.class, "Workflow", "give the workflow file first", report);
        TrustPolicy custom = request.policy() == null ? null
                : kind(models.get(1), TrustPolicy.class, "TrustPolicy", "give a trust policy with --policy", report);
        List<Site> given = new ArrayList<>();
        for (LoadedModel model : models.subList(request.policy() == null ? 1 : 2, models.size())) {
            Site site = kind(model, Site.class, "Site", "give site files as sites", report);
            if (site != null) {
                given.add(site);
                if (site.getRefines() != null) {
                    report.add(at(model, Severity.WARNING, "plan.site-refines", "Site '" + site.getId() + "' refines '"
                            + site.getRefines() + "', but a site file given here is used as written; put it in "
                            + "$VITRUVIAN_HOME/sites for the catalog to apply its profile."));
                }
            }
        }
        if (report.hasErrors()) {
            return new WorkflowPlan(request, loaded, null, null, List.of(), report);
        }
        ResolvedPolicy policy = custom == null
                ? new ResolvedPolicy(trust.defaultPolicy(), null, trust.defaultPolicyLocation(), sha256(trust.defaultPolicy()))
                : new ResolvedPolicy(custom, request.policy(), request.policy().toAbsolutePath().normalize().toString(),
                        sha256(request.policy()));
        Sites sites = new Sites(given, snapshot);
        Site requested = null;
        if (request.siteId() != null) {
            requested = sites.find(request.siteId()).orElseThrow(() -> new VitruvianException(ExitCode.FAILED, "No site '"
                    + request.siteId() + "'; known: " + String.join(", ", sites.ids()) + "."));
        }
        return new Planning(request, loaded, workflow, policy, sites, requested, report).run();
    }

    /** The model's root when it is of the kind asked for; otherwise a diagnostic at its start, and null. */
    private static <T> T kind(LoadedModel model, Class<T> type, String kind, String remedy, DiagnosticReport report) {
        EObject root = model.root();
        if (type.isInstance(root)) {
            return type.cast(root);
        }
        String is = root == null ? "holds no model" : "is a " + ModelKinds.kindOf(root.eClass()).orElse(root.eClass().getName());
        report.add(at(model, Severity.ERROR, "plan.wrong-kind", "This file " + is + ", not a " + kind + "; " + remedy + "."));
        return null;
    }

    private static Diagnostic at(LoadedModel model, Severity severity, String code, String message) {
        EObject root = model.root();
        SourcePosition position = root != null && root.eResource() instanceof YamlResource yaml ? yaml.positionOf(root)
                : SourcePosition.UNKNOWN;
        String file = root != null && root.eResource() != null ? ModelDiagnostics.display(root.eResource().getURI())
                : String.valueOf(model.file());
        return new Diagnostic(file, position.line(), position.column(), severity, code, message);
    }

    private static String sha256(Path file) {
        try {
            return Digests.sha256(file);
        } catch (IOException e) {
            return null;
        }
    }

    /** The built-in policy is read from inside its bundle; its digest says which edition of the rules decided. */
    private static String sha256(TrustPolicy policy) {
        Resource resource = policy.eResource();
        if (resource == null || resource.getResourceSet() == null) {
            return null;
        }
        try (InputStream in = resource.getResourceSet().getURIConverter().createInputStream(resource.getURI())) {
            return Digests.sha256(in);
        } catch (IOException e) {
            return null;
        }
    }

    /** The sites steps may be placed on: the files given first, then the catalog's runnable sites. */
    static final class Sites {

        private final List<Site> all = new ArrayList<>();
        private final Map<String, Site> byId = new LinkedHashMap<>();

        Sites(List<Site> given, SiteCatalog.Snapshot snapshot) {
            for (Site site : given) {
                if (byId.putIfAbsent(site.getId(), site) == null) {
                    all.add(site);
                }
            }
            for (CatalogSite site : snapshot.runnable()) {
                if (byId.putIfAbsent(site.id(), site.site()) == null) {
                    all.add(site.site());
                }
            }
        }

        Optional<Site> find(String id) {
            return Optional.ofNullable(byId.get(id));
        }

        List<String> ids() {
            return List.copyOf(byId.keySet());
        }

        List<Site> all() {
            return all;
        }
    }

    /** One plan: the data followed once, then every step placed and judged. */
    private final class Planning {

        private final PlanRequest request;
        private final ModelSet loaded;
        private final Workflow workflow;
        private final ResolvedPolicy policy;
        private final Sites sites;
        private final Site requested;
        private final DiagnosticReport report;
        private final DataReach reach;
        /** Each step's recipe and resources, looked up once: finding a step's service parses its version range. */
        private final Map<Step, Runs> runs = new java.util.IdentityHashMap<>();
        /** The sites that fit, per combination of what decides it; steps of a long chain share a handful. */
        private final Map<FitKey, List<Site>> fitting = new HashMap<>();

        Planning(PlanRequest request, ModelSet loaded, Workflow workflow, ResolvedPolicy policy, Sites sites, Site requested,
                DiagnosticReport report) {
            this.request = request;
            this.loaded = loaded;
            this.workflow = workflow;
            this.policy = policy;
            this.sites = sites;
            this.requested = requested;
            this.report = report;
            this.reach = trust.reach(workflow);
        }

        WorkflowPlan run() {
            List<Place> places = new ArrayList<>();
            // Placement problems first, as check has always printed them, then each step's findings.
            for (Step step : workflow.getSteps()) {
                places.add(place(step));
            }
            List<StepPlan> steps = new ArrayList<>();
            for (Place place : places) {
                steps.add(judge(place));
            }
            return new WorkflowPlan(request, loaded, workflow, policy, steps, report);
        }

        private record Place(Step step, Site site, Placement placement, String why, List<Site> fitting) {
        }

        /** What a step runs: its recipe (null for a plain process) and resources (null when neither it nor its service says). */
        private record Runs(ContainerRecipe recipe, ResourceRequest resources) {
        }

        private Runs runsOf(Step step) {
            return runs.computeIfAbsent(step, s -> new Runs(StepServices.recipeOf(s).orElse(null),
                    StepServices.resourcesOf(s).orElse(null)));
        }

        private Place place(Step step) {
            if (step.getSite() != null) {
                Optional<Site> pinned = sites.find(step.getSite());
                if (pinned.isPresent()) {
                    return new Place(step, pinned.get(), Placement.PINNED, "pinned", null);
                }
                String why = "pinned to site '" + step.getSite() + "', which is not in the catalog";
                report.add(error("plan.unknown-site", "Step '" + step.getName() + "' is " + why + "; add it to "
                        + "$VITRUVIAN_HOME/sites, or remove the pin. Known sites: " + String.join(", ", sites.ids()) + "."
                        + Suggestions.didYouMean(step.getSite(), sites.ids()), step, WorkflowPackage.Literals.STEP__SITE));
                return new Place(step, null, Placement.UNPLACED, why, null);
            }
            if (requested != null) {
                return new Place(step, requested, Placement.REQUESTED, "--site", null);
            }
            if (request.unpinned() == PlanRequest.Unpinned.REFUSE) {
                report.add(error("plan.no-site", "Step '" + step.getName() + "' has no site: give --site ID or pin the step; "
                        + "'vitruvian plan' suggests one.", step));
                return new Place(step, null, Placement.UNPLACED, "no site given", null);
            }
            List<Site> fit = fittingSites(step);
            if (fit.isEmpty()) {
                report.add(error("plan.no-site", "Step '" + step.getName() + "': no site fits; 'vitruvian check' shows why "
                        + "each site is refused.", step));
                return new Place(step, null, Placement.UNPLACED, "no site fits", fit);
            }
            return new Place(step, fit.get(0), Placement.CHEAPEST_FITTING, "cheapest of " + fit.size() + " that fit", fit);
        }

        private StepPlan judge(Place place) {
            Step step = place.step();
            if (place.site() == null) {
                return new StepPlan(step, null, Placement.UNPLACED, place.why(), null, List.of(),
                        place.fitting() == null ? List.of() : place.fitting(), null, List.of());
            }
            Site site = place.site();
            List<Diagnostic> compat = compatibilityOf(step, site);
            report.addAll(compat);
            StepTrust decided = trust.decide(step, site, reach, policy.policy());
            report.add(trustDiagnostic(decided));
            List<Site> suggestions = List.of();
            if (decided.verdict() == Verdict.DENY || compat.stream().anyMatch(Diagnostic::isError)) {
                suggestions = place.fitting() != null ? place.fitting() : fittingSites(step);
                if (!suggestions.isEmpty()) {
                    report.add(ModelDiagnostics.toDiagnostic(ModelProblem.info("check.suggestion", "Step '" + step.getName()
                            + "' would be allowed and compatible on: " + String.join(", ", suggestions.stream().map(Site::getId)
                                    .toList()) + ".", step, null)));
                }
            }
            return new StepPlan(step, site, place.placement(), place.why(), decided, compat, suggestions,
                    estimate(step, runsOf(step).resources(), site),
                    compatibility.partitions(runsOf(step).recipe(), site, runsOf(step).resources()));
        }

        /** The sites where the step is allowed and compatible, cheapest per core-hour first (ties in catalog order). */
        private List<Site> fittingSites(Step step) {
            Runs runs = runsOf(step);
            ContainerRecipe recipe = runs.recipe();
            ResourceRequest resources = runs.resources();
            FitKey key = new FitKey(dataSignature(reach.at(step)), recipe, ContentKey.of(resources));
            List<Site> known = fitting.get(key);
            if (known != null) {
                return known;
            }
            List<Site> fit = new ArrayList<>();
            for (Site candidate : sites.all()) {
                boolean allowed = trust.decide(step, candidate, reach, policy.policy()).verdict() == Verdict.ALLOW;
                if (allowed && (recipe == null || compatibility.check(recipe, candidate, null, resources, step).stream()
                        .noneMatch(d -> d.getSeverity() == org.eclipse.emf.common.util.Diagnostic.ERROR))) {
                    fit.add(candidate);
                }
            }
            fit.sort(Comparator.comparingDouble(WorkflowPlannerImpl::costPerCoreHour));
            List<Site> result = List.copyOf(fit);
            fitting.put(key, result);
            return result;
        }

        private List<Diagnostic> compatibilityOf(Step step, Site site) {
            Runs runs = runsOf(step);
            if (runs.recipe() == null) {
                return List.of(ModelDiagnostics.toDiagnostic(ModelProblem.info("compat.no-recipe", "Step '" + step.getName()
                        + "' names no recipe, so it runs as a plain process on " + site.getId() + "; nothing to check.", step,
                        null)));
            }
            return ModelDiagnostics.toDiagnostics(compatibility.check(runs.recipe(), site, null, runs.resources(), step));
        }

        private Diagnostic trustDiagnostic(StepTrust decided) {
            String rule = decided.deciding().rule() == null ? "" : " (rule " + decided.deciding().rule().getName() + ")";
            List<String> path = CarriedData.shown(decided.decidingPath());
            String shown = path.isEmpty() ? "" : "; data path: " + String.join(", ", path);
            String message = "Step '" + decided.step().getName() + "' on " + decided.siteId() + ": " + decided.deciding().reason()
                    + rule + shown;
            return ModelDiagnostics.toDiagnostic(decided.verdict() == Verdict.DENY
                    ? ModelProblem.error("trust.deny", message, decided.step(), null)
                    : ModelProblem.info("trust.allow", message, decided.step(), null));
        }

        private Diagnostic error(String code, String message, Step step) {
            return error(code, message, step, null);
        }

        private Diagnostic error(String code, String message, Step step, EStructuralFeature feature) {
            return ModelDiagnostics.toDiagnostic(ModelProblem.error(code, message, step, feature));
        }
    }

    /** What decides whether a site fits a step: the data reaching it, its recipe (by identity) and its resources (by content). */
    private record FitKey(List<String> data, ContainerRecipe recipe, Object resources) {
    }

    /** The classes of data reaching a step as trust tells them apart; unknown classes (no dataClass) included. */
    private static List<String> dataSignature(List<CarriedData> carried) {
        return carried.stream().map(d -> d.dataClass() == null ? "?" : d.describe()).toList();
    }

    static CostEstimate estimate(Step step, ResourceRequest resources, Site site) {
        long runs = Sweeps.runs(step.getSweep());
        double hours = resources == null || resources.getWalltime() == null ? 1 : resources.getWalltime().toSeconds() / 3600.0;
        int cores = resources == null || resources.getCores() == null ? 1 : resources.getCores();
        double coreHours = runs * cores * hours;
        return new CostEstimate(runs, cores, hours, Math.round(coreHours * 100) / 100.0,
                site.getCostPerCoreHour() == null ? null : coreHours * site.getCostPerCoreHour());
    }

    static double costPerCoreHour(Site site) {
        return site.getCostPerCoreHour() == null ? Double.MAX_VALUE : site.getCostPerCoreHour();
    }
}
