package org.vitruvian.app.internal.commands;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.eclipse.emf.common.util.URI;
import org.vitruvian.core.ExitCode;
import org.vitruvian.core.diagnostics.Diagnostic;
import org.vitruvian.core.json.Json;
import org.vitruvian.model.site.Scheduler;
import org.vitruvian.model.site.Site;
import org.vitruvian.model.workflow.Workflow;
import org.vitruvian.model.yaml.ModelService;
import org.vitruvian.model.yaml.YamlResource;
import org.vitruvian.tosca.workflow.ToscaToWorkflow;
import org.vitruvian.tosca.workflow.WorkflowToTosca;
import org.vitruvian.sites.CatalogSite;
import org.vitruvian.sites.SiteCatalog;
import org.vitruvian.tosca.ToscaDocument;
import org.vitruvian.tosca.ToscaService;
import org.vitruvian.tosca.model.Topology.NodeTemplate;
import org.vitruvian.tosca.model.Topology.RequirementAssignment;
import org.vitruvian.tosca.model.Topology.TopologyTemplate;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "tosca", mixinStandardHelpOptions = true,
        description = "TOSCA Simple Profile in YAML 1.0-1.3 service templates and CSARs (see docs/tosca.md).",
        subcommands = { ToscaCommand.Show.class, ToscaCommand.Generate.class, ToscaCommand.Import.class })
public final class ToscaCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(),
                "Missing command: 'vitruvian tosca show FILE' or 'vitruvian tosca generate WORKFLOW -o OUT.yaml'.");
    }

    @Command(name = "generate", mixinStandardHelpOptions = true,
            description = { "Write a workflow as a TOSCA topology of the Vitruvian profile: one node per step with its container,",
                    "hosted on the site, data-trust policies from the data classes (docs/tosca.md)." })
    public static final class Generate implements Callable<Integer> {

        private final ModelService models;
        private final WorkflowToTosca generator;
        private final SiteCatalog catalog;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "WORKFLOW", description = "The workflow file.")
        Path workflowFile;

        @Option(names = "--site", paramLabel = "ID", description = "The site the steps are hosted on (default: local).")
        String site;

        @Option(names = "--tosca-version", paramLabel = "1.2|1.3", defaultValue = "1.3",
                description = "TOSCA version to declare (default: ${DEFAULT-VALUE}); 1.2 for tools of that age such as tosca-parser.")
        String version;

        @Option(names = "-o", paramLabel = "OUT.yaml", description = "Write one self-contained YAML file (the profile's types inside).")
        Path out;

        @Option(names = "--csar", paramLabel = "OUT.csar", description = "Write a CSAR with the profile, the services and their recipes.")
        Path csar;

        public Generate(ModelService models, WorkflowToTosca generator, SiteCatalog catalog) {
            this.models = models;
            this.generator = generator;
            this.catalog = catalog;
        }

        @Override
        public Integer call() throws IOException {
            WorkflowToTosca.Version toscaVersion = WorkflowToTosca.Version.of(version);
            if (toscaVersion == null) {
                throw new ParameterException(spec.commandLine(), "--tosca-version is '" + version + "'; use 1.2 or 1.3.");
            }
            if ((out == null) == (csar == null)) {
                throw new ParameterException(spec.commandLine(), "Say where to write: -o OUT.yaml or --csar OUT.csar (one of them).");
            }
            ModelService.ModelSet set = models.load(List.of(workflowFile));
            var err = spec.commandLine().getErr();
            if (set.hasErrors()) {
                err.print(set.report().toText());
                return ExitCode.FAILED.status();
            }
            if (set.models().isEmpty() || !(set.models().get(0).root() instanceof Workflow workflow)) {
                err.println(workflowFile + ": error: the file is not a workflow (kind: Workflow) [tosca.generate.not-a-workflow]");
                return ExitCode.FAILED.status();
            }
            String siteId = site == null ? "local" : site;
            Optional<CatalogSite> known = catalog.find(siteId);
            if (known.isEmpty()) {
                err.println(workflowFile + ": error: the site '" + siteId + "' is not in the site catalog; 'vitruvian sites list' shows "
                        + "the sites there are [tosca.generate.unknown-site]");
                return ExitCode.FAILED.status();
            }
            WorkflowToTosca.Options options = new WorkflowToTosca.Options(siteId, siteKind(known.get().site()), toscaVersion, out);
            if (out != null) {
                Files.writeString(out, generator.generate(workflow, options));
                spec.commandLine().getOut().printf("Wrote %s: %d node templates for %d steps (%s).%n", out,
                        workflow.getSteps().size() + 1, workflow.getSteps().size(), toscaVersion.definitionsVersion());
            } else {
                Files.write(csar, generator.csar(workflow, options));
                spec.commandLine().getOut().printf("Wrote %s (%s).%n", csar, toscaVersion.definitionsVersion());
            }
            return ExitCode.OK.status();
        }

        /** The profile's node type for a catalog site: by its scheduler. */
        private static WorkflowToTosca.SiteKind siteKind(Site site) {
            Scheduler scheduler = site.getScheduler();
            if (scheduler == Scheduler.SLURM || scheduler == Scheduler.PBS) {
                return new WorkflowToTosca.SiteKind(WorkflowToTosca.SiteKind.HPC, scheduler.getLiteral(),
                        site.getAccess() == null ? null : site.getAccess().getHost());
            }
            if (scheduler == Scheduler.KUBERNETES) {
                return new WorkflowToTosca.SiteKind(WorkflowToTosca.SiteKind.KUBERNETES, null, null);
            }
            return new WorkflowToTosca.SiteKind(WorkflowToTosca.SiteKind.SITE, null, null);
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = { "Turn a TOSCA topology of the Vitruvian profile (as 'vitruvian tosca generate' writes it, -o or --csar) back",
                    "into a workflow file, and check it." })
    public static final class Import implements Callable<Integer> {

        private final ToscaToWorkflow importer;
        private final ModelService models;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = { "A TOSCA YAML file of the Vitruvian profile, or a CSAR that",
                "'tosca generate --csar' wrote: its services, recipes and their files are written beside the workflow." })
        Path file;

        @Option(names = "-o", paramLabel = "WORKFLOW.yaml", required = true, description = "The workflow file to write.")
        Path out;

        public Import(ToscaToWorkflow importer, ModelService models) {
            this.importer = importer;
            this.models = models;
        }

        @Override
        public Integer call() throws IOException {
            ToscaToWorkflow.Result result = importer.toWorkflow(file, file.toString(), out);
            var err = spec.commandLine().getErr();
            result.diagnostics().forEach(d -> err.println(d.format()));
            if (result.workflow() == null || result.diagnostics().stream().anyMatch(Diagnostic::isError)) {
                return ExitCode.FAILED.status();
            }
            Path folder = out.toAbsolutePath().normalize().getParent();
            // Everything is checked before anything is written: an import never leaves half a workflow behind.
            List<String> conflicts = new ArrayList<>();
            Map<Path, byte[]> toWrite = new LinkedHashMap<>();
            for (Map.Entry<String, byte[]> entry : result.files().entrySet()) {
                Path target = folder.resolve(entry.getKey()).normalize();
                if (!target.startsWith(folder)) {
                    conflicts.add(entry.getKey() + " would lie outside " + folder);
                } else if (Files.exists(target) && !java.util.Arrays.equals(Files.readAllBytes(target), entry.getValue())) {
                    conflicts.add(target + " exists with other content");
                } else if (!Files.exists(target)) {
                    toWrite.put(target, entry.getValue());
                }
            }
            if (!conflicts.isEmpty()) {
                conflicts.forEach(c -> err.println(file + ": error: the archive's file " + c
                        + " [tosca.import.file-conflict]"));
                err.println("Nothing was written; import into an empty folder, or move those files away.");
                return ExitCode.FAILED.status();
            }
            for (Map.Entry<Path, byte[]> target : toWrite.entrySet()) {
                Files.createDirectories(target.getKey().getParent());
                Files.write(target.getKey(), target.getValue());
            }
            YamlResource resource = new YamlResource(URI.createFileURI(out.toAbsolutePath().normalize().toString()));
            resource.getContents().add(result.workflow());
            Files.writeString(out, resource.toYaml());
            if (!toWrite.isEmpty()) {
                spec.commandLine().getOut().printf("Wrote %d files from the archive beside it (services, recipes, their files).%n",
                        toWrite.size());
            }
            ModelService.ModelSet check = models.load(List.of(out));
            err.print(check.report().toText());
            spec.commandLine().getOut().printf("Wrote %s: workflow '%s' with %d steps.%n", out, result.workflow().getName(),
                    result.workflow().getSteps().size());
            return check.hasErrors() ? ExitCode.FAILED.status() : ExitCode.OK.status();
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = { "Print the topology of a TOSCA file or CSAR as checked: each node template with its type, properties",
                    "and resolved requirements. Problems are printed as diagnostics; exit 1 when there is an error." })
    public static final class Show implements Callable<Integer> {

        private final ToscaService tosca;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "A TOSCA YAML file or a CSAR archive.")
        Path file;

        @Option(names = "--json", description = "Print the topology and the diagnostics as one JSON document.")
        boolean json;

        public Show(ToscaService tosca) {
            this.tosca = tosca;
        }

        @Override
        public Integer call() {
            ToscaDocument document = tosca.load(file, file.toString());
            var out = spec.commandLine().getOut();
            TopologyTemplate topology = document.template() == null ? null : document.template().topology();
            if (json) {
                Map<String, Object> root = new LinkedHashMap<>();
                root.put("file", file.toString());
                root.put("tosca_definitions_version", document.template() == null ? null : document.template().version());
                root.put("imports", document.imports().stream().map(t -> t.file()).toList());
                root.put("inputs", topology == null ? Map.of() : new ArrayList<>(topology.inputs().keySet()));
                root.put("node_templates", topology == null ? List.of() : topology.nodeTemplates().values().stream().map(Show::node).toList());
                root.put("outputs", topology == null ? Map.of() : outputs(topology));
                List<Object> diagnostics = new ArrayList<>();
                for (Diagnostic d : document.diagnostics()) {
                    Map<String, Object> item = new LinkedHashMap<>();
                    item.put("file", d.file());
                    item.put("line", d.line());
                    item.put("column", d.column());
                    item.put("severity", d.severity().label());
                    item.put("code", d.code());
                    item.put("message", d.message());
                    diagnostics.add(item);
                }
                root.put("diagnostics", diagnostics);
                out.print(Json.stringify(root));
            } else {
                document.diagnostics().forEach(d -> out.println(d.format()));
                if (topology != null) {
                    for (NodeTemplate node : topology.nodeTemplates().values()) {
                        out.printf("%s  %s%n", node.name(), node.type());
                        for (RequirementAssignment requirement : node.requirements()) {
                            out.printf("  %s -> %s%n", requirement.name(), requirement.node());
                        }
                    }
                }
            }
            return document.hasErrors() ? ExitCode.FAILED.status() : ExitCode.OK.status();
        }

        private static Map<String, Object> node(NodeTemplate node) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("name", node.name());
            item.put("type", node.type());
            item.put("line", node.at().line());
            Map<String, Object> properties = new LinkedHashMap<>();
            node.properties().forEach((name, value) -> properties.put(name, value.toJava()));
            item.put("properties", properties);
            List<Object> requirements = new ArrayList<>();
            for (RequirementAssignment requirement : node.requirements()) {
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("name", requirement.name());
                r.put("node", requirement.node());
                r.put("capability", requirement.capability());
                r.put("relationship", requirement.relationship());
                requirements.add(r);
            }
            item.put("requirements", requirements);
            return item;
        }

        private static Map<String, Object> outputs(TopologyTemplate topology) {
            Map<String, Object> outputs = new LinkedHashMap<>();
            topology.outputs().forEach((name, output) -> outputs.put(name, output.value() == null ? null : output.value().toJava()));
            return outputs;
        }
    }
}
