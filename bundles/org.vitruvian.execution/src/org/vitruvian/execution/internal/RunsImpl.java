package org.vitruvian.execution.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.vitruvian.core.Digests;
import org.vitruvian.core.ExitCode;
import org.vitruvian.core.VitruvianException;
import org.vitruvian.core.diagnostics.Diagnostic;
import org.vitruvian.core.diagnostics.DiagnosticReport;
import org.vitruvian.core.diagnostics.Severity;
import org.vitruvian.execution.FileRecord;
import org.vitruvian.execution.RecordedJson;
import org.vitruvian.execution.RunEvent;
import org.vitruvian.execution.RunListener;
import org.vitruvian.execution.RunRecord;
import org.vitruvian.execution.RunRecord.PolicyRef;
import org.vitruvian.execution.RunRecord.WorkflowRef;
import org.vitruvian.execution.RunState;
import org.vitruvian.execution.RunStore;
import org.vitruvian.execution.Runs;
import org.vitruvian.execution.StepRecord;
import org.vitruvian.execution.StepState;
import org.vitruvian.execution.TargetRegistry;
import org.vitruvian.execution.spi.ContainerImage;
import org.vitruvian.execution.spi.FailureReason;
import org.vitruvian.execution.spi.JobSpec;
import org.vitruvian.execution.spi.JobState;
import org.vitruvian.execution.spi.JobStatus;
import org.vitruvian.execution.spi.TargetAdapter;
import org.vitruvian.execution.spi.TargetException;
import org.vitruvian.model.common.validation.ModelProblem;
import org.vitruvian.model.recipe.ContainerRecipe;
import org.vitruvian.model.recipe.RecipeRuntime;
import org.vitruvian.model.service.DataPort;
import org.vitruvian.model.service.Parameter;
import org.vitruvian.model.service.ResourceRequest;
import org.vitruvian.model.service.ServiceDefinition;
import org.vitruvian.model.site.ContainerRuntimeKind;
import org.vitruvian.model.site.Site;
import org.vitruvian.model.workflow.Link;
import org.vitruvian.model.workflow.Step;
import org.vitruvian.model.workflow.StepServices;
import org.vitruvian.model.workflow.Workflow;
import org.vitruvian.model.yaml.ModelDiagnostics;
import org.vitruvian.planning.PlanRequest;
import org.vitruvian.planning.StepPlan;
import org.vitruvian.planning.WorkflowPlan;
import org.vitruvian.planning.WorkflowPlanner;
import org.vitruvian.sites.CatalogSite;
import org.vitruvian.sites.SiteCatalog;
import org.vitruvian.trust.StepTrust;

/**
 * The run engine: starts runs and moves each step through its states
 * (CREATED, SUBMITTING, SUBMITTED, QUEUED, RUNNING, COMPLETING, COMPLETED / FAILED / CANCELLED,
 * with UNKNOWN while a target does not answer) every time a run is advanced. Every change is
 * made under the run's lock in the {@link RunStore}, so any process may advance any run.
 *
 * <p>Faults of a target are of two kinds. A transient one (the site does not answer, the
 * scheduler restarts) never fails a step: the step waits with backoff and the target is asked
 * again, first whether it already has the job, so one attempt never makes two jobs. A
 * permanent one (a folder that cannot be written) fails the step with the target's words.
 */
@Component(service = Runs.class)
public final class RunsImpl implements Runs {

    /** Reason recorded for a step whose job the target refused or could not take. */
    public static final String SUBMISSION_REASON = "SUBMISSION";

    /** Transient faults in a row after which a submission is given up: about 1.5 h of backoff. */
    static final int MAX_SUBMISSION_FAULTS = 12;
    /** The first wait after a transient fault; tests shorten it with the system property {@code vitruvian.submitBackoffMillis}. */
    private static Duration firstBackoff() {
        return Duration.ofMillis(Math.max(1, Long.getLong("vitruvian.submitBackoffMillis", 2000)));
    }

    private static final Duration LONGEST_BACKOFF = Duration.ofMinutes(10);

    private final WorkflowPlanner planner;
    private final SiteCatalog catalog;
    private final TargetRegistry targets;
    private final List<RunListener> listeners = new CopyOnWriteArrayList<>();
    private RunStoreWatcher watcher;

    @Activate
    public RunsImpl(@Reference WorkflowPlanner planner, @Reference SiteCatalog catalog, @Reference TargetRegistry targets) {
        this.planner = planner;
        this.catalog = catalog;
        this.targets = targets;
    }

    @Deactivate
    synchronized void deactivate() {
        if (watcher != null) {
            watcher.close();
            watcher = null;
        }
    }

    @Override
    public RunStore store() {
        return RunStore.inHome();
    }

    // --- events ---------------------------------------------------------------------------

    @Override
    public synchronized void addListener(RunListener listener) {
        listeners.add(listener);
        if (watcher == null) {
            watcher = new RunStoreWatcher(store(), this::notifyListeners);
            watcher.start();
        }
    }

    @Override
    public synchronized void removeListener(RunListener listener) {
        listeners.remove(listener);
        if (listeners.isEmpty() && watcher != null) {
            watcher.close();
            watcher = null;
        }
    }

    /**
     * Tells listeners what changed since {@code before} (null: the run is new). While the watcher
     * runs, the news goes through it, so that what it reads of the same writes is told once and
     * in order.
     */
    private void changed(RunRecord before, RunRecord after) {
        RunStoreWatcher current;
        synchronized (this) {
            current = watcher;
        }
        if (current != null) {
            current.offer(after);
            return;
        }
        RunEvent event = RunStoreWatcher.difference(before, after);
        if (event != null) {
            notifyListeners(event);
        }
    }

    private void notifyListeners(RunEvent event) {
        for (RunListener listener : listeners) {
            try {
                listener.runChanged(event);
            } catch (RuntimeException e) {
                // One listener's bug must not stop the engine or the other listeners.
                System.getLogger(RunsImpl.class.getName()).log(System.Logger.Level.WARNING, "a run listener failed", e);
            }
        }
    }

    // --- starting -------------------------------------------------------------------------

    @Override
    public Started start(Request request) {
        // What 'check' and 'plan' decide, decided by the same service: load, policy, placement, trust, compatibility.
        WorkflowPlan plan = planner.plan(PlanRequest.run(request.workflow(), request.siteId(), request.policy()));
        DiagnosticReport report = new DiagnosticReport();
        plan.report().diagnostics().stream().filter(d -> d.severity() != Severity.INFO).forEach(report::add);
        Workflow workflow = plan.workflow();
        if (workflow == null || plan.steps().stream().anyMatch(step -> !step.isPlaced())) {
            // Files that do not load, or steps with no site: nothing to decide or record yet.
            return new Started(null, true, report);
        }
        Map<String, String> parameters = parameterValues(workflow, request.parameters());
        Map<Step, Site> placement = plan.placement();
        Map<String, Path> inputs = inputFiles(workflow, request.inputs(), report);
        if (report.diagnostics().stream().anyMatch(d -> d.isError() && d.code().startsWith("run."))) {
            return new Started(null, true, report);
        }

        List<Object> decisions = new ArrayList<>();
        for (StepTrust decided : plan.trust()) {
            decisions.add(decided.toJsonValue());
        }
        List<Object> compatFindings = new ArrayList<>();
        for (WorkflowPlan.Finding finding : plan.compatibility()) {
            compatFindings.add(Map.of("step", finding.step().getName(), "severity", finding.diagnostic().severity().label(), "code",
                    finding.diagnostic().code(), "message", finding.diagnostic().message()));
        }
        for (Step step : workflow.getSteps()) {
            Optional<ContainerRecipe> recipe = StepServices.recipeOf(step);
            String unavailable = recipe.isEmpty() ? null : podmanUnavailable(step, recipe.get(), placement.get(step));
            if (unavailable != null) {
                report.add(ModelDiagnostics.toDiagnostic(ModelProblem.error("run.podman", unavailable, step, null)));
            }
        }

        RunRecord.Builder run = RunRecord.builder();
        // A workflow without a version is recorded as having none, not as the version "null".
        run.workflow(new WorkflowRef(workflow.getName(), workflow.getVersion(), request.workflow().toAbsolutePath().normalize()));
        run.site(request.siteId());
        run.created(Instant.now());
        run.parameters(parameters);
        Map<String, FileRecord> inputRecords = new LinkedHashMap<>();
        inputs.forEach((name, file) -> inputRecords.put(name, fileRecord(file)));
        run.inputs(inputRecords);
        // Where each workflow output comes from, as the workflow said when it ran: the file may change later.
        Map<String, String> outputSources = new LinkedHashMap<>();
        for (Link link : workflow.getLinks()) {
            if (link.getFrom().indexOf('.') > 0 && !link.getTo().contains(".")) {
                outputSources.put(link.getTo(), link.getFrom());
            }
        }
        run.outputs(outputSources);
        run.policy(new PolicyRef(plan.policy().name(), plan.policy().location(), plan.policy().sha256()));
        run.trust(RecordedJson.of(decisions));
        run.compatibility(RecordedJson.of(compatFindings));
        run.provenance(RunRecordJson.provenance(Provenance.of(plan.models().resourceSet().getResources(), request.workflow())));

        RunStore store = store();
        if (report.hasErrors()) {
            run.state(RunState.REFUSED);
            run.refusal(report.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::format).toList());
            String runId = store.create(run.build());
            changed(null, store.read(runId));
            return new Started(runId, true, report);
        }
        String runId = store.newId();
        Path runFolder = store.folder(runId);
        Map<ContainerRecipe, ContainerImage> images = new IdentityHashMap<>();
        try {
            Path deployFolder = runFolder.resolve("deploy");
            for (StepPlan planned : plan.steps()) {
                Step step = planned.step();
                run.step(plannedStep(workflow, step, placement.get(step), parameters, inputs, runFolder, deployFolder, images)
                        .partitions(planned.partitions()));
            }
        } catch (VitruvianException e) {
            run.state(RunState.REFUSED).refusal(List.of(e.getMessage())).id(runId);
            run.steps().clear();
            store.create(run.build());
            report.add(Diagnostic.error(request.workflow().toString(), 0, 0, "run.prepare", e.getMessage()));
            changed(null, store.read(runId));
            return new Started(runId, true, report);
        }
        // The run and its planned steps are written together: a run is never seen without its steps.
        run.state(RunState.RUNNING).id(runId);
        if (!images.isEmpty()) {
            Map<String, Object> built = new LinkedHashMap<>();
            for (ContainerImage image : images.values()) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("recipe", image.recipe());
                entry.put("context", image.context() == null ? null : image.context().toString());
                entry.put("built", image.built());
                entry.put("log", image.log() == null ? null : image.log().toString());
                built.put(image.reference(), entry);
            }
            run.images(RecordedJson.of(built));
        }
        store.create(run.build());
        changed(null, store.read(runId));
        try {
            advance(runId);
        } catch (VitruvianException e) {
            // The run exists and says what happened; the caller prints its id and the cause.
            report.add(Diagnostic.warning(request.workflow().toString(), 0, 0, "run.advance", e.getMessage()));
        }
        return new Started(runId, false, report);
    }

    /** Why a step whose recipe asks for Podman cannot have it where it is placed, or null when it can. */
    private String podmanUnavailable(Step step, ContainerRecipe recipe, Site site) {
        if (RecipeRuntime.of(recipe).orElse(RecipeRuntime.PROCESS) != RecipeRuntime.PODMAN) {
            return null;
        }
        String asks = "Step '" + step.getName() + "' runs in a Podman container (recipe " + recipe.getName() + " says "
                + RecipeRuntime.LABEL + ": podman), but ";
        if (site.getContainerRuntimes().stream().noneMatch(r -> r.getKind() == ContainerRuntimeKind.PODMAN)) {
            String remedy = "local".equals(site.getId()) ? "install podman and runc (Debian: apt-get install podman runc) and run again"
                    : "add podman to the site's containerRuntimes if it has it";
            return asks + "site '" + site.getId() + "' offers no Podman: " + remedy
                    + ", or remove the label to run the step as a plain process.";
        }
        Optional<TargetAdapter> adapter = targets.adapterFor(site);
        if (adapter.isPresent() && !adapter.get().capabilities().contains(TargetAdapter.Capability.CONTAINERS)) {
            return asks + "the target adapter '" + adapter.get().name() + "' of site '" + site.getId()
                    + "' runs no containers; remove the label to run the step as a plain process.";
        }
        return null;
    }

    private Map<String, String> parameterValues(Workflow workflow, Map<String, String> given) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Parameter parameter : workflow.getParameters()) {
            if (parameter.getDefault() != null) {
                values.put(parameter.getName(), parameter.getDefault());
            }
        }
        for (Map.Entry<String, String> entry : given.entrySet()) {
            Optional<Parameter> parameter = workflow.getParameters().stream().filter(p -> p.getName().equals(entry.getKey())).findFirst();
            if (parameter.isEmpty()) {
                throw new VitruvianException(ExitCode.USAGE, "The workflow has no parameter '" + entry.getKey() + "'; it has: "
                        + String.join(", ", workflow.getParameters().stream().map(Parameter::getName).toList()) + ".");
            }
            values.put(entry.getKey(), entry.getValue());
        }
        return values;
    }

    private static Map<String, Path> inputFiles(Workflow workflow, Map<String, Path> given, DiagnosticReport report) {
        Map<String, Path> inputs = new LinkedHashMap<>();
        for (DataPort input : workflow.getInputs()) {
            Path file = given.get(input.getName());
            boolean linked = workflow.getLinks().stream().anyMatch(l -> l.getFrom().equals(input.getName()));
            if (file == null) {
                if (linked && !(input.isSetOptional() && input.isOptional())) {
                    report.add(Diagnostic.error(String.valueOf(input.getName()), 0, 0, "run.missing-input", "The workflow needs input '"
                            + input.getName() + "' (" + input.getFormat() + "); give it with --input " + input.getName() + "=PATH."));
                }
                continue;
            }
            if (!Files.exists(file)) {
                report.add(Diagnostic.error(file.toString(), 0, 0, "run.missing-input", "Input '" + input.getName()
                        + "' does not exist; check the path."));
                continue;
            }
            inputs.put(input.getName(), file.toAbsolutePath().normalize());
        }
        for (String name : given.keySet()) {
            if (workflow.getInputs().stream().noneMatch(i -> i.getName().equals(name))) {
                throw new VitruvianException(ExitCode.USAGE, "The workflow has no input '" + name + "'.");
            }
        }
        return inputs;
    }

    private StepRecord.Builder plannedStep(Workflow workflow, Step step, Site site, Map<String, String> workflowParameters,
            Map<String, Path> workflowInputs, Path runFolder, Path deployFolder, Map<ContainerRecipe, ContainerImage> images) {
        ServiceDefinition service = StepServices.serviceOf(step).orElseThrow(() -> new VitruvianException(ExitCode.FAILED,
                "The service of step '" + step.getName() + "' does not resolve; 'vitruvian validate' says why."));
        TargetAdapter adapter = targets.adapterFor(site).orElseThrow(() -> new VitruvianException(ExitCode.ENVIRONMENT,
                "No target adapter runs jobs on site '" + site.getId() + "' (installed: "
                        + String.join(", ", targets.adapters().stream().map(TargetAdapter::name).toList()) + ")."));
        ContainerRecipe recipe = StepServices.recipeOf(step).orElse(null);
        boolean container = recipe != null && RecipeRuntime.of(recipe).orElse(RecipeRuntime.PROCESS) == RecipeRuntime.PODMAN;
        // In a container the recipe's files are where the image has them; a plain process uses copies in the run's folder.
        Map<String, Path> deployed = container ? Map.of() : StepCommand.deploy(recipe, deployFolder);
        Path workDir = runFolder.resolve("steps").resolve(step.getName());
        Map<String, Path> outputs = StepCommand.outputs(service, workDir);
        // Inputs are known now even when produced later: upstream outputs have fixed paths.
        Map<String, Path> inputs = new LinkedHashMap<>();
        List<String> upstream = new ArrayList<>();
        for (Link link : workflow.getLinks()) {
            if (!link.getTo().startsWith(step.getName() + ".")) {
                continue;
            }
            String port = link.getTo().substring(step.getName().length() + 1);
            int dot = link.getFrom().indexOf('.');
            if (dot < 0) {
                Optional.ofNullable(workflowInputs.get(link.getFrom())).ifPresent(file -> inputs.put(port, file));
            } else {
                String from = link.getFrom().substring(0, dot);
                String output = link.getFrom().substring(dot + 1);
                Step source = workflow.getSteps().stream().filter(s -> s.getName().equals(from)).findFirst().orElseThrow();
                ServiceDefinition sourceService = StepServices.serviceOf(source).orElseThrow();
                inputs.put(port, StepCommand.outputs(sourceService, runFolder.resolve("steps").resolve(from)).get(output));
                upstream.add(from);
            }
        }
        Map<String, String> parameters = StepCommand.parameters(step, service, workflowParameters);
        List<String> command = StepCommand.build(step, service, parameters, inputs, outputs, deployed);
        ResourceRequest resources = StepServices.resourcesOf(step).orElse(null);
        String image = null;
        if (container) {
            List<Path> mounted = new ArrayList<>(inputs.values());
            mounted.add(workDir);
            for (Path path : mounted) {
                if (path.toString().contains(":")) {
                    throw new VitruvianException(ExitCode.FAILED, "Step '" + step.getName() + "' cannot run in Podman: " + path
                            + " has a ':' in its name, which Podman reads as the end of the path in a mount; rename it, or "
                            + "set VITRUVIAN_HOME to a folder without ':'.");
                }
            }
            ContainerImage made = images.get(recipe);
            if (made == null) {
                try {
                    made = adapter.image(site, recipe, runFolder.resolve("images"));
                } catch (TargetException e) {
                    throw new VitruvianException(ExitCode.FAILED, "Cannot make the image of recipe " + recipe.getName() + " for step '"
                            + step.getName() + "' on " + site.getId() + ": " + e.getMessage(), e);
                }
                images.put(recipe, made);
            }
            image = made.reference();
        }

        // The program files that ran, with their digests: the service's name and version alone
        // do not say which build of it produced the results.
        Map<String, FileRecord> deployedFiles = new LinkedHashMap<>();
        deployed.forEach((imagePath, copy) -> deployedFiles.put(imagePath, fileRecord(copy)));
        return StepRecord.builder(step.getName()).state(StepState.CREATED).site(site.getId()).adapter(adapter.name())
                .service(service.getId() + " " + service.getVersion())
                // The values the command was built from, as values: the command alone does not say which is which.
                .parameters(parameters).after(upstream).command(command).environment(StepCommand.environment(recipe)).workDir(workDir)
                .walltime(resources == null ? null : resources.getWalltime() == null ? null : Duration.parse(resources.getWalltime().toString()))
                .image(image).cores(resources == null ? null : resources.getCores())
                .memory(resources != null && resources.isSetMemory() ? resources.getMemory() : null).outputs(outputs).inputs(inputs)
                .deployed(deployedFiles).retries(step.getRetries() == null ? 0 : step.getRetries()).attempt(0);
    }

    // --- advancing ------------------------------------------------------------------------

    @Override
    public RunRecord advance(String runId) {
        SiteCatalog.Snapshot sites = catalog.snapshot();
        RunRecord[] before = new RunRecord[1];
        RunRecord after = store().update(runId, (run, save) -> {
            before[0] = run.build();
            if (run.state() != RunState.RUNNING) {
                return;
            }
            Map<String, StepRecord.Builder> steps = run.steps();
            if (steps.isEmpty()) {
                // A run is created with its planned steps (images are built before), so only a record from
                // before that can look like this: no steps must not read as all steps done.
                run.state(RunState.FAILED).detail("the run has no planned steps; nothing was submitted; start it again").ended(Instant.now());
                return;
            }
            reconcile(runId, steps, sites);
            poll(runId, steps, sites);
            if (steps.values().stream().noneMatch(s -> s.state() == StepState.FAILED || s.state() == StepState.CANCELLED)) {
                submitReady(runId, steps, sites, save);
            }
            boolean allDone = steps.values().stream().allMatch(s -> s.state() == StepState.COMPLETED);
            boolean ended = steps.values().stream().anyMatch(s -> s.state() == StepState.FAILED || s.state() == StepState.CANCELLED);
            boolean active = steps.values().stream().anyMatch(s -> s.state().isActive());
            if (allDone) {
                run.state(RunState.COMPLETED).ended(Instant.now());
            } else if (ended && !active) {
                run.state(RunState.FAILED).ended(Instant.now());
            }
        });
        changed(before[0], after);
        return after;
    }

    /**
     * Steps recorded as being submitted: a process died while submitting, or the target had a
     * transient fault. Submitted or not, find out before submitting again, so one attempt
     * never makes two jobs.
     */
    private void reconcile(String runId, Map<String, StepRecord.Builder> steps, SiteCatalog.Snapshot sites) {
        Instant now = Instant.now();
        steps.forEach((name, step) -> {
            if (step.state() != StepState.SUBMITTING || step.retryAt() != null && now.isBefore(step.retryAt())) {
                return;
            }
            Site site = site(step, sites);
            TargetAdapter adapter = adapter(site);
            JobSpec job = job(runId, step, site);
            try {
                Optional<String> jobId = adapter.find(site, job);
                if (jobId.isPresent()) {
                    step.jobId(jobId.get()).state(StepState.SUBMITTED).started(Instant.now()).retryAt(null).faults(0).detail(null);
                    return;
                }
            } catch (TargetException e) {
                submissionFault(step, site, e);
                return;
            } catch (RuntimeException e) {
                submissionFault(step, site, TargetException.permanent(describe(e), e));
                return;
            }
            submit(adapter, job, step, site);
        });
    }

    private void poll(String runId, Map<String, StepRecord.Builder> steps, SiteCatalog.Snapshot sites) {
        Map<String, List<String>> byAdapterAndSite = new LinkedHashMap<>();
        steps.forEach((name, step) -> {
            if (step.state().isActive() && step.state() != StepState.SUBMITTING) {
                byAdapterAndSite.computeIfAbsent(step.adapter() + "@" + step.site(), k -> new ArrayList<>()).add(name);
            }
        });
        for (List<String> names : byAdapterAndSite.values()) {
            Site site = site(steps.get(names.get(0)), sites);
            TargetAdapter adapter = adapter(site);
            List<JobSpec> jobs = new ArrayList<>();
            Map<String, String> jobIds = new LinkedHashMap<>();
            for (String name : names) {
                JobSpec job = job(runId, steps.get(name), site);
                jobs.add(job);
                jobIds.put(job.clientId(), steps.get(name).jobId());
            }
            Map<String, JobStatus> statuses;
            try {
                statuses = adapter.status(site, jobs, jobIds);
            } catch (TargetException e) {
                // Not answering is not failing: ask again next time.
                for (String name : names) {
                    steps.get(name).state(StepState.UNKNOWN).detail("cannot reach " + site.getId() + ", asking again: " + e.getMessage());
                }
                continue;
            }
            for (JobSpec job : jobs) {
                StepRecord.Builder step = steps.get(job.step());
                JobStatus status = statuses.getOrDefault(job.clientId(), JobStatus.unknown("the target did not report this job"));
                StepProgressReader.last(adapterLog(adapter, site, job)).ifPresent(step::progress);
                if (status.state().isFinal()) {
                    // A remote target's outputs and logs come back before the step counts as ended.
                    try {
                        adapter.stageOut(site, job);
                    } catch (TargetException e) {
                        if (status.state() == JobState.COMPLETED) {
                            step.state(StepState.COMPLETING).detail("copying the outputs back: " + e.getMessage());
                            continue;
                        }
                    }
                }
                switch (status.state()) {
                    case COMPLETED -> complete(step, status, store().folder(runId));
                    case FAILED -> fail(step, status);
                    case CANCELLED -> step.state(StepState.CANCELLED).exitCode(status.exitCode()).signal(status.signal()).ended(Instant.now())
                            .detail(status.detail() == null ? "cancelled at the target" : status.detail());
                    // A state that is no fault clears what an earlier fault said (an outage that is over).
                    default -> step.state(StepState.of(status.state())).detail(status.detail());
                }
            }
        }
    }

    private static Path adapterLog(TargetAdapter adapter, Site site, JobSpec job) {
        try {
            return adapter.log(site, job);
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Takes the outputs of a job that ended well. An output must be a file inside the run's
     * folder: a service that writes a symbolic link to a file elsewhere (or to a device that
     * never ends) as its output would otherwise have it hashed, handed to the next step and
     * copied out by 'vitruvian outputs', so such a step FAILS.
     */
    private static void complete(StepRecord.Builder step, JobStatus status, Path runFolder) {
        Map<String, FileRecord> outputs = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        List<String> escaping = new ArrayList<>();
        Path runReal;
        try {
            runReal = runFolder.toRealPath();
        } catch (IOException e) {
            runReal = runFolder.toAbsolutePath().normalize();
        }
        for (Map.Entry<String, Path> output : step.outputs().entrySet()) {
            Path file = output.getValue();
            if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                missing.add(output.getKey());
                continue;
            }
            Path real;
            try {
                real = file.toRealPath();
            } catch (IOException e) {
                escaping.add(output.getKey() + " (" + file + " is a link that leads nowhere)");
                continue;
            }
            if (!real.startsWith(runReal)) {
                escaping.add(output.getKey() + " (" + file + " leads to " + real + ")");
            } else if (Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
                outputs.put(output.getKey(), fileRecord(file));
            } else if (Files.isDirectory(real, LinkOption.NOFOLLOW_LINKS)) {
                // A DICOM series and the like are folders; none of their files may lead outside either.
                String outside = outsideMember(real, runReal);
                if (outside == null) {
                    outputs.put(output.getKey(), fileRecord(file));
                } else {
                    escaping.add(output.getKey() + " (" + outside + ")");
                }
            } else {
                missing.add(output.getKey());
            }
        }
        step.exitCode(status.exitCode()).ended(Instant.now());
        if (!escaping.isEmpty()) {
            fail(step, new JobStatus(JobState.FAILED, status.exitCode(), FailureReason.EXIT_CODE,
                    "output(s) outside the run's folder " + runReal + ", not taken: " + String.join(", ", escaping)));
        } else if (missing.isEmpty()) {
            step.state(StepState.COMPLETED).produced(outputs).reason(null).detail(null);
        } else {
            fail(step, new JobStatus(JobState.FAILED, status.exitCode(), FailureReason.EXIT_CODE,
                    "exited 0 but did not write its output(s) " + String.join(", ", missing)));
        }
    }

    private static void fail(StepRecord.Builder step, JobStatus status) {
        step.exitCode(status.exitCode()).signal(status.signal()).reason(status.reason() == null ? null : status.reason().name())
                .detail(status.detail());
        if (step.attempt() <= step.retries()) {
            step.state(StepState.CREATED);
        } else {
            step.state(StepState.FAILED).ended(Instant.now());
        }
    }

    private void submitReady(String runId, Map<String, StepRecord.Builder> steps, SiteCatalog.Snapshot sites, Runnable save) {
        steps.forEach((name, step) -> {
            if (step.state() != StepState.CREATED) {
                return;
            }
            if (!step.after().stream().allMatch(up -> steps.get(up).state() == StepState.COMPLETED)) {
                return;
            }
            Site site = site(step, sites);
            TargetAdapter adapter = adapter(site);
            int attempt = step.attempt() + 1;
            // The client id is recorded (with the run record written) before the target is asked.
            step.attempt(attempt).clientId(runId + "." + name + "." + attempt + "." + UUID.randomUUID().toString().substring(0, 8))
                    .state(StepState.SUBMITTING).faults(0).retryAt(null).jobId(null).exitCode(null).signal(null);
            save.run();
            submit(adapter, job(runId, step, site), step, site);
        });
    }

    private static void submit(TargetAdapter adapter, JobSpec job, StepRecord.Builder step, Site site) {
        try {
            try {
                Files.createDirectories(job.workDir());
            } catch (IOException e) {
                throw TargetException.permanent("cannot create the step's folder " + job.workDir() + ": " + e.getMessage(), e);
            }
            String jobId = adapter.submit(job);
            step.jobId(jobId).state(StepState.SUBMITTED).started(Instant.now()).faults(0).retryAt(null).detail(null).reason(null);
        } catch (TargetException e) {
            submissionFault(step, site, e);
        } catch (RuntimeException e) {
            // An adapter's bug is no reason to lose the run: the step fails and says what happened.
            submissionFault(step, site, TargetException.permanent(describe(e), e));
        }
    }

    /**
     * A submission that did not go through. A permanent fault fails the step with the target's
     * words; a transient one leaves it SUBMITTING (the client id kept, so the next try asks the
     * target whether it has the job) until a backoff has passed, and fails it only after
     * {@link #MAX_SUBMISSION_FAULTS} faults in a row.
     */
    static void submissionFault(StepRecord.Builder step, Site site, TargetException e) {
        int faults = step.faults() + 1;
        if (e.isPermanent() || faults >= MAX_SUBMISSION_FAULTS) {
            step.state(StepState.FAILED).reason(SUBMISSION_REASON).faults(faults).retryAt(null).ended(Instant.now())
                    .detail("cannot submit to " + site.getId() + (e.isPermanent() ? "" : " after " + faults + " tries") + ": "
                            + e.getMessage());
            return;
        }
        Duration wait = backoff(faults);
        Instant next = Instant.now().plus(wait);
        step.state(StepState.SUBMITTING).faults(faults).retryAt(next)
                .detail("cannot submit to " + site.getId() + " yet (try " + faults + "), trying again in " + wait.toMillis() / 1000.0 + " s: "
                        + e.getMessage());
    }

    static Duration backoff(int faults) {
        Duration wait = firstBackoff().multipliedBy(1L << Math.min(faults - 1, 20));
        return wait.compareTo(LONGEST_BACKOFF) > 0 ? LONGEST_BACKOFF : wait;
    }

    private static String describe(RuntimeException e) {
        return "the target adapter failed: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    private static JobSpec job(String runId, StepRecord.Builder planned, Site site) {
        StepRecord step = planned.build();
        Map<String, Path> inputs = new LinkedHashMap<>(step.inputs());
        // Deployed program files are read by the command too: a remote target must copy them over.
        step.deployed().forEach((imagePath, file) -> inputs.put(JobSpec.DEPLOYED_INPUT_PREFIX + imagePath, file.path()));
        return JobSpec.builder(runId, step.name(), String.valueOf(step.clientId())).site(site).command(step.command())
                .workDir(step.workDir()).environment(step.environment()).image(step.image()).walltime(step.walltime()).inputs(inputs)
                .cores(step.cores()).memory(step.memory()).partitions(step.partitions()).build();
    }

    private static Site site(StepRecord.Builder step, SiteCatalog.Snapshot sites) {
        String id = step.site();
        return sites.find(id).map(CatalogSite::site).orElseThrow(() -> new VitruvianException(ExitCode.ENVIRONMENT,
                "The run uses site '" + id + "', which is no longer in the catalog."));
    }

    private TargetAdapter adapter(Site site) {
        return targets.adapterFor(site).orElseThrow(() -> new VitruvianException(ExitCode.ENVIRONMENT,
                "No target adapter runs jobs on site '" + site.getId() + "' any more."));
    }

    // --- other commands -------------------------------------------------------------------

    @Override
    public RunRecord cancel(String runId) {
        SiteCatalog.Snapshot sites = catalog.snapshot();
        RunRecord[] before = new RunRecord[1];
        RunRecord after = store().update(runId, (run, save) -> {
            before[0] = run.build();
            if (run.state().isFinal()) {
                return;
            }
            run.steps().forEach((name, step) -> {
                if (step.state().isFinal()) {
                    return;
                }
                if (step.state().isActive()) {
                    Site site = site(step, sites);
                    TargetAdapter adapter = adapter(site);
                    JobSpec job = job(runId, step, site);
                    try {
                        // A step caught while submitting may have a job the record does not know of yet.
                        String jobId = step.jobId() != null ? step.jobId() : adapter.find(site, job).orElse(null);
                        if (jobId != null) {
                            adapter.cancel(site, job, jobId);
                        }
                    } catch (TargetException e) {
                        step.detail("cancel not confirmed: " + e.getMessage());
                    }
                }
                step.state(StepState.CANCELLED).ended(Instant.now()).retryAt(null);
            });
            run.state(RunState.CANCELLED).ended(Instant.now());
        });
        changed(before[0], after);
        return after;
    }

    @Override
    public List<String> clean(String runId) {
        RunRecord record = store().read(runId);
        if (!record.state().isFinal()) {
            throw new VitruvianException(ExitCode.FAILED, "Run " + runId + " is " + record.state() + "; its files on the sites are"
                    + " in use. Wait until it ends, or cancel it ('vitruvian cancel " + runId + "'), then clean it.");
        }
        SiteCatalog.Snapshot sites = catalog.snapshot();
        Set<String> seen = new LinkedHashSet<>();
        List<String> cleaned = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (StepRecord step : record.steps()) {
            if (step.site() == null || !seen.add(step.site())) {
                continue;
            }
            Site site = sites.find(step.site()).map(CatalogSite::site).orElse(null);
            if (site == null) {
                failed.add(step.site() + ": no longer in the catalog");
                continue;
            }
            TargetAdapter adapter = targets.adapterFor(site).orElse(null);
            if (adapter == null) {
                failed.add(step.site() + ": no target adapter runs jobs there any more");
                continue;
            }
            if (!adapter.capabilities().contains(TargetAdapter.Capability.CLEAN_UP)) {
                continue; // its jobs' folders are the run's own, on this machine
            }
            try {
                adapter.clean(site, runId);
                cleaned.add(step.site());
            } catch (TargetException e) {
                failed.add(step.site() + ": " + e.getMessage());
            }
        }
        if (!failed.isEmpty()) {
            throw new VitruvianException(ExitCode.ENVIRONMENT, "Run " + runId + " was not cleaned on every site"
                    + (cleaned.isEmpty() ? "" : " (cleaned: " + String.join(", ", cleaned) + ")") + ": " + String.join("; ", failed)
                    + ". Run 'vitruvian clean " + runId + "' again once the site can be reached.");
        }
        return cleaned;
    }

    @Override
    public Map<String, Path> outputs(String runId) {
        RunRecord record = store().read(runId);
        if (record.state() != RunState.COMPLETED) {
            throw new VitruvianException(ExitCode.FAILED, "Run " + runId + " is " + record.state()
                    + "; outputs are there once it is COMPLETED ('vitruvian status " + runId + "').");
        }
        Map<String, Path> outputs = new LinkedHashMap<>();
        record.outputs().forEach((name, from) -> {
            int dot = from.indexOf('.');
            if (dot < 0) {
                return;
            }
            record.step(from.substring(0, dot)).map(step -> step.outputs().get(from.substring(dot + 1)))
                    .ifPresent(path -> outputs.put(name, path));
        });
        return outputs;
    }

    @Override
    public Map<String, Path> logs(String runId) {
        Map<String, Path> logs = new LinkedHashMap<>();
        for (StepRecord step : store().read(runId).steps()) {
            if (step.workDir() == null) {
                continue;
            }
            Path log = step.workDir().resolve("stdout.log");
            if (Files.exists(log)) {
                logs.put(step.name(), log);
            }
        }
        return logs;
    }

    @Override
    public List<String> steps(String runId) {
        return store().read(runId).stepNames();
    }

    // --- files ----------------------------------------------------------------------------

    /** A file in {@code folder} whose real path is outside {@code runReal}, described, or null. */
    private static String outsideMember(Path folder, Path runReal) {
        try (var members = Files.walk(folder)) {
            for (Path member : members.toList()) {
                Path real = member.toRealPath();
                if (!real.startsWith(runReal)) {
                    return member + " leads to " + real;
                }
            }
            return null;
        } catch (IOException e) {
            return folder + " cannot be read: " + e.getMessage();
        }
    }

    /** A file or folder as it is now, with its size and SHA-256. */
    public static FileRecord fileRecord(Path file) {
        boolean folder = Files.isDirectory(file);
        Long bytes;
        try {
            bytes = folder ? folderFiles(file).stream().mapToLong(RunsImpl::size).sum() : Files.size(file);
        } catch (IOException e) {
            bytes = null;
        }
        return new FileRecord(file.toAbsolutePath().normalize(), folder, bytes, sha256(file));
    }

    private static List<Path> folderFiles(Path folder) throws IOException {
        try (var files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    /** A file's SHA-256; a folder's is the SHA-256 of its files' relative paths and digests, in path order. */
    static String sha256(Path file) {
        if (Files.isDirectory(file)) {
            try {
                StringBuilder listing = new StringBuilder();
                for (Path member : folderFiles(file)) {
                    listing.append(file.relativize(member)).append(' ').append(sha256(member)).append('\n');
                }
                return Digests.sha256(listing.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            } catch (IOException e) {
                return null;
            }
        }
        try {
            return Digests.sha256(file);
        } catch (IOException e) {
            return null;
        }
    }
}
