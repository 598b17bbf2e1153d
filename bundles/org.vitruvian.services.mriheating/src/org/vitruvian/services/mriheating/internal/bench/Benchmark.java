package org.vitruvian.services.mriheating.internal.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import org.vitruvian.services.mriheating.ProgressListener;
import org.vitruvian.services.mriheating.fields.Birdcage;
import org.vitruvian.services.mriheating.fields.CoilFields;
import org.vitruvian.services.mriheating.fields.Fdtd;
import org.vitruvian.services.mriheating.internal.Json;
import org.vitruvian.services.mriheating.setup.AstmPhantom;
import org.vitruvian.services.mriheating.setup.Cylinder;
import org.vitruvian.services.mriheating.setup.Material;
import org.vitruvian.services.mriheating.setup.VoxelGrid;
import org.vitruvian.services.mriheating.thermal.PhantomHeating;

/**
 * bench/mri/run.sh: a STREAM-like triad on float arrays, the FDTD's cell updates per second on the
 * default grid (one period on N threads, wall and CPU time, since the machine is shared), the
 * same on a given grid for the comparison with MEEP, and the thermal solver's time for 900 s.
 *   java -cp mriheating.jar ...Benchmark --out DIR [--cell 5] [--peer-cell 10] [--threads 2]
 */
public final class Benchmark {

    public static void main(String[] args) throws Exception {
        Path out = Path.of(".");
        double cell = 5, peerCell = 10;
        int threads = Runtime.getRuntime().availableProcessors();
        for (int a = 0; a + 1 < args.length; a += 2) {
            switch (args[a]) {
                case "--out" -> out = Path.of(args[a + 1]);
                case "--cell" -> cell = Double.parseDouble(args[a + 1]);
                case "--peer-cell" -> peerCell = Double.parseDouble(args[a + 1]);
                case "--threads" -> threads = Integer.parseInt(args[a + 1]);
                default -> throw new IllegalArgumentException(args[a]);
            }
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("triad", triad(threads));
        VoxelGrid grid = grid(cell);
        result.put("defaultGrid", Map.of("cells", grid.cellCount(), "cell", cell));
        result.put("fdtdDefaultGrid", fdtd(grid, threads, 1));
        VoxelGrid peer = grid(peerCell);
        result.put("fdtdPeerGrid1Thread", fdtd(peer, 1, 2));
        result.put("thermal900s", thermal(grid));
        String json = Json.of(result);
        Files.createDirectories(out);
        Files.writeString(out.resolve("java.json"), json);
        System.out.print(json);
    }

    static VoxelGrid grid(double cellMm) {
        return AstmPhantom.build(new AstmPhantom.Spec(cellMm / 1000, 0.47, 80, "lateral", AstmPhantom.Alloy.TI6AL4V),
                new Cylinder("wire", 0.12, 0.002), ProgressListener.NONE);
    }

    /** a[i] = b[i] + s c[i] over three float arrays of 64 Mi elements (256 MiB each), best of five, 12 bytes per element. */
    static Map<String, Object> triad(int threads) {
        int n = 64 << 20;
        float[] a = new float[n], b = new float[n], c = new float[n];
        java.util.Arrays.fill(b, 1f);
        java.util.Arrays.fill(c, 2f);
        Map<String, Object> r = new LinkedHashMap<>();
        for (int t : new int[] { 1, threads }) {
            double best = Double.POSITIVE_INFINITY;
            for (int rep = 0; rep < 5; rep++) {
                long start = System.nanoTime();
                int parts = t;
                IntStream.range(0, parts).parallel().forEach(p -> {
                    int lo = (int) ((long) n * p / parts), hi = (int) ((long) n * (p + 1) / parts);
                    for (int i = lo; i < hi; i++) {
                        a[i] = b[i] + 3f * c[i];
                    }
                });
                best = Math.min(best, (System.nanoTime() - start) / 1e9);
            }
            r.put(t + (t == 1 ? " thread GB/s" : " threads GB/s"), round(12.0 * n / best / 1e9));
        }
        return r;
    }

    static Map<String, Object> fdtd(VoxelGrid g, int threads, int periods) {
        int cells = g.nx * g.ny * g.nz;
        float[] eps = new float[cells], sigma = new float[cells];
        for (int c = 0; c < cells; c++) {
            Material m = g.materials[g.labels[c] == Material.DEVICE ? Material.GEL : g.labels[c]];
            eps[c] = (float) m.relativePermittivity();
            sigma[c] = (float) m.conductivity();
        }
        Fdtd.Boundary a = Fdtd.Boundary.ABSORBING;
        Fdtd s = new Fdtd(g.nx, g.ny, g.nz, g.cell, eps, sigma, g.edges, CoilFields.larmor(3), new Fdtd.Boundary[] { a, a, a },
                g.layout.absorbingCells(), 1, threads);
        for (Birdcage.Element e : Birdcage.elements(g, s)) {
            s.addCurrent(e.edge(), e.re(), e.im());
        }
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long cpu0 = totalCpu(mx);
        long start = System.nanoTime();
        s.run(periods, ProgressListener.NONE);
        double wall = (System.nanoTime() - start) / 1e9;
        double cpu = (totalCpu(mx) - cpu0) / 1e9;
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("threads", threads);
        r.put("cells", cells);
        r.put("steps", periods * s.stepsPerPeriod);
        r.put("wallSeconds", round(wall));
        r.put("cpuSeconds", round(cpu));
        r.put("cellUpdatesPerSecond", Math.round(s.cellUpdates() / wall));
        r.put("cellUpdatesPerCpuSecond", Math.round(s.cellUpdates() / cpu));
        return r;
    }

    static Map<String, Object> thermal(VoxelGrid g) {
        float[] sar = new float[g.nx * g.ny * g.nz];
        for (int c = 0; c < sar.length; c++) {
            sar[c] = g.labels[c] == Material.GEL ? 2f : 0f;
        }
        long start = System.nanoTime();
        PhantomHeating.Result r = PhantomHeating.run(g, sar, 900, 0, ProgressListener.NONE);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("wallSeconds", round((System.nanoTime() - start) / 1e9));
        m.put("stepsPerRun", r.steps());
        m.put("runs", 2);
        m.put("uniformRise", round(r.peak()));
        return m;
    }

    private static long totalCpu(ThreadMXBean mx) {
        long sum = 0;
        for (long id : mx.getAllThreadIds()) {
            long t = mx.getThreadCpuTime(id);
            if (t > 0) {
                sum += t;
            }
        }
        return sum;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    private Benchmark() {
    }

    static {
        Locale.setDefault(Locale.ROOT);
    }
}
