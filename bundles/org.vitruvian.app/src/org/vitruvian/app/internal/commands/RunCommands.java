package org.vitruvian.app.internal.commands;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.vitruvian.core.ExitCode;
import org.vitruvian.core.VitruvianException;
import org.vitruvian.core.diagnostics.Diagnostic;
import org.vitruvian.core.json.Json;
import org.vitruvian.execution.RunRecord;
import org.vitruvian.execution.RunState;
import org.vitruvian.execution.Runs;
import org.vitruvian.execution.StepRecord;
import org.vitruvian.execution.StepState;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import org.vitruvian.preferences.ProcessPreferences;
import org.vitruvian.preferences.VitruvianPreferences;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The commands that start runs and look after them. */
public final class RunCommands {

    private RunCommands() {
    }

    /**
     * How often a waiting command asks the targets: VITRUVIAN_POLL_MS (tests, slow schedulers), else
     * the poll interval preference, else a second, as in the IDE.
     */
    static long pollMillis() {
        return ProcessPreferences.pollInterval().toMillis();
    }

    /**
     * Watches a run until it ends, printing state changes and progress. Ctrl-C stops watching,
     * not the run: jobs run in sessions of their own.
     */
    static int watch(Runs runs, String runId, PrintWriter out) {
        Thread watcher = Thread.currentThread();
        Thread hook = new Thread(() -> {
            out.println("Detached: run " + runId + " goes on. 'vitruvian resume " + runId + "' watches it again.");
            out.flush();
        });
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            Map<String, String> seen = new LinkedHashMap<>();
            while (true) {
                RunRecord record = runs.advance(runId);
                for (StepRecord step : record.steps()) {
                    String line = step.state() + progressText(step);
                    String detail = detailText(step);
                    if (!(line + detail).equals(seen.put(step.name(), line + detail))) {
                        out.println(step.name() + ": " + line + (detail.isEmpty() ? "" : " (" + detail + ")"));
                    }
                }
                if (record.state() != RunState.RUNNING) {
                    out.println("Run " + runId + " " + record.state() + ": " + record.completedSteps() + "/" + record.steps().size()
                            + " steps done.");
                    if (record.state() == RunState.COMPLETED) {
                        printResults(runs, runId, out);
                    }
                    return record.state() == RunState.COMPLETED ? ExitCode.OK.status() : ExitCode.FAILED.status();
                }
                out.flush();
                try {
                    Thread.sleep(pollMillis());
                } catch (InterruptedException e) {
                    watcher.interrupt();
                    return ExitCode.OK.status();
                }
            }
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // Shutting down already: the hook says where the run is.
            }
        }
    }

    private static String progressText(StepRecord step) {
        if (step.progress() == null || step.state() != StepState.RUNNING) {
            return "";
        }
        return String.format(" %3.0f%% %s", step.progress().fraction() * 100, step.progress().message());
    }

    /** Why a step is where it is: the failure's kind and the target's words. */
    private static String detailText(StepRecord step) {
        String reason = step.state() == StepState.FAILED && step.reason() != null ? "[" + step.reason() + "] " : "";
        return (reason + (step.detail() == null ? "" : step.detail())).strip();
    }

    /** The workflow's outputs; small JSON results are printed, since that is what a user looks for first. */
    private static void printResults(Runs runs, String runId, PrintWriter out) {
        for (Map.Entry<String, Path> output : runs.outputs(runId).entrySet()) {
            out.println("  " + output.getKey() + ": " + output.getValue());
            try {
                if (output.getValue().toString().endsWith(".json") && Files.size(output.getValue()) < 4096) {
                    for (String line : Files.readAllLines(output.getValue(), StandardCharsets.UTF_8)) {
                        out.println("    " + line);
                    }
                }
            } catch (IOException e) {
                out.println("    (cannot read: " + e.getMessage() + ")");
            }
        }
        out.println("'vitruvian outputs " + runId + " --to DIR' copies them.");
    }

    static String runOrLatest(Runs runs, String runId) {
        return runId != null ? runId : runs.store().latest().orElseThrow(() -> new VitruvianException(ExitCode.FAILED,
                "There are no runs yet; 'vitruvian run WORKFLOW --site ID' starts one."));
    }

    @Command(name = "run", mixinStandardHelpOptions = true,
            description = { "Run a workflow: plan, check trust and compatibility, stage inputs, deploy, submit the steps",
                    "as their inputs become ready, monitor, and collect the outputs. Ctrl-C detaches; the run goes on." })
    public static final class Run implements Callable<Integer> {

        private final Runs runs;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "WORKFLOW", description = "The workflow file.")
        Path workflow;

        @Option(names = "--site", paramLabel = "ID", description = "Site for the steps not pinned to one (default: the default site preference).")
        String site;

        @Option(names = "--param", paramLabel = "NAME=VALUE", description = "A workflow parameter's value (repeatable).")
        Map<String, String> parameters = new LinkedHashMap<>();

        @Option(names = "--input", paramLabel = "NAME=PATH", description = "A file for a workflow input (repeatable).")
        Map<String, Path> inputs = new LinkedHashMap<>();

        @Option(names = "--policy", paramLabel = "FILE", description = "Trust policy instead of the default (the default policy preference, else CompBioMed D6.5 Table 2).")
        Path policy;

        @Option(names = "--detach", description = "Start the run and return; 'vitruvian status' follows it.")
        boolean detach;

        @Option(names = "--json", description = "Print the run's record as JSON when it ends (or at once with --detach).")
        boolean json;

        public Run(Runs runs) {
            this.runs = runs;
        }

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            VitruvianPreferences preferences = CliPreferences.current();
            Runs.Started started = runs.start(new Runs.Request(workflow, preferences.siteOr(site), parameters, inputs,
                    preferences.policyOr(policy)));
            for (Diagnostic diagnostic : started.report().diagnostics()) {
                if (diagnostic.severity() != org.vitruvian.core.diagnostics.Severity.INFO) {
                    spec.commandLine().getErr().println(diagnostic.format());
                }
            }
            if (started.refused()) {
                spec.commandLine().getErr().println("Nothing was submitted" + (started.runId() == null ? "."
                        : "; the decisions are recorded in run " + started.runId() + "."));
                return ExitCode.FAILED.status();
            }
            out.println("Run " + started.runId() + " started.");
            out.flush();
            if (detach) {
                out.println("'vitruvian status " + started.runId() + "' shows how it goes.");
                return json(out, started.runId());
            }
            int status = watch(runs, started.runId(), out);
            json(out, started.runId());
            return status;
        }

        private int json(PrintWriter out, String runId) {
            if (json) {
                out.print(Json.stringify(runs.store().read(runId)));
            }
            return ExitCode.OK.status();
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true, description = "Bring a run up to date and show its steps (default: the newest run).")
    public static final class Status implements Callable<Integer> {

        private final Runs runs;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "RUN", arity = "0..1", description = "Run id, as 'vitruvian history' shows it.")
        String runId;

        @Option(names = "--json", description = "Print the run's record as JSON.")
        boolean json;

        public Status(Runs runs) {
            this.runs = runs;
        }

        @Override
        public Integer call() {
            String id = runOrLatest(runs, runId);
            RunRecord record = runs.advance(id);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.print(Json.stringify(record));
                return ExitCode.OK.status();
            }
            out.println("Run " + id + ": " + record.state() + (record.detail() == null ? "" : " (" + record.detail() + ")"));
            TextTable table = new TextTable("STEP", "STATE", "SITE", "ATTEMPT", "PROGRESS / DETAIL");
            for (StepRecord step : record.steps()) {
                table.add(step.name(), step.state().name(), String.valueOf(step.site()), String.valueOf(step.attempt()),
                        (progressText(step) + " " + detailText(step)).strip());
            }
            table.print(out);
            for (String refusal : record.refusal()) {
                out.println(refusal);
            }
            return ExitCode.OK.status();
        }
    }

    @Command(name = "resume", mixinStandardHelpOptions = true, description = "Watch a run again (after Ctrl-C or a crash) until it ends.")
    public static final class Resume implements Callable<Integer> {

        private final Runs runs;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "RUN", description = "Run id.")
        String runId;

        public Resume(Runs runs) {
            this.runs = runs;
        }

        @Override
        public Integer call() {
            runs.store().read(runId);
            return watch(runs, runId, spec.commandLine().getOut());
        }
    }

    @Command(name = "history", mixinStandardHelpOptions = true, description = "List the runs, newest first.")
    public static final class History implements Callable<Integer> {

        private final Runs runs;

        @Spec
        CommandSpec spec;

        @Option(names = "--json", description = "Print the list as JSON.")
        boolean json;

        public History(Runs runs) {
            this.runs = runs;
        }

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            TextTable table = new TextTable("RUN", "STATE", "WORKFLOW", "SITE", "CREATED");
            List<Object> list = new java.util.ArrayList<>();
            for (String id : runs.store().list()) {
                RunRecord record = runs.store().read(id);
                String workflow = record.workflow() == null ? null : record.workflow().name();
                String created = record.created() == null ? null : record.created().toString();
                table.add(id, record.state().name(), String.valueOf(workflow), String.valueOf(record.site()), String.valueOf(created));
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("id", id);
                entry.put("state", record.state().name());
                entry.put("workflow", workflow);
                entry.put("site", record.site());
                entry.put("created", created);
                list.add(entry);
            }
            if (json) {
                out.print(Json.stringify(Map.of("runs", list)));
            } else {
                table.print(out);
            }
            return ExitCode.OK.status();
        }
    }

    @Command(name = "outputs", mixinStandardHelpOptions = true, description = "Copy the outputs of a finished run into a folder.")
    public static final class Outputs implements Callable<Integer> {

        private final Runs runs;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "RUN", description = "Run id.")
        String runId;

        @Option(names = "--to", paramLabel = "DIR", required = true, description = "Folder to copy the outputs into (created if missing).")
        Path to;

        public Outputs(Runs runs) {
            this.runs = runs;
        }

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try {
                Files.createDirectories(to);
                for (Map.Entry<String, Path> output : runs.outputs(runId).entrySet()) {
                    String fileName = output.getValue().getFileName().toString();
                    // Names come from the workflow file; still, nothing may land outside the folder.
                    Path target = to.resolve(fileName).normalize();
                    if (!target.startsWith(to.normalize())) {
                        throw new VitruvianException(ExitCode.FAILED, "Output name " + fileName + " would leave " + to + "; refused.");
                    }
                    Files.copy(output.getValue(), target, StandardCopyOption.REPLACE_EXISTING);
                    out.println(output.getKey() + ": " + target);
                }
            } catch (IOException e) {
                throw new VitruvianException(ExitCode.ENVIRONMENT, "Cannot copy the outputs into " + to + ": " + e.getMessage(), e);
            }
            return ExitCode.OK.status();
        }
    }

    @Command(name = "logs", mixinStandardHelpOptions = true, description = "Print what the steps of a run printed.")
    public static final class Logs implements Callable<Integer> {

        private final Runs runs;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "RUN", description = "Run id.")
        String runId;

        @Parameters(index = "1", arity = "0..1", paramLabel = "STEP", description = "Only this step.")
        String step;

        @Option(names = "--follow", description = "Keep printing until the step (or run) ends.")
        boolean follow;

        public Logs(Runs runs) {
            this.runs = runs;
        }

        @Override
        public Integer call() throws IOException, InterruptedException {
            PrintWriter out = spec.commandLine().getOut();
            if (step != null && !runs.steps(runId).contains(step)) {
                throw new VitruvianException(ExitCode.FAILED, "Run " + runId + " has no step '" + step + "'; it has: "
                        + String.join(", ", runs.steps(runId)) + ".");
            }
            Map<String, Long> printed = new LinkedHashMap<>();
            while (true) {
                RunRecord record = runs.advance(runId);
                for (Map.Entry<String, Path> log : runs.logs(runId).entrySet()) {
                    if (step != null && !step.equals(log.getKey())) {
                        continue;
                    }
                    byte[] bytes = Files.readAllBytes(log.getValue());
                    long from = printed.getOrDefault(log.getKey(), 0L);
                    if (bytes.length > from) {
                        for (String line : new String(bytes, (int) from, (int) (bytes.length - from), StandardCharsets.UTF_8).split("\n")) {
                            out.println(step == null ? log.getKey() + "| " + line : line);
                        }
                        printed.put(log.getKey(), (long) bytes.length);
                    }
                }
                out.flush();
                // A step that is COMPLETING still has logs on their way back from the target.
                boolean ended = step == null ? record.state().isFinal()
                        : record.step(step).map(s -> s.state().isFinal()).orElse(true) || record.state().isFinal();
                if (!follow || ended) {
                    return ExitCode.OK.status();
                }
                Thread.sleep(pollMillis());
            }
        }
    }

    @Command(name = "clean", mixinStandardHelpOptions = true, description = {
            "Remove what an ended run left on its sites: scratch folders, copies of inputs, outputs already copied back.",
            "The run's record and outputs on this machine stay."})
    public static final class Clean implements Callable<Integer> {

        private final Runs runs;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "RUN", description = "Run id.")
        String runId;

        public Clean(Runs runs) {
            this.runs = runs;
        }

        @Override
        public Integer call() {
            List<String> sites = runs.clean(runId);
            spec.commandLine().getOut().println(sites.isEmpty() ? "Run " + runId + " left nothing on any site."
                    : "Run " + runId + ": removed its files from " + String.join(", ", sites) + ".");
            return ExitCode.OK.status();
        }
    }

    @Command(name = "cancel", mixinStandardHelpOptions = true, description = "Cancel every unfinished job of a run.")
    public static final class Cancel implements Callable<Integer> {

        private final Runs runs;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "RUN", description = "Run id.")
        String runId;

        public Cancel(Runs runs) {
            this.runs = runs;
        }

        @Override
        public Integer call() {
            RunRecord record = runs.cancel(runId);
            spec.commandLine().getOut().println("Run " + runId + " " + record.state() + ".");
            return ExitCode.OK.status();
        }
    }
}
