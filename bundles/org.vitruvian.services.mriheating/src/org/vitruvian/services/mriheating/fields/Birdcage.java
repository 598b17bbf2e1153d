package org.vitruvian.services.mriheating.fields;

import java.util.ArrayList;
import java.util.List;

import org.vitruvian.services.mriheating.setup.VoxelGrid;

/**
 * An idealised birdcage body coil driven in quadrature: N straight rungs parallel to z on a
 * circle, rung n at azimuth phi_n = 2 pi n / N carrying I0 cos(wt - phi_n), as the homogeneous
 * mode of a birdcage does (Hayes et al. 1985), and two end rings whose segments carry what
 * Kirchhoff's law leaves: segment n, from rung n to rung n+1, carries the partial sum of the rung
 * currents up to n, less its mean. The currents are impressed on the grid's edges (rungs snapped
 * to the nearest node line, rings as staircases through the rung nodes), so the current is
 * divergence-free on the grid and no charge piles up. The coil's own resonance, its capacitors,
 * its shield and its coupling to the load are not modelled: the rung currents are what they are
 * told to be.
 */
public final class Birdcage {

    /** One current-carrying edge with its complex current for a rung amplitude of 1 A. */
    public record Element(Fdtd.Edge edge, double re, double im) {
    }

    private Birdcage() {
    }

    public static List<Element> elements(VoxelGrid g, Fdtd solver) {
        int rungs = g.layout.rungs();
        double radius = g.layout.coilRadius();
        double half = g.layout.coilLength() / 2;
        int[] ni = new int[rungs];
        int[] nj = new int[rungs];
        double[] iRe = new double[rungs];
        double[] iIm = new double[rungs];
        for (int n = 0; n < rungs; n++) {
            double phi = 2 * Math.PI * n / rungs;
            ni[n] = (int) Math.round((radius * Math.cos(phi) - g.x0) / g.cell);
            nj[n] = (int) Math.round((radius * Math.sin(phi) - g.y0) / g.cell);
            iRe[n] = Math.cos(phi);
            iIm[n] = -Math.sin(phi);
        }
        int k1 = (int) Math.round((-half - g.z0) / g.cell);
        int k2 = (int) Math.round((half - g.z0) / g.cell);
        List<Element> elements = new ArrayList<>();
        for (int n = 0; n < rungs; n++) {
            for (int k = k1; k < k2; k++) {
                elements.add(new Element(new Fdtd.Edge(2, solver.index(ni[n], nj[n], k)), iRe[n], iIm[n]));
            }
        }
        double[] aRe = new double[rungs];
        double[] aIm = new double[rungs];
        double sumRe = 0, sumIm = 0, meanRe = 0, meanIm = 0;
        for (int n = 0; n < rungs; n++) {
            sumRe += iRe[n];
            sumIm += iIm[n];
            aRe[n] = sumRe;
            aIm[n] = sumIm;
            meanRe += sumRe / rungs;
            meanIm += sumIm / rungs;
        }
        for (int n = 0; n < rungs; n++) {
            double re = aRe[n] - meanRe, im = aIm[n] - meanIm;
            int m = (n + 1) % rungs;
            ring(elements, solver, ni[n], nj[n], ni[m], nj[m], k2, re, im);
            ring(elements, solver, ni[n], nj[n], ni[m], nj[m], k1, -re, -im);
        }
        return elements;
    }

    /** A staircase of x- and y-edges from node (i, j) to (ti, tj) in the plane k, carrying the current (re, im) along it. */
    private static void ring(List<Element> elements, Fdtd solver, int i, int j, int ti, int tj, int k, double re,
            double im) {
        while (i != ti || j != tj) {
            int di = ti - i, dj = tj - j;
            if (Math.abs(di) >= Math.abs(dj)) {
                int step = Integer.signum(di);
                int from = step > 0 ? i : i - 1;
                elements.add(new Element(new Fdtd.Edge(0, solver.index(from, j, k)), step * re, step * im));
                i += step;
            } else {
                int step = Integer.signum(dj);
                int from = step > 0 ? j : j - 1;
                elements.add(new Element(new Fdtd.Edge(1, solver.index(i, from, k)), step * re, step * im));
                j += step;
            }
        }
    }
}
