package org.vitruvian.services.mriheating.fields;

/**
 * The complex amplitude of E on every edge, from four samples a quarter period apart:
 * Re = (e(0) - e(T/2)) / 2, Im = (e(3T/4) - e(T/4)) / 2, so that e(t) = Re(E e^{jwt}).
 */
public final class Phasors {

    private final Fdtd solver;
    final float[][] re = new float[3][];
    final float[][] im = new float[3][];
    /** The same amplitudes from the period before the last, to see whether the field had settled. */
    Phasors previous;

    Phasors(Fdtd solver) {
        this.solver = solver;
        for (int c = 0; c < 3; c++) {
            re[c] = new float[solver.size];
            im[c] = new float[solver.size];
        }
    }

    public Phasors previous() {
        return previous;
    }

    void accumulate(int quarter) {
        for (int c = 0; c < 3; c++) {
            float[] e = solver.e(c);
            float[] r = re[c];
            float[] m = im[c];
            switch (quarter) {
                case 0 -> {
                    for (int n = 0; n < e.length; n++) {
                        r[n] = 0.5f * e[n];
                    }
                }
                case 1 -> {
                    for (int n = 0; n < e.length; n++) {
                        m[n] = -0.5f * e[n];
                    }
                }
                case 2 -> {
                    for (int n = 0; n < e.length; n++) {
                        r[n] -= 0.5f * e[n];
                    }
                }
                default -> {
                    for (int n = 0; n < e.length; n++) {
                        m[n] += 0.5f * e[n];
                    }
                }
            }
        }
    }

    /** |E|^2 of one edge (peak amplitude squared). */
    public double magnitudeSquared(int component, int index) {
        double r = re[component][index], m = im[component][index];
        return r * r + m * m;
    }

    public double real(int component, int index) {
        return re[component][index];
    }

    public double imaginary(int component, int index) {
        return im[component][index];
    }

    /**
     * |E|^2 at a cell's centre (peak amplitudes): each component the mean of the complex values on
     * the cell's four edges of that direction, then squared, as IEC/IEEE 62704-1 interpolates the
     * Yee grid's E to voxel centres for SAR.
     */
    public double cellMagnitudeSquared(int i, int j, int k) {
        Fdtd s = solver;
        int n = i * s.sx + j * s.sy + k;
        return centred(0, n, n + s.sy, n + 1, n + s.sy + 1) + centred(1, n, n + s.sx, n + 1, n + s.sx + 1)
                + centred(2, n, n + s.sx, n + s.sy, n + s.sx + s.sy);
    }

    private double centred(int c, int a, int b, int d, int e) {
        float[] r = re[c], m = im[c];
        double x = (r[a] + r[b] + r[d] + r[e]) / 4, y = (m[a] + m[b] + m[d] + m[e]) / 4;
        return x * x + y * y;
    }
}
