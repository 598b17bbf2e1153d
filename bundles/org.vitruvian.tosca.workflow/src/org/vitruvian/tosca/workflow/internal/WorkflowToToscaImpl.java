package org.vitruvian.tosca.workflow.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vitruvian.core.ExitCode;
import org.vitruvian.core.VitruvianException;
import org.vitruvian.model.recipe.ContainerRecipe;
import org.vitruvian.model.recipe.FileCopy;
import org.vitruvian.model.service.DataPort;
import org.vitruvian.model.service.Parameter;
import org.vitruvian.model.service.ResourceRequest;
import org.vitruvian.model.service.ServiceDefinition;
import org.vitruvian.model.trust.DataClass;
import org.vitruvian.model.workflow.Link;
import org.vitruvian.model.workflow.ParameterValue;
import org.vitruvian.model.workflow.Step;
import org.vitruvian.model.workflow.Workflow;
import org.vitruvian.tosca.ToscaService;
import org.vitruvian.tosca.workflow.WorkflowToTosca;
import org.vitruvian.tosca.workflow.WorkflowToTosca.SiteKind;

/** See {@link WorkflowToTosca}. The topology is built as plain maps in TOSCA's key order and written by the TOSCA writer. */
@Component(service = WorkflowToTosca.class)
public final class WorkflowToToscaImpl implements WorkflowToTosca {

    static final String PROFILE_FILE = "vitruvian-profile.yaml";
    /** Where a CSAR holds the workflow's folder: its files at their paths relative to the workflow. */
    static final String CSAR_FILES = "Files/";

    private final ToscaService tosca;

    @Activate
    public WorkflowToToscaImpl(@Reference ToscaService tosca) {
        this.tosca = tosca;
    }

    @Override
    public String generate(Workflow workflow, Options options) {
        Map<String, Object> document = header(workflow, options);
        // The profile's types, inline: the file then checks on its own, with any TOSCA tool.
        Map<String, Object> profile = profile();
        for (Map.Entry<String, Object> section : profile.entrySet()) {
            if (section.getKey().endsWith("_types")) {
                document.put(section.getKey(), section.getValue());
            }
        }
        document.put("topology_template", topology(workflow, options, Map.of()));
        return tosca.write(document);
    }

    @Override
    public byte[] csar(Workflow workflow, Options options) throws IOException {
        // The archive holds the workflow's folder as it is: each file under Files/ at its path relative
        // to the workflow, so that the references between them (workflow to service, service to recipe,
        // recipe to its files) still hold when 'tosca import' unpacks them beside a new workflow.
        Path workflowFile = fileOf(workflow);
        Path folder = workflowFile == null ? null : workflowFile.toAbsolutePath().normalize().getParent();
        Map<String, byte[]> files = new LinkedHashMap<>();
        Map<String, String> artifacts = new LinkedHashMap<>();
        for (ServiceDefinition service : workflow.getImports()) {
            Path file = fileOf(service);
            if (file == null || folder == null) {
                continue;
            }
            String entry = addFile(files, folder, file, "the service definition of '" + service.getId() + "'");
            artifacts.put("service:" + service.getId(), "../" + entry);
            ContainerRecipe recipe = service.getDefaultRecipe();
            Path recipeFile = recipe == null ? null : fileOf(recipe);
            if (recipeFile != null) {
                artifacts.put("recipe:" + service.getId(), "../" + addFile(files, folder, recipeFile, "the recipe of '"
                        + service.getId() + "'"));
                for (FileCopy copy : recipe.getFiles()) {
                    Path source = copy.getSource() == null ? null : recipeFile.getParent().resolve(copy.getSource()).normalize();
                    // A file the build has not made yet (a jar, say) is left out, as it is absent from the folder.
                    if (source != null && Files.isRegularFile(source)) {
                        addFile(files, folder, source, "the file '" + copy.getSource() + "' of the recipe '" + recipe.getName() + "'");
                    }
                }
            }
        }
        Map<String, Object> document = header(workflow, options);
        document.put("imports", List.of(PROFILE_FILE));
        document.put("topology_template", topology(workflow, options, artifacts));
        Map<String, Object> profile = new LinkedHashMap<>(profile());
        profile.put("tosca_definitions_version", options.version().definitionsVersion());
        String main = "Definitions/" + workflow.getName() + ".yaml";
        String meta = "TOSCA-Meta-File-Version: 1.1\nCSAR-Version: 1.1\nCreated-By: Vitruvian\nEntry-Definitions: " + main + "\n";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            put(zip, "TOSCA-Metadata/TOSCA.meta", meta.getBytes(StandardCharsets.UTF_8));
            put(zip, main, tosca.write(document).getBytes(StandardCharsets.UTF_8));
            put(zip, "Definitions/" + PROFILE_FILE, tosca.write(profile).getBytes(StandardCharsets.UTF_8));
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                put(zip, file.getKey(), file.getValue());
            }
        }
        return bytes.toByteArray();
    }

    /** Puts {@code file} into the archive under Files/ at its path relative to the workflow's folder; the entry's name. */
    private static String addFile(Map<String, byte[]> files, Path folder, Path file, String what) throws IOException {
        Path normal = file.toAbsolutePath().normalize();
        if (!normal.startsWith(folder)) {
            throw new VitruvianException(ExitCode.FAILED, what + " (" + file + ") lies outside the workflow's folder " + folder
                    + "; a CSAR holds that folder, so move the file under it or write one YAML file with -o instead.");
        }
        String entry = CSAR_FILES + folder.relativize(normal).toString().replace('\\', '/');
        if (!files.containsKey(entry)) {
            files.put(entry, Files.readAllBytes(normal));
        }
        return entry;
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> profile() {
        return (Map<String, Object>) tosca.vitruvianProfile().source().toJava();
    }

    private static Map<String, Object> header(Workflow workflow, Options options) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("tosca_definitions_version", options.version().definitionsVersion());
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("template_name", workflow.getName());
        if (workflow.getVersion() != null) {
            metadata.put("template_version", workflow.getVersion());
        }
        metadata.put("template_author", "Vitruvian");
        metadata.put("vitruvian.workflow", workflow.getName());
        // What TOSCA has no place for, so that 'vitruvian tosca import' gives the workflow back.
        URI base = base(workflow, options);
        metadata.put(ToscaToWorkflowImpl.WORKFLOW_DATA, ModelData.flow(ModelData.toData(workflow, base, Set.of("name", "version",
                "description", "steps"))));
        document.put("metadata", metadata);
        if (workflow.getDescription() != null) {
            document.put("description", workflow.getDescription());
        }
        return document;
    }

    private Map<String, Object> topology(Workflow workflow, Options options, Map<String, String> artifacts) {
        Map<String, Object> topology = new LinkedHashMap<>();
        Map<String, Object> inputs = new LinkedHashMap<>();
        for (Parameter parameter : workflow.getParameters()) {
            inputs.put(parameter.getName(), input(parameter));
        }
        if (!inputs.isEmpty()) {
            topology.put("inputs", inputs);
        }
        Map<String, Object> nodes = new LinkedHashMap<>();
        String siteId = options.siteId() == null ? "local" : options.siteId();
        Map<String, String> siteNodes = new LinkedHashMap<>();
        siteNodes.put(siteId, "site");
        for (Step step : workflow.getSteps()) {
            if (step.getSite() != null && !siteNodes.containsKey(step.getSite())) {
                siteNodes.put(step.getSite(), "site-" + step.getSite());
            }
        }
        Map<String, List<String>> trust = new LinkedHashMap<>();
        Map<String, DataClass> classes = new LinkedHashMap<>();
        for (Step step : workflow.getSteps()) {
            nodes.put(step.getName(), node(workflow, step, siteNodes.get(step.getSite() == null ? siteId : step.getSite()), artifacts,
                    options));
            ServiceDefinition service = service(workflow, step);
            if (service != null) {
                for (DataPort port : service.getInputs()) {
                    DataClass dataClass = port.getDataClass();
                    if (dataClass != null && dataClass.getKind() != null) {
                        String key = "data-trust-" + dataClass.getKind().getLiteral()
                                + (dataClass.getOwner() == null ? "" : "-" + dataClass.getOwner().getLiteral());
                        classes.putIfAbsent(key, dataClass);
                        List<String> targets = trust.computeIfAbsent(key, k -> new ArrayList<>());
                        if (!targets.contains(step.getName())) {
                            targets.add(step.getName());
                        }
                    }
                }
            }
        }
        for (Map.Entry<String, String> site : siteNodes.entrySet()) {
            SiteKind kind = site.getKey().equals(siteId) && options.site() != null ? options.site()
                    : new SiteKind(SiteKind.SITE, null, null);
            Map<String, Object> node = new LinkedHashMap<>();
            node.put("type", kind.nodeType());
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("site_id", site.getKey());
            if (SiteKind.HPC.equals(kind.nodeType()) && kind.loginHost() != null) {
                properties.put("login_host", kind.loginHost());
            }
            node.put("properties", properties);
            if (SiteKind.HPC.equals(kind.nodeType()) && kind.scheduler() != null) {
                String scheduler = site.getValue() + "-scheduler";
                node.put("requirements", List.of(Map.of("scheduler", scheduler)));
                nodes.put(scheduler, Map.of("type", kind.scheduler().equals("pbs") ? "vitruvian.nodes.Scheduler.PBS"
                        : "vitruvian.nodes.Scheduler.Slurm"));
            }
            nodes.put(site.getValue(), node);
        }
        topology.put("node_templates", nodes);
        List<Object> policies = new ArrayList<>();
        for (Map.Entry<String, List<String>> policy : trust.entrySet()) {
            DataClass dataClass = classes.get(policy.getKey());
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("kind", dataClass.getKind().getLiteral());
            if (dataClass.getOwner() != null) {
                properties.put("owner", dataClass.getOwner().getLiteral());
            }
            if (dataClass.getIdentifiability() != null) {
                properties.put("identifiability", dataClass.getIdentifiability().getLiteral());
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("type", "vitruvian.policies.DataTrust");
            body.put("properties", properties);
            body.put("targets", policy.getValue());
            policies.add(Map.of(policy.getKey(), body));
        }
        if (!policies.isEmpty()) {
            topology.put("policies", policies);
        }
        return topology;
    }

    private static URI base(Workflow workflow, Options options) {
        if (options.written() != null) {
            return URI.createFileURI(options.written().toAbsolutePath().normalize().toString());
        }
        return workflow.eResource() == null ? null : workflow.eResource().getURI();
    }

    private static Map<String, Object> input(Parameter parameter) {
        Map<String, Object> input = new LinkedHashMap<>();
        String type = switch (parameter.getType()) {
            case INTEGER -> "integer";
            case NUMBER -> "float";
            case BOOLEAN -> "boolean";
            default -> "string";
        };
        input.put("type", type);
        if (parameter.getDescription() != null) {
            input.put("description", parameter.getDescription());
        }
        if (parameter.getDefault() != null) {
            input.put("default", typed(parameter.getDefault(), type));
        } else {
            input.put("required", true);
        }
        List<Object> constraints = new ArrayList<>();
        if (parameter.getMin() != null) {
            constraints.add(Map.of("greater_or_equal", bound(parameter.getMin(), type)));
        }
        if (parameter.getMax() != null) {
            constraints.add(Map.of("less_or_equal", bound(parameter.getMax(), type)));
        }
        if (!parameter.getChoices().isEmpty()) {
            constraints.add(Map.of("valid_values", parameter.getChoices().stream().map(c -> typed(c, type)).toList()));
        }
        if (!constraints.isEmpty()) {
            input.put("constraints", constraints);
        }
        return input;
    }

    private static Object bound(double value, String type) {
        return type.equals("integer") ? (Object) (long) value : (Object) value;
    }

    private static Object typed(String text, String type) {
        try {
            return switch (type) {
                case "integer" -> Long.valueOf(text.strip());
                case "float" -> Double.valueOf(text.strip());
                case "boolean" -> Boolean.valueOf(text.strip());
                default -> text;
            };
        } catch (NumberFormatException e) {
            return text;
        }
    }

    private Map<String, Object> node(Workflow workflow, Step step, String siteNode, Map<String, String> artifacts, Options options) {
        ServiceDefinition service = service(workflow, step);
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("type", "vitruvian.nodes.SimulationService");
        URI base = base(workflow, options);
        Map<String, Object> extras = ModelData.toData(step, base, Set.of("name", "service", "parameters", "retries"));
        if (!extras.isEmpty()) {
            node.put("metadata", Map.of(ToscaToWorkflowImpl.STEP_DATA, ModelData.flow(extras)));
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("service_id", step.getService().getId());
        properties.put("service_version", step.getService().getVersion() == null ? "" : step.getService().getVersion());
        ContainerRecipe recipe = step.getRecipe() != null ? step.getRecipe() : service == null ? null : service.getDefaultRecipe();
        if (recipe != null && recipe.getBase() != null && recipe.getBase().getImage() != null) {
            properties.put("image", recipe.getBase().getImage());
        }
        if (service != null && !service.getCommand().isEmpty()) {
            properties.put("command", List.copyOf(service.getCommand()));
        }
        var execution = step.getExecution() != null ? step.getExecution() : service == null ? null : service.getExecution();
        if (execution != null) {
            properties.put("execution", execution.getLiteral());
        }
        if (recipe != null && recipe.getMpi() != null && recipe.getMpi().getMode() != null) {
            properties.put("mpi_mode", recipe.getMpi().getMode().getLiteral());
        }
        ResourceRequest resources = step.getResources() != null ? step.getResources() : service == null ? null : service.getResources();
        if (resources != null) {
            Map<String, Object> request = resources(resources);
            if (!request.isEmpty()) {
                properties.put("resources", request);
            }
        }
        if (!step.getParameters().isEmpty()) {
            Map<String, Object> parameters = new LinkedHashMap<>();
            for (ParameterValue value : step.getParameters()) {
                parameters.put(value.getName(), value.getBind() != null ? Map.of("get_input", value.getBind().getName())
                        : value.getValue() == null ? "" : value.getValue());
            }
            properties.put("parameters", parameters);
        }
        if (step.getRetries() != null) {
            properties.put("retries", (long) step.getRetries());
        }
        node.put("properties", properties);
        List<Object> requirements = new ArrayList<>();
        requirements.add(Map.of("host", siteNode));
        for (Link link : workflow.getLinks()) {
            String[] to = split(link.getTo());
            String[] from = split(link.getFrom());
            if (to[0].equals(step.getName()) && workflow.getSteps().stream().anyMatch(s -> s.getName().equals(from[0]))) {
                Map<String, Object> relationship = new LinkedHashMap<>();
                relationship.put("type", "vitruvian.relationships.DataFlow");
                relationship.put("properties", Map.of("output", from[1], "input", to[1]));
                Map<String, Object> data = new LinkedHashMap<>();
                data.put("node", from[0]);
                data.put("relationship", relationship);
                requirements.add(Map.of("data", data));
            }
        }
        node.put("requirements", requirements);
        String serviceArtifact = service == null ? null : artifacts.get("service:" + service.getId());
        if (serviceArtifact != null) {
            Map<String, Object> files = new LinkedHashMap<>();
            files.put("service", Map.of("type", "tosca.artifacts.File", "file", serviceArtifact));
            String recipeArtifact = artifacts.get("recipe:" + service.getId());
            if (recipeArtifact != null) {
                files.put("recipe", Map.of("type", "tosca.artifacts.File", "file", recipeArtifact));
            }
            node.put("artifacts", files);
        }
        return node;
    }

    private static Map<String, Object> resources(ResourceRequest resources) {
        Map<String, Object> request = new LinkedHashMap<>();
        if (resources.getNodes() != null) {
            request.put("nodes", (long) resources.getNodes());
        }
        if (resources.getCores() != null) {
            request.put("cores", (long) resources.getCores());
        }
        if (resources.getMemory() > 0) {
            request.put("memory", size(resources.getMemory()));
        }
        if (resources.getGpus() != null) {
            request.put("gpus", (long) resources.getGpus());
        }
        if (resources.getWalltime() != null) {
            request.put("walltime", time(resources.getWalltime()));
        }
        if (resources.getMpiRanks() != null) {
            request.put("mpi_ranks", (long) resources.getMpiRanks());
        }
        return request;
    }

    /** Bytes as a TOSCA scalar-unit.size in the largest binary unit that divides them. */
    static String size(long bytes) {
        String[] units = { "TiB", "GiB", "MiB", "KiB" };
        long[] factors = { 1L << 40, 1L << 30, 1L << 20, 1L << 10 };
        for (int i = 0; i < units.length; i++) {
            if (bytes % factors[i] == 0) {
                return bytes / factors[i] + " " + units[i];
            }
        }
        return bytes + " B";
    }

    static String time(Duration duration) {
        long seconds = duration.getSeconds();
        if (seconds % 3600 == 0) {
            return seconds / 3600 + " h";
        }
        return seconds % 60 == 0 ? seconds / 60 + " m" : seconds + " s";
    }

    private static String[] split(String port) {
        int dot = port == null ? -1 : port.indexOf('.');
        return dot < 0 ? new String[] { String.valueOf(port), "" } : new String[] { port.substring(0, dot), port.substring(dot + 1) };
    }

    private static ServiceDefinition service(Workflow workflow, Step step) {
        for (ServiceDefinition service : workflow.getImports()) {
            if (service.getId() != null && service.getId().equals(step.getService().getId())) {
                return service;
            }
        }
        return null;
    }

    private static Path fileOf(EObject object) {
        Resource resource = object.eResource();
        if (resource == null || !resource.getURI().isFile()) {
            return null;
        }
        Path file = Path.of(resource.getURI().toFileString());
        return Files.isRegularFile(file) ? file : null;
    }
}
