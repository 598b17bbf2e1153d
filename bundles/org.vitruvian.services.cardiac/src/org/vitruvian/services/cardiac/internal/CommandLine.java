package org.vitruvian.services.cardiac.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.vitruvian.services.cardiac.InvalidInputException;
import org.vitruvian.services.cardiac.ProgressListener;
import org.vitruvian.services.cardiac.model.Biomarkers;
import org.vitruvian.services.cardiac.model.CellType;
import org.vitruvian.services.cardiac.model.Channel;
import org.vitruvian.services.cardiac.model.OrdModel;
import org.vitruvian.services.cardiac.model.Pacing;
import org.vitruvian.services.cardiac.model.RushLarsenIntegrator;
import org.vitruvian.services.cardiac.model.Trace;
import org.vitruvian.services.cardiac.trial.Calibration;
import org.vitruvian.services.cardiac.trial.CalibrationRanges;
import org.vitruvian.services.cardiac.trial.Compound;
import org.vitruvian.services.cardiac.trial.DrugTrial;
import org.vitruvian.services.cardiac.trial.Population;
import org.vitruvian.services.cardiac.trial.RiskFigure;
import org.vitruvian.services.cardiac.trial.Simulator;
import org.vitruvian.services.support.Arguments;
import org.vitruvian.services.support.JsonText;
import org.vitruvian.services.support.AtomicFiles;
import org.vitruvian.services.support.UsageException;

/**
 * The command line of the cardiac jar: one stage per run, options as in the service definitions
 * of examples/cardiac-drug-trial/services. Exit status 0 when the stage did its work, 1 when its
 * input cannot be used, 2 when the command line is wrong, 3 when writing an output or the
 * machine failed; every failure is one line on standard error.
 */
public final class CommandLine {

    /** The service definitions this jar implements, with their versions (examples/cardiac-drug-trial/services). */
    public static final Map<String, String> SERVICES = Map.of("cardiac.reference-data", "1.0.0", "cardiac.population",
            "2.0.0", "cardiac.calibrate", "2.0.0", "cardiac.drug-block", "2.0.0");
    /** The compounds whose published block data the jar carries (examples/cardiac-drug-trial/data/compounds). */
    public static final List<String> COMPOUNDS = List.of("dofetilide", "bepridil", "verapamil", "ranolazine");
    /** The calibration ranges the jar carries (examples/cardiac-drug-trial/data). */
    public static final String RANGES = "human-ventricle-1hz.csv";
    static final int OK = 0;
    static final int INVALID_INPUT = 1;
    static final int USAGE = 2;
    static final int ENVIRONMENT = 3;

    private record Stage(String name, String summary, List<String> options, String usage) {
    }

    private static final Map<String, Stage> STAGES = new LinkedHashMap<>();

    static {
        stage("reference-data", "write the published calibration ranges and a reference compound's block data",
                "--recordings RANGES.csv --compound-data COMPOUND.json [--compound dofetilide]",
                "recordings", "compound-data", "compound");
        stage("population", "sample conductance factors of ORd models by Latin hypercube",
                "--out POPULATION.csv [--size 100] [--spread 0.5] [--seed 1] [--cell endo]",
                "out", "size", "spread", "seed", "cell");
        stage("calibrate", "pace every model to steady state and keep those within the experimental ranges",
                "--population POPULATION.csv --recordings RANGES.csv --calibrated CALIBRATED.csv "
                        + "--biomarkers BIOMARKERS.csv --report REPORT.json [--cycle-length 1000] [--beats 500] "
                        + "[--threads N] [--tolerance 0.005]",
                "population", "recordings", "calibrated", "biomarkers", "report", "cycle-length", "beats", "threads",
                "tolerance");
        stage("drug-block", "apply a compound by pore block at each concentration and assess repolarisation risk",
                "--calibrated CALIBRATED.csv --compound COMPOUND.json (--multiples 1,10,30,100 | --concentrations "
                        + "UM,...) --biomarkers BIOMARKERS.csv --risk RISK.json --summary RISK.csv --figure RISK.png "
                        + "[--cycle-length 1000] [--beats 300] [--threads N] [--tolerance 0.005]",
                "calibrated", "compound", "multiples", "concentrations", "biomarkers", "risk", "summary", "figure",
                "cycle-length", "beats", "threads", "tolerance");
        stage("pace", "pace one ORd model and print its biomarkers",
                "[--cell endo] [--cycle-length 1000] [--beats 1000] [--factors GKr=0.5,...] [--trace TRACE.csv] "
                        + "[--tolerance 0.005] [--until-steady true]",
                "cell", "cycle-length", "beats", "factors", "trace", "tolerance", "until-steady");
    }

    private static void stage(String name, String summary, String usage, String... options) {
        STAGES.put(name, new Stage(name, summary, List.of(options), usage));
    }

    private final PrintStream out;
    private final PrintStream err;

    public CommandLine(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public int run(String... args) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
            (args.length == 0 ? err : out).print(help());
            return args.length == 0 ? USAGE : OK;
        }
        if (args[0].equals("--version")) {
            List<String> services = new ArrayList<>();
            new java.util.TreeMap<>(SERVICES).forEach((id, version) -> services.add(id + " " + version));
            out.println("cardiac " + bundleVersion() + " (" + String.join(", ", services) + ")");
            return OK;
        }
        Stage stage = STAGES.get(args[0]);
        if (stage == null) {
            err.println("cardiac: unknown stage '" + args[0] + "'; stages: " + String.join(", ", STAGES.keySet()));
            return USAGE;
        }
        List<String> words = Arrays.asList(args).subList(1, args.length);
        if (words.contains("--help") || words.contains("-h")) {
            out.println("cardiac " + stage.name() + " " + stage.usage());
            out.println("  " + stage.summary());
            return OK;
        }
        String prefix = "cardiac " + stage.name() + ": ";
        try {
            Arguments arguments = Arguments.parse(stage.name(), words, new LinkedHashSet<>(stage.options()));
            ProgressLines progress = new ProgressLines(out);
            switch (stage.name()) {
                case "reference-data" -> referenceData(arguments, progress);
                case "population" -> population(arguments, progress);
                case "calibrate" -> calibrate(arguments, progress);
                case "drug-block" -> drugBlock(arguments, progress);
                default -> pace(arguments);
            }
            return OK;
        } catch (UsageException e) {
            err.println(prefix + e.getMessage());
            err.println("usage: cardiac " + stage.name() + " " + stage.usage());
            return USAGE;
        } catch (InvalidInputException e) {
            err.println(prefix + e.getMessage());
            return INVALID_INPUT;
        } catch (OutputException e) {
            err.println(prefix + e.getMessage());
            return ENVIRONMENT;
        } catch (OutOfMemoryError e) {
            err.println(prefix + "out of memory; give Java more with -Xmx, or run a smaller population");
            return ENVIRONMENT;
        } catch (RuntimeException e) {
            err.println(prefix + "internal error: " + e + "; please report it with the command line");
            return ENVIRONMENT;
        }
    }

    static String bundleVersion() {
        try {
            Path location = Path.of(CommandLine.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(location)) {
                try (java.util.jar.JarFile jar = new java.util.jar.JarFile(location.toFile())) {
                    java.util.jar.Manifest manifest = jar.getManifest();
                    String version = manifest == null ? null : manifest.getMainAttributes().getValue("Bundle-Version");
                    if (version != null) {
                        return version;
                    }
                }
            }
        } catch (IOException | java.net.URISyntaxException | RuntimeException e) {
            // The version is informative; a jar that cannot be inspected still runs.
        }
        return "development";
    }

    String help() {
        StringBuilder text = new StringBuilder("usage: cardiac STAGE [OPTIONS]   (cardiac STAGE --help)\n");
        text.append("In-silico drug trials in populations of ORd human ventricular cell models. Stages:\n");
        for (Stage stage : STAGES.values()) {
            text.append(String.format(Locale.ROOT, "  %-11s %s%n", stage.name(), stage.summary()));
        }
        text.append("Each stage prints VITRUVIAN-PROGRESS lines and writes its outputs whole or not at all.\n");
        text.append("Exit status: 0 done, 1 unusable input, 2 wrong command line, 3 cannot write or internal error.\n");
        return text.toString();
    }

    /** Writing an output failed: the environment's fault, not the input's. */
    private static final class OutputException extends Exception {
        private static final long serialVersionUID = 1L;

        OutputException(Path path, IOException cause) {
            super("cannot write " + path + ": " + (cause.getMessage() == null ? cause.getClass().getSimpleName()
                    : cause.getMessage()));
        }
    }

    @FunctionalInterface
    private interface Write {
        void run() throws IOException;
    }

    private static void write(Path path, Write write) throws OutputException {
        try {
            write.run();
        } catch (IOException e) {
            throw new OutputException(path, e);
        }
    }

    // ---------------------------------------------------------------- options shared by stages

    private static CellType cell(Arguments arguments) throws UsageException {
        String text = arguments.text("cell", "endo");
        CellType cell = CellType.of(text);
        if (cell == null) {
            throw new UsageException("--cell must be endo, epi or mid, not '" + text + "'");
        }
        return cell;
    }

    private static Simulator simulator(Arguments arguments) throws UsageException {
        int processors = Runtime.getRuntime().availableProcessors();
        int threads = (int) arguments.integer("threads", processors, 1, 1024);
        double tolerance = arguments.number("tolerance", RushLarsenIntegrator.DEFAULT_TOLERANCE, 1e-6, 0.05);
        return new Simulator(threads, tolerance);
    }

    private static double[] numbers(String option, String text, double min) throws UsageException {
        String[] parts = text.split(",");
        double[] values = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                values[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new UsageException("--" + option + " takes numbers separated by commas; '" + parts[i].trim()
                        + "' is not a number");
            }
            if (!Double.isFinite(values[i]) || values[i] <= min) {
                throw new UsageException("--" + option + " values must be above " + JsonText.number(min) + ", not "
                        + parts[i].trim());
            }
            if (i > 0 && values[i] <= values[i - 1]) {
                throw new UsageException("--" + option + " values must increase, but " + parts[i].trim() + " follows "
                        + parts[i - 1].trim());
            }
        }
        return values;
    }

    // ---------------------------------------------------------------- stages

    /** The bytes of a data file the jar carries, by its path below the data folder. */
    public static byte[] resource(String name) throws IOException {
        try (java.io.InputStream in = CommandLine.class.getResourceAsStream("/org/vitruvian/services/cardiac/data/"
                + name)) {
            if (in == null) {
                throw new IOException("the jar lacks its data file " + name);
            }
            return in.readAllBytes();
        }
    }

    private void referenceData(Arguments arguments, ProgressListener progress) throws UsageException, OutputException {
        Path recordings = arguments.output("recordings");
        Path compoundFile = arguments.output("compound-data");
        String compound = arguments.choice("compound", "dofetilide", new LinkedHashSet<>(COMPOUNDS));
        progress.progress(0, "writing the calibration ranges and " + compound);
        write(recordings, () -> AtomicFiles.write(recordings, stream -> stream.write(resource(RANGES))));
        write(compoundFile, () -> AtomicFiles.write(compoundFile, stream -> stream.write(resource("compounds/"
                + compound + ".json"))));
        out.println("reference-data: ranges of Passini et al. 2017 -> " + recordings + "; " + compound
                + " (Li et al. 2017, CiPA) -> " + compoundFile);
        progress.progress(1, "done");
    }

    private void population(Arguments arguments, ProgressListener progress) throws UsageException, OutputException {
        Path file = arguments.output("out");
        int size = (int) arguments.integer("size", 100, 1, 1_000_000);
        double spread = arguments.number("spread", 0.5, 0, 0.95);
        long seed = arguments.integer("seed", 1, 0, Long.MAX_VALUE);
        CellType cell = cell(arguments);
        progress.progress(0, "sampling " + size + " models by Latin hypercube");
        Population population = Population.latinHypercube(cell, size, spread, seed);
        write(file, () -> population.write(file));
        out.println(String.format(Locale.ROOT, "population: %d ORd %s models, %s scaled within [%.2f, %.2f], seed %d -> %s",
                size, cell.id(), String.join(", ", Arrays.stream(Channel.values()).map(Channel::factorName).toList()),
                1 - spread, 1 + spread, seed, file));
        progress.progress(1, "done");
    }

    private void calibrate(Arguments arguments, ProgressListener progress)
            throws UsageException, InvalidInputException, OutputException {
        Path populationFile = arguments.input("population");
        Path rangesFile = arguments.input("recordings");
        Path calibratedFile = arguments.output("calibrated");
        Path biomarkersFile = arguments.output("biomarkers");
        Path reportFile = arguments.output("report");
        double cycleLength = arguments.number("cycle-length", 1000, 250, 5000);
        int beats = (int) arguments.integer("beats", 500, 10, 10000);
        Simulator simulator = simulator(arguments);
        Population population = Population.read(populationFile);
        CalibrationRanges ranges = CalibrationRanges.read(rangesFile);
        out.println("calibrate: " + population.size() + " " + population.cell().id() + " models against "
                + ranges.ranges().size() + " ranges at " + JsonText.number(cycleLength) + " ms on "
                + simulator.threads() + " threads");
        long start = System.nanoTime();
        Calibration.Result result = Calibration.run(population, ranges, cycleLength, beats, simulator, progress);
        double seconds = (System.nanoTime() - start) / 1e9;
        StringBuilder csv = new StringBuilder("model,kept,reason,beats,steady");
        for (String name : Biomarkers.NAMES) {
            csv.append(',').append(name);
        }
        csv.append('\n');
        long totalBeats = 0;
        for (Calibration.Row row : result.rows()) {
            csv.append(row.member().id()).append(',').append(row.kept()).append(',')
                    .append(String.join("; ", row.reasons())).append(',');
            if (row.result() != null) {
                totalBeats += row.result().beats();
                csv.append(row.result().beats()).append(',').append(row.result().steady());
                for (double value : row.result().biomarkers().values()) {
                    csv.append(',').append(CsvTable.format(value));
                }
            } else {
                csv.append(",false").append(",".repeat(Biomarkers.NAMES.length));
            }
            csv.append('\n');
        }
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("cell", population.cell().id());
        report.put("cycleLength", cycleLength);
        report.put("models", population.size());
        report.put("kept", result.kept());
        report.put("dropped", population.size() - result.kept());
        report.put("dropReasons", new LinkedHashMap<String, Object>(result.dropReasons()));
        List<Map<String, Object>> rangeList = new ArrayList<>();
        for (CalibrationRanges.Range range : ranges.ranges()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("biomarker", range.biomarker());
            entry.put("min", range.min());
            entry.put("max", range.max());
            entry.put("unit", range.unit());
            entry.put("source", range.source());
            rangeList.add(entry);
        }
        report.put("ranges", rangeList);
        report.put("steadyState", "APD90 changes < " + Pacing.APD_TOLERANCE + " ms and Nai, Ki, CaNSR < "
                + Pacing.STATE_TOLERANCE + " relative per beat over " + Pacing.STEADY_BEATS + " beats; at most " + beats
                + " beats");
        report.put("beatsPaced", totalBeats);
        report.put("seconds", Math.round(seconds * 10) / 10.0);
        write(biomarkersFile, () -> AtomicFiles.writeString(biomarkersFile, csv.toString()));
        write(calibratedFile, () -> result.calibrated().write(calibratedFile));
        write(reportFile, () -> AtomicFiles.writeString(reportFile, JsonText.of(report)));
        List<String> reasons = new ArrayList<>();
        result.dropReasons().forEach((reason, count) -> reasons.add(count + " " + reason));
        out.println(String.format(Locale.ROOT, "calibrate: kept %d of %d models (dropped %d%s) in %.1f s, %d beats -> %s",
                result.kept(), population.size(), population.size() - result.kept(),
                reasons.isEmpty() ? "" : ": " + String.join(", ", reasons), seconds, totalBeats, calibratedFile));
        if (result.kept() == 0) {
            throw new InvalidInputException(rangesFile + ": no model of the population lies within every range; "
                    + "widen the ranges or sample a larger population");
        }
        progress.progress(1, "done");
    }

    private void drugBlock(Arguments arguments, ProgressListener progress)
            throws UsageException, InvalidInputException, OutputException {
        Path calibratedFile = arguments.input("calibrated");
        Path compoundFile = arguments.input("compound");
        Path biomarkersFile = arguments.output("biomarkers");
        Path riskFile = arguments.output("risk");
        Path summaryFile = arguments.output("summary");
        Path figureFile = arguments.output("figure");
        double cycleLength = arguments.number("cycle-length", 1000, 250, 5000);
        int beats = (int) arguments.integer("beats", 300, 10, 10000);
        if (arguments.has("multiples") == arguments.has("concentrations")) {
            throw new UsageException("give either --multiples (of the compound's therapeutic concentration) or "
                    + "--concentrations (uM), not both and not neither");
        }
        Simulator simulator = simulator(arguments);
        // The command line is checked whole before any file is read: a usage error is reported as one.
        double[] given = arguments.has("multiples") ? numbers("multiples", arguments.text("multiples"), 0)
                : numbers("concentrations", arguments.text("concentrations"), 0);
        Population calibrated = Population.read(calibratedFile);
        Compound compound = Compound.read(compoundFile);
        double[] concentrations = given.clone();
        if (arguments.has("multiples")) {
            for (int i = 0; i < given.length; i++) {
                concentrations[i] = given[i] * compound.therapeuticConcentration();
            }
        }
        out.println("drug-block: " + compound.name() + " (" + String.join(", ", DrugTrial.blocked(compound))
                + ") at " + concentrations.length + " concentrations on " + calibrated.size() + " "
                + calibrated.cell().id() + " models, " + simulator.threads() + " threads");
        long start = System.nanoTime();
        DrugTrial.Result result = DrugTrial.run(calibrated, compound, concentrations, cycleLength, beats, simulator,
                progress.range(0, 0.95));
        double seconds = (System.nanoTime() - start) / 1e9;
        progress.progress(0.95, "writing the risk report and figure");

        StringBuilder csv = new StringBuilder("concentration_uM,multiple,model,abnormal,ead,repolarisation_failure,"
                + "no_upstroke,beats,steady,APD90_change_pct");
        for (String name : Biomarkers.NAMES) {
            csv.append(',').append(name);
        }
        csv.append('\n');
        for (List<DrugTrial.Row> rows : result.rows()) {
            for (DrugTrial.Row row : rows) {
                csv.append(CsvTable.format(row.concentration())).append(',')
                        .append(CsvTable.format(row.concentration() / compound.therapeuticConcentration())).append(',')
                        .append(row.member().id()).append(',').append(row.abnormal());
                Pacing.Result r = row.result();
                if (r == null) {
                    csv.append(",,,,,false,").append(",".repeat(Biomarkers.NAMES.length)).append('\n');
                    continue;
                }
                csv.append(',').append(r.anyEad()).append(',').append(r.anyFailure()).append(',')
                        .append(r.anyUnexcited()).append(',').append(r.beats()).append(',').append(r.steady())
                        .append(',').append(CsvTable.format(row.apd90Change()));
                for (double value : r.biomarkers().values()) {
                    csv.append(',').append(CsvTable.format(value));
                }
                csv.append('\n');
            }
        }
        StringBuilder summary = new StringBuilder("concentration_uM,multiple,models,abnormal,abnormal_share,ead,"
                + "repolarisation_failure,no_upstroke,APD90_change_mean_pct,APD90_change_min_pct,APD90_change_max_pct");
        for (Channel channel : Channel.values()) {
            summary.append(',').append(channel.currentName()).append("_remaining");
        }
        summary.append('\n');
        List<Map<String, Object>> levels = new ArrayList<>();
        for (DrugTrial.Summary s : result.summaries()) {
            summary.append(CsvTable.format(s.concentration())).append(',').append(CsvTable.format(s.multiple()))
                    .append(',').append(s.models()).append(',').append(s.abnormal()).append(',')
                    .append(CsvTable.format(s.abnormalShare())).append(',').append(s.ead()).append(',')
                    .append(s.failure()).append(',').append(s.unexcited()).append(',')
                    .append(CsvTable.format(s.meanApd90Change())).append(',')
                    .append(CsvTable.format(s.minApd90Change())).append(',')
                    .append(CsvTable.format(s.maxApd90Change()));
            Map<String, Object> remaining = new LinkedHashMap<>();
            for (Channel channel : Channel.values()) {
                summary.append(',').append(CsvTable.format(s.remaining()[channel.ordinal()]));
                if (compound.blocks().containsKey(channel)) {
                    remaining.put(channel.currentName(), s.remaining()[channel.ordinal()]);
                }
            }
            summary.append('\n');
            Map<String, Object> level = new LinkedHashMap<>();
            level.put("concentration", s.concentration());
            level.put("multipleOfTherapeutic", s.multiple());
            level.put("models", s.models());
            level.put("abnormal", s.abnormal());
            level.put("abnormalShare", s.abnormalShare());
            level.put("ead", s.ead());
            level.put("repolarisationFailure", s.failure());
            level.put("noUpstroke", s.unexcited());
            level.put("apd90ChangeMeanPercent", s.meanApd90Change());
            level.put("apd90ChangeMinPercent", s.minApd90Change());
            level.put("apd90ChangeMaxPercent", s.maxApd90Change());
            level.put("conductanceRemaining", remaining);
            levels.add(level);
        }
        Map<String, Object> risk = new LinkedHashMap<>();
        risk.put("compound", compound.name());
        risk.put("therapeuticConcentration", compound.therapeuticConcentration());
        risk.put("unit", "uM");
        risk.put("cell", calibrated.cell().id());
        risk.put("models", calibrated.size());
        risk.put("cycleLength", cycleLength);
        risk.put("block", "simple pore block g = g0 / (1 + ([D]/IC50)^h)");
        risk.put("abnormality", "EAD (a rise > 1 mV after 100 ms and before -70 mV) or repolarisation failure (no "
                + "APD90 or V > -40 mV at the end of the beat) in any of the last " + Pacing.ABNORMAL_WINDOW + " beats");
        risk.put("maxAbnormalShare", result.summaries().stream().mapToDouble(DrugTrial.Summary::abnormalShare).max()
                .orElse(0));
        risk.put("concentrations", levels);
        risk.put("source", compound.source());
        risk.put("seconds", Math.round(seconds * 10) / 10.0);
        int n = calibrated.size();
        double[][] apd = new double[result.concentrations().length][n];
        boolean[][] abnormal = new boolean[result.concentrations().length][n];
        double[] shares = new double[result.concentrations().length];
        for (int c = 0; c < apd.length; c++) {
            for (int m = 0; m < n; m++) {
                DrugTrial.Row row = result.rows().get(c).get(m);
                abnormal[c][m] = row.abnormal();
                apd[c][m] = row.result() == null ? Double.NaN : row.result().biomarkers().apd90();
            }
            shares[c] = result.summaries().get(c).abnormalShare();
        }
        RiskFigure.Data figure = new RiskFigure.Data(compound.name(), result.concentrations(), apd, abnormal, shares,
                result.controlTraces(), result.drugTraces(),
                result.concentrations()[result.concentrations().length - 1]);
        write(biomarkersFile, () -> AtomicFiles.writeString(biomarkersFile, csv.toString()));
        write(summaryFile, () -> AtomicFiles.writeString(summaryFile, summary.toString()));
        write(riskFile, () -> AtomicFiles.writeString(riskFile, JsonText.of(risk)));
        write(figureFile, () -> RiskFigure.write(figure, figureFile));
        for (DrugTrial.Summary s : result.summaries()) {
            out.println(String.format(Locale.ROOT, "drug-block: %s uM (%sx): %d of %d models abnormal (%d EAD, %d "
                    + "repolarisation failure), APD90 %+.1f %%", RiskFigureLabels.number(s.concentration()),
                    RiskFigureLabels.number(s.multiple()), s.abnormal(), s.models(), s.ead(), s.failure(),
                    Double.isNaN(s.meanApd90Change()) ? 0.0 : s.meanApd90Change()));
        }
        out.println(String.format(Locale.ROOT, "drug-block: %d model runs in %.1f s -> %s, %s, %s", n
                * result.concentrations().length, seconds, riskFile, summaryFile, figureFile));
        progress.progress(1, "done");
    }

    private void pace(Arguments arguments) throws UsageException, OutputException {
        CellType cell = cell(arguments);
        double cycleLength = arguments.number("cycle-length", 1000, 250, 5000);
        int beats = (int) arguments.integer("beats", 1000, 1, 100000);
        double tolerance = arguments.number("tolerance", RushLarsenIntegrator.DEFAULT_TOLERANCE, 1e-7, 0.05);
        boolean untilSteady = arguments.flag("until-steady", false);
        double[] factors = new double[Channel.values().length];
        Arrays.fill(factors, 1.0);
        if (arguments.has("factors")) {
            for (String part : arguments.text("factors").split(",")) {
                String[] pair = part.split("=");
                Channel channel = pair.length == 2 ? Channel.named(pair[0]) : null;
                if (channel == null) {
                    throw new UsageException("--factors takes NAME=FACTOR pairs with names " + String.join(", ",
                            Arrays.stream(Channel.values()).map(Channel::factorName).toList()) + "; '" + part
                            + "' is not one");
                }
                try {
                    factors[channel.ordinal()] = Double.parseDouble(pair[1].trim());
                } catch (NumberFormatException e) {
                    throw new UsageException("--factors: '" + pair[1] + "' is not a number");
                }
                if (!(factors[channel.ordinal()] >= 0) || factors[channel.ordinal()] > 100) {
                    throw new UsageException("--factors: a factor lies between 0 and 100, not " + pair[1]);
                }
            }
        }
        RushLarsenIntegrator integrator = new RushLarsenIntegrator(tolerance, RushLarsenIntegrator.DEFAULT_MAX_STEP);
        double[] y = OrdModel.initialState();
        long start = System.nanoTime();
        Pacing.Result result = new Pacing(integrator).pace(new OrdModel(cell, factors), y, cycleLength, 1, beats,
                untilSteady, null);
        double seconds = (System.nanoTime() - start) / 1e9;
        Biomarkers b = result.biomarkers();
        StringBuilder line = new StringBuilder("pace: ORd " + cell.id() + ", " + result.beats() + " beats at "
                + JsonText.number(cycleLength) + " ms" + (result.steady() ? " (steady)" : "") + ":");
        for (int i = 0; i < Biomarkers.NAMES.length; i++) {
            line.append(' ').append(Biomarkers.NAMES[i]).append('=').append(CsvTable.format(b.values()[i]))
                    .append(' ').append(Biomarkers.UNITS[i]).append(i + 1 < Biomarkers.NAMES.length ? "," : "");
        }
        out.println(line);
        out.println(String.format(Locale.ROOT, "pace: %.3f s, %.1f model-beats/s, %d steps (%d refused), %d evaluations",
                seconds, result.beats() / seconds, integrator.steps(), integrator.rejectedSteps(),
                integrator.evaluations()));
        if (arguments.has("trace")) {
            Path file = arguments.output("trace");
            Trace trace = result.lastBeat();
            StringBuilder csv = new StringBuilder("t,V,dVdt,cai\n");
            for (int i = 0; i < trace.size(); i++) {
                csv.append(trace.time(i)).append(',').append(trace.voltage(i)).append(',').append(trace.slope(i))
                        .append(',').append(trace.calcium(i)).append('\n');
            }
            write(file, () -> AtomicFiles.writeString(file, csv.toString()));
        }
    }

    /** Number formatting shared by the console lines. */
    private static final class RiskFigureLabels {
        static String number(double value) {
            return CsvTable.format(value);
        }
    }

    /** The stage names, for tests. */
    public static Set<String> stages() {
        return STAGES.keySet();
    }
}
