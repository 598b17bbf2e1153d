package org.vitruvian.app.internal.commands;

import java.io.PrintWriter;
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
import org.vitruvian.model.common.Units;
import org.vitruvian.model.site.Partition;
import org.vitruvian.model.site.Site;
import org.vitruvian.model.yaml.ModelTree;
import org.vitruvian.model.yaml.YamlResource;
import org.vitruvian.sites.CatalogSite;
import org.vitruvian.sites.SiteCatalog;
import org.vitruvian.sites.SiteCatalog.Snapshot;
import org.vitruvian.sites.SubmissionCommands;
import org.vitruvian.sites.SubmissionCommands.SubmitCommand;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "sites", mixinStandardHelpOptions = true,
        description = { "The sites workflows can run on: built in, from plugins, the user's own ($VITRUVIAN_HOME/sites),",
                "and 'local', this machine." },
        subcommands = { SitesCommand.ListSites.class, SitesCommand.ShowSite.class, AcceptHostCommand.class })
public final class SitesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing command: 'vitruvian sites list', 'vitruvian sites show ID' or 'vitruvian sites accept-host ID'.");
    }

    /** Problems loading the catalog go to stderr in the usual diagnostic form; they never hide the other sites. */
    static void printProblems(Snapshot snapshot, PrintWriter err) {
        for (Diagnostic problem : snapshot.problems().diagnostics()) {
            err.println(problem.format());
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List every site with its size and where it comes from.")
    public static final class ListSites implements Callable<Integer> {

        private final SiteCatalog catalog;

        @Spec
        CommandSpec spec;

        @Option(names = "--json", description = "Print the list as JSON.")
        boolean json;

        public ListSites(SiteCatalog catalog) {
            this.catalog = catalog;
        }

        @Override
        public Integer call() {
            Snapshot snapshot = catalog.snapshot();
            PrintWriter out = spec.commandLine().getOut();
            printProblems(snapshot, spec.commandLine().getErr());
            if (json) {
                List<Object> sites = new ArrayList<>();
                for (CatalogSite site : snapshot.sites()) {
                    sites.add(summary(site));
                }
                Map<String, Object> value = new LinkedHashMap<>();
                value.put("sites", sites);
                value.putAll(snapshot.problems().toJsonValue());
                out.print(Json.stringify(value));
                return ExitCode.OK.status();
            }
            TextTable table = new TextTable("ID", "NAME", "TYPE", "TIER", "SCHEDULER", "NODES", "CORES/NODE", "MEMORY/NODE", "GPUS/NODE",
                    "SOURCE");
            boolean anyIllustrative = false;
            for (CatalogSite entry : snapshot.runnable()) {
                Site site = entry.site();
                String mark = site.getIllustrative().isEmpty() ? "" : "*";
                anyIllustrative |= !mark.isEmpty();
                table.add(site.getId() + mark, nullToDash(site.getName()), site.isSetType() ? site.getType().getLiteral() : "-",
                        site.getTier() == null ? "-" : site.getTier().toString(),
                        site.isSetScheduler() ? site.getScheduler().getLiteral() : "-", String.valueOf(totalNodes(site)),
                        maxCores(site), maxMemory(site), gpus(site), entry.origin().label());
            }
            table.print(out);
            List<String> profiles = snapshot.sites().stream().filter(s -> s.site().isProfile()).map(CatalogSite::id).toList();
            out.println();
            out.println(snapshot.runnable().size() + " sites. Profiles that sites can refine: " + String.join(", ", profiles) + ".");
            if (anyIllustrative) {
                out.println("* some values are illustrative, not published figures: 'vitruvian sites show ID' says which.");
            }
            return ExitCode.OK.status();
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Print one site as YAML, with every value it gets from the profile it refines.")
    public static final class ShowSite implements Callable<Integer> {

        private final SiteCatalog catalog;
        private final SubmissionCommands submission;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "ID", description = "Site id, as 'vitruvian sites list' shows it.")
        String id;

        @Option(names = "--json", description = "Print the site as JSON.")
        boolean json;

        public ShowSite(SiteCatalog catalog, SubmissionCommands submission) {
            this.catalog = catalog;
            this.submission = submission;
        }

        @Override
        public Integer call() {
            Snapshot snapshot = catalog.snapshot();
            Optional<CatalogSite> found = snapshot.find(id);
            if (found.isEmpty()) {
                printProblems(snapshot, spec.commandLine().getErr());
                spec.commandLine().getErr().println("vitruvian sites show: no site '" + id + "'; known: "
                        + String.join(", ", snapshot.sites().stream().map(CatalogSite::id).toList()) + ".");
                return ExitCode.FAILED.status();
            }
            CatalogSite site = found.get();
            PrintWriter out = spec.commandLine().getOut();
            SubmitCommand submit = site.site().isSetScheduler() ? submission.submitCommand(site.site(), "JOB_SCRIPT")
                    : new SubmitCommand(List.of(), "default");
            if (json) {
                Map<String, Object> value = new LinkedHashMap<>();
                value.put("origin", site.origin().label());
                value.put("location", site.location());
                value.put("submitCommand", submit.arguments());
                value.put("submitCommandOrigin", submit.origin());
                value.put("site", ModelTree.document(site.site(), null));
                out.print(Json.stringify(value));
                return ExitCode.OK.status();
            }
            out.println("# " + site.origin().label() + " site from " + site.location());
            if (site.declared().getRefines() != null) {
                out.println("# values it does not state come from the profile '" + site.declared().getRefines() + "'");
            }
            if (!submit.arguments().isEmpty()) {
                out.println("# jobs are submitted with: " + String.join(" ", submit.arguments())
                        + (submit.origin().equals("default") ? "" : " (customized by " + submit.origin() + ")"));
            }
            if (!site.site().getIllustrative().isEmpty()) {
                out.println("# illustrative, not published figures: " + String.join(", ", site.site().getIllustrative()));
            }
            YamlResource resource = new YamlResource(URI.createURI(id + ".yaml"));
            resource.getContents().add(org.eclipse.emf.ecore.util.EcoreUtil.copy(site.site()));
            out.print(resource.toYaml());
            return ExitCode.OK.status();
        }
    }

    static Map<String, Object> summary(CatalogSite entry) {
        Site site = entry.site();
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("id", site.getId());
        value.put("name", site.getName());
        value.put("type", site.isSetType() ? site.getType().getLiteral() : null);
        value.put("tier", site.getTier());
        value.put("profile", site.isProfile());
        value.put("scheduler", site.isSetScheduler() ? site.getScheduler().getLiteral() : null);
        value.put("resourceClass", site.isSetResourceClass() ? site.getResourceClass().getLiteral() : null);
        value.put("nodes", totalNodes(site));
        value.put("origin", entry.origin().label());
        value.put("location", entry.location());
        value.put("illustrative", site.getIllustrative());
        return value;
    }

    private static long totalNodes(Site site) {
        return site.getPartitions().stream().mapToLong(p -> p.getNodes() == null ? 0 : p.getNodes()).sum();
    }

    private static String maxCores(Site site) {
        return site.getPartitions().stream().map(Partition::getCoresPerNode).filter(c -> c != null).max(Integer::compare)
                .map(String::valueOf).orElse("-");
    }

    private static String maxMemory(Site site) {
        return site.getPartitions().stream().filter(Partition::isSetMemoryPerNode).map(Partition::getMemoryPerNode)
                .max(Long::compare).map(Units::formatByteSize).orElse("-");
    }

    private static String gpus(Site site) {
        return site.getPartitions().stream().filter(p -> p.getGpusPerNode() != null && p.getGpusPerNode() > 0)
                .max((a, b) -> Integer.compare(a.getGpusPerNode(), b.getGpusPerNode()))
                .map(p -> p.getGpusPerNode() + (p.getGpuModel() == null ? "" : " x " + p.getGpuModel())).orElse("0");
    }

    private static String nullToDash(String text) {
        return text == null ? "-" : text;
    }
}
