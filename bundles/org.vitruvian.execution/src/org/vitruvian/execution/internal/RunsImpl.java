package org.vitruvian.execution.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.eclipse.emf.ecore.EObject;
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
import org.vitruvian.execution.JobSpec;
import org.vitruvian.execution.JobState;
import org.vitruvian.execution.JobStatus;
import org.vitruvian.execution.RunStore;
import org.vitruvian.execution.Runs;
import org.vitruvian.execution.TargetAdapter;
import org.vitruvian.execution.TargetException;
import org.vitruvian.execution.TargetRegistry;
import org.vitruvian.model.common.validation.ModelProblem;
import org.vitruvian.model.recipe.ContainerRecipe;
import org.vitruvian.model.recipe.RecipeRuntime;
import org.vitruvian.model.service.DataPort;
import org.vitruvian.model.service.Parameter;
import org.vitruvian.model.service.ResourceRequest;
import org.vitruvian.model.service.ServiceDefinition;
import org.vitruvian.model.site.ContainerRuntimeKind;
import org.vitruvian.model.site.Site;
import org.vitruvian.model.trust.TrustPolicy;
import org.vitruvian.model.workflow.Link;
import org.vitruvian.model.workflow.Step;
import org.vitruvian.model.workflow.StepServices;
import org.vitruvian.model.workflow.Workflow;
import org.vitruvian.model.yaml.ModelDiagnostics;
import org.vitruvian.model.yaml.ModelService;
import org.vitruvian.model.yaml.ModelService.ModelSet;
import org.vitruvian.sites.CatalogSite;
import org.vitruvian.sites.SiteCatalog;
import org.vitruvian.trust.StepTrust;
import org.vitruvian.trust.TrustChecker;
import org.vitruvian.trust.Verdict;

@Component(service = Runs.class)
public final class RunsImpl implements Runs {

    private final ModelService models;
    private final SiteCatalog catalog;
    private final TrustChecker trust;
    private final CompatibilityChecker compatibility;
    private final TargetRegistry targets;

    @Activate
    public RunsImpl(@Reference ModelService models, @Reference SiteCatalog catalog, @Reference TrustChecker trust,
            @Reference CompatibilityChecker compatibility, @Reference TargetRegistry targets) {
        this.models = models;
        this.catalog = catalog;
        this.trust = trust;
        this.compatibility = compatibility;
        this.targets = targets;
    }

    @Override
    public RunStore store() {
        return RunStore.inHome();
    }

    // --- starting -------------------------------------------------------------------------

    @Override
    public Started start(Request request) {
        SiteCatalog.Snapshot sites = catalog.snapshot();
        List<EObject> siteModels = sites.runnable().stream().map(s -> (EObject) s.site()).toList();
        List<Path> files = request.policy() == null ? List.of(request.workflow()) : List.of(request.workflow(), request.policy());
        ModelSet loaded = models.load(files, siteModels);
        DiagnosticReport report = new DiagnosticReport().addAll(loaded.report().diagnostics());
        if (loaded.hasErrors()) {
            return new Started(null, true, report);
        }
        if (!(loaded.models().get(0).root() instanceof Workflow workflow)) {
            throw new VitruvianException(ExitCode.FAILED, request.workflow() + " is not a Workflow.");
        }
        TrustPolicy policy = request.policy() == null ? trust.defaultPolicy() : (TrustPolicy) loaded.models().get(1).root();
        Map<String, String> parameters = parameterValues(workflow, request.parameters());
        Map<Step, Site> placement = place(workflow, request.siteId(), sites, report);
        Map<String, Path> inputs = inputFiles(workflow, request.inputs(), report);
        if (report.hasErrors()) {
            return new Started(null, true, report);
        }

        List<Object> decisions = new ArrayList<>();
        for (StepTrust decided : trust.check(workflow, placement::get, policy)) {
            decisions.add(decided.toJsonValue());
            if (decided.verdict() == Verdict.DENY) {
                String path = decided.decidingPath().isEmpty() ? "" : "; data path: " + String.join(", ", decided.decidingPath());
                report.add(ModelDiagnostics.toDiagnostic(ModelProblem.error("trust.deny", "Step '" + decided.step().getName()
                        + "' on " + decided.siteId() + ": " + decided.deciding().reason() + path, decided.step(), null)));
            }
        }
        List<Object> compatFindings = new ArrayList<>();
        for (Step step : workflow.getSteps()) {
            Optional<ContainerRecipe> recipe = StepServices.recipeOf(step);
            if (recipe.isPresent()) {
                for (Diagnostic finding : ModelDiagnostics.toDiagnostics(compatibility.check(recipe.get(), placement.get(step), null,
                        StepServices.resourcesOf(step).orElse(null), step))) {
                    if (finding.isError()) {
                        report.add(finding);
                    }
                    compatFindings.add(Map.of("step", step.getName(), "severity", finding.severity().label(), "code", finding.code(),
                            "message", finding.message()));
                }
                String unavailable = podmanUnavailable(step, recipe.get(), placement.get(step));
                if (unavailable != null) {
                    report.add(ModelDiagnostics.toDiagnostic(ModelProblem.error("run.podman", unavailable, step, null)));
                }
            }
        }

        Map<String, Object> record = new LinkedHashMap<>();
        Map<String, Object> workflowRecord = new LinkedHashMap<>();
        workflowRecord.put("name", workflow.getName());
        // A workflow without a version is recorded as having none, not as the version "null".
        workflowRecord.put("version", workflow.getVersion());
        workflowRecord.put("file", request.workflow().toAbsolutePath().normalize().toString());
        record.put("workflow", workflowRecord);
        record.put("site", request.siteId());
        record.put("created", Instant.now().toString());
        record.put("parameters", parameters);
        Map<String, Object> inputRecords = new LinkedHashMap<>();
        inputs.forEach((name, file) -> inputRecords.put(name, fileRecord(file)));
        record.put("inputs", inputRecords);
        // Where each workflow output comes from, as the workflow said when it ran: the file may change later.
        Map<String, Object> outputSources = new LinkedHashMap<>();
        for (Link link : workflow.getLinks()) {
            if (link.getFrom().indexOf('.') > 0 && !link.getTo().contains(".")) {
                outputSources.put(link.getTo(), link.getFrom());
            }
        }
        record.put("outputs", outputSources);
        Map<String, Object> policyRecord = new LinkedHashMap<>();
        policyRecord.put("name", policy.getName());
        policyRecord.put("location", request.policy() == null ? trust.defaultPolicyLocation() : request.policy().toAbsolutePath().toString());
        policyRecord.put("sha256", request.policy() == null ? sha256(policy) : sha256(request.policy()));
        record.put("policy", policyRecord);
        record.put("trust", decisions);
        record.put("compatibility", compatFindings);
        record.put("provenance", Provenance.of(loaded.resourceSet().getResources(), request.workflow()));

        RunStore store = store();
        if (report.hasErrors()) {
            record.put("state", "REFUSED");
            record.put("refusal", report.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::format).toList());
            String runId = store.create(record);
            return new Started(runId, true, report);
        }
        String runId = store.newId();
        Path runFolder = store.folder(runId);
        Map<String, Object> steps = new LinkedHashMap<>();
        PodmanImages images = new PodmanImages(runFolder.resolve("images"));
        try {
            Path deployFolder = runFolder.resolve("deploy");
            for (Step step : workflow.getSteps()) {
                steps.put(step.getName(), plannedStep(workflow, step, placement.get(step), parameters, inputs, runFolder, deployFolder,
                        images));
            }
        } catch (VitruvianException e) {
            record.put("state", "REFUSED");
            record.put("refusal", List.of(e.getMessage()));
            store.create(runId, record);
            report.add(Diagnostic.error(request.workflow().toString(), 0, 0, "run.prepare", e.getMessage()));
            return new Started(runId, true, report);
        }
        // The run and its planned steps are written together: a run is never seen without its steps.
        record.put("state", "RUNNING");
        if (!images.record().isEmpty()) {
            record.put("images", images.record());
        }
        record.put("steps", steps);
        store.create(runId, record);
        advance(runId);
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

    /** Pinned steps run where they are pinned; the others on the requested site. */
    private static Map<Step, Site> place(Workflow workflow, String siteId, SiteCatalog.Snapshot sites, DiagnosticReport report) {
        Map<Step, Site> placement = new LinkedHashMap<>();
        Optional<Site> requested = siteId == null ? Optional.empty() : sites.find(siteId).map(CatalogSite::site);
        if (siteId != null && requested.isEmpty()) {
            throw new VitruvianException(ExitCode.FAILED, "No site '" + siteId + "'; 'vitruvian sites list' shows the sites.");
        }
        for (Step step : workflow.getSteps()) {
            if (step.getSite() != null) {
                Optional<Site> pinned = sites.find(step.getSite()).map(CatalogSite::site);
                if (pinned.isEmpty()) {
                    report.add(ModelDiagnostics.toDiagnostic(ModelProblem.error("run.unknown-site", "Step '" + step.getName()
                            + "' is pinned to site '" + step.getSite() + "', which is not in the catalog; add it to "
                            + "$VITRUVIAN_HOME/sites or remove the pin.", step, null)));
                    continue;
                }
                placement.put(step, pinned.get());
            } else if (requested.isPresent()) {
                placement.put(step, requested.get());
            } else {
                report.add(ModelDiagnostics.toDiagnostic(ModelProblem.error("run.no-site", "Step '" + step.getName()
                        + "' has no site: give --site ID or pin the step; 'vitruvian plan' suggests one.", step, null)));
            }
        }
        return placement;
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

    private Map<String, Object> plannedStep(Workflow workflow, Step step, Site site, Map<String, String> workflowParameters,
            Map<String, Path> workflowInputs, Path runFolder, Path deployFolder, PodmanImages images) {
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
            image = images.image(recipe);
        }

        Map<String, Object> planned = new LinkedHashMap<>();
        planned.put("state", JobState.CREATED.name());
        planned.put("site", site.getId());
        planned.put("adapter", adapter.name());
        planned.put("service", service.getId() + " " + service.getVersion());
        // The values the command was built from, as values: the command alone does not say which is which.
        planned.put("parameters", parameters);
        planned.put("after", upstream);
        planned.put("command", command);
        planned.put("environment", StepCommand.environment(recipe));
        planned.put("workDir", workDir.toString());
        planned.put("walltime", resources == null || resources.getWalltime() == null ? null : resources.getWalltime().toString());
        if (image != null) {
            planned.put("image", image);
        }
        if (resources != null && resources.getCores() != null) {
            planned.put("cores", resources.getCores());
        }
        if (resources != null && resources.isSetMemory()) {
            planned.put("memory", resources.getMemory());
        }
        Map<String, Object> outputPaths = new LinkedHashMap<>();
        outputs.forEach((name, path) -> outputPaths.put(name, path.toString()));
        planned.put("outputs", outputPaths);
        Map<String, Object> inputPaths = new LinkedHashMap<>();
        inputs.forEach((name, path) -> inputPaths.put(name, path.toString()));
        planned.put("inputs", inputPaths);
        // The program files that ran, with their digests: the service's name and version alone
        // do not say which build of it produced the results.
        Map<String, Object> deployedFiles = new LinkedHashMap<>();
        deployed.forEach((imagePath, copy) -> deployedFiles.put(imagePath, fileRecord(copy)));
        if (!deployedFiles.isEmpty()) {
            planned.put("deployed", deployedFiles);
        }
        planned.put("retries", step.getRetries() == null ? 0 : step.getRetries());
        planned.put("attempt", 0);
        return planned;
    }

    // --- advancing ------------------------------------------------------------------------

    @Override
    public Map<String, Object> advance(String runId) {
        SiteCatalog.Snapshot sites = catalog.snapshot();
        return store().update(runId, (record, save) -> {
            String state = String.valueOf(record.get("state"));
            if (!state.equals("RUNNING")) {
                return record;
            }
            Map<String, Map<String, Object>> steps = steps(record);
            reconcile(runId, steps, sites);
            poll(runId, steps, sites);
            boolean failed = steps.values().stream().anyMatch(s -> "FAILED".equals(s.get("state")));
            if (!failed) {
                submitReady(runId, record, steps, sites, save);
            }
            if (steps.isEmpty()) {
                // A run is created with its planned steps (images are built before), so only a record from
                // before that can look like this: no steps must not read as all steps done.
                record.put("state", "FAILED");
                record.put("detail", "the run has no planned steps; nothing was submitted; start it again");
                return record;
            }
            boolean allDone = steps.values().stream().allMatch(s -> "COMPLETED".equals(s.get("state")));
            boolean running = steps.values().stream().anyMatch(s -> !JobState.valueOf((String) s.get("state")).isFinal()
                    && !"CREATED".equals(s.get("state")));
            if (allDone) {
                record.put("state", "COMPLETED");
                record.put("ended", Instant.now().toString());
            } else if (failed && !running) {
                record.put("state", "FAILED");
                record.put("ended", Instant.now().toString());
            }
            return record;
        });
    }

    /** Steps recorded as being submitted when a process died: submitted or not, find out before submitting again. */
    private void reconcile(String runId, Map<String, Map<String, Object>> steps, SiteCatalog.Snapshot sites) {
        steps.forEach((name, step) -> {
            if (!"SUBMITTING".equals(step.get("state"))) {
                return;
            }
            Site site = site(step, sites);
            TargetAdapter adapter = adapter(site);
            JobSpec job = job(runId, name, step, site);
            try {
                Optional<String> jobId = adapter.find(site, job);
                if (jobId.isPresent()) {
                    step.put("jobId", jobId.get());
                    step.put("state", JobState.SUBMITTED.name());
                } else {
                    submit(adapter, job, step);
                }
            } catch (TargetException e) {
                step.put("detail", "target unreachable: " + e.getMessage());
            }
        });
    }

    private void poll(String runId, Map<String, Map<String, Object>> steps, SiteCatalog.Snapshot sites) {
        Map<String, List<String>> byAdapterAndSite = new LinkedHashMap<>();
        steps.forEach((name, step) -> {
            String state = String.valueOf(step.get("state"));
            if (List.of("SUBMITTED", "QUEUED", "RUNNING", "UNKNOWN", "COMPLETING").contains(state)) {
                byAdapterAndSite.computeIfAbsent(step.get("adapter") + "@" + step.get("site"), k -> new ArrayList<>()).add(name);
            }
        });
        for (List<String> names : byAdapterAndSite.values()) {
            Site site = site(steps.get(names.get(0)), sites);
            TargetAdapter adapter = adapter(site);
            List<JobSpec> jobs = new ArrayList<>();
            Map<String, String> jobIds = new LinkedHashMap<>();
            for (String name : names) {
                JobSpec job = job(runId, name, steps.get(name), site);
                jobs.add(job);
                jobIds.put(job.clientId(), String.valueOf(steps.get(name).get("jobId")));
            }
            Map<String, JobStatus> statuses;
            try {
                statuses = adapter.status(site, jobs, jobIds);
            } catch (TargetException e) {
                // Not answering is not failing: ask again next time.
                for (String name : names) {
                    steps.get(name).put("state", JobState.UNKNOWN.name());
                    steps.get(name).put("detail", e.getMessage());
                }
                continue;
            }
            for (JobSpec job : jobs) {
                Map<String, Object> step = steps.get(job.step());
                JobStatus status = statuses.getOrDefault(job.clientId(), JobStatus.unknown("the target did not report this job"));
                step.put("progress", Progress.last(adapterLog(adapter, site, job)));
                if (status.state().isFinal()) {
                    // A remote target's outputs and logs come back before the step counts as ended.
                    try {
                        adapter.stageOut(site, job);
                    } catch (TargetException e) {
                        if (status.state() == JobState.COMPLETED) {
                            step.put("state", JobState.COMPLETING.name());
                            step.put("detail", "copying the outputs back: " + e.getMessage());
                            continue;
                        }
                    }
                }
                if (status.state() == JobState.COMPLETED) {
                    complete(step, status, store().folder(runId));
                } else if (status.state() == JobState.FAILED) {
                    fail(step, status);
                } else {
                    step.put("state", status.state().name());
                    step.put("detail", status.detail());
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
    @SuppressWarnings("unchecked")
    private static void complete(Map<String, Object> step, JobStatus status, Path runFolder) {
        Map<String, Object> outputs = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        List<String> escaping = new ArrayList<>();
        Path runReal;
        try {
            runReal = runFolder.toRealPath();
        } catch (IOException e) {
            runReal = runFolder.toAbsolutePath().normalize();
        }
        for (Map.Entry<String, Object> output : ((Map<String, Object>) step.get("outputs")).entrySet()) {
            Path file = Path.of(String.valueOf(output.getValue()));
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
        step.put("exitCode", status.exitCode());
        step.put("ended", Instant.now().toString());
        if (!escaping.isEmpty()) {
            fail(step, new JobStatus(JobState.FAILED, status.exitCode(), org.vitruvian.execution.FailureReason.EXIT_CODE,
                    "output(s) outside the run's folder " + runReal + ", not taken: " + String.join(", ", escaping)));
        } else if (missing.isEmpty()) {
            step.put("state", JobState.COMPLETED.name());
            step.put("produced", outputs);
        } else {
            fail(step, new JobStatus(JobState.FAILED, status.exitCode(), org.vitruvian.execution.FailureReason.EXIT_CODE,
                    "exited 0 but did not write its output(s) " + String.join(", ", missing)));
        }
    }

    private static void fail(Map<String, Object> step, JobStatus status) {
        int attempt = ((Number) step.getOrDefault("attempt", 1)).intValue();
        int retries = ((Number) step.getOrDefault("retries", 0)).intValue();
        step.put("exitCode", status.exitCode());
        step.put("reason", status.reason() == null ? null : status.reason().name());
        step.put("detail", status.detail());
        if (attempt <= retries) {
            step.put("state", JobState.CREATED.name());
        } else {
            step.put("state", JobState.FAILED.name());
            step.put("ended", Instant.now().toString());
        }
    }

    @SuppressWarnings("unchecked")
    private void submitReady(String runId, Map<String, Object> record, Map<String, Map<String, Object>> steps,
            SiteCatalog.Snapshot sites, java.util.function.Consumer<Map<String, Object>> save) {
        steps.forEach((name, step) -> {
            if (!"CREATED".equals(step.get("state"))) {
                return;
            }
            List<String> after = (List<String>) step.getOrDefault("after", List.of());
            if (!after.stream().allMatch(up -> "COMPLETED".equals(steps.get(up).get("state")))) {
                return;
            }
            Site site = site(step, sites);
            TargetAdapter adapter = adapter(site);
            int attempt = ((Number) step.getOrDefault("attempt", 0)).intValue() + 1;
            step.put("attempt", attempt);
            // The client id is recorded (with the run record written) before the target is asked.
            step.put("clientId", runId + "." + name + "." + attempt + "." + UUID.randomUUID().toString().substring(0, 8));
            step.put("state", "SUBMITTING");
            save.accept(record);
            try {
                submit(adapter, job(runId, name, step, site), step);
            } catch (TargetException e) {
                step.put("detail", "target unreachable, will try again: " + e.getMessage());
            }
        });
    }

    private static void submit(TargetAdapter adapter, JobSpec job, Map<String, Object> step) throws TargetException {
        try {
            Files.createDirectories(job.workDir());
        } catch (IOException e) {
            throw new TargetException("cannot create " + job.workDir() + ": " + e.getMessage(), e);
        }
        String jobId = adapter.submit(job);
        step.put("jobId", jobId);
        step.put("state", JobState.SUBMITTED.name());
        step.put("started", Instant.now().toString());
    }

    /** Inputs of a job named so are program files deployed from the step's recipe, not data. */
    static final String DEPLOYED_INPUT_PREFIX = "deployed:";

    @SuppressWarnings("unchecked")
    private static JobSpec job(String runId, String name, Map<String, Object> step, Site site) {
        Object walltime = step.get("walltime");
        Map<String, Path> inputs = new LinkedHashMap<>();
        ((Map<String, Object>) step.getOrDefault("inputs", Map.of()))
                .forEach((port, path) -> inputs.put(port, Path.of(String.valueOf(path))));
        // Deployed program files are read by the command too: a remote target must copy them over.
        ((Map<String, Object>) step.getOrDefault("deployed", Map.of())).forEach((imagePath, file) -> inputs
                .put(DEPLOYED_INPUT_PREFIX + imagePath, Path.of(String.valueOf(((Map<String, Object>) file).get("path")))));
        Number cores = (Number) step.get("cores");
        Number memory = (Number) step.get("memory");
        return new JobSpec(runId, name, String.valueOf(step.get("clientId")), site, (List<String>) step.get("command"),
                Path.of(String.valueOf(step.get("workDir"))), (Map<String, String>) step.getOrDefault("environment", Map.of()),
                (String) step.get("image"), walltime == null ? null : Duration.parse(String.valueOf(walltime)), inputs,
                cores == null ? null : cores.intValue(), memory == null ? null : memory.longValue());
    }

    private static Site site(Map<String, Object> step, SiteCatalog.Snapshot sites) {
        String id = String.valueOf(step.get("site"));
        return sites.find(id).map(CatalogSite::site).orElseThrow(() -> new VitruvianException(ExitCode.ENVIRONMENT,
                "The run uses site '" + id + "', which is no longer in the catalog."));
    }

    private TargetAdapter adapter(Site site) {
        return targets.adapterFor(site).orElseThrow(() -> new VitruvianException(ExitCode.ENVIRONMENT,
                "No target adapter runs jobs on site '" + site.getId() + "' any more."));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Map<String, Object>> steps(Map<String, Object> record) {
        Object steps = record.get("steps");
        if (steps == null) {
            Map<String, Map<String, Object>> empty = new LinkedHashMap<>();
            record.put("steps", empty);
            return empty;
        }
        return (Map<String, Map<String, Object>>) steps;
    }

    // --- other commands -------------------------------------------------------------------

    @Override
    public Map<String, Object> cancel(String runId) {
        SiteCatalog.Snapshot sites = catalog.snapshot();
        return store().update(runId, record -> {
            steps(record).forEach((name, step) -> {
                JobState state = JobState.valueOf(String.valueOf(step.get("state")).replace("SUBMITTING", "SUBMITTED"));
                if (state.isFinal()) {
                    return;
                }
                if (step.get("jobId") != null) {
                    Site site = site(step, sites);
                    try {
                        adapter(site).cancel(site, job(runId, name, step, site), String.valueOf(step.get("jobId")));
                    } catch (TargetException e) {
                        step.put("detail", "cancel not confirmed: " + e.getMessage());
                    }
                }
                step.put("state", JobState.CANCELLED.name());
            });
            record.put("state", "CANCELLED");
            record.put("ended", Instant.now().toString());
            return record;
        });
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<String, Path> outputs(String runId) {
        Map<String, Object> record = store().read(runId);
        if (!"COMPLETED".equals(record.get("state"))) {
            throw new VitruvianException(ExitCode.FAILED, "Run " + runId + " is " + record.get("state")
                    + "; outputs are there once it is COMPLETED ('vitruvian status " + runId + "').");
        }
        Map<String, Path> outputs = new LinkedHashMap<>();
        ((Map<String, Object>) record.getOrDefault("outputs", Map.of())).forEach((name, source) -> {
            String from = String.valueOf(source);
            int dot = from.indexOf('.');
            Map<String, Object> step = steps(record).get(from.substring(0, dot));
            Object path = step == null ? null : ((Map<String, Object>) step.get("outputs")).get(from.substring(dot + 1));
            if (path != null) {
                outputs.put(name, Path.of(String.valueOf(path)));
            }
        });
        return outputs;
    }

    @Override
    public Crate exportRoCrate(String runId, Path folder, String license, boolean replace) {
        Map<String, Object> record = advance(runId);
        String state = String.valueOf(record.get("state"));
        if (state.equals("REFUSED")) {
            throw new VitruvianException(ExitCode.FAILED, "Run " + runId + " was refused before anything ran, so there is no run "
                    + "to describe; 'vitruvian status " + runId + "' says why.");
        }
        if (!List.of("COMPLETED", "FAILED", "CANCELLED").contains(state)) {
            throw new VitruvianException(ExitCode.FAILED, "Run " + runId + " is " + state + "; its RO-Crate can be written once it "
                    + "has ended ('vitruvian status " + runId + "').");
        }
        return RoCrateWriter.write(models, record, folder, license, replace);
    }

    @Override
    public Map<String, Path> logs(String runId) {
        Map<String, Path> logs = new LinkedHashMap<>();
        steps(store().read(runId)).forEach((name, step) -> {
            Path log = Path.of(String.valueOf(step.get("workDir"))).resolve("stdout.log");
            if (Files.exists(log)) {
                logs.put(name, log);
            }
        });
        return logs;
    }

    @Override
    public List<String> steps(String runId) {
        return List.copyOf(steps(store().read(runId)).keySet());
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

    static Map<String, Object> fileRecord(Path file) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("path", file.toAbsolutePath().normalize().toString());
        if (Files.isDirectory(file)) {
            value.put("folder", true);
        }
        try {
            value.put("bytes", Files.isDirectory(file) ? folderFiles(file).stream().mapToLong(RunsImpl::size).sum() : Files.size(file));
        } catch (IOException e) {
            value.put("bytes", null);
        }
        value.put("sha256", sha256(file));
        return value;
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

    /**
     * The built-in policy is read from inside its bundle, not from a file; its digest still says
     * which edition of the rules decided, since the rules change with Vitruvian's releases.
     */
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

}
