package org.vitruvian.services.mriheating.fields;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

import org.vitruvian.services.mriheating.ProgressListener;

/**
 * A three-dimensional Yee finite-difference time-domain solver on a uniform grid (Yee 1966;
 * Taflove and Hagness, Computational Electrodynamics, 3rd ed., ch. 3), for one frequency in
 * steady state: lossy isotropic dielectrics (the semi-implicit conductivity term of Taflove and
 * Hagness eq. 3.28), perfectly conducting edges, impressed current elements, and per axis either a
 * convolutional PML (Roden and Gedney 2000, with kappa = 1 and a complex-frequency-shift alpha),
 * a perfectly conducting wall, or periodicity. Fields are {@code float}: the solver is bound by
 * memory traffic, and single precision carries the 1e-4 relative accuracy a SAR map needs.
 *
 * <p>Every field component lives in an array of (nx+1)(ny+1)(nz+1) values, index
 * {@code (i*(ny+1)+j)*(nz+1)+k}: Ex[i,j,k] = Ex(i+1/2, j, k), Ey = Ey(i, j+1/2, k),
 * Ez = Ez(i, j, k+1/2), Hx = Hx(i, j+1/2, k+1/2), Hy = Hy(i+1/2, j, k+1/2), Hz = Hz(i+1/2, j+1/2, k).
 * The field is driven by a sinusoid switched on over a few periods; after the last period the
 * complex amplitude of E is formed from four samples a quarter period apart, which removes any
 * static part and every even harmonic of what has not settled yet.
 */
public final class Fdtd {

    public static final double C0 = 299_792_458.0;
    public static final double MU0 = 4e-7 * Math.PI;
    public static final double EPS0 = 1 / (MU0 * C0 * C0);
    public static final double ETA0 = MU0 * C0;

    public enum Boundary {
        ABSORBING, CONDUCTING, PERIODIC
    }

    /** One component of an edge: 0 x, 1 y, 2 z. */
    public record Edge(int component, int index) {
    }

    public final int nx, ny, nz;
    public final double h;
    public final double frequency;
    public final double dt;
    /** Time steps per period, a multiple of four. */
    public final int stepsPerPeriod;
    final int sx, sy, size;
    final float[] ex, ey, ez, hx, hy, hz;
    final float[] cax, cbx, cay, cby, caz, cbz;
    final float ch;
    private final Boundary[] boundaries;
    private final int absorbingCells;
    private final List<Slab> slabs = new ArrayList<>();
    private final int threads;
    private int axisOfNextSlab;
    // Impressed currents: edge, component and complex amplitude (A).
    private int[] sourceIndex = new int[0];
    private byte[] sourceComponent = new byte[0];
    private double[] sourceRe = new double[0], sourceIm = new double[0];
    // Edges held at a prescribed field (scattered-field formulation): complex amplitude (V/m).
    private int[] drivenIndex = new int[0];
    private byte[] drivenComponent = new byte[0];
    private double[] drivenRe = new double[0], drivenIm = new double[0];
    private double rampPeriods = 1.5;
    private long cellUpdates;

    /**
     * @param epsR relative permittivity per cell, index (i*ny+j)*nz+k
     * @param sigma conductivity per cell, S/m
     * @param conductor per node, bits 1, 2, 4: the x, y, z edge from this node is a perfect conductor
     * @param absorbingCells CPML thickness for ABSORBING axes
     * @param backgroundEpsR relative permittivity the CPML is graded for (the medium that enters it)
     */
    public Fdtd(int nx, int ny, int nz, double h, float[] epsR, float[] sigma, byte[] conductor, double frequency,
            Boundary[] boundaries, int absorbingCells, double backgroundEpsR, int threads) {
        this.nx = nx;
        this.ny = ny;
        this.nz = nz;
        this.h = h;
        this.frequency = frequency;
        this.boundaries = boundaries.clone();
        this.absorbingCells = absorbingCells;
        this.threads = Math.max(1, threads);
        double period = 1 / frequency;
        double dtMax = 0.99 * h / (C0 * Math.sqrt(3));
        this.stepsPerPeriod = 4 * (int) Math.ceil(period / dtMax / 4);
        this.dt = period / stepsPerPeriod;
        sy = nz + 1;
        sx = (ny + 1) * (nz + 1);
        size = (nx + 1) * sx;
        ex = new float[size];
        ey = new float[size];
        ez = new float[size];
        hx = new float[size];
        hy = new float[size];
        hz = new float[size];
        cax = new float[size];
        cbx = new float[size];
        cay = new float[size];
        cby = new float[size];
        caz = new float[size];
        cbz = new float[size];
        ch = (float) (dt / (MU0 * h));
        coefficients(epsR, sigma, conductor);
        for (int axis = 0; axis < 3; axis++) {
            if (boundaries[axis] == Boundary.ABSORBING) {
                axisOfNextSlab = axis; // read by the slab's field initialisers, which run before its constructor body
                slabs.add(new Slab(axis, false, backgroundEpsR));
                slabs.add(new Slab(axis, true, backgroundEpsR));
            }
        }
    }

    private int n(int i, int j, int k) {
        return i * sx + j * sy + k;
    }

    private int cells(int axis) {
        return axis == 0 ? nx : axis == 1 ? ny : nz;
    }

    /** Whether node coordinate c on an axis is a valid position for an E component tangential to that axis' walls. */
    private boolean nodeValid(int axis, int c) {
        int n = cells(axis);
        return boundaries[axis] == Boundary.PERIODIC ? c >= 0 && c <= n : c > 0 && c < n;
    }

    private void coefficients(float[] epsR, float[] sigma, byte[] conductor) {
        for (int i = 0; i <= nx; i++) {
            for (int j = 0; j <= ny; j++) {
                for (int k = 0; k <= nz; k++) {
                    int n = n(i, j, k);
                    // Ex(i+1/2, j, k): cells (i, j-1..j, k-1..k)
                    if ((i < nx || boundaries[0] == Boundary.PERIODIC) && nodeValid(1, j) && nodeValid(2, k)) {
                        set(cax, cbx, n, average(epsR, sigma, i % nx, i % nx, j - 1, j, k - 1, k), (conductor[n] & 1) != 0);
                    }
                    if ((j < ny || boundaries[1] == Boundary.PERIODIC) && nodeValid(0, i) && nodeValid(2, k)) {
                        set(cay, cby, n, average(epsR, sigma, i - 1, i, j % ny, j % ny, k - 1, k), (conductor[n] & 2) != 0);
                    }
                    if ((k < nz || boundaries[2] == Boundary.PERIODIC) && nodeValid(0, i) && nodeValid(1, j)) {
                        set(caz, cbz, n, average(epsR, sigma, i - 1, i, j - 1, j, k % nz, k % nz), (conductor[n] & 4) != 0);
                    }
                }
            }
        }
    }

    private double[] average(float[] epsR, float[] sigma, int i0, int i1, int j0, int j1, int k0, int k1) {
        double e = 0, s = 0;
        int count = 0;
        for (int i = i0; i <= i1; i++) {
            for (int j = j0; j <= j1; j++) {
                for (int k = k0; k <= k1; k++) {
                    int ii = wrap(0, i), jj = wrap(1, j), kk = wrap(2, k);
                    if (ii < 0 || jj < 0 || kk < 0) {
                        continue;
                    }
                    int c = (ii * ny + jj) * nz + kk;
                    e += epsR[c];
                    s += sigma[c];
                    count++;
                }
            }
        }
        return new double[] { e / count, s / count };
    }

    private int wrap(int axis, int c) {
        int n = cells(axis);
        if (c >= 0 && c < n) {
            return c;
        }
        return boundaries[axis] == Boundary.PERIODIC ? Math.floorMod(c, n) : -1;
    }

    private void set(float[] ca, float[] cb, int n, double[] medium, boolean pec) {
        if (pec) {
            return; // stays 0: E on a perfect conductor never changes from zero
        }
        double eps = medium[0] * EPS0;
        double loss = medium[1] * dt / (2 * eps);
        ca[n] = (float) ((1 - loss) / (1 + loss));
        cb[n] = (float) (dt / (eps * h) / (1 + loss));
    }

    /** Adds an impressed current element on an edge: complex amplitude in amperes (I(t) = Re(I e^{jwt})). */
    public void addCurrent(Edge edge, double re, double im) {
        int m = sourceIndex.length;
        sourceIndex = java.util.Arrays.copyOf(sourceIndex, m + 1);
        sourceComponent = java.util.Arrays.copyOf(sourceComponent, m + 1);
        sourceRe = java.util.Arrays.copyOf(sourceRe, m + 1);
        sourceIm = java.util.Arrays.copyOf(sourceIm, m + 1);
        sourceIndex[m] = edge.index();
        sourceComponent[m] = (byte) edge.component();
        sourceRe[m] = re;
        sourceIm[m] = im;
    }

    /** Holds the field of an edge at Re(value e^{jwt}) (V/m): the scattered field on a conductor in a known incident field. */
    public void drive(Edge edge, double re, double im) {
        int m = drivenIndex.length;
        drivenIndex = java.util.Arrays.copyOf(drivenIndex, m + 1);
        drivenComponent = java.util.Arrays.copyOf(drivenComponent, m + 1);
        drivenRe = java.util.Arrays.copyOf(drivenRe, m + 1);
        drivenIm = java.util.Arrays.copyOf(drivenIm, m + 1);
        drivenIndex[m] = edge.index();
        drivenComponent[m] = (byte) edge.component();
        drivenRe[m] = re;
        drivenIm[m] = im;
    }

    public void setRampPeriods(double periods) {
        this.rampPeriods = periods;
    }

    public int index(int i, int j, int k) {
        return n(i, j, k);
    }

    float[] e(int component) {
        return component == 0 ? ex : component == 1 ? ey : ez;
    }

    float[] h(int component) {
        return component == 0 ? hx : component == 1 ? hy : hz;
    }

    float[] cb(int component) {
        return component == 0 ? cbx : component == 1 ? cby : cbz;
    }

    public long cellUpdates() {
        return cellUpdates;
    }

    private double ramp(double t) {
        double tr = rampPeriods / frequency;
        return t >= tr ? 1 : 0.5 * (1 - Math.cos(Math.PI * t / tr));
    }

    /** A probe of complex amplitudes: E on given edges, or the current through the loop of H around z-edges. */
    public interface Sampler {
        /** Called at E times a quarter period apart; quarter = 0..3 of the period that ends at the last step. */
        void sample(int period, int quarter);
    }

    /**
     * Runs {@code periods} periods and returns the complex amplitude of E over the whole grid from the
     * last one, and that of the second-last one's absorbed-power measure for the convergence check.
     */
    public Phasors run(int periods, ProgressListener progress, Sampler... samplers) {
        int total = periods * stepsPerPeriod;
        Phasors last = new Phasors(this);
        Phasors previous = periods >= 2 ? new Phasors(this) : null;
        int q = stepsPerPeriod / 4;
        double omega = 2 * Math.PI * frequency;
        long started = System.nanoTime();
        for (int s = 0; s < total; s++) {
            updateH();
            updateE();
            double tJ = (s + 0.5) * dt;
            double ramp = ramp(tJ);
            double cos = Math.cos(omega * tJ) * ramp, sin = Math.sin(omega * tJ) * ramp;
            for (int m = 0; m < sourceIndex.length; m++) {
                double current = sourceRe[m] * cos - sourceIm[m] * sin;
                int idx = sourceIndex[m];
                float[] field = e(sourceComponent[m]);
                field[idx] -= (float) (cb(sourceComponent[m])[idx] * current / h);
            }
            if (drivenIndex.length > 0) {
                double tE = (s + 1) * dt;
                double rampE = ramp(tE);
                double c = Math.cos(omega * tE) * rampE, sn = Math.sin(omega * tE) * rampE;
                for (int m = 0; m < drivenIndex.length; m++) {
                    e(drivenComponent[m])[drivenIndex[m]] = (float) (drivenRe[m] * c - drivenIm[m] * sn);
                }
            }
            periodicE();
            int e = s + 1; // E now holds time e*dt
            int fromEnd = total - e;
            if (fromEnd > 0 && fromEnd <= 2 * stepsPerPeriod && fromEnd % q == 0) {
                int period = fromEnd > stepsPerPeriod ? periods - 2 : periods - 1;
                int quarter = (4 - (fromEnd % stepsPerPeriod) / q) % 4;
                Phasors target = period == periods - 1 ? last : previous;
                if (target != null) {
                    target.accumulate(quarter);
                    for (Sampler sampler : samplers) {
                        sampler.sample(period, quarter);
                    }
                }
            }
            cellUpdates += (long) nx * ny * nz;
            if ((s & 63) == 0 || s == total - 1) {
                double seconds = (System.nanoTime() - started) / 1e9;
                progress.progress((s + 1.0) / total, String.format(java.util.Locale.ROOT,
                        "time step %d of %d (period %d of %d), %.0f M cell updates/s", s + 1, total,
                        s / stepsPerPeriod + 1, periods, seconds > 0 ? cellUpdates / seconds / 1e6 : 0));
            }
        }
        last.previous = previous;
        return last;
    }

    private void parallel(int from, int to, IntConsumer body) {
        int count = to - from;
        if (count <= 0) {
            return;
        }
        int parts = Math.min(threads, count);
        if (parts == 1) {
            for (int i = from; i < to; i++) {
                body.accept(i);
            }
            return;
        }
        IntStream.range(0, parts).parallel().forEach(p -> {
            int a = from + (int) ((long) count * p / parts);
            int b = from + (int) ((long) count * (p + 1) / parts);
            for (int i = a; i < b; i++) {
                body.accept(i);
            }
        });
    }

    private void updateH() {
        final float c = ch;
        parallel(0, nx, i -> {
            for (int j = 0; j < ny; j++) {
                int base = i * sx + j * sy;
                int end = base + nz;
                for (int n = base; n < end; n++) {
                    hx[n] -= c * ((ez[n + sy] - ez[n]) - (ey[n + 1] - ey[n]));
                    hy[n] -= c * ((ex[n + 1] - ex[n]) - (ez[n + sx] - ez[n]));
                    hz[n] -= c * ((ey[n + sx] - ey[n]) - (ex[n + sy] - ex[n]));
                }
            }
        });
        for (Slab slab : slabs) {
            slab.correctH();
        }
        periodicH();
    }

    private void updateE() {
        int nxE = boundaries[0] == Boundary.PERIODIC ? nx : nx - 1;
        int nyE = boundaries[1] == Boundary.PERIODIC ? ny : ny - 1;
        int nzE = boundaries[2] == Boundary.PERIODIC ? nz : nz - 1;
        parallel(1, nxE + 1, i -> {
            for (int j = 1; j <= nyE; j++) {
                int base = i * sx + j * sy;
                int start = base + 1, end = base + nzE + 1;
                for (int n = start; n < end; n++) {
                    ex[n] = cax[n] * ex[n] + cbx[n] * ((hz[n] - hz[n - sy]) - (hy[n] - hy[n - 1]));
                    ey[n] = cay[n] * ey[n] + cby[n] * ((hx[n] - hx[n - 1]) - (hz[n] - hz[n - sx]));
                    ez[n] = caz[n] * ez[n] + cbz[n] * ((hy[n] - hy[n - sx]) - (hx[n] - hx[n - sy]));
                }
            }
        });
        // The planes the fused loop leaves out: Ex at i = 0, Ey at j = 0, Ez at k = 0.
        for (int j = 1; j <= nyE; j++) {
            for (int k = 1; k <= nzE; k++) {
                int n = j * sy + k;
                ex[n] = cax[n] * ex[n] + cbx[n] * ((hz[n] - hz[n - sy]) - (hy[n] - hy[n - 1]));
            }
        }
        for (int i = 1; i <= nxE; i++) {
            for (int k = 1; k <= nzE; k++) {
                int n = i * sx + k;
                ey[n] = cay[n] * ey[n] + cby[n] * ((hx[n] - hx[n - 1]) - (hz[n] - hz[n - sx]));
            }
        }
        for (int i = 1; i <= nxE; i++) {
            for (int j = 1; j <= nyE; j++) {
                int n = i * sx + j * sy;
                ez[n] = caz[n] * ez[n] + cbz[n] * ((hy[n] - hy[n - sx]) - (hx[n] - hx[n - sy]));
            }
        }
        for (Slab slab : slabs) {
            slab.correctE();
        }
    }

    /** Periodic axes: H of the first half-cell plane is also the ghost plane past the last. */
    private void periodicH() {
        for (int axis = 0; axis < 3; axis++) {
            if (boundaries[axis] == Boundary.PERIODIC) {
                copyPlane(axis, 0, cells(axis), hx, hy, hz);
            }
        }
    }

    /** Periodic axes: E of the last node plane is that of the first. */
    private void periodicE() {
        for (int axis = 0; axis < 3; axis++) {
            if (boundaries[axis] == Boundary.PERIODIC) {
                copyPlane(axis, cells(axis), 0, ex, ey, ez);
            }
        }
    }

    private void copyPlane(int axis, int from, int to, float[]... arrays) {
        for (int a = 0; a <= (axis == 0 ? 0 : nx); a++) {
            for (int b = 0; b <= (axis == 1 ? 0 : ny); b++) {
                for (int c = 0; c <= (axis == 2 ? 0 : nz); c++) {
                    int src = n(axis == 0 ? from : a, axis == 1 ? from : b, axis == 2 ? from : c);
                    int dst = n(axis == 0 ? to : a, axis == 1 ? to : b, axis == 2 ? to : c);
                    for (float[] array : arrays) {
                        array[dst] = array[src];
                    }
                }
            }
        }
    }

    /**
     * One end of one axis of the convolutional PML: auxiliary fields psi for the two E and two H
     * components whose curl has a derivative along the axis, over the layer's full cross-section.
     */
    private final class Slab {
        final int axis;
        final int start; // first node-plane coordinate of the layer
        final int planes; // node planes held: absorbingCells + 1
        final int stride; // stride of the axis in the field arrays
        final float[] bE, cE, bH, cH; // per plane: E at node planes, H at half planes above them
        final float[] psiE1, psiE2, psiH1, psiH2;
        final int planeSize;

        Slab(int axis, boolean high, double backgroundEpsR) {
            this.axis = axis;
            int n = cells(axis);
            int layer = absorbingCells;
            planes = layer + 1;
            start = high ? n - layer : 0;
            stride = axis == 0 ? sx : axis == 1 ? sy : 1;
            planeSize = size / ((axis == 0 ? nx : axis == 1 ? ny : nz) + 1);
            bE = new float[planes];
            cE = new float[planes];
            bH = new float[planes];
            cH = new float[planes];
            int m = 3;
            double sigmaMax = 0.8 * (m + 1) / (ETA0 * h * Math.sqrt(backgroundEpsR));
            double alphaMax = 2 * Math.PI * frequency * EPS0 * 0.1;
            for (int p = 0; p < planes; p++) {
                int c = start + p;
                double depthE = high ? c - (n - layer) : layer - c;
                double depthH = high ? c + 0.5 - (n - layer) : layer - (c + 0.5);
                coefficients(depthE / layer, sigmaMax, alphaMax, bE, cE, p);
                coefficients(depthH / layer, sigmaMax, alphaMax, bH, cH, p);
            }
            psiE1 = new float[planes * planeSize];
            psiE2 = new float[planes * planeSize];
            psiH1 = new float[planes * planeSize];
            psiH2 = new float[planes * planeSize];
        }

        private void coefficients(double depth, double sigmaMax, double alphaMax, float[] b, float[] c, int p) {
            if (depth <= 0 || depth > 1) {
                b[p] = 0;
                c[p] = 0;
                return;
            }
            double sigma = sigmaMax * Math.pow(depth, 3);
            double alpha = alphaMax * (1 - depth);
            double bb = Math.exp(-(sigma + alpha) * dt / EPS0);
            b[p] = (float) bb;
            c[p] = (float) (sigma / (sigma + alpha) * (bb - 1));
        }

        /** Index of psi for field index n at plane p (x: planes are contiguous blocks; y, z: innermost where cheap). */
        private int psi(int i, int j, int k, int p) {
            return switch (axis) {
                case 0 -> p * sx + j * sy + k;
                case 1 -> (i * planes + p) * sy + k;
                default -> (i * (ny + 1) + j) * planes + p;
            };
        }

        // E side. axis x -> (Ey: -dHz/dx, Ez: +dHy/dx); y -> (Ex: +dHz/dy, Ez: -dHx/dy); z -> (Ex: -dHy/dz, Ey: +dHx/dz)
        private final float[] e1 = axis() == 0 ? ey : ex, e2 = axis() == 2 ? ey : ez;
        private final float[] cb1 = axis() == 0 ? cby : cbx, cb2 = axis() == 2 ? cby : cbz;
        private final float[] dh1 = axis() == 2 ? hy : hz, dh2 = axis() == 0 ? hy : hx;
        private final float se1 = axis() == 1 ? 1f : -1f, se2 = axis() == 1 ? -1f : 1f;
        // H side. axis x -> (Hy: +dEz/dx, Hz: -dEy/dx); y -> (Hx: -dEz/dy, Hz: +dEx/dy); z -> (Hx: +dEy/dz, Hy: -dEx/dz)
        private final float[] h1 = axis() == 0 ? hy : hx, h2 = axis() == 2 ? hy : hz;
        private final float[] de1 = axis() == 2 ? ey : ez, de2 = axis() == 0 ? ey : ex;
        private final float sh1 = axis() == 1 ? -ch : ch, sh2 = axis() == 1 ? ch : -ch;

        private int axis() {
            return axisOfNextSlab;
        }

        void correctE() {
            sweep(true, start == 0 ? 1 : 0, planes, bE, cE); // the wall plane itself holds no tangential E
        }

        void correctH() {
            sweep(false, 0, planes - 1, bH, cH);
        }

        private void step(boolean electric, int n, int s, float b, float c) {
            if (electric) {
                psiE1[s] = b * psiE1[s] + c * (dh1[n] - dh1[n - stride]);
                psiE2[s] = b * psiE2[s] + c * (dh2[n] - dh2[n - stride]);
                e1[n] += se1 * cb1[n] * psiE1[s];
                e2[n] += se2 * cb2[n] * psiE2[s];
            } else {
                psiH1[s] = b * psiH1[s] + c * (de1[n + stride] - de1[n]);
                psiH2[s] = b * psiH2[s] + c * (de2[n + stride] - de2[n]);
                h1[n] += sh1 * psiH1[s];
                h2[n] += sh2 * psiH2[s];
            }
        }

        /** Visits every position of planes pLo..pHi-1 with its field and psi index, innermost index contiguous. */
        private void sweep(boolean electric, int pLo, int pHi, float[] bs, float[] cs) {
            if (axis == 0) {
                parallel(pLo, pHi, p -> {
                    float b = bs[p], c = cs[p];
                    if (b == 0) {
                        return;
                    }
                    int base = (start + p) * sx;
                    for (int q = 0; q < sx; q++) {
                        step(electric, base + q, p * sx + q, b, c);
                    }
                });
            } else if (axis == 1) {
                parallel(0, nx + 1, i -> {
                    for (int p = pLo; p < pHi; p++) {
                        float b = bs[p], c = cs[p];
                        if (b == 0) {
                            continue;
                        }
                        int base = i * sx + (start + p) * sy;
                        int sBase = psi(i, 0, 0, p);
                        for (int k = 0; k <= nz; k++) {
                            step(electric, base + k, sBase + k, b, c);
                        }
                    }
                });
            } else {
                parallel(0, nx + 1, i -> {
                    for (int j = 0; j <= ny; j++) {
                        int base = i * sx + j * sy + start;
                        int sBase = psi(i, j, 0, 0);
                        for (int p = pLo; p < pHi; p++) {
                            float b = bs[p];
                            if (b != 0) {
                                step(electric, base + p, sBase + p, b, cs[p]);
                            }
                        }
                    }
                });
            }
        }
    }
}
