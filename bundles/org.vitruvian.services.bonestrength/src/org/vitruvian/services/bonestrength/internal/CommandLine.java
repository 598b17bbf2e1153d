package org.vitruvian.services.bonestrength.internal;

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

import org.vitruvian.services.bonestrength.InvalidInputException;
import org.vitruvian.services.bonestrength.ProgressListener;
import org.vitruvian.services.bonestrength.fem.ElasticSolver;
import org.vitruvian.services.bonestrength.fem.FemurLoadCases;
import org.vitruvian.services.bonestrength.fem.FractureLoad;
import org.vitruvian.services.bonestrength.fem.LoadCase;
import org.vitruvian.services.bonestrength.fem.MaterialLaw;
import org.vitruvian.services.bonestrength.fem.PrincipalStrains;
import org.vitruvian.services.bonestrength.fem.Solution;
import org.vitruvian.services.bonestrength.fem.StrainLimits;
import org.vitruvian.services.bonestrength.fem.VoxelMesher;
import org.vitruvian.services.bonestrength.fem.VoxelModel;
import org.vitruvian.services.bonestrength.image.BoneSegmentation;
import org.vitruvian.services.bonestrength.image.DensityCalibration;
import org.vitruvian.services.bonestrength.image.FemurPhantom;
import org.vitruvian.services.bonestrength.image.Volume;
import org.vitruvian.services.bonestrength.io.DicomSeries;
import org.vitruvian.services.bonestrength.io.LegacyVtk.DataArray;
import org.vitruvian.services.bonestrength.io.ModelFiles;
import org.vitruvian.services.bonestrength.io.Nrrd;
import org.vitruvian.services.bonestrength.io.StrainMapFigure;
import org.vitruvian.services.support.Arguments;
import org.vitruvian.services.support.JsonText;
import org.vitruvian.services.support.AtomicFiles;
import org.vitruvian.services.support.UsageException;

/**
 * The command line of the bone-strength jar: one stage per run, options as in the service
 * definitions of examples/bone-strength/services. Exit status 0 when the stage did its work, 1
 * when its input cannot be used, 2 when the command line is wrong, 3 when writing an output or
 * the machine failed; every failure is one line on standard error.
 */
public final class CommandLine {

    /** The service definitions this jar implements, with their versions (examples/bone-strength/services). */
    public static final Map<String, String> SERVICES = serviceVersions();
    static final int OK = 0;
    static final int INVALID_INPUT = 1;
    static final int USAGE = 2;
    static final int ENVIRONMENT = 3;

    /** A stage's options and what it does, for --help. */
    private record Stage(String name, String summary, List<String> options, String usage) {
    }

    private static final Map<String, Stage> STAGES = new LinkedHashMap<>();

    private static Map<String, String> serviceVersions() {
        Map<String, String> versions = new LinkedHashMap<>();
        versions.put("bone.ct-phantom", "1.1.0");
        versions.put("bone.calibrate", "1.0.0");
        versions.put("bone.segment", "1.1.0");
        versions.put("bone.mesh", "1.1.0");
        versions.put("bone.solve", "1.2.0");
        versions.put("bone.strength", "1.0.0");
        return java.util.Collections.unmodifiableMap(versions);
    }

    static {
        stage("phantom", "synthesise the CT of a proximal femur and of a calibration phantom",
                "--out PHANTOM.nrrd [--ct CT-FOLDER|CT.nrrd|CT.nhdr] [--seed 1] [--kvp 120] [--noise 12] [--voxel 0.7] "
                        + "[--bone-density 1]",
                "out", "ct", "seed", "kvp", "noise", "voxel", "bone-density");
        stage("calibrate", "Hounsfield units to ash density from the calibration rods",
                "--ct CT-FOLDER|CT.nrrd|CT.nhdr --phantom PHANTOM.nrrd --out DENSITY.nrrd --fit FIT.json "
                        + "[--rods 0,50,100,200,400] [--min-r2 0.99]",
                "ct", "phantom", "rods", "min-r2", "out", "fit");
        stage("segment", "bone mask by threshold, largest region and filled holes",
                "--in DENSITY.nrrd --out MASK.nrrd [--threshold 0.15] [--smoothing 0.5] [--largest-component true]",
                "in", "out", "threshold", "smoothing", "largest-component");
        stage("mesh", "voxel hexahedra with a Young's modulus per element",
                "--mask MASK.nrrd --density DENSITY.nrrd --out MODEL.vtk [--element 2] [--coefficient 6850] "
                        + "[--exponent 1.49] [--min-modulus 5]",
                "mask", "density", "element", "coefficient", "exponent", "min-modulus", "out");
        stage("solve", "linear elasticity for stance and a sideways fall",
                "--model MODEL.vtk --body-mass KG --out STRAINS.vtk [--poisson 0.3] [--cases both] [--tolerance 1e-8]",
                "model", "body-mass", "poisson", "cases", "tolerance", "out");
        stage("strength", "fracture load per load case from the strain limits",
                "--strains STRAINS.vtk --report REPORT.json --field FIELD.vtk --figure FIGURE.png [--tensile 0.0073] "
                        + "[--compressive 0.0104]",
                "strains", "tensile", "compressive", "report", "field", "figure");
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
            SERVICES.forEach((id, version) -> services.add(id + " " + version));
            out.println("bonestrength " + bundleVersion() + " (" + String.join(", ", services) + ")");
            return OK;
        }
        Stage stage = STAGES.get(args[0]);
        if (stage == null) {
            err.println("bonestrength: unknown stage '" + args[0] + "'; stages: " + String.join(", ", STAGES.keySet()));
            return USAGE;
        }
        List<String> words = Arrays.asList(args).subList(1, args.length);
        if (words.contains("--help") || words.contains("-h")) {
            out.println("bonestrength " + stage.name() + " " + stage.usage());
            out.println("  " + stage.summary());
            return OK;
        }
        String prefix = "bonestrength " + stage.name() + ": ";
        try {
            Arguments arguments = Arguments.parse(stage.name(), words, new LinkedHashSet<>(stage.options()));
            ProgressLines progress = new ProgressLines(out);
            switch (stage.name()) {
                case "phantom" -> phantom(arguments, progress);
                case "calibrate" -> calibrate(arguments, progress);
                case "segment" -> segment(arguments, progress);
                case "mesh" -> mesh(arguments, progress);
                case "solve" -> solve(arguments, progress);
                default -> strength(arguments, progress);
            }
            return OK;
        } catch (UsageException e) {
            err.println(prefix + e.getMessage());
            err.println("usage: bonestrength " + stage.name() + " " + stage.usage());
            return USAGE;
        } catch (InvalidInputException e) {
            err.println(prefix + e.getMessage());
            return INVALID_INPUT;
        } catch (OutputException e) {
            err.println(prefix + e.getMessage());
            return ENVIRONMENT;
        } catch (OutOfMemoryError e) {
            err.println(prefix + "out of memory; give Java more with -Xmx, or choose larger voxels or elements");
            return ENVIRONMENT;
        } catch (RuntimeException e) {
            err.println(prefix + "internal error: " + e + "; please report it with the command line");
            return ENVIRONMENT;
        }
    }

    /** Bundle-Version of the jar this runs from, or "development" when run from classes. */
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
        StringBuilder text = new StringBuilder("usage: bonestrength STAGE [OPTIONS]   (bonestrength STAGE --help)\n");
        text.append("Bone strength from CT: a reduced-fidelity CT2S pipeline. Stages:\n");
        for (Stage stage : STAGES.values()) {
            text.append(String.format(Locale.ROOT, "  %-10s %s%n", stage.name(), stage.summary()));
        }
        text.append("Each stage prints VITRUVIAN-PROGRESS lines and writes its outputs whole or not at all.\n");
        text.append("Exit status: 0 done, 1 unusable input, 2 wrong command line, 3 cannot write or internal error.\n");
        return text.toString();
    }

    /** Writing an output failed: the environment's fault, not the input's. */
    private static final class OutputException extends Exception {
        private static final long serialVersionUID = 1L;

        OutputException(Path path, IOException cause) {
            super("cannot write " + path + ": " + describe(cause));
        }
    }

    @FunctionalInterface
    private interface Write {
        void run() throws IOException;
    }

    @FunctionalInterface
    private interface Read<T> {
        T run() throws IOException, InvalidInputException;
    }

    private static void write(Path path, Write write) throws OutputException {
        try {
            write.run();
        } catch (IOException e) {
            throw new OutputException(path, e);
        }
    }

    private static <T> T read(Path path, Read<T> read) throws InvalidInputException {
        try {
            return read.run();
        } catch (IOException e) {
            throw new InvalidInputException(path + ": cannot be read (" + describe(e) + ")");
        }
    }

    private static String describe(IOException e) {
        String kind = e.getClass().getSimpleName().replace("Exception", "");
        return e.getMessage() == null ? kind : kind + ": " + e.getMessage();
    }

    // ---------------------------------------------------------------- stages

    private void phantom(Arguments arguments, ProgressListener progress) throws UsageException, OutputException {
        Path phantomFile = arguments.output("out");
        Path ctFile = arguments.has("ct") ? arguments.output("ct") : null;
        long seed = arguments.integer("seed", 1, 0, Long.MAX_VALUE);
        long kvp = arguments.integer("kvp", 120, 80, 140);
        if (kvp != 80 && kvp != 100 && kvp != 120 && kvp != 140) {
            throw new UsageException("--kvp must be one of 80, 100, 120, 140, not " + kvp);
        }
        FemurPhantom.Spec spec = new FemurPhantom.Spec(seed, (int) kvp, arguments.number("noise", 12, 0, 100),
                arguments.number("voxel", 0.7, 0.3, 1.5), arguments.number("bone-density", 1, 0.3, 1.5));
        progress.progress(0, "synthesising the calibration phantom scan");
        Volume phantom = FemurPhantom.calibrationPhantom(spec, progress.range(0, ctFile == null ? 0.9 : 0.25));
        write(phantomFile, () -> Nrrd.write(phantom, Nrrd.SampleType.SHORT, phantomFile));
        out.println("phantom: " + phantom.describe() + ", rods of " + rods(FemurPhantom.ROD_DENSITIES) + " mg/cm3 K2HPO4 -> "
                + phantomFile);
        if (ctFile != null) {
            Volume ct = FemurPhantom.femur(spec, progress.range(0.25, 0.9));
            progress.progress(0.9, "writing the CT");
            if (isNrrdName(ctFile)) {
                write(ctFile, () -> Nrrd.write(ct, Nrrd.SampleType.SHORT, ctFile));
            } else {
                DicomSeries.Description description = new DicomSeries.Description("PHANTOM^FEMUR", "SYNTHETIC-" + seed,
                        "seed-" + seed + "-kvp-" + kvp + "-density-" + spec.boneDensity() + "-voxel-" + spec.voxel(),
                        (int) kvp);
                write(ctFile, () -> DicomSeries.write(ct, description, ctFile));
            }
            out.println(String.format(Locale.ROOT, "ct: %s, right proximal femur at %.2f x normal bone density -> %s",
                    ct.describe(), spec.boneDensity(), ctFile));
        }
        progress.progress(1, "done");
    }

    private static String rods(double[] densities) {
        List<String> parts = new ArrayList<>();
        for (double d : densities) {
            parts.add(JsonText.number(d));
        }
        return String.join(", ", parts);
    }

    private static boolean isNrrdName(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".nrrd") || name.endsWith(".nhdr");
    }

    private void calibrate(Arguments arguments, ProgressListener progress)
            throws UsageException, InvalidInputException, OutputException {
        Path ctPath = arguments.input("ct");
        Path phantomPath = arguments.input("phantom");
        Path densityPath = arguments.output("out");
        Path fitPath = arguments.output("fit");
        double[] densities = densities(arguments.text("rods", "0,50,100,200,400"));
        double minimum = arguments.number("min-r2", 0.99, 0.9, 1);
        progress.progress(0, "reading the phantom scan " + phantomPath);
        Volume phantom = read(phantomPath, () -> Nrrd.read(phantomPath));
        DensityCalibration.Fit fit = DensityCalibration.fit(phantom, DensityCalibration.rods(phantom,
                phantomPath.toString()), densities, phantomPath.toString());
        if (fit.rSquared() < minimum) {
            throw new InvalidInputException(String.format(Locale.ROOT, "%s: the calibration line explains R2 = %.4f of "
                    + "the rods' variance, below --min-r2 %s; check the rods' positions and densities", phantomPath,
                    fit.rSquared(), JsonText.number(minimum)));
        }
        out.println("calibration: " + fit.describe());
        progress.progress(0.25, "reading the CT " + ctPath);
        Volume ct = read(ctPath, () -> readCt(ctPath));
        progress.progress(0.6, "converting " + ct.describe() + " to ash density");
        Volume ash = DensityCalibration.ashDensity(ct, fit);
        progress.progress(0.8, "writing the density volume");
        write(densityPath, () -> Nrrd.write(ash, Nrrd.SampleType.FLOAT, densityPath));
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("relation", "HU = intercept + slope * rho_QCT (rho_QCT in mg/cm3 K2HPO4)");
        report.put("intercept", fit.intercept());
        report.put("slope", fit.slope());
        report.put("rSquared", fit.rSquared());
        List<Map<String, Object>> rods = new ArrayList<>();
        for (DensityCalibration.RodMeasurement rod : fit.rods()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("density", rod.density());
            entry.put("meanHu", rod.meanHu());
            entry.put("standardDeviationHu", rod.standardDeviation());
            entry.put("voxels", rod.voxels());
            rods.add(entry);
        }
        report.put("rods", rods);
        report.put("ashDensity", "rho_ash = 0.877 rho_QCT + 0.0789 g/cm3 (Schileo et al. 2008)");
        report.put("ct", ct.describe());
        write(fitPath, () -> AtomicFiles.writeString(fitPath, JsonText.of(report)));
        out.println("density: " + ash.describe() + " -> " + densityPath);
        progress.progress(1, "done");
    }

    private static double[] densities(String text) throws UsageException {
        String[] parts = text.split(",");
        double[] values = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                values[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new UsageException("--rods must be densities in mg/cm3 separated by commas, not '" + text + "'");
            }
            if (!(values[i] >= 0) || !Double.isFinite(values[i])) {
                throw new UsageException("--rods densities must not be negative: '" + text + "'");
            }
        }
        return values;
    }

    /** A folder is a DICOM series; a file is NRRD, with its data attached or in the raw file a .nhdr names. */
    static Volume readCt(Path path) throws IOException, InvalidInputException {
        if (Files.isDirectory(path)) {
            return DicomSeries.read(path);
        }
        if (!Files.exists(path)) {
            throw new InvalidInputException(path + ": no such file or folder; give a DICOM folder, a .nrrd volume or a "
                    + ".nhdr header with its raw data");
        }
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".raw") || name.endsWith(".img")) {
            throw new InvalidInputException(path + ": raw data alone does not say its size, type or spacing; describe it "
                    + "with a detached NRRD header (.nhdr, 'data file: " + path.getFileName() + "') and give that");
        }
        return Nrrd.read(path);
    }

    private void segment(Arguments arguments, ProgressListener progress)
            throws UsageException, InvalidInputException, OutputException {
        Path densityPath = arguments.input("in");
        Path maskPath = arguments.output("out");
        double threshold = arguments.number("threshold", 0.15, 0, 1.5);
        double smoothing = arguments.number("smoothing", 0.5, 0, 3);
        boolean largest = arguments.flag("largest-component", true);
        progress.progress(0, "reading " + densityPath);
        Volume density = read(densityPath, () -> Nrrd.read(densityPath));
        BoneSegmentation.Result result;
        try {
            result = BoneSegmentation.segment(density, threshold, smoothing, largest, progress.range(0.1, 0.9));
        } catch (InvalidInputException e) {
            throw new InvalidInputException(densityPath + ": " + e.getMessage());
        }
        write(maskPath, () -> Nrrd.write(result.mask(), Nrrd.SampleType.UNSIGNED_CHAR, maskPath));
        out.println("mask: " + result.describe() + " -> " + maskPath);
        progress.progress(1, "done");
    }

    private void mesh(Arguments arguments, ProgressListener progress)
            throws UsageException, InvalidInputException, OutputException {
        Path maskPath = arguments.input("mask");
        Path densityPath = arguments.input("density");
        Path modelPath = arguments.output("out");
        double size = arguments.number("element", 2, 0.5, 3);
        MaterialLaw law = new MaterialLaw(arguments.number("coefficient", 6850, 1, 1e7),
                arguments.number("exponent", 1.49, 1, 3), arguments.number("min-modulus", 5, 0.1, 1e6),
                MaterialLaw.MORGAN_FEMORAL_NECK.ashFraction());
        progress.progress(0, "reading " + maskPath + " and " + densityPath);
        Volume mask = read(maskPath, () -> Nrrd.read(maskPath));
        Volume density = read(densityPath, () -> Nrrd.read(densityPath));
        VoxelMesher.Result result;
        try {
            result = VoxelMesher.mesh(mask, density, size, law, progress.range(0.1, 0.85));
        } catch (InvalidInputException e) {
            throw new InvalidInputException(maskPath + ": " + e.getMessage());
        }
        progress.progress(0.85, "writing the model");
        Map<String, double[]> fields = new LinkedHashMap<>();
        fields.put("modulus_coefficient", new double[] { law.coefficient() });
        fields.put("modulus_exponent", new double[] { law.exponent() });
        fields.put("minimum_modulus", new double[] { law.minimumModulus() });
        write(modelPath, () -> ModelFiles.write(result.model(), "Vitruvian bone-strength voxel model: E = "
                + JsonText.number(law.coefficient()) + " (rho_ash/0.6)^" + JsonText.number(law.exponent()) + " MPa",
                fields, Map.of(), Map.of(), modelPath));
        out.println("model: " + result.describe() + " -> " + modelPath);
        progress.progress(1, "done");
    }

    private static final Set<String> CASES = new LinkedHashSet<>(List.of("stance", "sideways-fall", "both"));

    private void solve(Arguments arguments, ProgressListener progress)
            throws UsageException, InvalidInputException, OutputException {
        Path modelPath = arguments.input("model");
        Path strainsPath = arguments.output("out");
        double bodyMass = arguments.number("body-mass", 30, 250);
        double poisson = arguments.number("poisson", 0.3, 0, 0.49);
        String cases = arguments.choice("cases", "both", CASES);
        double tolerance = arguments.number("tolerance", 1e-8, 1e-12, 1e-3);
        progress.progress(0, "reading " + modelPath);
        ModelFiles.Loaded loaded = read(modelPath, () -> ModelFiles.read(modelPath));
        VoxelModel model = loaded.model();
        FemurLoadCases femur;
        List<LoadCase> loadCases = new ArrayList<>();
        try {
            femur = new FemurLoadCases(model);
            if (!cases.equals("sideways-fall")) {
                loadCases.add(femur.stance(bodyMass));
            }
            if (!cases.equals("stance")) {
                loadCases.add(femur.sidewaysFall(bodyMass));
            }
        } catch (InvalidInputException e) {
            throw new InvalidInputException(modelPath + ": " + e.getMessage());
        }
        out.println("model: " + model.elementCount() + " elements, " + model.nodeCount() + " nodes; "
                + femur.landmarks().describe());
        Map<String, double[]> fields = new LinkedHashMap<>();
        fields.put("body_mass", new double[] { bodyMass });
        fields.put("poisson_ratio", new double[] { poisson });
        Map<String, DataArray> cellData = new LinkedHashMap<>();
        Map<String, DataArray> pointData = new LinkedHashMap<>();
        try (ElasticSolver solver = new ElasticSolver(model, poisson)) {
            double share = 0.9 / loadCases.size();
            for (int c = 0; c < loadCases.size(); c++) {
                LoadCase loadCase = loadCases.get(c);
                ProgressListener part = progress.range(0.05 + c * share, 0.05 + (c + 1) * share);
                part.progress(0, loadCase.name() + ": " + JsonText.number(Math.round(loadCase.load())) + " N");
                Solution solution = solver.solve(loadCase, tolerance, 20000, (fraction, message) -> part
                        .progress(0.95 * fraction, loadCase.name() + ": " + message));
                if (!solution.converged()) {
                    throw new InvalidInputException(String.format(Locale.ROOT, "%s: %s did not converge in %d iterations "
                            + "(relative residual %.2e); the model may be badly conditioned: check the moduli, or "
                            + "loosen --tolerance", modelPath, loadCase.name(), solution.iterations(),
                            solution.relativeResidual()));
                }
                PrincipalStrains strains = PrincipalStrains.of(model, solution.displacement());
                boolean[] excluded = FemurLoadCases.excludedElements(model, loadCase);
                float[] assessed = new float[model.elementCount()];
                for (int e = 0; e < assessed.length; e++) {
                    assessed[e] = !excluded[e] && model.isSurface(e) ? 1 : 0;
                }
                String prefix = arrayPrefix(loadCase.name());
                fields.put(prefix + "_force", loadCase.resultant());
                fields.put(prefix + "_iterations", new double[] { solution.iterations() });
                fields.put(prefix + "_relative_residual", new double[] { solution.relativeResidual() });
                cellData.put(prefix + "_max_principal_strain", new DataArray(1, strains.maximum()));
                cellData.put(prefix + "_min_principal_strain", new DataArray(1, strains.minimum()));
                cellData.put(prefix + "_assessed", new DataArray(1, assessed));
                float[] displacement = new float[solution.displacement().length];
                for (int i = 0; i < displacement.length; i++) {
                    displacement[i] = (float) solution.displacement()[i];
                }
                pointData.put(prefix + "_displacement", new DataArray(3, displacement));
                out.println(String.format(Locale.ROOT, "%s: %.0f N, %d iterations in %.1f s (relative residual %.1e), "
                        + "largest principal strains %.3f %% and %.3f %%", loadCase.name(), loadCase.load(),
                        solution.iterations(), solution.seconds(), solution.relativeResidual(),
                        100 * max(strains.maximum()), 100 * min(strains.minimum())));
            }
        }
        progress.progress(0.95, "writing strains");
        write(strainsPath, () -> ModelFiles.write(model, "Vitruvian bone-strength strains: body mass "
                + JsonText.number(bodyMass) + " kg, cases " + cases, mergeFields(loaded.fieldData(), fields), cellData,
                pointData, strainsPath));
        out.println("strains -> " + strainsPath);
        progress.progress(1, "done");
    }

    private static Map<String, double[]> mergeFields(Map<String, double[]> from, Map<String, double[]> added) {
        Map<String, double[]> merged = new LinkedHashMap<>(from);
        merged.remove(ModelFiles.ELEMENT_SIZE);
        merged.putAll(added);
        return merged;
    }

    static String arrayPrefix(String caseName) {
        return caseName.replace('-', '_');
    }

    private static float max(float[] values) {
        float max = Float.NEGATIVE_INFINITY;
        for (float v : values) {
            max = Math.max(max, v);
        }
        return max;
    }

    private static float min(float[] values) {
        float min = Float.POSITIVE_INFINITY;
        for (float v : values) {
            min = Math.min(min, v);
        }
        return min;
    }

    private void strength(Arguments arguments, ProgressListener progress)
            throws UsageException, InvalidInputException, OutputException {
        Path strainsPath = arguments.input("strains");
        StrainLimits limits = new StrainLimits(arguments.number("tensile", 0.0073, 0.001, 0.05),
                arguments.number("compressive", 0.0104, 0.001, 0.05));
        Path reportPath = arguments.output("report");
        Path fieldPath = arguments.output("field");
        Path figurePath = arguments.output("figure");
        progress.progress(0, "reading " + strainsPath);
        ModelFiles.Loaded loaded = read(strainsPath, () -> ModelFiles.read(strainsPath));
        VoxelModel model = loaded.model();
        double[] mass = loaded.field("body_mass");
        Double bodyWeight = mass != null && mass.length == 1 ? mass[0] * FemurLoadCases.GRAVITY : null;
        List<Map<String, Object>> caseReports = new ArrayList<>();
        List<StrainMapFigure.Panel> panels = new ArrayList<>();
        Map<String, DataArray> cellData = new LinkedHashMap<>();
        for (String caseName : List.of("stance", "sideways-fall")) {
            String prefix = arrayPrefix(caseName);
            float[] maximum = loaded.cellScalars(prefix + "_max_principal_strain");
            float[] minimum = loaded.cellScalars(prefix + "_min_principal_strain");
            double[] force = loaded.field(prefix + "_force");
            if (maximum == null || minimum == null) {
                continue;
            }
            if (force == null || force.length != 3) {
                throw new InvalidInputException(strainsPath + ": has strains for " + caseName + " but not the force they "
                        + "were computed for (field '" + prefix + "_force'); give the solve step's output");
            }
            float[] assessedFlags = loaded.cellScalars(prefix + "_assessed");
            boolean[] assessed = new boolean[model.elementCount()];
            for (int e = 0; e < assessed.length; e++) {
                assessed[e] = assessedFlags != null ? assessedFlags[e] > 0.5f : model.isSurface(e);
            }
            double applied = Math.sqrt(force[0] * force[0] + force[1] * force[1] + force[2] * force[2]);
            FractureLoad fracture;
            try {
                fracture = FractureLoad.of(caseName, applied, maximum, minimum, assessed, limits);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(strainsPath + ": no assessed element of " + caseName + " is strained; "
                        + "the load case carries no load");
            }
            float[] ratio = new float[model.elementCount()];
            for (int e = 0; e < ratio.length; e++) {
                ratio[e] = (float) (limits.ratio(maximum[e], minimum[e]) / fracture.peakRatio());
            }
            cellData.put(prefix + "_strain_ratio_at_fracture", new DataArray(1, ratio));
            cellData.put(prefix + "_max_principal_strain", new DataArray(1, maximum));
            cellData.put(prefix + "_min_principal_strain", new DataArray(1, minimum));
            double[] position = model.centroid(fracture.element());
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", caseName);
            entry.put("fractureLoad", round(fracture.load(), 1));
            if (bodyWeight != null) {
                entry.put("fractureLoadBodyWeights", round(fracture.load() / bodyWeight, 3));
            }
            entry.put("appliedLoad", round(applied, 2));
            entry.put("direction", List.of(round(force[0] / applied, 4), round(force[1] / applied, 4),
                    round(force[2] / applied, 4)));
            Map<String, Object> failure = new LinkedHashMap<>();
            failure.put("mode", fracture.tension() ? "tension" : "compression");
            failure.put("element", fracture.element());
            failure.put("position", List.of(round(position[0], 2), round(position[1], 2), round(position[2], 2)));
            failure.put("strainToLimitAtAppliedLoad", round(fracture.peakRatio(), 6));
            entry.put("firstFailure", failure);
            entry.put("assessedElements", fracture.assessedElements());
            caseReports.add(entry);
            String loadText = String.format(Locale.ROOT, "%.0f N", fracture.load())
                    + (bodyWeight != null ? String.format(Locale.ROOT, " (%.1f body weights)", fracture.load() / bodyWeight) : "");
            String shortText = String.format(Locale.ROOT, "%.0f N", fracture.load())
                    + (bodyWeight != null ? String.format(Locale.ROOT, " (%.1f BW)", fracture.load() / bodyWeight) : "");
            boolean[] greyed = new boolean[model.elementCount()];
            for (int e = 0; e < greyed.length; e++) {
                greyed[e] = assessedFlags != null && !assessed[e] && model.isSurface(e);
            }
            panels.add(new StrainMapFigure.Panel(caseName.replace('-', ' '), "fracture load " + shortText, ratio,
                    fracture.element(), greyed));
            out.println(String.format(Locale.ROOT, "%s: fracture load %s, first failure in %s at (%.1f, %.1f, %.1f) mm",
                    caseName, loadText, fracture.tension() ? "tension" : "compression", position[0], position[1],
                    position[2]));
        }
        if (caseReports.isEmpty()) {
            throw new InvalidInputException(strainsPath + ": holds no principal strains of a load case; give the solve "
                    + "step's output");
        }
        progress.progress(0.5, "writing the report, field and figure");
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("service", "bone.strength");
        report.put("version", SERVICES.get("bone.strength"));
        report.put("criterion", "maximum principal strain at the first assessed surface element (Schileo et al. 2014)");
        Map<String, Object> limitValues = new LinkedHashMap<>();
        limitValues.put("tensile", limits.tensile());
        limitValues.put("compressive", limits.compressive());
        report.put("limits", limitValues);
        if (mass != null && mass.length == 1) {
            report.put("bodyMass", mass[0]);
        }
        report.put("elements", model.elementCount());
        report.put("elementSize", model.elementSize());
        report.put("cases", caseReports);
        write(reportPath, () -> AtomicFiles.writeString(reportPath, JsonText.of(report)));
        Map<String, double[]> fields = new LinkedHashMap<>(loaded.fieldData());
        fields.remove(ModelFiles.ELEMENT_SIZE);
        write(fieldPath, () -> ModelFiles.write(model, "Vitruvian bone-strength: strain over its limit at the fracture "
                + "load", fields, cellData, loaded.pointData(), fieldPath));
        progress.progress(0.8, "drawing the figure");
        write(figurePath, () -> StrainMapFigure.write(model, panels, figurePath));
        out.println("report -> " + reportPath + ", field -> " + fieldPath + ", figure -> " + figurePath);
        progress.progress(1, "done");
    }

    private static double round(double value, int digits) {
        double scale = Math.pow(10, digits);
        return Math.round(value * scale) / scale;
    }
}
