package org.vitruvian.services.bonestrength.internal.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.vitruvian.services.bonestrength.InvalidInputException;
import org.vitruvian.services.bonestrength.ProgressListener;
import org.vitruvian.services.bonestrength.fem.ElasticSolver;
import org.vitruvian.services.bonestrength.fem.FemurLoadCases;
import org.vitruvian.services.bonestrength.fem.LoadCase;
import org.vitruvian.services.bonestrength.fem.MaterialLaw;
import org.vitruvian.services.bonestrength.fem.Solution;
import org.vitruvian.services.bonestrength.fem.VoxelMesher;
import org.vitruvian.services.bonestrength.fem.VoxelModel;
import org.vitruvian.services.bonestrength.image.BoneSegmentation;
import org.vitruvian.services.bonestrength.image.DensityCalibration;
import org.vitruvian.services.bonestrength.image.FemurPhantom;
import org.vitruvian.services.bonestrength.image.Volume;
import org.vitruvian.services.bonestrength.internal.WorkerTeam;
import org.vitruvian.services.support.JsonText;

/**
 * The bone-strength benchmark (bench/bone/run.sh): memory bandwidth by a STREAM-like triad, then
 * for femurs of about 50 thousand to a million elements the throughput of the matrix-free
 * product against the bandwidth bound, and the time and iterations of a sideways-fall solve.
 * Writes the smallest system in Matrix Market format for SciPy's conjugate gradients.
 *
 * <pre>java -Xmx6g -cp bonestrength.jar org.vitruvian.services.bonestrength.internal.bench.Benchmark
 *     --out DIR [--elements 50000,100000,200000,1000000] [--tolerance 1e-8] [--export-elements 50000]</pre>
 */
public final class Benchmark {

    private static final double VOXEL = 0.5;
    /** Elements of the phantom femur at 1 mm, to pick the element size for a wanted count. */
    private static final double ELEMENTS_AT_1MM = 171_000;

    private final Path out;
    private final double tolerance;
    private final int threads = Runtime.getRuntime().availableProcessors();
    private final Map<String, Object> results = new LinkedHashMap<>();

    private Benchmark(Path out, double tolerance) {
        this.out = out;
        this.tolerance = tolerance;
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of("bench-results");
        List<Integer> sizes = List.of(50_000, 100_000, 200_000, 1_000_000);
        int export = 50_000;
        double tolerance = 1e-8;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--out" -> out = Path.of(args[i + 1]);
                case "--elements" -> sizes = java.util.Arrays.stream(args[i + 1].split(",")).map(String::trim)
                        .map(Integer::valueOf).toList();
                case "--tolerance" -> tolerance = Double.parseDouble(args[i + 1]);
                case "--export-elements" -> export = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Files.createDirectories(out);
        new Benchmark(out, tolerance).run(sizes, export);
    }

    private void run(List<Integer> sizes, int export) throws Exception {
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("processors", threads);
        machine.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        machine.put("maxHeapGiB", Runtime.getRuntime().maxMemory() / (double) (1L << 30));
        results.put("machine", machine);
        results.put("tolerance", tolerance);
        double bandwidth = triad();
        List<Map<String, Object>> femurs = new ArrayList<>();
        results.put("femurs", femurs);
        for (int target : sizes) {
            femurs.add(femur(target, bandwidth, target == export));
            save();
        }
        results.put("defaultPipeline", defaultPipeline());
        save();
        System.out.println("results -> " + out.resolve("java.json"));
    }

    private void save() throws IOException {
        Files.writeString(out.resolve("java.json"), JsonText.of(results));
    }

    /**
     * a[i] = b[i] + s c[i] over arrays far larger than the caches, on as many threads as the
     * solver uses, best of ten; bytes counted as STREAM does (24 per element, no write-allocate).
     */
    private double triad() {
        int n = 1 << 25;
        double[] a = new double[n];
        double[] b = new double[n];
        double[] c = new double[n];
        java.util.Arrays.fill(b, 1);
        java.util.Arrays.fill(c, 2);
        double best = Double.MAX_VALUE;
        double bestSingle = Double.MAX_VALUE;
        try (WorkerTeam team = new WorkerTeam(threads); WorkerTeam one = new WorkerTeam(1)) {
            for (int repeat = 0; repeat < 10; repeat++) {
                best = Math.min(best, timeTriad(team, a, b, c));
                bestSingle = Math.min(bestSingle, timeTriad(one, a, b, c));
            }
        }
        double gbs = 24.0 * n / best / 1e9;
        double single = 24.0 * n / bestSingle / 1e9;
        Map<String, Object> triad = new LinkedHashMap<>();
        triad.put("arrayMiB", 8.0 * n / (1 << 20));
        triad.put("gigabytesPerSecond", gbs);
        triad.put("gigabytesPerSecondOneThread", single);
        results.put("triad", triad);
        System.out.printf(Locale.ROOT, "triad: %.1f GB/s on %d threads, %.1f GB/s on one%n", gbs, threads, single);
        return gbs;
    }

    private static double timeTriad(WorkerTeam team, double[] a, double[] b, double[] c) {
        int n = a.length;
        int members = team.size();
        long start = System.nanoTime();
        team.run(member -> {
            int from = (int) ((long) n * member / members);
            int to = (int) ((long) n * (member + 1) / members);
            for (int i = from; i < to; i++) {
                a[i] = b[i] + 3.0 * c[i];
            }
        });
        return (System.nanoTime() - start) / 1e9;
    }

    private record Model(VoxelModel model, double seconds) {
    }

    private static Model femurModel(double voxel, double element) throws InvalidInputException {
        long start = System.nanoTime();
        FemurPhantom.Spec spec = new FemurPhantom.Spec(1, 120, 12, voxel, 1);
        Volume ct = FemurPhantom.femur(spec, ProgressListener.NONE);
        Volume phantom = FemurPhantom.calibrationPhantom(spec, ProgressListener.NONE);
        DensityCalibration.Fit fit = DensityCalibration.fit(phantom, DensityCalibration.rods(phantom, "phantom"),
                FemurPhantom.ROD_DENSITIES, "phantom");
        Volume ash = DensityCalibration.ashDensity(ct, fit);
        Volume mask = BoneSegmentation.segment(ash, 0.15, 0.5, true, ProgressListener.NONE).mask();
        VoxelModel model = VoxelMesher.mesh(mask, ash, element, MaterialLaw.MORGAN_FEMORAL_NECK, ProgressListener.NONE)
                .model();
        return new Model(model, (System.nanoTime() - start) / 1e9);
    }

    private Map<String, Object> femur(int target, double bandwidth, boolean export) throws Exception {
        double element = Math.cbrt(ELEMENTS_AT_1MM / target);
        VoxelModel model = femurModel(Math.min(VOXEL, element), element).model();
        element *= Math.cbrt((double) model.elementCount() / target);
        model = femurModel(Math.min(VOXEL, element), element).model();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("targetElements", target);
        row.put("elementSize", element);
        row.put("elements", model.elementCount());
        row.put("nodes", model.nodeCount());
        // Compulsory traffic of one product: pairs (16 B) and modulus (4 B) per element; per node,
        // u read (24 B) and y read and written (48 B).
        double bytesPerElement = 20 + 72.0 * model.nodeCount() / model.elementCount();
        double bound = bandwidth * 1e9 / bytesPerElement;
        row.put("bytesPerElement", bytesPerElement);
        row.put("bandwidthBoundElementsPerSecond", bound);
        for (int team : threads > 1 ? new int[] { 1, threads } : new int[] { 1 }) {
            try (ElasticSolver solver = new ElasticSolver(model, 0.3, team)) {
                double rate = productRate(solver);
                row.put(team == 1 ? "productElementsPerSecondOneThread" : "productElementsPerSecond", rate);
                if (team == threads || threads == 1) {
                    row.put("productShareOfBound", rate / bound);
                }
            }
        }
        FemurLoadCases cases = new FemurLoadCases(model);
        LoadCase fall = cases.sidewaysFall(70);
        try (ElasticSolver solver = new ElasticSolver(model, 0.3)) {
            Solution solution = solver.solve(fall, tolerance, 100_000, ProgressListener.NONE);
            row.put("solveSeconds", solution.seconds());
            row.put("iterations", solution.iterations());
            row.put("relativeResidual", solution.relativeResidual());
            row.put("solveElementsPerSecond", (double) model.elementCount() * solution.iterations() / solution.seconds());
            if (model.elementCount() <= 250_000) {
                Solution stance = solver.solve(cases.stance(70), tolerance, 100_000, ProgressListener.NONE);
                row.put("stanceSolveSeconds", stance.seconds());
                row.put("stanceIterations", stance.iterations());
            }
            if (export) {
                AssembledSystem system = new AssembledSystem(model, fall, 0.3);
                system.writeMatrix(out.resolve("K.mtx"));
                system.writeRightHandSide(out.resolve("b.mtx"));
                AssembledSystem.writeVector(system.restrict(solution.displacement()), out.resolve("x-java.mtx"));
                row.put("exportedUnknowns", system.unknowns());
                row.put("exportedNonZeros", system.nonZeros());
                double csrBytes = 12.0 * system.nonZeros() + 4.0 * system.unknowns() + 16.0 * system.unknowns();
                row.put("assembledBytesPerElement", csrBytes / model.elementCount());
                row.put("assembledBandwidthBoundElementsPerSecond", bandwidth * 1e9 / (csrBytes / model.elementCount()));
            }
        }
        System.out.printf(Locale.ROOT, "femur %d elements (%.3f mm): product %.1f M elements/s (%.0f %% of the %.1f M/s "
                + "bandwidth bound), sideways fall %d iterations in %.1f s%n", model.elementCount(), element,
                (double) row.get("productElementsPerSecond") / 1e6, 100 * (double) row.get("productShareOfBound"),
                bound / 1e6, (int) row.get("iterations"), (double) row.get("solveSeconds"));
        return row;
    }

    /** Products per second after warming up, at least two seconds' worth. */
    private static double productRate(ElasticSolver solver) {
        double[] u = new double[solver.dofs()];
        double[] y = new double[solver.dofs()];
        java.util.Random random = new java.util.Random(1);
        for (int i = 0; i < u.length; i++) {
            u[i] = random.nextDouble();
        }
        for (int i = 0; i < 10; i++) {
            solver.multiply(u, y);
        }
        int products = 0;
        long start = System.nanoTime();
        long elapsed;
        do {
            solver.multiply(u, y);
            products++;
            elapsed = System.nanoTime() - start;
        } while (elapsed < 2_000_000_000L || products < 5);
        return (double) solver.model().elementCount() * products / (elapsed / 1e9);
    }

    /** The services' defaults end to end (0.7 mm voxels, 2 mm elements, both load cases), stage by stage. */
    private Map<String, Object> defaultPipeline() throws Exception {
        Map<String, Object> row = new LinkedHashMap<>();
        Model built = femurModel(0.7, 2.0);
        row.put("elements", built.model().elementCount());
        row.put("imagingAndMeshingSeconds", built.seconds());
        FemurLoadCases cases = new FemurLoadCases(built.model());
        double solve = 0;
        try (ElasticSolver solver = new ElasticSolver(built.model(), 0.3)) {
            for (LoadCase loadCase : List.of(cases.stance(70), cases.sidewaysFall(70))) {
                Solution solution = solver.solve(loadCase, tolerance, 100_000, ProgressListener.NONE);
                row.put(loadCase.name() + "Iterations", solution.iterations());
                solve += solution.seconds();
            }
        }
        row.put("solveSecondsBothCases", solve);
        System.out.printf(Locale.ROOT, "default femur (%d elements of 2 mm): imaging and meshing %.1f s, both load cases "
                + "%.1f s%n", built.model().elementCount(), built.seconds(), solve);
        return row;
    }
}
