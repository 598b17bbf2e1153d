package org.vitruvian.services.mriheating.fields;

import java.util.ArrayList;
import java.util.List;

import org.vitruvian.services.mriheating.ProgressListener;
import org.vitruvian.services.mriheating.setup.Material;
import org.vitruvian.services.mriheating.setup.VoxelGrid;

/**
 * The field stage: the phantom and device of a grid in the idealised birdcage at the Larmor
 * frequency, solved with {@link Fdtd} until steady state, then SAR per cell, the scaling to the
 * prescribed whole-phantom SAR (ASTM F2182 reports heating at a stated whole-phantom SAR, 2 W/kg
 * for the Normal Operating Mode), the 10 g average, and the current the device carries.
 */
public final class CoilFields {

    /** Proton gyromagnetic ratio over 2 pi, Hz/T. */
    public static final double GAMMA_BAR = 42.577e6;

    /**
     * @param sar point SAR per cell, W/kg, scaled to the target
     * @param sar10g 10 g average per gel cell, W/kg
     * @param eRms RMS |E| per cell, V/m, scaled
     * @param wholePhantomSar the target, W/kg
     * @param rungCurrent peak rung current that gives the target, A
     * @param settling relative change of the whole-phantom SAR over the last period
     * @param peak10g peak 10 g SAR, W/kg, and its cell index in peak10gCell
     * @param wireCurrent device z-edges: position z (m) and RMS current (A) at the target, from the loop of H around each
     */
    public record Result(double frequency, float[] sar, float[] sar10g, float[] eRms, double wholePhantomSar,
            double rungCurrent, double settling, double peakSar, int peakSarCell, double peak10g, int peak10gCell,
            double[] wireZ, double[] wireCurrent, double seconds, long cellUpdates, int steps) {
    }

    private CoilFields() {
    }

    public static double larmor(double b0) {
        return GAMMA_BAR * b0;
    }

    public static Result solve(VoxelGrid g, double frequency, double targetSar, int periods, int threads,
            ProgressListener progress) {
        long started = System.nanoTime();
        int cells = g.nx * g.ny * g.nz;
        float[] epsR = new float[cells];
        float[] sigma = new float[cells];
        for (int c = 0; c < cells; c++) {
            Material m = g.materials[g.labels[c]];
            // Device cells count as gel in the averages of their edges: the conductor is given by the
            // conducting edges themselves.
            Material medium = m.conductor() ? g.materials[Material.GEL] : m;
            epsR[c] = (float) medium.relativePermittivity();
            sigma[c] = (float) medium.conductivity();
        }
        Fdtd.Boundary a = Fdtd.Boundary.ABSORBING;
        Fdtd solver = new Fdtd(g.nx, g.ny, g.nz, g.cell, epsR, sigma, g.edges, frequency, new Fdtd.Boundary[] { a, a, a },
                g.layout.absorbingCells(), 1, threads);
        for (Birdcage.Element e : Birdcage.elements(g, solver)) {
            solver.addCurrent(e.edge(), e.re(), e.im());
        }
        WireCurrent wire = new WireCurrent(solver, g);
        progress.progress(0, String.format(java.util.Locale.ROOT, "FDTD: %d steps of %.2f ps, %d per period",
                periods * solver.stepsPerPeriod, solver.dt * 1e12, solver.stepsPerPeriod));
        Phasors phasors = solver.run(periods, progress.range(0, 0.85), wire);
        progress.progress(0.85, "SAR and its normalisation");
        Material gel = g.materials[Material.GEL];
        float[] sar = new float[cells];
        float[] eRms = new float[cells];
        double absorbed = absorbed(g, solver, phasors, sar, eRms);
        double gelMass = g.count(Material.GEL) * gel.density() * Math.pow(g.cell, 3);
        double unscaled = absorbed / gelMass;
        double settling = Double.NaN;
        if (phasors.previous() != null) {
            double before = absorbed(g, solver, phasors.previous(), new float[cells], new float[cells]) / gelMass;
            settling = Math.abs(unscaled - before) / unscaled;
        }
        if (!(unscaled > 0)) {
            throw new IllegalStateException("no power reached the gel");
        }
        double scale = targetSar / unscaled;
        double fieldScale = Math.sqrt(scale);
        double peak = 0;
        int peakCell = -1;
        for (int c = 0; c < cells; c++) {
            sar[c] *= (float) scale;
            eRms[c] *= (float) fieldScale;
            if (sar[c] > peak) {
                peak = sar[c];
                peakCell = c;
            }
        }
        progress.progress(0.9, "10 g averaged SAR");
        float[] sar10g = Sar10g.average(g, sar, Sar10g.MASS);
        double peak10 = 0;
        int peak10Cell = -1;
        for (int c = 0; c < cells; c++) {
            if (sar10g[c] > peak10) {
                peak10 = sar10g[c];
                peak10Cell = c;
            }
        }
        double[] current = wire.rms(fieldScale);
        progress.progress(1, "done");
        return new Result(frequency, sar, sar10g, eRms, targetSar, fieldScale, settling, peak, peakCell, peak10, peak10Cell,
                wire.z(), current, (System.nanoTime() - started) / 1e9, solver.cellUpdates(),
                periods * solver.stepsPerPeriod);
    }

    /** Point SAR and RMS |E| per gel cell from the phasors; returns the total absorbed power (W). */
    static double absorbed(VoxelGrid g, Fdtd solver, Phasors phasors, float[] sar, float[] eRms) {
        double volume = Math.pow(g.cell, 3);
        double total = 0;
        for (int i = 0; i < g.nx; i++) {
            for (int j = 0; j < g.ny; j++) {
                for (int k = 0; k < g.nz; k++) {
                    int c = g.cellIndex(i, j, k);
                    if (g.labels[c] != Material.GEL) {
                        continue;
                    }
                    Material m = g.materials[Material.GEL];
                    double e2 = phasors.cellMagnitudeSquared(i, j, k);
                    double density = m.conductivity() * e2 / 2; // W/m3, time-averaged
                    sar[c] = (float) (density / m.density());
                    eRms[c] = (float) Math.sqrt(e2 / 2);
                    total += density * volume;
                }
            }
        }
        return total;
    }

    /**
     * The current on the device's conducting z-edges, from Ampere's law around each edge:
     * I = h (Hy(i+1/2) - Hy(i-1/2) - Hx(j+1/2) + Hx(j-1/2)), sampled like E.
     */
    static final class WireCurrent implements Fdtd.Sampler {
        private final Fdtd solver;
        private final int[] index;
        private final double[] z;
        private final double[] re, im;

        WireCurrent(Fdtd solver, VoxelGrid g) {
            this.solver = solver;
            List<int[]> found = new ArrayList<>();
            for (int i = 0; i <= g.nx; i++) {
                for (int j = 0; j <= g.ny; j++) {
                    for (int k = 0; k < g.nz; k++) {
                        if ((g.edges[g.nodeIndex(i, j, k)] & 4) != 0) {
                            found.add(new int[] { solver.index(i, j, k), k });
                        }
                    }
                }
            }
            // One current per z: the sum over the conducting z-edges of each plane (a thick device has several).
            java.util.TreeMap<Integer, List<Integer>> byK = new java.util.TreeMap<>();
            for (int[] f : found) {
                byK.computeIfAbsent(f[1], key -> new ArrayList<>()).add(f[0]);
            }
            index = new int[found.size()];
            z = new double[byK.size()];
            int p = 0, q = 0;
            planeOf = new int[found.size()];
            for (var entry : byK.entrySet()) {
                z[q] = g.z0 + (entry.getKey() + 0.5) * g.cell;
                for (int idx : entry.getValue()) {
                    index[p] = idx;
                    planeOf[p++] = q;
                }
                q++;
            }
            re = new double[z.length];
            im = new double[z.length];
        }

        private final int[] planeOf;

        @Override
        public void sample(int period, int quarter) {
            double[] sample = new double[z.length];
            float[] hx = solver.hx, hy = solver.hy;
            for (int p = 0; p < index.length; p++) {
                int n = index[p];
                sample[planeOf[p]] += solver.h * ((hy[n] - hy[n - solver.sx]) - (hx[n] - hx[n - solver.sy]));
            }
            for (int q = 0; q < z.length; q++) {
                switch (quarter) {
                    case 0 -> re[q] = sample[q] / 2;
                    case 1 -> im[q] = -sample[q] / 2;
                    case 2 -> re[q] -= sample[q] / 2;
                    default -> im[q] += sample[q] / 2;
                }
            }
        }

        double[] z() {
            return z.clone();
        }

        /** RMS current per plane, scaled. */
        double[] rms(double scale) {
            double[] result = new double[z.length];
            for (int q = 0; q < z.length; q++) {
                result[q] = scale * Math.hypot(re[q], im[q]) / Math.sqrt(2);
            }
            return result;
        }

        double[] real() {
            return re.clone();
        }

        double[] imaginary() {
            return im.clone();
        }
    }
}
