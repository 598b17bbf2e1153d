package org.vitruvian.services.bonestrength.internal;

/**
 * The stiffness of an 8-node trilinear hexahedron that is a cube of unit edge and unit Young's
 * modulus. Voxel elements are identical cubes, so every element's stiffness is this matrix
 * times its modulus and edge length, and the solver never stores one per element.
 *
 * <p>Nodes are numbered by position {@code p = bx + 2 by + 4 bz}, where {@code bx, by, bz} are
 * 0 at the cube's low and 1 at its high face; degree of freedom {@code 3 p + c} is component
 * {@code c} (x, y, z) of node {@code p}. That order lets the solver read an element's nodes as
 * four pairs of neighbours along x, which sit next to each other in memory.
 *
 * <p>The cube is symmetric under reflection across its three mid-planes, so in the basis of
 * Walsh modes (sums and differences of nodal values across each mid-plane) the matrix splits
 * into eight 3x3 blocks. Applying it as Walsh transform, eight small blocks and the transform
 * back takes about 250 floating-point operations instead of the 1152 of the dense 24x24 product.
 *
 * <p>The same symmetry leaves only eight distinct numbers in those blocks (see {@link Coefficients}),
 * and three Walsh modes, the rigid translations, carry no stiffness at all; the solver's product
 * uses that to spend about 150 operations per element.
 */
public final class HexStiffness {

    /** VTK_HEXAHEDRON corner {@code i} is position {@code VTK_TO_POSITION[i]}. */
    public static final int[] VTK_TO_POSITION = { 0, 1, 3, 2, 4, 5, 7, 6 };

    private final double poisson;
    private final double[] dense = new double[24 * 24];
    private final double[] blocks = new double[72];
    private final double[] diagonal = new double[24];

    public HexStiffness(double poisson) {
        if (!(poisson >= 0 && poisson < 0.5)) {
            throw new IllegalArgumentException("Poisson's ratio must lie in [0, 0.5): " + poisson);
        }
        this.poisson = poisson;
        integrate();
        splitIntoWalshBlocks();
        for (int i = 0; i < 24; i++) {
            diagonal[i] = dense[i * 24 + i];
        }
    }

    public double poisson() {
        return poisson;
    }

    /** Row-major 24x24 matrix for unit modulus and unit edge. */
    public double[] dense() {
        return dense.clone();
    }

    /** The eight 3x3 Walsh blocks, already divided by 64 so that {@code K = W B W}. */
    public double[] walshBlocks() {
        return blocks.clone();
    }

    public double[] diagonal() {
        return diagonal.clone();
    }

    /**
     * The eight numbers the Walsh blocks are made of, for unit modulus and edge, already divided by
     * 64. With {@code x, y, z} the block's three unknowns (x of mode s^1, y of mode s^2, z of mode s^4):
     * <ul>
     * <li>blocks 0 and 7 (uniform stretch and its alternating twin) are {@code [a b b; b a b; b b a]},
     * with {@code a0, b0} and {@code a7, b7};
     * <li>blocks 1, 2 and 4 couple the two unknowns that are not a rigid translation as
     * {@code [c d; d c]};
     * <li>blocks 3, 5 and 6 couple two unknowns as {@code f [1 1; 1 1]} and leave the third alone
     * with {@code g}: x, y in block 3, x, z in block 5, y, z in block 6.
     * </ul>
     */
    public record Coefficients(double a0, double b0, double a7, double b7, double c, double d, double f, double g) {
    }

    /** The blocks' eight numbers; fails if the blocks do not have the cube's pattern, which would be a bug. */
    public Coefficients coefficients() {
        Coefficients k = new Coefficients(blocks[0], blocks[1], blocks[63], blocks[64], blocks[9 + 4], blocks[9 + 5],
                blocks[27], blocks[27 + 8]);
        double[][] expected = {
                { k.a0, k.b0, k.b0, k.b0, k.a0, k.b0, k.b0, k.b0, k.a0 },
                { 0, 0, 0, 0, k.c, k.d, 0, k.d, k.c },
                { k.c, 0, k.d, 0, 0, 0, k.d, 0, k.c },
                { k.f, k.f, 0, k.f, k.f, 0, 0, 0, k.g },
                { k.c, k.d, 0, k.d, k.c, 0, 0, 0, 0 },
                { k.f, 0, k.f, 0, k.g, 0, k.f, 0, k.f },
                { k.g, 0, 0, 0, k.f, k.f, 0, k.f, k.f },
                { k.a7, k.b7, k.b7, k.b7, k.a7, k.b7, k.b7, k.b7, k.a7 } };
        double largest = 0;
        for (double value : blocks) {
            largest = Math.max(largest, Math.abs(value));
        }
        for (int s = 0; s < 8; s++) {
            for (int i = 0; i < 9; i++) {
                if (Math.abs(blocks[9 * s + i] - expected[s][i]) > 1e-12 * largest) {
                    throw new IllegalStateException("Walsh block " + s + " does not have the cube's pattern");
                }
            }
        }
        return k;
    }

    /** Derivative of position {@code p}'s shape function along {@code axis}, at a point of the unit cube. */
    static double shapeDerivative(int p, int axis, double x, double y, double z) {
        double[] t = { x, y, z };
        double value = 1;
        for (int a = 0; a < 3; a++) {
            int bit = (p >> a) & 1;
            if (a == axis) {
                value *= bit == 1 ? 1 : -1;
            } else {
                value *= bit == 1 ? t[a] : 1 - t[a];
            }
        }
        return value;
    }

    /** Two-point Gauss rule per axis: exact for the trilinear cube, whose integrand is quadratic per axis. */
    private void integrate() {
        double lambda = poisson / ((1 + poisson) * (1 - 2 * poisson));
        double mu = 1 / (2 * (1 + poisson));
        double[][] d = new double[6][6];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                d[i][j] = lambda + (i == j ? 2 * mu : 0);
            }
            d[i + 3][i + 3] = mu;
        }
        double g = 0.5 / Math.sqrt(3);
        double[] points = { 0.5 - g, 0.5 + g };
        double weight = 1.0 / 8;
        for (double x : points) {
            for (double y : points) {
                for (double z : points) {
                    double[][] b = strainDisplacement(x, y, z);
                    for (int i = 0; i < 24; i++) {
                        for (int j = 0; j < 24; j++) {
                            double sum = 0;
                            for (int r = 0; r < 6; r++) {
                                for (int s = 0; s < 6; s++) {
                                    sum += b[r][i] * d[r][s] * b[s][j];
                                }
                            }
                            dense[i * 24 + j] += weight * sum;
                        }
                    }
                }
            }
        }
    }

    /** Strains (xx, yy, zz, xy, yz, zx; engineering shears) from the 24 nodal displacements. */
    static double[][] strainDisplacement(double x, double y, double z) {
        double[][] b = new double[6][24];
        for (int p = 0; p < 8; p++) {
            double dx = shapeDerivative(p, 0, x, y, z);
            double dy = shapeDerivative(p, 1, x, y, z);
            double dz = shapeDerivative(p, 2, x, y, z);
            b[0][3 * p] = dx;
            b[1][3 * p + 1] = dy;
            b[2][3 * p + 2] = dz;
            b[3][3 * p] = dy;
            b[3][3 * p + 1] = dx;
            b[4][3 * p + 1] = dz;
            b[4][3 * p + 2] = dy;
            b[5][3 * p] = dz;
            b[5][3 * p + 2] = dx;
        }
        return b;
    }

    private void splitIntoWalshBlocks() {
        double[] w = new double[24 * 24];
        for (int m = 0; m < 8; m++) {
            for (int p = 0; p < 8; p++) {
                double sign = Integer.bitCount(m & p) % 2 == 0 ? 1 : -1;
                for (int c = 0; c < 3; c++) {
                    w[(3 * m + c) * 24 + 3 * p + c] = sign;
                }
            }
        }
        double[] transformed = multiply(multiply(w, dense), w);
        double largest = 0;
        for (double v : transformed) {
            largest = Math.max(largest, Math.abs(v));
        }
        boolean[] inBlock = new boolean[24 * 24];
        for (int s = 0; s < 8; s++) {
            int[] dofs = blockDofs(s);
            for (int r = 0; r < 3; r++) {
                for (int c = 0; c < 3; c++) {
                    blocks[9 * s + 3 * r + c] = transformed[dofs[r] * 24 + dofs[c]] / 64;
                    inBlock[dofs[r] * 24 + dofs[c]] = true;
                }
            }
        }
        for (int i = 0; i < transformed.length; i++) {
            if (!inBlock[i] && Math.abs(transformed[i]) > 1e-12 * largest) {
                throw new IllegalStateException("the cube stiffness is not block diagonal in the Walsh basis");
            }
        }
    }

    /** Walsh-basis degrees of freedom of block {@code s}: x of mode s^1, y of mode s^2, z of mode s^4. */
    static int[] blockDofs(int s) {
        return new int[] { 3 * (s ^ 1), 3 * (s ^ 2) + 1, 3 * (s ^ 4) + 2 };
    }

    private static double[] multiply(double[] a, double[] b) {
        double[] c = new double[24 * 24];
        for (int i = 0; i < 24; i++) {
            for (int k = 0; k < 24; k++) {
                double aik = a[i * 24 + k];
                if (aik != 0) {
                    for (int j = 0; j < 24; j++) {
                        c[i * 24 + j] += aik * b[k * 24 + j];
                    }
                }
            }
        }
        return c;
    }
}
