package org.vitruvian.provenance.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.vitruvian.core.Digests;
import org.vitruvian.core.ShellQuoting;
import org.vitruvian.core.ExitCode;
import org.vitruvian.core.VitruvianException;
import org.vitruvian.core.json.Json;
import org.vitruvian.execution.FileRecord;
import org.vitruvian.execution.RunRecord;
import org.vitruvian.execution.RunState;
import org.vitruvian.execution.StepRecord;
import org.vitruvian.execution.StepState;
import org.vitruvian.provenance.RoCrate;
import org.vitruvian.model.recipe.ContainerRecipe;
import org.vitruvian.model.service.DataPort;
import org.vitruvian.model.service.Parameter;
import org.vitruvian.model.service.ServiceDefinition;
import org.vitruvian.model.site.Site;
import org.vitruvian.model.trust.TrustPolicy;
import org.vitruvian.model.workflow.Link;
import org.vitruvian.model.workflow.ParameterValue;
import org.vitruvian.model.workflow.Step;
import org.vitruvian.model.workflow.StepServices;
import org.vitruvian.model.workflow.Workflow;
import org.vitruvian.model.yaml.ModelService;
import org.vitruvian.model.yaml.ModelService.ModelSet;

/**
 * A run that has ended, as a Workflow Run RO-Crate: RO-Crate 1.1 with the Process, Workflow and
 * Provenance Run Crate profiles 0.5 (https://w3id.org/ro/wfrun/workflow/0.5). Everything comes
 * from the run record and the files it names; each file is copied into the crate and must have
 * the SHA-256 the run recorded, so that the crate describes what ran and not what lies on disk
 * today. The workflow's definitions are read from those copies.
 *
 * <p>Layout: {@code workflow/} the workflow, services, recipes and policy as they were laid out
 * beside each other (so their relative references still resolve), {@code inputs/INPUT/FILE},
 * {@code outputs/STEP/FILE}, {@code trust-decisions.json}, {@code ro-crate-metadata.json}.
 */
public final class RoCrateWriter {

    static final String METADATA = "ro-crate-metadata.json";
    static final String TRUST_DECISIONS = "trust-decisions.json";

    private static final String CRATE_CONTEXT = "https://w3id.org/ro/crate/1.1/context";
    /** Defines sha256 and environment, which RO-Crate 1.1's context lacks; the profiles use both contexts so. */
    private static final String WORKFLOW_RUN_CONTEXT = "https://w3id.org/ro/terms/workflow-run/context";
    private static final String RO_CRATE = "https://w3id.org/ro/crate/1.1";
    private static final String PROCESS_RUN_CRATE = "https://w3id.org/ro/wfrun/process/0.5";
    private static final String WORKFLOW_RUN_CRATE = "https://w3id.org/ro/wfrun/workflow/0.5";
    private static final String PROVENANCE_RUN_CRATE = "https://w3id.org/ro/wfrun/provenance/0.5";
    private static final String WORKFLOW_RO_CRATE = "https://w3id.org/workflowhub/workflow-ro-crate/1.0";
    private static final String LANGUAGE = "#vitruvian-workflow-v1";
    private static final String NO_LICENSE = "#no-license-given";
    private static final String YAML = "application/yaml";

    private static final SecureRandom RANDOM = new SecureRandom();

    /** Media types of the formats data ports name most; a format not listed gets no encodingFormat rather than a guess. */
    private static final Map<String, String> MEDIA_TYPES = Map.ofEntries(Map.entry("txt", "text/plain"),
            Map.entry("json", "application/json"), Map.entry("csv", "text/csv"), Map.entry("tsv", "text/tab-separated-values"),
            Map.entry("yaml", YAML), Map.entry("yml", YAML), Map.entry("xml", "application/xml"), Map.entry("html", "text/html"),
            Map.entry("pdf", "application/pdf"), Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"), Map.entry("svg", "image/svg+xml"), Map.entry("zip", "application/zip"),
            Map.entry("dicom", "application/dicom"), Map.entry("dcm", "application/dicom"));

    private final ModelService models;
    private final RunRecord record;
    private final String runId;
    private final Path crate;
    private final Map<String, Map<String, Object>> graph = new LinkedHashMap<>();
    private final List<Object> parts = new ArrayList<>();
    private final Set<String> usedPaths = new HashSet<>();
    /** Crate ids of the run's data files by the absolute path they had in the run, so steps can name what they read. */
    private final Map<String, String> dataIds = new HashMap<>();
    private int files;
    private long bytes;

    private RoCrateWriter(ModelService models, RunRecord record, Path crate) {
        this.models = models;
        this.record = record;
        this.runId = record.id();
        this.crate = crate;
    }

    /**
     * Writes the crate of {@code record} (a run that has ended) into {@code folder}: built in a
     * temporary folder beside it, which then takes its place in one rename.
     */
    public static RoCrate write(ModelService models, RunRecord record, Path folder, String license, boolean replace) {
        Path target = target(folder, replace);
        Path parent = target.getParent();
        Path temp = null;
        try {
            Files.createDirectories(parent);
            // Not createTempDirectory: its owner-only permissions would stay on the crate, which
            // should get the user's usual ones (umask), as any folder 'vitruvian outputs' creates.
            temp = Files.createDirectory(target.resolveSibling("." + target.getFileName() + ".partial-"
                    + HexFormat.of().toHexDigits(RANDOM.nextLong())));
            RoCrateWriter writer = new RoCrateWriter(models, record, temp);
            writer.build(license);
            moveIntoPlace(temp, target);
            temp = null;
            return new RoCrate(target, writer.files, writer.bytes);
        } catch (IOException e) {
            throw new VitruvianException(ExitCode.ENVIRONMENT, "Cannot write the RO-Crate into " + folder + ": " + reason(e), e);
        } finally {
            if (temp != null) {
                deleteQuietly(temp);
            }
        }
    }

    /** Where the crate goes; refuses a file, and a folder with something in it other than an earlier crate. */
    private static Path target(Path folder, boolean replace) {
        Path target = folder.toAbsolutePath().normalize();
        if (Files.exists(target) || Files.isSymbolicLink(target)) {
            if (!Files.isDirectory(target)) {
                throw new VitruvianException(ExitCode.FAILED, folder + " is not a folder; give a new or empty folder for the crate.");
            }
            try {
                // A link to a folder: the crate goes where it points, and the link stays.
                target = target.toRealPath();
                if (!isEmpty(target)) {
                    if (!replace) {
                        throw new VitruvianException(ExitCode.FAILED, folder + " is not empty; give a new or empty folder, or --force "
                                + "to replace the RO-Crate in it.");
                    }
                    // --force deletes the folder's content: only ever an earlier crate, never a folder given by mistake.
                    if (!Files.isRegularFile(target.resolve(METADATA), LinkOption.NOFOLLOW_LINKS)) {
                        throw new VitruvianException(ExitCode.FAILED, folder + " is not empty and holds no RO-Crate (no " + METADATA
                                + "); --force replaces only an earlier crate, so give a new or empty folder.");
                    }
                }
            } catch (IOException e) {
                throw new VitruvianException(ExitCode.ENVIRONMENT, "Cannot read " + folder + ": " + reason(e), e);
            }
        }
        if (target.getParent() == null) {
            throw new VitruvianException(ExitCode.FAILED, "The crate cannot replace " + target + "; give a folder inside it.");
        }
        return target;
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }

    /**
     * Renames the finished crate to {@code target}. An earlier crate there is first renamed aside
     * and deleted only once the new one is in place, and put back if that fails.
     */
    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        if (Files.isDirectory(target) && isEmpty(target)) {
            Files.delete(target);
        }
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            return;
        }
        Path aside = target.resolveSibling("." + target.getFileName() + ".replaced-" + HexFormat.of().toHexDigits(RANDOM.nextLong()));
        Files.move(target, aside, StandardCopyOption.ATOMIC_MOVE);
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Files.move(aside, target, StandardCopyOption.ATOMIC_MOVE);
            throw e;
        }
        deleteQuietly(aside);
    }

    // --- the crate ---------------------------------------------------------------------------

    private void build(String license) throws IOException {
        Path workflowFile = record.workflow().file().toAbsolutePath().normalize();
        Map<Path, String> sources = copySources(workflowFile);
        Map<Path, EObject> roots = load(sources, workflowFile);
        if (!(roots.get(workflowFile) instanceof Workflow workflow)) {
            throw new VitruvianException(ExitCode.FAILED, "The workflow of run " + runId + " (" + workflowFile
                    + ") does not read as a Workflow any more, so its steps cannot be described.");
        }
        String workflowId = sources.get(workflowFile);

        Map<ServiceDefinition, String> tools = new LinkedHashMap<>();
        for (Step step : workflow.getSteps()) {
            StepServices.serviceOf(step).ifPresent(service -> tools.computeIfAbsent(service, this::describeTool));
        }
        describeSources(sources, roots, workflow, tools);
        describeWorkflow(workflow, workflowId, tools);

        copyInputs(workflow, workflowId);
        copyOutputs(workflow, workflowId, tools);
        String runAction = "#run/" + encode(runId);
        writeTrustDecisions(runAction);
        describeRun(workflow, workflowId, runAction, roots, sources);
        describeSteps(workflow, workflowId, runAction, tools);

        writeMetadata(workflowId, runAction, workflow, license);
    }

    /** Copies the model files the run read into workflow/, in the layout they had beside each other. */
    private Map<Path, String> copySources(Path workflowFile) throws IOException {
        List<FileRecord> recorded = record.provenance() == null ? List.of() : record.provenance().files();
        List<Path> paths = recorded.stream().map(f -> f.path().toAbsolutePath().normalize()).toList();
        if (!paths.contains(workflowFile)) {
            throw new VitruvianException(ExitCode.FAILED, "Run " + runId + " recorded no digest of its workflow " + workflowFile
                    + ", so the crate cannot vouch for it.");
        }
        Path base = paths.get(0).getParent();
        for (Path path : paths) {
            while (!path.startsWith(base)) {
                base = base.getParent();
            }
        }
        Map<Path, String> sources = new LinkedHashMap<>();
        for (int i = 0; i < paths.size(); i++) {
            Path path = paths.get(i);
            if (sources.containsKey(path)) {
                continue;
            }
            String id = uniquePath("workflow/" + safePath(base.relativize(path)));
            copy(path, id, recorded.get(i).sha256(), "model file");
            sources.put(path, id);
        }
        return sources;
    }

    /** The models as they were, read from the copies: roots by the path the run read them from. */
    private Map<Path, EObject> load(Map<Path, String> sources, Path workflowFile) {
        Map<Path, Path> originalOf = new HashMap<>();
        List<Path> copies = new ArrayList<>();
        sources.forEach((original, id) -> {
            Path copy = crate.resolve(id).toAbsolutePath().normalize();
            originalOf.put(copy, original);
            // The workflow first: loading it brings in what it refers to, as when it ran.
            copies.add(original.equals(workflowFile) ? 0 : copies.size(), copy);
        });
        ModelSet loaded = models.load(copies);
        Map<Path, EObject> roots = new HashMap<>();
        for (Resource resource : loaded.resourceSet().getResources()) {
            if (resource.getURI() != null && resource.getURI().isFile() && !resource.getContents().isEmpty()) {
                Path original = originalOf.get(Path.of(resource.getURI().toFileString()).toAbsolutePath().normalize());
                if (original != null) {
                    roots.putIfAbsent(original, resource.getContents().get(0));
                }
            }
        }
        return roots;
    }

    private String describeTool(ServiceDefinition service) {
        String id = "#service/" + encode(service.getId()) + "/" + encode(String.valueOf(service.getVersion()));
        Map<String, Object> tool = entity(id, "SoftwareApplication");
        tool.put("name", service.getName() != null ? service.getName() : service.getId());
        tool.put("identifier", service.getId());
        tool.put("softwareVersion", service.getVersion());
        putIfSet(tool, "description", service.getDescription());
        List<Object> inputs = new ArrayList<>();
        for (DataPort port : service.getInputs()) {
            inputs.add(ref(fileParameter(id + "/input/" + encode(port.getName()), port)));
        }
        for (Parameter parameter : service.getParameters()) {
            inputs.add(ref(valueParameter(id + "/parameter/" + encode(parameter.getName()), parameter)));
        }
        List<Object> outputs = new ArrayList<>();
        for (DataPort port : service.getOutputs()) {
            outputs.add(ref(fileParameter(id + "/output/" + encode(port.getName()), port)));
        }
        tool.put("input", inputs);
        tool.put("output", outputs);
        return id;
    }

    private String fileParameter(String id, DataPort port) {
        Map<String, Object> parameter = entity(id, "FormalParameter");
        parameter.put("name", port.getName());
        parameter.put("additionalType", "File");
        putIfSet(parameter, "encodingFormat", mediaType(port.getFormat()));
        putIfSet(parameter, "description", port.getDescription());
        parameter.put("valueRequired", !(port.isSetOptional() && port.isOptional()));
        return id;
    }

    private String valueParameter(String id, Parameter definition) {
        Map<String, Object> parameter = entity(id, "FormalParameter");
        parameter.put("name", definition.getName());
        parameter.put("additionalType", switch (definition.getType()) {
            case INTEGER -> "Integer";
            case NUMBER -> "Float";
            case BOOLEAN -> "Boolean";
            default -> "Text";
        });
        putIfSet(parameter, "description", definition.getDescription());
        putIfSet(parameter, "defaultValue", definition.getDefault());
        parameter.put("valueRequired", definition.getDefault() == null);
        return id;
    }

    /** Services and recipes: the definitions, pointing at the tools they describe. */
    private void describeSources(Map<Path, String> sources, Map<Path, EObject> roots, Workflow workflow,
            Map<ServiceDefinition, String> tools) {
        Map<String, Set<String>> recipeUsers = new HashMap<>();
        for (Step step : workflow.getSteps()) {
            Optional<ServiceDefinition> service = StepServices.serviceOf(step);
            Optional<ContainerRecipe> recipe = StepServices.recipeOf(step);
            if (service.isPresent() && recipe.isPresent() && recipe.get().eResource() != null) {
                recipeUsers.computeIfAbsent(recipe.get().eResource().getURI().toFileString(), k -> new LinkedHashSet<>())
                        .add(tools.get(service.get()));
            }
        }
        sources.forEach((original, id) -> {
            Map<String, Object> file = graph.get(id);
            file.put("encodingFormat", YAML);
            EObject root = roots.get(original);
            if (root instanceof ServiceDefinition service) {
                file.put("@type", List.of("File", "SoftwareSourceCode"));
                file.put("name", "Service definition " + service.getId() + " " + service.getVersion());
                file.put("programmingLanguage", ref(LANGUAGE));
                Optional.ofNullable(tools.get(service)).or(() -> toolWithId(tools, service))
                        .ifPresent(tool -> {
                            file.put("about", ref(tool));
                            graph.get(tool).put("subjectOf", ref(id));
                        });
            } else if (root instanceof ContainerRecipe recipe) {
                file.put("@type", List.of("File", "SoftwareSourceCode"));
                file.put("name", "Container recipe " + recipe.getName());
                putIfSet(file, "description", recipe.getDescription());
                file.put("programmingLanguage", ref(LANGUAGE));
                Set<String> users = recipeUsers.getOrDefault(crate.resolve(id).toAbsolutePath().normalize().toString(), Set.of());
                if (!users.isEmpty()) {
                    file.put("about", users.stream().map(RoCrateWriter::ref).toList());
                }
            } else if (root instanceof TrustPolicy policy) {
                file.put("name", "Trust policy " + policy.getName());
                putIfSet(file, "description", policy.getDescription());
            } else if (root instanceof Site site) {
                file.put("name", "Site " + site.getId());
            } else if (!(root instanceof Workflow)) {
                file.put("name", original.getFileName().toString());
            }
        });
    }

    /** A service imported twice (two files, one id and version) is one tool. */
    private static Optional<String> toolWithId(Map<ServiceDefinition, String> tools, ServiceDefinition service) {
        return tools.entrySet().stream().filter(e -> e.getKey().getId().equals(service.getId())
                && String.valueOf(e.getKey().getVersion()).equals(String.valueOf(service.getVersion())))
                .map(Map.Entry::getValue).findFirst();
    }

    private void describeWorkflow(Workflow workflow, String id, Map<ServiceDefinition, String> tools) {
        Map<String, Object> entity = graph.get(id);
        entity.put("@type", List.of("File", "SoftwareSourceCode", "ComputationalWorkflow", "HowTo"));
        entity.put("name", workflow.getName());
        putIfSet(entity, "version", workflow.getVersion());
        putIfSet(entity, "description", workflow.getDescription());
        entity.put("programmingLanguage", ref(LANGUAGE));
        Map<String, Object> language = entity(LANGUAGE, "ComputerLanguage");
        language.put("name", "Vitruvian workflow");
        language.put("alternateName", "vitruvian/v1");
        language.put("version", "v1");
        language.put("description", "Vitruvian's YAML model files (apiVersion vitruvian/v1): workflows, service definitions, "
                + "container recipes, sites and trust policies.");

        List<Object> inputs = new ArrayList<>();
        for (DataPort port : workflow.getInputs()) {
            inputs.add(ref(fileParameter(id + "#input/" + encode(port.getName()), port)));
        }
        for (Parameter parameter : workflow.getParameters()) {
            inputs.add(ref(valueParameter(id + "#parameter/" + encode(parameter.getName()), parameter)));
        }
        List<Object> outputs = new ArrayList<>();
        for (DataPort port : workflow.getOutputs()) {
            outputs.add(ref(fileParameter(id + "#output/" + encode(port.getName()), port)));
        }
        entity.put("input", inputs);
        entity.put("output", outputs);
        entity.put("hasPart", new LinkedHashSet<>(tools.values()).stream().map(RoCrateWriter::ref).toList());

        List<Object> steps = new ArrayList<>();
        Map<String, List<Object>> connections = new HashMap<>();
        int position = 0;
        for (Step step : workflow.getSteps()) {
            String stepId = id + "#step/" + encode(step.getName());
            Map<String, Object> howTo = entity(stepId, "HowToStep");
            howTo.put("name", step.getName());
            howTo.put("position", position++);
            StepServices.serviceOf(step).map(tools::get).ifPresent(tool -> howTo.put("workExample", ref(tool)));
            steps.add(ref(stepId));
        }
        entity.put("step", steps);

        // Links, and workflow parameters bound to step parameters, connect parameters
        // (ParameterConnection); each is listed by the step that receives it, or by the
        // workflow for its own outputs, as the Provenance Run Crate profile asks.
        int index = 0;
        for (Link link : workflow.getLinks()) {
            String source = portParameter(workflow, id, link.getFrom(), "output", "input", tools);
            String target = portParameter(workflow, id, link.getTo(), "input", "output", tools);
            if (source != null && target != null) {
                String connection = connection(id, ++index, source, target);
                int dot = link.getTo().indexOf('.');
                connections.computeIfAbsent(dot < 0 ? id : id + "#step/" + encode(link.getTo().substring(0, dot)), k -> new ArrayList<>())
                        .add(ref(connection));
            }
        }
        for (Step step : workflow.getSteps()) {
            Optional<String> tool = StepServices.serviceOf(step).map(tools::get);
            for (ParameterValue value : step.getParameters()) {
                if (value.getBind() != null && tool.isPresent()) {
                    String connection = connection(id, ++index, id + "#parameter/" + encode(value.getBind().getName()),
                            tool.get() + "/parameter/" + encode(value.getName()));
                    connections.computeIfAbsent(id + "#step/" + encode(step.getName()), k -> new ArrayList<>()).add(ref(connection));
                }
            }
        }
        connections.forEach((owner, list) -> graph.get(owner).put("connection", list));
    }

    private String connection(String workflowId, int index, String source, String target) {
        String id = workflowId + "#connection/" + index;
        Map<String, Object> connection = entity(id, "ParameterConnection");
        connection.put("sourceParameter", ref(source));
        connection.put("targetParameter", ref(target));
        return id;
    }

    /**
     * The formal parameter a link end names: a workflow port ({@code data}) or a step's port
     * ({@code first.out}), whose parameter belongs to the step's service.
     */
    private static String portParameter(Workflow workflow, String workflowId, String end, String stepSide, String workflowSide,
            Map<ServiceDefinition, String> tools) {
        int dot = end.indexOf('.');
        if (dot < 0) {
            return workflowId + "#" + workflowSide + "/" + encode(end);
        }
        String stepName = end.substring(0, dot);
        return workflow.getSteps().stream().filter(s -> s.getName().equals(stepName)).findFirst().flatMap(StepServices::serviceOf)
                .map(tools::get).map(tool -> tool + "/" + stepSide + "/" + encode(end.substring(dot + 1))).orElse(null);
    }

    private void copyInputs(Workflow workflow, String workflowId) throws IOException {
        for (Map.Entry<String, FileRecord> input : record.inputs().entrySet()) {
            FileRecord recorded = input.getValue();
            Path path = recorded.path();
            String id = uniquePath("inputs/" + safe(input.getKey()) + "/" + safe(path.getFileName().toString()));
            Map<String, Object> file = copyData(recorded, id, "input '" + input.getKey() + "'");
            file.put("name", input.getKey());
            port(workflow.getInputs(), input.getKey()).ifPresent(port -> {
                putIfSet(file, "description", port.getDescription());
                putIfSet(file, "encodingFormat", mediaType(port.getFormat()));
            });
            file.put("exampleOfWork", new ArrayList<>(List.of(ref(workflowId + "#input/" + encode(input.getKey())))));
            // A folder is a Dataset whose id ends with a slash: take the id the entity got.
            dataIds.put(key(path), String.valueOf(file.get("@id")));
        }
    }

    /** Every file a step produced, in outputs/STEP/: the workflow's outputs and the intermediate ones. */
    private void copyOutputs(Workflow workflow, String workflowId, Map<ServiceDefinition, String> tools) throws IOException {
        Map<String, String> workflowOutputs = new HashMap<>();
        record.outputs().forEach((name, from) -> workflowOutputs.put(from, name));
        for (StepRecord step : record.steps()) {
            Optional<ServiceDefinition> service = workflow.getSteps().stream().filter(s -> s.getName().equals(step.name())).findFirst()
                    .flatMap(StepServices::serviceOf);
            for (Map.Entry<String, FileRecord> output : step.produced().entrySet()) {
                FileRecord recorded = output.getValue();
                Path path = recorded.path();
                String id = uniquePath("outputs/" + safe(step.name()) + "/" + safe(path.getFileName().toString()));
                String port = step.name() + "." + output.getKey();
                Map<String, Object> file = copyData(recorded, id, "output " + port);
                List<Object> realizes = new ArrayList<>();
                service.map(tools::get).ifPresent(tool -> realizes.add(ref(tool + "/output/" + encode(output.getKey()))));
                Optional<DataPort> definition = service.flatMap(s -> port(s.getOutputs(), output.getKey()));
                String workflowOutput = workflowOutputs.get(port);
                if (workflowOutput != null) {
                    file.put("name", workflowOutput + " (" + port + ")");
                    realizes.add(ref(workflowId + "#output/" + encode(workflowOutput)));
                    // The workflow's words for its output, when it has some, say more than the service's.
                    Optional<DataPort> declared = port(workflow.getOutputs(), workflowOutput);
                    if (declared.map(DataPort::getDescription).isPresent()) {
                        definition = declared;
                    }
                } else {
                    file.put("name", port);
                }
                definition.ifPresent(p -> {
                    putIfSet(file, "description", p.getDescription());
                    putIfSet(file, "encodingFormat", mediaType(p.getFormat()));
                });
                file.put("exampleOfWork", realizes);
                dataIds.put(key(path), String.valueOf(file.get("@id")));
            }
        }
    }

    private static Optional<DataPort> port(List<DataPort> ports, String name) {
        return ports.stream().filter(p -> p.getName().equals(name)).findFirst();
    }

    /** The policy and every decision made with it, as the run recorded them, for auditors. */
    private void writeTrustDecisions(String runAction) throws IOException {
        Map<String, Object> decisions = new LinkedHashMap<>();
        decisions.put("run", runId);
        Map<String, Object> policyJson = new LinkedHashMap<>();
        if (record.policy() != null) {
            policyJson.put("name", record.policy().name());
            policyJson.put("location", record.policy().location());
            policyJson.put("sha256", record.policy().sha256());
        }
        decisions.put("policy", policyJson);
        decisions.put("decisions", record.trust());
        decisions.put("compatibility", record.compatibility());
        byte[] content = Json.stringify(decisions).getBytes(StandardCharsets.UTF_8);
        Path file = inside(uniquePath(TRUST_DECISIONS));
        Files.write(file, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        Map<String, Object> entity = dataFile(TRUST_DECISIONS, content.length, Digests.sha256(content));
        entity.put("name", "Trust decisions and compatibility findings");
        entity.put("description", "Where trust policy " + policyJson.get("name") + " (" + policyJson.get("location") + ", SHA-256 "
                + policyJson.get("sha256") + ") allowed each step's data to go and why, and whether each step's container would "
                + "work on its site, decided before anything was submitted.");
        entity.put("encodingFormat", "application/json");
        entity.put("about", ref(runAction));
    }

    private void describeRun(Workflow workflow, String workflowId, String runAction, Map<Path, EObject> roots, Map<Path, String> sources) {
        String state = record.state().name();
        Map<String, Object> action = entity(runAction, "CreateAction");
        action.put("name", "Run " + runId + " of workflow " + workflow.getName());
        action.put("description", runDescription(state));
        action.put("instrument", ref(workflowId));
        List<Object> object = new ArrayList<>();
        for (FileRecord input : record.inputs().values()) {
            Optional.ofNullable(dataId(input.path())).ifPresent(id -> object.add(ref(id)));
        }
        Map<String, Object> units = new HashMap<>();
        workflow.getParameters().forEach(p -> units.put(p.getName(), p.getUnit()));
        for (Map.Entry<String, String> value : record.parameters().entrySet()) {
            String id = runAction + "/parameter/" + encode(value.getKey());
            propertyValue(id, value.getKey(), value.getValue(), (String) units.get(value.getKey()),
                    workflowId + "#parameter/" + encode(value.getKey()));
            object.add(ref(id));
        }
        // A policy given with --policy is read like a configuration file, so it is an object of the run.
        sources.forEach((original, id) -> {
            if (roots.get(original) instanceof TrustPolicy) {
                object.add(ref(id));
            }
        });
        action.put("object", object);
        List<Object> result = new ArrayList<>();
        record.outputs().forEach((name, port) -> {
            int dot = port.indexOf('.');
            if (dot < 0) {
                return;
            }
            record.step(port.substring(0, dot)).map(step -> step.produced().get(port.substring(dot + 1)))
                    .flatMap(produced -> Optional.ofNullable(dataId(produced.path()))).ifPresent(id -> result.add(ref(id)));
        });
        action.put("result", result);
        putIfSet(action, "startTime", text(record.created()));
        putIfSet(action, "endTime", text(record.ended()));
        status(action, record.state() == RunState.COMPLETED, failure(state));
    }

    private String runDescription(String state) {
        RunRecord.ProvenanceRecord provenance = record.provenance();
        StringBuilder text = new StringBuilder("Vitruvian run ").append(runId).append(" of workflow ").append(record.workflow().name());
        if (record.workflow().version() != null) {
            text.append(' ').append(record.workflow().version());
        }
        text.append(" on site ").append(record.site()).append(": ").append(state).append('.');
        RunRecord.GitState git = provenance == null ? null : provenance.git();
        if (git != null) {
            text.append(" Sources at git commit ").append(git.commit()).append(git.dirty() ? ", with uncommitted changes." : ".");
        } else {
            text.append(" Sources not in a git work tree.");
        }
        if (provenance != null && provenance.java() != null) {
            text.append(" Java: ").append(provenance.java()).append('.');
        }
        return text.toString();
    }

    private String failure(String state) {
        if (state.equals("COMPLETED")) {
            return null;
        }
        List<String> failed = new ArrayList<>();
        for (StepRecord step : record.steps()) {
            if (step.state() == StepState.FAILED) {
                failed.add("step '" + step.name() + "' failed" + (step.detail() == null ? "" : ": " + step.detail()));
            }
        }
        return state.equals("CANCELLED") ? "cancelled" : failed.isEmpty() ? state.toLowerCase(Locale.ROOT) : String.join("; ", failed);
    }

    /**
     * One CreateAction per step that was started (the process run of its service), and one
     * ControlAction per step tying it to the workflow's step.
     */
    private void describeSteps(Workflow workflow, String workflowId, String runAction, Map<ServiceDefinition, String> tools) {
        for (Step step : workflow.getSteps()) {
            StepRecord recorded = record.step(step.getName()).orElse(null);
            if (recorded == null || recorded.started() == null) {
                continue;
            }
            Optional<ServiceDefinition> service = StepServices.serviceOf(step);
            Optional<String> tool = service.map(tools::get);
            String id = runAction + "/step/" + encode(step.getName());
            Map<String, Object> action = entity(id, "CreateAction");
            action.put("name", "Step " + step.getName() + " of run " + runId + ": " + recorded.service() + " on "
                    + recorded.site());
            action.put("description", stepDescription(recorded));
            tool.ifPresent(t -> action.put("instrument", ref(t)));
            List<Object> object = new ArrayList<>();
            recorded.inputs().forEach((port, path) -> {
                String data = dataId(path);
                if (data != null) {
                    object.add(ref(data));
                    tool.ifPresent(t -> realizes(data, t + "/input/" + encode(port)));
                }
            });
            Map<String, String> units = new HashMap<>();
            service.ifPresent(s -> s.getParameters().forEach(p -> units.put(p.getName(), p.getUnit())));
            for (Map.Entry<String, String> value : recorded.parameters().entrySet()) {
                String valueId = id + "/parameter/" + encode(value.getKey());
                propertyValue(valueId, value.getKey(), value.getValue(), units.get(value.getKey()),
                        tool.map(t -> t + "/parameter/" + encode(value.getKey())).orElse(null));
                object.add(ref(valueId));
            }
            action.put("object", object);
            List<Object> result = new ArrayList<>();
            recorded.produced().values()
                    .forEach(produced -> Optional.ofNullable(dataId(produced.path())).ifPresent(data -> result.add(ref(data))));
            action.put("result", result);
            List<Object> environment = new ArrayList<>();
            recorded.environment().forEach((name, value) -> {
                String valueId = id + "/environment/" + encode(name);
                propertyValue(valueId, name, value, null, null);
                environment.add(ref(valueId));
            });
            if (!environment.isEmpty()) {
                action.put("environment", environment);
            }
            putIfSet(action, "startTime", text(recorded.started()));
            putIfSet(action, "endTime", text(recorded.ended()));
            boolean completed = recorded.state() == StepState.COMPLETED;
            status(action, completed, completed ? null : stepFailure(recorded));

            Map<String, Object> control = entity(runAction + "/control/" + encode(step.getName()), "ControlAction");
            control.put("name", "Orchestrate step " + step.getName());
            control.put("instrument", ref(workflowId + "#step/" + encode(step.getName())));
            control.put("object", ref(id));
            status(control, completed, null);
        }
    }

    private static String stepDescription(StepRecord step) {
        StringBuilder text = new StringBuilder("Attempt ").append(step.attempt()).append(" on site ").append(step.site())
                .append(" (target ").append(step.adapter()).append(")");
        if (step.exitCode() != null) {
            text.append(", exit code ").append(step.exitCode());
        }
        if (step.signal() != null) {
            text.append(", killed by signal ").append(step.signal());
        }
        text.append(". Command: ");
        return text.append(ShellQuoting.words(step.command())).toString();
    }

    private static String stepFailure(StepRecord step) {
        if (step.state() == StepState.CANCELLED) {
            return "cancelled";
        }
        StringBuilder text = new StringBuilder(step.state().name().toLowerCase(Locale.ROOT));
        if (step.exitCode() != null) {
            text.append(" with exit code ").append(step.exitCode());
        }
        if (step.signal() != null) {
            text.append(", killed by signal ").append(step.signal());
        }
        if (step.reason() != null) {
            text.append(" (").append(step.reason()).append(')');
        }
        if (step.detail() != null) {
            text.append(": ").append(step.detail());
        }
        return text.toString();
    }

    private void writeMetadata(String workflowId, String runAction, Workflow workflow, String license) throws IOException {
        Map<String, Object> descriptor = entity(METADATA, "CreativeWork");
        descriptor.put("conformsTo", List.of(ref(RO_CRATE), ref(WORKFLOW_RO_CRATE)));
        descriptor.put("about", ref("./"));

        Map<String, Object> root = entity("./", "Dataset");
        root.put("conformsTo", List.of(ref(PROCESS_RUN_CRATE), ref(WORKFLOW_RUN_CRATE), ref(PROVENANCE_RUN_CRATE), ref(WORKFLOW_RO_CRATE)));
        root.put("name", "Vitruvian run " + runId + " of workflow " + workflow.getName());
        root.put("description", "Provenance of Vitruvian run " + runId + " of workflow " + workflow.getName() + " on site "
                + record.site() + " (" + record.state() + "): the workflow with its service definitions and recipes, "
                + "the input and output files with their SHA-256, the parameter values, what each step ran, and the trust "
                + "decisions made before anything was submitted.");
        root.put("datePublished", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        root.put("license", ref(license(license)));
        root.put("mainEntity", ref(workflowId));
        root.put("hasPart", parts);
        root.put("mentions", List.of(ref(runAction)));

        profile(RO_CRATE, "RO-Crate", "1.1");
        profile(PROCESS_RUN_CRATE, "Process Run Crate", "0.5");
        profile(WORKFLOW_RUN_CRATE, "Workflow Run Crate", "0.5");
        profile(PROVENANCE_RUN_CRATE, "Provenance Run Crate", "0.5");
        profile(WORKFLOW_RO_CRATE, "Workflow RO-Crate", "1.0");

        // Descriptor and root first, as readers expect; the rest in the order they were described.
        List<Object> entities = new ArrayList<>();
        entities.add(graph.remove(METADATA));
        entities.add(graph.remove("./"));
        entities.addAll(graph.values());
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("@context", List.of(CRATE_CONTEXT, WORKFLOW_RUN_CONTEXT));
        document.put("@graph", entities);
        Files.writeString(inside(METADATA), Json.stringify(document), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE);
    }

    /** An SPDX id becomes its spdx.org URL; without a license the crate says that none was given, rather than guess one. */
    private String license(String license) {
        if (license == null || license.isBlank()) {
            Map<String, Object> none = entity(NO_LICENSE, "CreativeWork");
            none.put("name", "No license given");
            none.put("description", "Whoever exported this crate did not say under which license its content may be used; "
                    + "ask the owners of the data before reusing it.");
            return NO_LICENSE;
        }
        String id = license.contains("://") ? license : "https://spdx.org/licenses/" + license.strip();
        Map<String, Object> entity = entity(id, "CreativeWork");
        entity.put("name", license.contains("://") ? license : license.strip());
        if (!license.contains("://")) {
            entity.put("identifier", license.strip());
        }
        return id;
    }

    private void profile(String id, String name, String version) {
        Map<String, Object> profile = entity(id, "CreativeWork");
        profile.put("name", name);
        profile.put("version", version);
    }

    // --- entities ----------------------------------------------------------------------------

    private Map<String, Object> entity(String id, Object type) {
        Map<String, Object> entity = graph.computeIfAbsent(id, k -> new LinkedHashMap<>());
        entity.put("@id", id);
        entity.putIfAbsent("@type", type);
        return entity;
    }

    private void propertyValue(String id, String name, Object value, String unit, String realizes) {
        Map<String, Object> entity = entity(id, "PropertyValue");
        entity.put("name", name);
        entity.put("value", value == null ? null : String.valueOf(value));
        putIfSet(entity, "unitText", unit);
        if (realizes != null) {
            entity.put("exampleOfWork", ref(realizes));
        }
    }

    @SuppressWarnings("unchecked")
    private void realizes(String dataId, String parameter) {
        List<Object> list = (List<Object>) graph.get(dataId).computeIfAbsent("exampleOfWork", k -> new ArrayList<>());
        if (!list.contains(ref(parameter))) {
            list.add(ref(parameter));
        }
    }

    private static void status(Map<String, Object> action, boolean completed, String error) {
        action.put("actionStatus", ref("http://schema.org/" + (completed ? "CompletedActionStatus" : "FailedActionStatus")));
        if (!completed && error != null) {
            action.put("error", error);
        }
    }

    private Map<String, Object> dataFile(String id, long size, String sha256) {
        Map<String, Object> file = entity(id, "File");
        file.put("contentSize", String.valueOf(size));
        file.put("sha256", sha256);
        parts.add(ref(id));
        files++;
        bytes += size;
        return file;
    }

    /** The crate id of the run's data file (or folder) that was at {@code path}, or null. */
    private String dataId(Path path) {
        return path == null ? null : dataIds.get(key(path));
    }

    private static String key(Path path) {
        return path.toAbsolutePath().normalize().toString();
    }

    private static Map<String, Object> ref(String id) {
        return Map.of("@id", id);
    }

    private static void putIfSet(Map<String, Object> entity, String key, Object value) {
        if (value != null) {
            entity.put(key, value);
        }
    }

    private static String mediaType(String format) {
        return format == null ? null : MEDIA_TYPES.get(format.toLowerCase(Locale.ROOT));
    }

    // --- files -------------------------------------------------------------------------------

    /**
     * Copies a file or folder the run recorded into the crate. A folder (a DICOM series, say)
     * becomes a Dataset whose parts are its files, each with its SHA-256; the folder's digest
     * (of its files' relative paths and digests, in path order, as runs record it) must be the
     * one the run recorded.
     */
    private Map<String, Object> copyData(FileRecord recorded, String id, String what) throws IOException {
        Path source = recorded.path();
        if (!recorded.folder() && !Files.isDirectory(source)) {
            return copy(source, id, recorded.sha256(), what);
        }
        if (recorded.sha256() == null) {
            throw new VitruvianException(ExitCode.FAILED, "Run " + runId + " recorded no SHA-256 of its " + what + " " + source
                    + ", so the crate cannot vouch for it.");
        }
        if (!Files.isDirectory(source)) {
            throw new VitruvianException(ExitCode.ENVIRONMENT, "The " + what + " of run " + runId + ", the folder " + source
                    + ", is gone; the crate needs the files the run used.");
        }
        List<Path> members;
        try (Stream<Path> tree = Files.walk(source)) {
            members = tree.filter(Files::isRegularFile).sorted().toList();
        }
        String folderId = id.endsWith("/") ? id : id + "/";
        StringBuilder listing = new StringBuilder();
        List<Object> memberRefs = new ArrayList<>();
        long total = 0;
        for (Path member : members) {
            Path relative = source.relativize(member);
            String memberId = folderId + safePath(relative);
            usedPaths.add(memberId);
            Map<String, Object> file = copy(member, memberId, null, what + " file " + relative, true);
            listing.append(relative).append(' ').append(file.get("sha256")).append('\n');
            // Parts of a Dataset belong to it, not to the crate's root.
            parts.remove(ref(memberId));
            memberRefs.add(ref(memberId));
            total += Long.parseLong(String.valueOf(file.get("contentSize")));
        }
        String actual = Digests.sha256(listing.toString().getBytes(StandardCharsets.UTF_8));
        if (!actual.equals(recorded.sha256())) {
            throw new VitruvianException(ExitCode.FAILED, "The " + what + " " + source + " changed since run " + runId
                    + " (SHA-256 of its files then " + recorded.sha256() + ", now " + actual + "); a crate of it would not describe what ran.");
        }
        Map<String, Object> dataset = entity(folderId, "Dataset");
        dataset.put("hasPart", memberRefs);
        dataset.put("contentSize", String.valueOf(total));
        dataset.put("sha256", actual);
        parts.add(ref(folderId));
        return dataset;
    }

    /**
     * Copies {@code source} to the crate path {@code id}, computing its digest on the way, and
     * refuses it unless the digest is the one the run recorded.
     */
    private Map<String, Object> copy(Path source, String id, String recordedSha256, String what) throws IOException {
        return copy(source, id, recordedSha256, what, false);
    }

    /** @param member a folder's file, which has no digest of its own in the record: its folder's digest is checked */
    private Map<String, Object> copy(Path source, String id, String recordedSha256, String what, boolean member) throws IOException {
        if (recordedSha256 == null && !member) {
            throw new VitruvianException(ExitCode.FAILED, "Run " + runId + " recorded no SHA-256 of its " + what + " " + source
                    + ", so the crate cannot vouch for it.");
        }
        Path target = inside(id);
        Files.createDirectories(target.getParent());
        MessageDigest digest = Digests.sha256();
        long size;
        try (InputStream in = Files.newInputStream(source);
                OutputStream out = new DigestOutputStream(Files.newOutputStream(target, StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE), digest)) {
            size = in.transferTo(out);
        } catch (NoSuchFileException e) {
            if (e.getFile() != null && Path.of(e.getFile()).equals(source)) {
                throw new VitruvianException(ExitCode.ENVIRONMENT, "The " + what + " of run " + runId + ", " + source
                        + ", is gone; the crate needs the file the run used.", e);
            }
            throw e;
        }
        String actual = Digests.hex(digest);
        if (!member && !actual.equals(recordedSha256)) {
            throw new VitruvianException(ExitCode.FAILED, "The " + what + " " + source + " changed since run " + runId
                    + " (SHA-256 then " + recordedSha256 + ", now " + actual + "); a crate of it would not describe what ran.");
        }
        return dataFile(id, size, actual);
    }

    /** The file at crate path {@code id}; every path is checked to stay inside the crate. */
    private Path inside(String id) {
        Path path = crate.resolve(id).normalize();
        if (!path.startsWith(crate) || path.equals(crate)) {
            throw new VitruvianException(ExitCode.FAILED, "The crate path " + id + " would leave the crate; refused.");
        }
        return path;
    }

    /** Two files that would get one name (after {@link #safe}) get -2, -3, ... before the extension. */
    private String uniquePath(String id) {
        String candidate = id;
        for (int n = 2; !usedPaths.add(candidate); n++) {
            int slash = id.lastIndexOf('/');
            int dot = id.lastIndexOf('.');
            candidate = dot > slash + 1 ? id.substring(0, dot) + "-" + n + id.substring(dot) : id + "-" + n;
        }
        return candidate;
    }

    /**
     * A name as one path segment of the crate: letters, digits, '.', '_' and '-' only, so
     * that it needs no escaping as a URI path and cannot climb out of its folder.
     */
    static String safe(String name) {
        String segment = name.replaceAll("[^A-Za-z0-9._-]", "_");
        return segment.isEmpty() || segment.matches("\\.+") ? segment.replace('.', '_') + "_" : segment;
    }

    private static String safePath(Path relative) {
        List<String> segments = new ArrayList<>();
        relative.forEach(segment -> segments.add(safe(segment.toString())));
        return String.join("/", segments);
    }

    /** A name inside a fragment identifier: everything but unreserved URI characters percent-encoded. */
    static String encode(String name) {
        StringBuilder out = new StringBuilder();
        for (byte b : String.valueOf(name).getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~".indexOf(c) >= 0)) {
                out.append(c);
            } else {
                out.append('%').append(HexFormat.of().withUpperCase().toHexDigits(b));
            }
        }
        return out.toString();
    }


    private static void deleteQuietly(Path folder) {
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException failure) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // What is left is a hidden folder beside the crate; the error that matters was already reported.
        }
    }

    private static String reason(IOException e) {
        if (e instanceof java.nio.file.FileAlreadyExistsException exists) {
            return exists.getFile() + " is in the way: it exists and is not a folder.";
        }
        if (e instanceof AccessDeniedException denied) {
            return "permission denied on " + denied.getFile() + ".";
        }
        if (e instanceof NoSuchFileException missing) {
            return missing.getFile() + " does not exist.";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return (fs.getFile() == null ? "" : fs.getFile() + ": ") + fs.getReason() + ".";
        }
        return e.getMessage() + ".";
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
