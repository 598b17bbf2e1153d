package org.vitruvian.ui.editors.internal.editor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.QualifiedName;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.vitruvian.core.VitruvianException;
import org.vitruvian.core.diagnostics.Diagnostic;
import org.vitruvian.core.diagnostics.Severity;
import org.vitruvian.core.services.ServiceHandle;
import org.vitruvian.core.services.Services;
import org.vitruvian.model.site.Site;
import org.vitruvian.model.yaml.ModelService;
import org.vitruvian.planning.StepPlan;
import org.vitruvian.planning.WorkflowPlan;
import org.vitruvian.planning.WorkflowPlanner;
import org.vitruvian.sites.CatalogSite;
import org.vitruvian.sites.SiteCatalog;
import org.vitruvian.trust.CarriedData;
import org.vitruvian.ui.diagram.StepCheck;
import org.vitruvian.ui.editors.VitruvianEditors;
import org.vitruvian.ui.editors.internal.ProjectPlanning;

/**
 * The workflow editor's target site and what the headless {@link WorkflowPlanner} decides for
 * it: the question {@code vitruvian check WORKFLOW --site ID} answers, or {@code vitruvian plan
 * WORKFLOW} when no site is chosen (every unpinned step on the cheapest site that fits). The
 * Diagram page draws each step's verdict from it and the Plan page its placement table.
 *
 * <p>The planner reads files, so it plans the workflow as saved: choosing a site, saving the
 * file, or a change to another model file of the project plans again. Planning runs in an
 * Eclipse {@link Job}, never on the UI thread; a newer request makes an older result stale,
 * and stale results are dropped. The chosen site is remembered with the file.
 */
public final class SitePlan {

    /** The file's persistent property holding the chosen site id (absent: cheapest that fits). */
    public static final QualifiedName TARGET_SITE = new QualifiedName(VitruvianEditors.PLUGIN_ID, "targetSite");

    /** A site the selector offers. */
    public record Choice(String id, String label) {
    }

    /**
     * One answer.
     *
     * @param siteId  the site asked about, or null for "cheapest that fits"
     * @param choices the sites the selector offers: the catalog's runnable sites and the project's site files
     * @param plan    the planner's answer, or null when it could not be asked (see {@code error})
     * @param error   why there is no plan (an unknown site, no service), or null
     * @param checks  by step name, the plan as the diagram draws it
     * @param policy  the policy decided with, for people
     * @param millis  how long planning took
     */
    public record Result(String siteId, List<Choice> choices, WorkflowPlan plan, String error, Map<String, StepCheck> checks,
            String policy, long millis) {

        public long denied() {
            return plan == null ? 0 : plan.steps().stream().filter(s -> s.trust() != null && s.trust().verdict() == org.vitruvian.trust.Verdict.DENY).count();
        }
    }

    private static final long DELAY_MS = 150;

    private final IFile file;
    private final List<Consumer<Result>> listeners = new CopyOnWriteArrayList<>();
    private final AtomicLong generation = new AtomicLong();
    private final Job job;
    private final IResourceChangeListener resources = this::resourcesChanged;
    private volatile String siteId;
    private volatile Result result;

    SitePlan(IFile file) {
        this.file = file;
        String remembered = null;
        try {
            remembered = file.getPersistentProperty(TARGET_SITE);
        } catch (CoreException e) {
            // No property store (a file outside the workspace's metadata): start with "cheapest that fits".
        }
        siteId = remembered;
        job = Job.create("Planning " + file.getName(), this::plan);
        job.setSystem(false);
        job.setUser(false);
        ResourcesPlugin.getWorkspace().addResourceChangeListener(resources, IResourceChangeEvent.POST_CHANGE);
    }

    /** The site chosen, or null for "cheapest that fits". */
    public String siteId() {
        return siteId;
    }

    /** The latest answer, or null before the first. */
    public Result result() {
        return result;
    }

    /** Chooses the target site (null: cheapest that fits) and plans again. */
    public void setSite(String id) {
        if (id == null ? siteId == null : id.equals(siteId)) {
            return;
        }
        siteId = id;
        try {
            file.setPersistentProperty(TARGET_SITE, id);
        } catch (CoreException e) {
            // Not remembered across sessions; the choice still holds in this editor.
        }
        schedule();
    }

    /** Told on the UI thread of every new answer. */
    public void addListener(Consumer<Result> listener) {
        listeners.add(listener);
    }

    /** Plans again soon, off the UI thread; an answer still being computed is dropped. */
    public void schedule() {
        generation.incrementAndGet();
        job.cancel();
        job.schedule(DELAY_MS);
    }

    /** The planning job, for tests that wait for it. */
    Job job() {
        return job;
    }

    void dispose() {
        ResourcesPlugin.getWorkspace().removeResourceChangeListener(resources);
        generation.incrementAndGet();
        job.cancel();
        listeners.clear();
    }

    private IStatus plan(IProgressMonitor monitor) {
        long asked = generation.get();
        String site = siteId;
        long start = System.nanoTime();
        Result answer;
        IPath location = file.getLocation();
        if (location == null) {
            return Status.OK_STATUS;
        }
        try (ServiceHandle<WorkflowPlanner> planner = Services.await(SitePlan.class, WorkflowPlanner.class);
                ServiceHandle<SiteCatalog> catalog = Services.await(SitePlan.class, SiteCatalog.class);
                ServiceHandle<ModelService> models = Services.await(SitePlan.class, ModelService.class)) {
            ProjectPlanning planning = ProjectPlanning.of(file.getProject());
            List<Choice> choices = choices(catalog.get(), models.get(), planning);
            if (monitor.isCanceled() || asked != generation.get()) {
                return Status.CANCEL_STATUS;
            }
            try {
                WorkflowPlan plan = planner.get().plan(planning.request(location.toPath(), site));
                answer = new Result(site, choices, plan, plan.workflow() == null ? loadError(plan) : null, checks(plan),
                        planning.policyLabel(), (System.nanoTime() - start) / 1_000_000);
            } catch (VitruvianException e) {
                answer = new Result(site, choices, null, e.getMessage(), Map.of(), planning.policyLabel(),
                        (System.nanoTime() - start) / 1_000_000);
            }
        } catch (CoreException | RuntimeException e) {
            answer = new Result(site, List.of(), null, "Cannot plan: " + e.getMessage(), Map.of(), "", 0);
        }
        if (monitor.isCanceled() || asked != generation.get()) {
            return Status.CANCEL_STATUS;
        }
        Result done = answer;
        Display display = Display.getDefault();
        if (!display.isDisposed()) {
            display.asyncExec(() -> {
                if (asked != generation.get()) {
                    return;
                }
                result = done;
                for (Consumer<Result> listener : listeners) {
                    listener.accept(done);
                }
            });
        }
        return Status.OK_STATUS;
    }

    /** The first error of a plan that did not get as far as placing steps: the file needs fixing first. */
    private static String loadError(WorkflowPlan plan) {
        return plan.report().diagnostics().stream().filter(Diagnostic::isError).findFirst()
                .map(d -> "The saved file does not load: " + d.format()).orElse("The saved file holds no workflow.");
    }

    private static List<Choice> choices(SiteCatalog catalog, ModelService models, ProjectPlanning planning) {
        Map<String, Choice> choices = new LinkedHashMap<>();
        if (!planning.siteFiles().isEmpty()) {
            // The project's own sites first: they are the ones its author is working on.
            for (var model : models.load(planning.siteFiles()).models()) {
                if (model.root() instanceof Site site && site.getId() != null && !site.isProfile()) {
                    choices.putIfAbsent(site.getId(), new Choice(site.getId(), label(site) + " \u00b7 " + model.file().getFileName()));
                }
            }
        }
        List<CatalogSite> runnable = new ArrayList<>(catalog.snapshot().runnable());
        runnable.sort(java.util.Comparator.comparing(CatalogSite::id));
        for (CatalogSite site : runnable) {
            choices.putIfAbsent(site.id(), new Choice(site.id(), label(site.site())));
        }
        return List.copyOf(choices.values());
    }

    private static String label(Site site) {
        String name = site.getName() != null && !site.getName().equals(site.getId()) ? " \u2014 " + site.getName() : "";
        String type = site.getType() != null ? " (" + site.getType().getLiteral() + ")" : "";
        return site.getId() + name + type;
    }

    /** The plan as the diagram draws it: per step, where, the trust verdict with its rule and path, the findings that matter. */
    static Map<String, StepCheck> checks(WorkflowPlan plan) {
        Map<String, StepCheck> checks = new LinkedHashMap<>();
        for (StepPlan step : plan.steps()) {
            if (step.step().getName() != null) {
                checks.put(step.step().getName(), check(step));
            }
        }
        return checks;
    }

    static StepCheck check(StepPlan step) {
        var trust = step.trust();
        String rule = trust == null || trust.deciding().rule() == null ? null : trust.deciding().rule().getName();
        return new StepCheck(step.siteId(), step.why(), trust == null ? null : trust.verdict(),
                trust == null ? "Not placed: " + step.why() + "." : trust.deciding().reason(), rule,
                trust == null ? List.of() : CarriedData.shown(trust.decidingPath()),
                step.compatibility().stream().filter(d -> d.severity() != Severity.INFO).toList());
    }

    /** Plans again when the file, or another model file of its project (a service, a site, the policy), changes. */
    private void resourcesChanged(IResourceChangeEvent event) {
        IResourceDelta delta = event.getDelta();
        if (delta == null) {
            return;
        }
        IResourceDelta project = delta.findMember(file.getProject().getFullPath());
        if (project == null) {
            return;
        }
        boolean[] touched = { false };
        try {
            project.accept(d -> {
                IResource resource = d.getResource();
                if (resource.getType() == IResource.FILE && (d.getFlags() & IResourceDelta.CONTENT) != 0
                        || resource.getType() == IResource.FILE && d.getKind() != IResourceDelta.CHANGED) {
                    String name = resource.getName();
                    touched[0] |= name.endsWith(".yaml") || name.endsWith(".yml");
                }
                return !touched[0];
            });
        } catch (CoreException e) {
            return;
        }
        if (touched[0]) {
            schedule();
        }
    }

    /** Path of the planned file, for messages. */
    Path path() {
        return file.getLocation() == null ? Path.of(file.getName()) : file.getLocation().toPath();
    }
}
