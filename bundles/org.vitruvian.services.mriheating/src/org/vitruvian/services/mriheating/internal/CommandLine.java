package org.vitruvian.services.mriheating.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.vitruvian.services.mriheating.InvalidInputException;
import org.vitruvian.services.mriheating.ProgressListener;
import org.vitruvian.services.mriheating.fields.CoilFields;
import org.vitruvian.services.mriheating.io.GridFiles;
import org.vitruvian.services.mriheating.io.HeatingFigure;
import org.vitruvian.services.mriheating.io.VtkImage;
import org.vitruvian.services.mriheating.setup.AstmPhantom;
import org.vitruvian.services.mriheating.setup.Cylinder;
import org.vitruvian.services.mriheating.setup.Device;
import org.vitruvian.services.mriheating.setup.Material;
import org.vitruvian.services.mriheating.setup.Plate;
import org.vitruvian.services.mriheating.setup.StlDevice;
import org.vitruvian.services.mriheating.setup.VoxelGrid;
import org.vitruvian.services.mriheating.thermal.PhantomHeating;

/**
 * The command line of the MRI heating jar: one stage per run, options as in the service
 * definitions of examples/mri-rf-heating/services. Exit 0 done, 1 unusable input, 2 wrong command
 * line, 3 cannot write or internal error; every failure is one line on standard error.
 */
public final class CommandLine {

    public static final Map<String, String> SERVICES = Map.of("mri.setup", "3.0.0", "mri.setup-stl", "3.0.0", "mri.em",
            "3.0.0", "mri.thermal", "3.0.0");
    static final int OK = 0, INVALID_INPUT = 1, USAGE = 2, ENVIRONMENT = 3;

    private record Stage(String name, String summary, String usage, List<String> options) {
    }

    private static final Map<String, Stage> STAGES = new LinkedHashMap<>();

    static {
        stage("setup", "the ASTM F2182 phantom with the device placed and voxelised",
                "--out GRID.vtk [--device wire|rod|plate|stl] [--stl FILE --stl-units mm|cm|m|in] [--length 120] "
                        + "[--diameter 2] [--width 20] [--thickness 2] [--placement lateral|central] [--material ti6al4v] "
                        + "[--sigma 0.47] [--epsr 80] [--cell 5]",
                "out", "device", "stl", "stl-units", "length", "diameter", "width", "thickness", "placement", "material",
                "sigma", "epsr", "cell");
        stage("fields", "FDTD in the quadrature birdcage at the Larmor frequency, SAR, 10 g SAR, normalisation",
                "--grid GRID.vtk --sar SAR.vtk --report EM.json [--b0 3] [--wbsar 2] [--periods 4] [--threads N]",
                "grid", "sar", "report", "b0", "wbsar", "periods", "threads");
        stage("heating", "Pennes bioheat with the SAR as source; temperature rise, report and figure",
                "--grid GRID.vtk --sar SAR.vtk --out TEMPERATURE.vtk --report REPORT.json --figure FIGURE.png "
                        + "[--exposure 900] [--t0 22] [--perfusion 0]",
                "grid", "sar", "out", "report", "figure", "exposure", "t0", "perfusion");
    }

    private static void stage(String name, String summary, String usage, String... options) {
        STAGES.put(name, new Stage(name, summary, usage, List.of(options)));
    }

    /** The options a stage takes, for checking service definitions against the jar. */
    public static List<String> options(String stage) {
        Stage s = STAGES.get(stage);
        return s == null ? List.of() : s.options();
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
            new java.util.TreeMap<>(SERVICES).forEach((id, v) -> services.add(id + " " + v));
            out.println("mriheating " + version() + " (" + String.join(", ", services) + ")");
            return OK;
        }
        Stage stage = STAGES.get(args[0]);
        if (stage == null) {
            err.println("mriheating: unknown stage '" + args[0] + "'; stages: " + String.join(", ", STAGES.keySet()));
            return USAGE;
        }
        List<String> words = Arrays.asList(args).subList(1, args.length);
        if (words.contains("--help") || words.contains("-h")) {
            out.println("mriheating " + stage.name() + " " + stage.usage());
            out.println("  " + stage.summary());
            return OK;
        }
        String prefix = "mriheating " + stage.name() + ": ";
        try {
            Arguments arguments = Arguments.parse(words, new LinkedHashSet<>(stage.options()));
            ProgressLines progress = new ProgressLines(out);
            switch (stage.name()) {
                case "setup" -> setup(arguments, progress);
                case "fields" -> fields(arguments, progress);
                default -> heating(arguments, progress);
            }
            return OK;
        } catch (UsageException e) {
            err.println(prefix + e.getMessage());
            err.println("usage: mriheating " + stage.name() + " " + stage.usage());
            return USAGE;
        } catch (InvalidInputException e) {
            err.println(prefix + e.getMessage());
            return INVALID_INPUT;
        } catch (OutputException e) {
            err.println(prefix + e.getMessage());
            return ENVIRONMENT;
        } catch (OutOfMemoryError e) {
            err.println(prefix + "out of memory; give Java more with -Xmx, or choose larger cells (--cell)");
            return ENVIRONMENT;
        } catch (RuntimeException e) {
            err.println(prefix + "internal error: " + e + "; please report it with the command line");
            return ENVIRONMENT;
        }
    }

    static String version() {
        Package p = CommandLine.class.getPackage();
        String v = p == null ? null : p.getImplementationVersion();
        try {
            Path location = Path.of(CommandLine.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (java.nio.file.Files.isRegularFile(location)) {
                try (java.util.jar.JarFile jar = new java.util.jar.JarFile(location.toFile())) {
                    var manifest = jar.getManifest();
                    v = manifest == null ? v : manifest.getMainAttributes().getValue("Bundle-Version");
                }
            }
        } catch (IOException | java.net.URISyntaxException | RuntimeException e) {
            // informative only
        }
        return v == null ? "development" : v;
    }

    String help() {
        StringBuilder text = new StringBuilder("usage: mriheating STAGE [OPTIONS]   (mriheating STAGE --help)\n");
        text.append("RF heating of a passive implant in an MRI body coil, after ASTM F2182. Stages:\n");
        for (Stage s : STAGES.values()) {
            text.append(String.format(Locale.ROOT, "  %-8s %s%n", s.name(), s.summary()));
        }
        text.append("Each stage prints VITRUVIAN-PROGRESS lines and writes its outputs whole or not at all.\n");
        text.append("Exit status: 0 done, 1 unusable input, 2 wrong command line, 3 cannot write or internal error.\n");
        return text.toString();
    }

    private static final class OutputException extends Exception {
        private static final long serialVersionUID = 1L;

        OutputException(Path path, IOException cause) {
            super("cannot write " + path + ": " + cause.getMessage());
        }
    }

    @FunctionalInterface
    private interface Write {
        void run() throws IOException;
    }

    private static void write(Path path, Write w) throws OutputException {
        try {
            w.run();
        } catch (IOException e) {
            throw new OutputException(path, e);
        }
    }

    private static VtkImage readImage(Path path) throws InvalidInputException {
        try {
            return VtkImage.read(path);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new InvalidInputException(path + ": no such file; give the output of the step before");
        } catch (IOException e) {
            throw new InvalidInputException(path + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    // ------------------------------------------------------------------ setup

    private static final Set<String> DEVICES = new LinkedHashSet<>(List.of("wire", "rod", "plate", "stl"));
    private static final Set<String> PLACEMENTS = new LinkedHashSet<>(List.of("lateral", "central"));
    private static final Set<String> ALLOYS = new LinkedHashSet<>(List.of("ti6al4v", "cocr", "stainless-316l", "nitinol"));

    private void setup(Arguments a, ProgressListener progress) throws UsageException, InvalidInputException, OutputException {
        Path outPath = a.path("out");
        String kind = a.choice("device", "wire", DEVICES);
        double cell = a.number("cell", 5, 1, 10) / 1000;
        AstmPhantom.Spec spec = new AstmPhantom.Spec(cell, a.number("sigma", AstmPhantom.GEL_CONDUCTIVITY, 0.42, 0.52),
                a.number("epsr", AstmPhantom.GEL_PERMITTIVITY, 60, 100), a.choice("placement", "lateral", PLACEMENTS),
                AstmPhantom.Alloy.of(a.choice("material", "ti6al4v", ALLOYS)));
        Device device;
        switch (kind) {
            case "wire", "rod" -> device = new Cylinder(kind, a.number("length", 120, 10, 600) / 1000,
                    a.number("diameter", kind.equals("wire") ? 2 : 6, 0.1, 30) / 1000);
            case "plate" -> device = new Plate(a.number("width", 20, 2, 300) / 1000, a.number("length", 120, 10, 600) / 1000,
                    a.number("thickness", 2, 0.1, 30) / 1000);
            default -> {
                if (!a.has("stl")) {
                    throw new UsageException("--device stl needs --stl FILE (and --stl-units, the unit the file is in)");
                }
                Path stl = a.path("stl");
                String units = a.choice("stl-units", "mm", new LinkedHashSet<>(List.of("mm", "cm", "m", "in")));
                try {
                    device = StlDevice.read(stl, units);
                } catch (java.nio.file.NoSuchFileException e) {
                    throw new InvalidInputException(stl + ": no such file");
                } catch (IOException e) {
                    throw new InvalidInputException(stl + ": cannot be read (" + e.getMessage() + ")");
                }
            }
        }
        if (!kind.equals("stl") && (a.has("stl") || a.has("stl-units"))) {
            throw new UsageException("--stl and --stl-units go with --device stl, not --device " + kind);
        }
        progress.progress(0, "building the ASTM F2182 phantom");
        VoxelGrid grid;
        try {
            grid = AstmPhantom.build(spec, device, progress.range(0, 0.8));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(e.getMessage() + "; choose a smaller device or --placement central");
        }
        if (grid.conductingEdges() == 0) {
            throw new InvalidInputException("the device is thinner than a cell everywhere and has no skeleton: choose "
                    + "smaller cells (--cell)");
        }
        progress.progress(0.8, "writing the grid");
        VoxelGrid g = grid;
        write(outPath, () -> AtomicFiles.write(outPath, o -> GridFiles.image(g, g.layout.device()).write(o)));
        double[] c = grid.layout.deviceCentre();
        out.println("device: " + grid.layout.device() + String.format(Locale.ROOT, ", centred at (%.0f, %.0f, %.0f) mm",
                c[0] * 1000, c[1] * 1000, c[2] * 1000));
        out.println("grid: " + grid.describe() + " -> " + outPath);
        progress.progress(1, "done");
    }

    // ------------------------------------------------------------------ fields

    private void fields(Arguments a, ProgressListener progress) throws UsageException, InvalidInputException, OutputException {
        Path gridPath = a.path("grid");
        Path sarPath = a.path("sar");
        Path reportPath = a.path("report");
        double b0 = a.number("b0", 3, 1.5, 3);
        if (b0 != 1.5 && b0 != 3) {
            throw new UsageException("--b0 must be 1.5 or 3, not " + Json.number(b0));
        }
        double target = a.number("wbsar", 2, 0.1, 4);
        int periods = a.integer("periods", 4, 3, 40);
        int threads = a.integer("threads", Runtime.getRuntime().availableProcessors(), 1, 256);
        progress.progress(0, "reading " + gridPath);
        VtkImage image = readImage(gridPath);
        VoxelGrid g = GridFiles.grid(image, gridPath);
        double f = CoilFields.larmor(b0);
        out.println(String.format(Locale.ROOT, "fields: %s T, %.2f MHz, %s", Json.number(b0), f / 1e6, g.describe()));
        CoilFields.Result r = CoilFields.solve(g, f, target, periods, threads, progress.range(0.02, 0.9));
        progress.progress(0.9, "writing SAR maps");
        VtkImage sar = new VtkImage("Vitruvian MRI heating: SAR at " + Json.number(target) + " W/kg whole-phantom SAR, "
                + Json.number(b0) + " T; " + g.layout.device(), g.nx, g.ny, g.nz, g.cell, g.x0, g.y0, g.z0);
        sar.fieldData.putAll(GridFiles.image(g, "").fieldData);
        sar.fieldData.put("frequency", new double[] { f });
        sar.fieldData.put("b0", new double[] { b0 });
        sar.fieldData.put("whole_phantom_sar", new double[] { target });
        sar.fieldData.put("rung_current", new double[] { r.rungCurrent() });
        sar.fieldData.put("peak_sar_10g", new double[] { r.peak10g() });
        sar.fieldData.put("settling", new double[] { r.settling() });
        sar.cellBytes.put(GridFiles.LABELS, g.labels);
        sar.cellFloats.put("sar", r.sar());
        sar.cellFloats.put("sar_10g", r.sar10g());
        sar.cellFloats.put("e_rms", r.eRms());
        write(sarPath, () -> AtomicFiles.write(sarPath, sar::write));
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("service", "mri.em");
        report.put("version", SERVICES.get("mri.em"));
        report.put("fieldStrength", b0);
        report.put("frequencyMHz", round(f / 1e6, 3));
        report.put("coil", String.format(Locale.ROOT, "idealised quadrature birdcage, %d rungs, radius %.0f mm, length %.0f mm",
                g.layout.rungs(), g.layout.coilRadius() * 1000, g.layout.coilLength() * 1000));
        report.put("device", g.layout.device());
        report.put("cellSize", g.cell * 1000);
        report.put("timeSteps", r.steps());
        report.put("periods", periods);
        report.put("settlingOverLastPeriod", round(r.settling(), 5));
        Map<String, Object> norm = new LinkedHashMap<>();
        norm.put("wholePhantomSar", target);
        norm.put("rungCurrentPeak", round(r.rungCurrent(), 5));
        report.put("normalisation", norm);
        report.put("peakLocalSar", round(r.peakSar(), 3));
        report.put("peakLocalSarPosition", position(g, r.peakSarCell()));
        report.put("peakSar10g", round(r.peak10g(), 3));
        report.put("peakSar10gPosition", position(g, r.peak10gCell()));
        List<Object> current = new ArrayList<>();
        for (int q = 0; q < r.wireZ().length; q++) {
            current.add(List.of(round(r.wireZ()[q] * 1000, 2), round(r.wireCurrent()[q], 5)));
        }
        report.put("deviceCurrentRms", current);
        report.put("seconds", round(r.seconds(), 1));
        report.put("cellUpdatesPerSecond", Math.round(r.cellUpdates() / r.seconds()));
        write(reportPath, () -> AtomicFiles.writeString(reportPath, Json.of(report)));
        double maxCurrent = Arrays.stream(r.wireCurrent()).max().orElse(0);
        out.println(String.format(Locale.ROOT, "fields: %d steps in %.1f s (%.0f M cell updates/s), whole-phantom SAR "
                + "changed %.2f %% over the last period", r.steps(), r.seconds(), r.cellUpdates() / r.seconds() / 1e6,
                100 * r.settling()));
        out.println(String.format(Locale.ROOT, "SAR at %s W/kg whole-phantom: rung current %.3f A, peak local SAR %.1f W/kg, "
                + "peak 10 g SAR %.2f W/kg, device current up to %.1f mA RMS", Json.number(target), r.rungCurrent(),
                r.peakSar(), r.peak10g(), maxCurrent * 1000));
        out.println("sar -> " + sarPath + ", report -> " + reportPath);
        progress.progress(1, "done");
    }

    private static List<Double> position(VoxelGrid g, int cell) {
        if (cell < 0) {
            return List.of();
        }
        int i = cell / (g.ny * g.nz), j = (cell / g.nz) % g.ny, k = cell % g.nz;
        return List.of(round(g.cellX(i) * 1000, 1), round(g.cellY(j) * 1000, 1), round(g.cellZ(k) * 1000, 1));
    }

    private static double round(double v, int digits) {
        double s = Math.pow(10, digits);
        return Math.round(v * s) / s;
    }

    // ------------------------------------------------------------------ heating

    private void heating(Arguments a, ProgressListener progress) throws UsageException, InvalidInputException, OutputException {
        Path gridPath = a.path("grid");
        Path sarPath = a.path("sar");
        Path outPath = a.path("out");
        Path reportPath = a.path("report");
        Path figurePath = a.path("figure");
        double exposure = a.number("exposure", 900, 60, 3600);
        double t0 = a.number("t0", 22, 15, 40);
        double perfusion = a.number("perfusion", 0, 0, 0.05);
        progress.progress(0, "reading " + gridPath + " and " + sarPath);
        VoxelGrid g = GridFiles.grid(readImage(gridPath), gridPath);
        VtkImage sarImage = readImage(sarPath);
        float[] sar = sarImage.cellFloats.get("sar");
        float[] sar10g = sarImage.cellFloats.get("sar_10g");
        if (sar == null || sar10g == null || sarImage.fieldData.get("whole_phantom_sar") == null) {
            throw new InvalidInputException(sarPath + ": holds no SAR maps; give the fields step's sar output");
        }
        if (sarImage.nx != g.nx || sarImage.ny != g.ny || sarImage.nz != g.nz || Math.abs(sarImage.cell - g.cell) > 1e-9) {
            throw new InvalidInputException(sarPath + ": its grid (" + sarImage.nx + " x " + sarImage.ny + " x " + sarImage.nz
                    + ") is not that of " + gridPath + " (" + g.nx + " x " + g.ny + " x " + g.nz + "); give the SAR computed "
                    + "from this grid");
        }
        out.println(String.format(Locale.ROOT, "heating: %.0f s of exposure, gel %s, perfusion %s 1/s", exposure,
                String.format(Locale.ROOT, "k = %.2f W/(m K), c = %.0f J/(kg K)", g.materials[Material.GEL].thermalConductivity(),
                        g.materials[Material.GEL].heatCapacity()), Json.number(perfusion)));
        PhantomHeating.Result r = PhantomHeating.run(g, sar, exposure, perfusion, progress.range(0.02, 0.85));
        progress.progress(0.85, "writing the temperature, report and figure");
        VtkImage temperature = new VtkImage("Vitruvian MRI heating: temperature rise after " + Json.number(exposure) + " s; "
                + g.layout.device(), g.nx, g.ny, g.nz, g.cell, g.x0, g.y0, g.z0);
        temperature.fieldData.put("exposure", new double[] { exposure });
        temperature.fieldData.put("initial_temperature", new double[] { t0 });
        temperature.cellBytes.put(GridFiles.LABELS, g.labels);
        temperature.cellFloats.put("temperature_rise", r.rise());
        temperature.cellFloats.put("sar_10g", sar10g);
        temperature.cellFloats.put("sar", sar);
        write(outPath, () -> AtomicFiles.write(outPath, temperature::write));
        double peak10g = 0;
        int peak10gCell = -1;
        for (int c = 0; c < sar10g.length; c++) {
            if (sar10g[c] > peak10g) {
                peak10g = sar10g[c];
                peak10gCell = c;
            }
        }
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("service", "mri.thermal");
        report.put("version", SERVICES.get("mri.thermal"));
        report.put("standard", "ASTM F2182 (reduced-fidelity model; see docs/services/mri-heating.md)");
        report.put("device", g.layout.device());
        report.put("fieldStrength", sarImage.fieldData.containsKey("b0") ? sarImage.fieldData.get("b0")[0] : null);
        report.put("frequencyMHz", sarImage.fieldData.containsKey("frequency")
                ? round(sarImage.fieldData.get("frequency")[0] / 1e6, 3) : null);
        report.put("exposure", exposure);
        Map<String, Object> peak = new LinkedHashMap<>();
        peak.put("rise", round(r.peak(), 3));
        peak.put("temperature", round(t0 + r.peak(), 3));
        peak.put("position", position(g, r.peakCell()));
        report.put("peakRise", peak);
        Map<String, Object> background = new LinkedHashMap<>();
        background.put("rise", round(r.background(), 3));
        background.put("position", position(g, r.backgroundCell()));
        report.put("backgroundRise", background);
        report.put("riseAboveBackground", round(r.peak() - r.background(), 3));
        Map<String, Object> norm = new LinkedHashMap<>();
        norm.put("wholePhantomSar", sarImage.fieldData.get("whole_phantom_sar")[0]);
        double[] rung = sarImage.fieldData.get("rung_current");
        norm.put("rungCurrentPeak", rung == null ? null : round(rung[0], 5));
        report.put("normalisation", norm);
        report.put("peakSar10g", round(peak10g, 3));
        report.put("peakSar10gPosition", position(g, peak10gCell));
        report.put("units", "K, degC, W/kg, mm, s, A");
        Map<String, Object> solver = new LinkedHashMap<>();
        solver.put("method", "Pennes bioheat, finite volumes, explicit Euler");
        solver.put("timeStep", round(exposure / r.steps(), 4));
        solver.put("stableTimeStep", round(r.timeStep() / 0.95, 4));
        solver.put("steps", r.steps());
        solver.put("perfusion", perfusion);
        report.put("thermalSolver", solver);
        List<Object> course = new ArrayList<>();
        int every = Math.max(1, r.time().length / 60);
        for (int s = 0; s < r.time().length; s += every) {
            course.add(List.of(round(r.time()[s], 1), round(r.hottest()[s], 4), round(r.backgroundCourse()[s], 4)));
        }
        int lastIndex = r.time().length - 1;
        if (lastIndex % every != 0) {
            course.add(List.of(round(r.time()[lastIndex], 1), round(r.hottest()[lastIndex], 4),
                    round(r.backgroundCourse()[lastIndex], 4)));
        }
        report.put("timeCourse", Map.of("columns", List.of("time", "hottest", "background"), "rows", course));
        write(reportPath, () -> AtomicFiles.writeString(reportPath, Json.of(report)));
        progress.progress(0.92, "drawing the figure");
        HeatingFigure.Map2d[] maps = maps(g, sar10g, r.rise(), r.peakCell());
        String caption = String.format(Locale.ROOT, "%s; peak rise %.2f K, background %.2f K after %.0f s at %s W/kg "
                + "whole-phantom SAR", g.layout.device(), r.peak(), r.background(), exposure,
                Json.number(sarImage.fieldData.get("whole_phantom_sar")[0]));
        write(figurePath, () -> AtomicFiles.write(figurePath, o -> HeatingFigure.write(maps[0], maps[1], r.time(), r.hottest(),
                r.backgroundCourse(), caption, o)));
        int i = r.peakCell() / (g.ny * g.nz), j = (r.peakCell() / g.nz) % g.ny, k = r.peakCell() % g.nz;
        out.println(String.format(Locale.ROOT, "peak temperature rise: %.2f K at (%.0f, %.0f, %.0f) mm after %.0f s "
                + "(background %.2f K); peak 10 g SAR %.2f W/kg", r.peak(), g.cellX(i) * 1000, g.cellY(j) * 1000,
                g.cellZ(k) * 1000, exposure, r.background(), peak10g));
        out.println("temperature -> " + outPath + ", report -> " + reportPath + ", figure -> " + figurePath);
        progress.progress(1, "done");
    }

    /** The horizontal plane through the hottest cell, cropped to the device and 6 cm around it. */
    private static HeatingFigure.Map2d[] maps(VoxelGrid g, float[] sar10g, float[] rise, int peakCell) {
        int jPeak = (peakCell / g.nz) % g.ny;
        double margin = 0.06;
        double[] lo = g.layout.deviceMin(), hi = g.layout.deviceMax();
        int i0 = g.cellOfX(Math.max(lo[0] - margin, g.layout.gelMin()[0])), i1 = g.cellOfX(Math.min(hi[0] + margin,
                g.layout.gelMax()[0] - 1e-9));
        int k0 = g.cellOfZ(Math.max(lo[2] - margin, g.layout.gelMin()[2])), k1 = g.cellOfZ(Math.min(hi[2] + margin,
                g.layout.gelMax()[2] - 1e-9));
        float[][] a = new float[i1 - i0 + 1][k1 - k0 + 1], b = new float[i1 - i0 + 1][k1 - k0 + 1];
        for (int i = i0; i <= i1; i++) {
            for (int k = k0; k <= k1; k++) {
                int c = g.cellIndex(i, jPeak, k);
                a[i - i0][k - k0] = sar10g[c];
                b[i - i0][k - k0] = rise[c];
            }
        }
        int pi = peakCell / (g.ny * g.nz) - i0, pk = peakCell % g.nz - k0;
        double x0 = g.x0 + i0 * g.cell, z0 = g.z0 + k0 * g.cell;
        return new HeatingFigure.Map2d[] {
                new HeatingFigure.Map2d("10 g SAR, plane of the hottest point", "W/kg", a, g.cell, x0, z0, pi, pk),
                new HeatingFigure.Map2d("temperature rise", "K", b, g.cell, x0, z0, pi, pk) };
    }
}
