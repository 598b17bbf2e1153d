package org.vitruvian.services.bonestrength.fem;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.vitruvian.services.bonestrength.ProgressListener;
import org.vitruvian.services.bonestrength.internal.HexStiffness;
import org.vitruvian.services.bonestrength.internal.WorkerTeam;

/**
 * Linear elasticity on a voxel model by the conjugate-gradient method with a Jacobi
 * preconditioner, without ever assembling the stiffness matrix: every product K p is summed
 * element by element from the one cube stiffness, scaled by each element's modulus and size.
 * A million elements then need a few hundred megabytes instead of the gigabytes an assembled
 * matrix takes, and each product reads the model once.
 *
 * <p>Threads work on slabs of element layers along z. Two slabs that are not neighbours share no
 * node, so the product runs in two phases, even slabs then odd ones, and no two threads ever add
 * into the same node at the same time: no locks and no atomic updates.
 */
public final class ElasticSolver implements AutoCloseable {

    private final VoxelModel model;
    private final HexStiffness stiffness;
    private final HexStiffness.Coefficients coefficients;
    private final double[] unitDiagonal;
    private final int[] pairs;
    private final float[] modulus;
    private final double size;
    private final int dofs;
    private final WorkerTeam team;
    private final boolean ownsTeam;
    private final int[] slabStart;
    private final double[][] scratch;
    private final double[] partial;
    /** Built once, so that the thousands of products of a solve create no objects. */
    private final java.util.function.IntConsumer productTask;
    private double[] productInput;
    private double[] productOutput;
    private int productPhase;

    /** A solver with a team of as many threads as this machine has processors. */
    public ElasticSolver(VoxelModel model, double poisson) {
        this(model, poisson, WorkerTeam.forThisMachine(), true);
    }

    public ElasticSolver(VoxelModel model, double poisson, int threads) {
        this(model, poisson, new WorkerTeam(threads), true);
    }

    private ElasticSolver(VoxelModel model, double poisson, WorkerTeam team, boolean ownsTeam) {
        this.model = model;
        this.stiffness = new HexStiffness(poisson);
        this.coefficients = stiffness.coefficients();
        this.unitDiagonal = stiffness.diagonal();
        this.pairs = model.cornerPairs();
        this.modulus = model.moduli();
        this.size = model.elementSize();
        this.dofs = 3 * model.nodeCount();
        this.team = team;
        this.ownsTeam = ownsTeam;
        this.slabStart = slabs(model, team.size());
        this.scratch = new double[team.size()][];
        this.partial = new double[team.size() * 8];
        this.productTask = this::productShare;
    }

    public VoxelModel model() {
        return model;
    }

    public int threads() {
        return team.size();
    }

    public int dofs() {
        return dofs;
    }

    /**
     * Slab boundaries in the element list: an even number of slabs of whole layers, balanced by
     * element count, so that slabs 0, 2, 4... never touch one another, nor do 1, 3, 5...
     */
    static int[] slabs(VoxelModel model, int threads) {
        int elements = model.elementCount();
        List<Integer> layerStarts = new ArrayList<>();
        int previous = -1;
        for (int e = 0; e < elements; e++) {
            int layer = model.layer(e);
            if (layer != previous) {
                layerStarts.add(e);
                previous = layer;
            }
        }
        int count = Math.min(2 * threads, layerStarts.size());
        if (count >= 2) {
            count -= count % 2;
        } else {
            count = 1;
        }
        int[] starts = new int[count + 1];
        starts[count] = elements;
        int layer = 0;
        for (int slab = 1; slab < count; slab++) {
            long target = (long) elements * slab / count;
            int lowest = layer + 1;
            int highest = layerStarts.size() - (count - slab);
            int chosen = lowest;
            while (chosen < highest && layerStarts.get(chosen) < target) {
                chosen++;
            }
            if (chosen > lowest && target - layerStarts.get(chosen - 1) < layerStarts.get(chosen) - target) {
                chosen--;
            }
            starts[slab] = layerStarts.get(chosen);
            layer = chosen;
        }
        return starts;
    }

    /** y = K u for the free model, no supports: for checks and benchmarks. */
    public void multiply(double[] u, double[] y) {
        checkLength(u);
        checkLength(y);
        Arrays.fill(y, 0);
        product(u, y);
    }

    /** Diagonal of K for the free model, no supports. */
    public double[] diagonal() {
        double[] diagonal = new double[dofs];
        int[] positions = { 0, 1, 2, 3, 4, 5, 6, 7 };
        for (int e = 0; e < model.elementCount(); e++) {
            double scale = modulus[e] * size;
            for (int p : positions) {
                int node = pairs[4 * e + (p >> 1)] + (p & 1);
                for (int c = 0; c < 3; c++) {
                    diagonal[3 * node + c] += scale * unitDiagonal[3 * p + c];
                }
            }
        }
        return diagonal;
    }

    /** Sums K u into y (which the caller cleared) and returns u . K u, both phases. */
    private double product(double[] u, double[] y) {
        Arrays.fill(partial, 0);
        productInput = u;
        productOutput = y;
        int slabs = slabStart.length - 1;
        for (int phase = 0; phase < Math.min(2, slabs); phase++) {
            productPhase = phase;
            team.run(productTask);
        }
        productInput = null;
        productOutput = null;
        double energy = 0;
        for (int t = 0; t < team.size(); t++) {
            energy += partial[8 * t];
        }
        return energy;
    }

    /** One member's share of a phase of the product; the operands come in fields, published by the team's barrier. */
    private void productShare(int member) {
        if (scratch[member] == null) {
            // Made by the thread that uses it, in its own allocation buffer, so that no two
            // members' work arrays share a cache line and write over each other's.
            scratch[member] = new double[48];
        }
        int slabs = slabStart.length - 1;
        for (int slab = productPhase + 2 * member; slab < slabs; slab += 2 * team.size()) {
            partial[8 * member] += multiplySlab(slabStart[slab], slabStart[slab + 1], productInput, productOutput,
                    scratch[member]);
        }
    }
    /**
     * The element loop: Walsh transform of the element's displacements, the eight 3x3 blocks,
     * the transform back, added into y. Returns the strain energy sum of u_e . K_e u_e.
     */
    private double multiplySlab(int from, int to, double[] u, double[] y, double[] work) {
        final double[] v = work;
        // a0 and a7 are the diagonal minus the off-diagonal, so that a row is a x_i + b (x + y + z).
        final double a0 = coefficients.a0() - coefficients.b0();
        final double b0 = coefficients.b0();
        final double a7 = coefficients.a7() - coefficients.b7();
        final double b7 = coefficients.b7();
        final double c = coefficients.c();
        final double d = coefficients.d();
        final double f = coefficients.f();
        final double g = coefficients.g();
        final double h = size;
        double energy = 0;
        for (int e = from; e < to; e++) {
            int n0 = 3 * pairs[4 * e];
            int n1 = 3 * pairs[4 * e + 1];
            int n2 = 3 * pairs[4 * e + 2];
            int n3 = 3 * pairs[4 * e + 3];
            for (int q = 0; q < 3; q++) {
                double p0 = u[n0 + q];
                double p1 = u[n0 + 3 + q];
                double p2 = u[n1 + q];
                double p3 = u[n1 + 3 + q];
                double p4 = u[n2 + q];
                double p5 = u[n2 + 3 + q];
                double p6 = u[n3 + q];
                double p7 = u[n3 + 3 + q];
                double s01 = p0 + p1;
                double d01 = p0 - p1;
                double s23 = p2 + p3;
                double d23 = p2 - p3;
                double s45 = p4 + p5;
                double d45 = p4 - p5;
                double s67 = p6 + p7;
                double d67 = p6 - p7;
                double t0 = s01 + s23;
                double t2 = s01 - s23;
                double t1 = d01 + d23;
                double t3 = d01 - d23;
                double t4 = s45 + s67;
                double t6 = s45 - s67;
                double t5 = d45 + d67;
                double t7 = d45 - d67;
                v[q] = t0 + t4;
                v[12 + q] = t0 - t4;
                v[3 + q] = t1 + t5;
                v[15 + q] = t1 - t5;
                v[6 + q] = t2 + t6;
                v[18 + q] = t2 - t6;
                v[9 + q] = t3 + t7;
                v[21 + q] = t3 - t7;
            }
            // The eight Walsh blocks with their zeros and repeats spelt out (HexStiffness.Coefficients);
            // v[3 m + c] is component c of mode m, and the products go to v[24 + 3 m + c]. The rigid
            // translations, v[24..26], are never written and stay zero.
            double scale = modulus[e] * h;
            double x = v[3];
            double yy = v[7];
            double z = v[14];
            double common = b0 * (x + yy + z);
            double wx = scale * (a0 * x + common);
            double wy = scale * (a0 * yy + common);
            double wz = scale * (a0 * z + common);
            v[27] = wx;
            v[31] = wy;
            v[38] = wz;
            energy += x * wx + yy * wy + z * wz;
            x = v[18];
            yy = v[16];
            z = v[11];
            common = b7 * (x + yy + z);
            wx = scale * (a7 * x + common);
            wy = scale * (a7 * yy + common);
            wz = scale * (a7 * z + common);
            v[42] = wx;
            v[40] = wy;
            v[35] = wz;
            energy += x * wx + yy * wy + z * wz;
            energy += pairBlock(v, 10, 17, scale, c, d) + pairBlock(v, 9, 20, scale, c, d)
                    + pairBlock(v, 15, 19, scale, c, d);
            energy += tiedBlock(v, 6, 4, 23, scale, f, g) + tiedBlock(v, 12, 5, 22, scale, f, g)
                    + tiedBlock(v, 13, 8, 21, scale, f, g);
            for (int q = 0; q < 3; q++) {
                double p0 = v[24 + q];
                double p1 = v[27 + q];
                double p2 = v[30 + q];
                double p3 = v[33 + q];
                double p4 = v[36 + q];
                double p5 = v[39 + q];
                double p6 = v[42 + q];
                double p7 = v[45 + q];
                double s01 = p0 + p1;
                double d01 = p0 - p1;
                double s23 = p2 + p3;
                double d23 = p2 - p3;
                double s45 = p4 + p5;
                double d45 = p4 - p5;
                double s67 = p6 + p7;
                double d67 = p6 - p7;
                double t0 = s01 + s23;
                double t2 = s01 - s23;
                double t1 = d01 + d23;
                double t3 = d01 - d23;
                double t4 = s45 + s67;
                double t6 = s45 - s67;
                double t5 = d45 + d67;
                double t7 = d45 - d67;
                y[n0 + q] += t0 + t4;
                y[n2 + q] += t0 - t4;
                y[n0 + 3 + q] += t1 + t5;
                y[n2 + 3 + q] += t1 - t5;
                y[n1 + q] += t2 + t6;
                y[n3 + q] += t2 - t6;
                y[n1 + 3 + q] += t3 + t7;
                y[n3 + 3 + q] += t3 - t7;
            }
        }
        return energy;
    }

    /** A block {@code [c d; d c]} on unknowns i and j; returns its energy. */
    private static double pairBlock(double[] v, int i, int j, double scale, double c, double d) {
        double x = v[i];
        double y = v[j];
        double wx = scale * (c * x + d * y);
        double wy = scale * (d * x + c * y);
        v[24 + i] = wx;
        v[24 + j] = wy;
        return x * wx + y * wy;
    }

    /** A block {@code f [1 1; 1 1]} on unknowns i and j and {@code g} on k; returns its energy. */
    private static double tiedBlock(double[] v, int i, int j, int k, double scale, double f, double g) {
        double sum = v[i] + v[j];
        double w = scale * f * sum;
        double wk = scale * g * v[k];
        v[24 + i] = w;
        v[24 + j] = w;
        v[24 + k] = wk;
        return sum * w + v[k] * wk;
    }

    /**
     * Solves K u = f for the load case, stopping when |f - K u| / |f| falls to
     * {@code tolerance} or after {@code maxIterations}.
     */
    public Solution solve(LoadCase loadCase, double tolerance, int maxIterations, ProgressListener progress) {
        long started = System.nanoTime();
        int[] fixed = fixedDofs(loadCase);
        double[] f = new double[dofs];
        for (int i = 0; i < loadCase.forceNodes().length; i++) {
            for (int c = 0; c < 3; c++) {
                f[3 * loadCase.forceNodes()[i] + c] += loadCase.forces()[3 * i + c];
            }
        }
        for (int dof : fixed) {
            f[dof] = 0;
        }
        double[] inverseDiagonal = diagonal();
        int[] springs = loadCase.springNodes();
        double[] springDirection = loadCase.springDirection();
        double springStiffness = loadCase.springStiffness();
        for (int node : springs) {
            for (int c = 0; c < 3; c++) {
                inverseDiagonal[3 * node + c] += springStiffness * springDirection[c] * springDirection[c];
            }
        }
        for (int i = 0; i < dofs; i++) {
            inverseDiagonal[i] = 1 / inverseDiagonal[i];
        }
        for (int dof : fixed) {
            inverseDiagonal[dof] = 0;
        }

        double[] x = new double[dofs];
        double[] r = f.clone();
        double[] p = new double[dofs];
        double[] q = new double[dofs];
        double normF = Math.sqrt(dot(f, f));
        if (normF == 0) {
            return new Solution(loadCase, x, 0, 0, true, seconds(started));
        }
        int members = team.size();
        // The three vector passes of an iteration, built once; alpha and beta reach them through step[].
        double[] step = new double[2];
        java.util.function.IntConsumer start = member -> {
            double sum = 0;
            for (int i = range(member, members); i < range(member + 1, members); i++) {
                double zi = inverseDiagonal[i] * r[i];
                p[i] = zi;
                sum += r[i] * zi;
            }
            partial[8 * member] = sum;
        };
        java.util.function.IntConsumer update = member -> {
            double alpha = step[0];
            double rr = 0;
            double rz = 0;
            for (int i = range(member, members); i < range(member + 1, members); i++) {
                x[i] += alpha * p[i];
                double ri = r[i] - alpha * q[i];
                r[i] = ri;
                rr += ri * ri;
                rz += ri * inverseDiagonal[i] * ri;
            }
            partial[8 * member] = rr;
            partial[8 * member + 1] = rz;
        };
        java.util.function.IntConsumer direction = member -> {
            double beta = step[1];
            for (int i = range(member, members); i < range(member + 1, members); i++) {
                p[i] = inverseDiagonal[i] * r[i] + beta * p[i];
            }
        };
        team.run(start);
        double rz = sum(0);
        double relative = 1;
        double logTolerance = Math.log(tolerance);
        int iteration = 0;
        long lastReport = System.nanoTime();
        progress.progress(0, "conjugate gradients on " + dofs + " unknowns");
        while (relative > tolerance && iteration < maxIterations) {
            iteration++;
            Arrays.fill(q, 0);
            double pq = product(p, q);
            for (int node : springs) {
                double along = springDirection[0] * p[3 * node] + springDirection[1] * p[3 * node + 1]
                        + springDirection[2] * p[3 * node + 2];
                for (int c = 0; c < 3; c++) {
                    q[3 * node + c] += springStiffness * along * springDirection[c];
                }
                pq += springStiffness * along * along;
            }
            for (int dof : fixed) {
                q[dof] = 0;
            }
            if (!(pq > 0)) {
                return new Solution(loadCase, x, iteration, Double.NaN, false, seconds(started));
            }
            step[0] = rz / pq;
            team.run(update);
            relative = Math.sqrt(sum(0)) / normF;
            double rzNext = sum(1);
            step[1] = rzNext / rz;
            rz = rzNext;
            if (relative > tolerance) {
                team.run(direction);
            }
            long now = System.nanoTime();
            if (now - lastReport > 1_000_000_000L) {
                lastReport = now;
                double done = Math.min(1, Math.max(0, Math.log(relative) / logTolerance));
                progress.progress(done, String.format(java.util.Locale.ROOT, "iteration %d, relative residual %.2e",
                        iteration, relative));
            }
        }
        progress.progress(1, String.format(java.util.Locale.ROOT, "%d iterations, relative residual %.2e", iteration,
                relative));
        return new Solution(loadCase, x, iteration, relative, relative <= tolerance, seconds(started));
    }

    /** Adds up slot {@code slot} of every member's partial sums. */
    private double sum(int slot) {
        double total = 0;
        for (int t = 0; t < team.size(); t++) {
            total += partial[8 * t + slot];
        }
        return total;
    }

    private int[] fixedDofs(LoadCase loadCase) {
        int[] result = new int[3 * loadCase.fixedNodes().length + loadCase.fixedDofs().length];
        int n = 0;
        for (int node : loadCase.fixedNodes()) {
            for (int c = 0; c < 3; c++) {
                result[n++] = 3 * node + c;
            }
        }
        for (int dof : loadCase.fixedDofs()) {
            result[n++] = dof;
        }
        for (int dof : result) {
            if (dof < 0 || dof >= dofs) {
                throw new IllegalArgumentException("load case " + loadCase.name() + " fixes a node the model does not have");
            }
        }
        return result;
    }

    private static double seconds(long started) {
        return (System.nanoTime() - started) / 1e9;
    }

    private void checkLength(double[] vector) {
        if (vector.length != dofs) {
            throw new IllegalArgumentException("vector of " + vector.length + " values for " + dofs + " unknowns");
        }
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private int range(int member, int members) {
        return (int) ((long) dofs * member / members);
    }

    @Override
    public void close() {
        if (ownsTeam) {
            team.close();
        }
    }
}
