package org.vitruvian.services.mriheating.thermal;

import java.util.ArrayList;
import java.util.List;

import org.vitruvian.services.mriheating.ProgressListener;
import org.vitruvian.services.mriheating.setup.Material;
import org.vitruvian.services.mriheating.setup.VoxelGrid;

/**
 * The heating stage: Pennes on the gel and device cells of the grid with the SAR as source, for
 * the exposure; the rise at the end, its peak and where, and the rise over time at the hottest
 * point and at the background point. The hottest point is only known at the end, so the run is
 * made twice (it costs little next to the field solve): once to find it, once to record it.
 */
public final class PhantomHeating {

    /**
     * @param rise temperature rise per cell at the end, K
     * @param time sample times, s; hottest and background the rise there
     */
    public record Result(float[] rise, double peak, int peakCell, double background, int backgroundCell, double[] time,
            double[] hottest, double[] backgroundCourse, double timeStep, int steps) {
    }

    /** Longest time step, s: a tenth of the gel's diffusion time over a 5 mm cell is about 20 s; 5 s keeps Euler's error small. */
    public static final double MAX_STEP = 5;

    private PhantomHeating() {
    }

    public static Result run(VoxelGrid g, float[] sar, double exposure, double perfusionRate, ProgressListener progress) {
        int n = g.nx * g.ny * g.nz;
        boolean[] active = new boolean[n];
        double[] density = new double[n], heatCapacity = new double[n], conductivity = new double[n],
                perfusion = new double[n], source = new double[n];
        for (int c = 0; c < n; c++) {
            byte label = g.labels[c];
            if (label == Material.AIR) {
                continue;
            }
            Material m = g.materials[label];
            active[c] = true;
            density[c] = m.density();
            heatCapacity[c] = m.heatCapacity();
            conductivity[c] = m.thermalConductivity();
            perfusion[c] = label == Material.GEL ? perfusionRate : 0;
            source[c] = label == Material.GEL ? m.density() * sar[c] : 0;
        }
        double[] bg = g.layout.background();
        int backgroundCell = g.cellIndex(g.cellOfX(bg[0]), g.cellOfY(bg[1]), g.cellOfZ(bg[2]));
        Pennes first = new Pennes(g.nx, g.ny, g.nz, g.cell, active, density, heatCapacity, conductivity, perfusion, source,
                false);
        first.advance(exposure, MAX_STEP, progress.range(0, 0.5), null);
        double[] end = first.rise();
        int peakCell = 0;
        for (int c = 0; c < n; c++) {
            if (end[c] > end[peakCell]) {
                peakCell = c;
            }
        }
        Pennes second = new Pennes(g.nx, g.ny, g.nz, g.cell, active, density, heatCapacity, conductivity, perfusion, source,
                false);
        List<double[]> samples = new ArrayList<>();
        samples.add(new double[] { 0, 0, 0 });
        final int hot = peakCell;
        second.advance(exposure, MAX_STEP, progress.range(0.5, 1),
                t -> samples.add(new double[] { t, second.rise(hot), second.rise(backgroundCell) }));
        float[] rise = new float[n];
        double[] r = second.rise();
        for (int c = 0; c < n; c++) {
            rise[c] = (float) r[c];
        }
        double[] time = new double[samples.size()], hottest = new double[samples.size()], back = new double[samples.size()];
        for (int s = 0; s < samples.size(); s++) {
            time[s] = samples.get(s)[0];
            hottest[s] = samples.get(s)[1];
            back[s] = samples.get(s)[2];
        }
        return new Result(rise, r[peakCell], peakCell, r[backgroundCell], backgroundCell, time, hottest, back, second.dt,
                samples.size() - 1);
    }
}
