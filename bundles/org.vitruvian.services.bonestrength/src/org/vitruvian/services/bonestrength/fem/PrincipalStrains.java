package org.vitruvian.services.bonestrength.fem;

/**
 * Strain at the centre of every element, from a solution's displacements. For a trilinear cube
 * the centre value equals the element's mean strain. The principal strains are the eigenvalues
 * of the strain tensor, largest first.
 *
 * @param maximum largest principal strain per element (most tensile)
 * @param minimum smallest principal strain per element (most compressive)
 * @param tensors the six strain components per element: xx, yy, zz, xy, yz, zx, tensor (not
 *        engineering) shears
 */
public record PrincipalStrains(float[] maximum, float[] minimum, double[] tensors) {

    /** Strains of every element of {@code model} under the nodal {@code displacement}. */
    public static PrincipalStrains of(VoxelModel model, double[] displacement) {
        int elements = model.elementCount();
        float[] maximum = new float[elements];
        float[] minimum = new float[elements];
        double[] tensors = new double[6 * elements];
        int[] pairs = model.cornerPairs();
        double factor = -1 / (4 * model.elementSize());
        double[] walsh = new double[24];
        double[] eigen = new double[3];
        int[] base = new int[4];
        double[] p = new double[8];
        for (int e = 0; e < elements; e++) {
            for (int k = 0; k < 4; k++) {
                base[k] = 3 * pairs[4 * e + k];
            }
            for (int c = 0; c < 3; c++) {
                for (int k = 0; k < 4; k++) {
                    p[2 * k] = displacement[base[k] + c];
                    p[2 * k + 1] = displacement[base[k] + 3 + c];
                }
                for (int m = 0; m < 8; m++) {
                    double sum = 0;
                    for (int position = 0; position < 8; position++) {
                        sum += (Integer.bitCount(m & position) % 2 == 0 ? 1 : -1) * p[position];
                    }
                    walsh[3 * m + c] = sum;
                }
            }
            // The x-gradient of a trilinear field at the centre is minus its x Walsh mode / (4 h).
            double exx = factor * walsh[3 * 1];
            double eyy = factor * walsh[3 * 2 + 1];
            double ezz = factor * walsh[3 * 4 + 2];
            double exy = 0.5 * factor * (walsh[3 * 2] + walsh[3 * 1 + 1]);
            double eyz = 0.5 * factor * (walsh[3 * 4 + 1] + walsh[3 * 2 + 2]);
            double ezx = 0.5 * factor * (walsh[3 * 1 + 2] + walsh[3 * 4]);
            tensors[6 * e] = exx;
            tensors[6 * e + 1] = eyy;
            tensors[6 * e + 2] = ezz;
            tensors[6 * e + 3] = exy;
            tensors[6 * e + 4] = eyz;
            tensors[6 * e + 5] = ezx;
            symmetricEigenvalues(exx, eyy, ezz, exy, eyz, ezx, eigen);
            maximum[e] = (float) eigen[0];
            minimum[e] = (float) eigen[2];
        }
        return new PrincipalStrains(maximum, minimum, tensors);
    }

    /**
     * Eigenvalues of a symmetric 3x3 matrix, largest first, by the trigonometric solution of the
     * characteristic cubic (Smith 1961), which needs no iteration.
     */
    public static void symmetricEigenvalues(double a, double b, double c, double d, double e, double f, double[] out) {
        double p1 = d * d + e * e + f * f;
        double mean = (a + b + c) / 3;
        double aa = a - mean;
        double bb = b - mean;
        double cc = c - mean;
        double p2 = aa * aa + bb * bb + cc * cc + 2 * p1;
        if (p2 == 0) {
            out[0] = mean;
            out[1] = mean;
            out[2] = mean;
            return;
        }
        double p = Math.sqrt(p2 / 6);
        // det((A - mean I) / p) / 2
        double det = (aa * (bb * cc - e * e) - d * (d * cc - e * f) + f * (d * e - bb * f)) / (p * p * p);
        double r = Math.max(-1, Math.min(1, det / 2));
        double phi = Math.acos(r) / 3;
        out[0] = mean + 2 * p * Math.cos(phi);
        out[2] = mean + 2 * p * Math.cos(phi + 2 * Math.PI / 3);
        out[1] = 3 * mean - out[0] - out[2];
    }
}
