package org.vitruvian.services.bonestrength.image;

import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.vitruvian.services.bonestrength.ProgressListener;

/**
 * Synthetic CT scans: a right proximal femur in soft tissue, and the calibration phantom scanned
 * with the same protocol, so that the whole pipeline runs, and can be tested, without patient
 * data. The femur is built from smooth shapes (shaft, intertrochanteric region, greater and lesser
 * trochanters, an oval neck and a spherical head) with a cortical shell whose thickness varies as
 * in real femurs (thick in the diaphysis and the inferior neck, thin at the superior neck,
 * trochanter and head) around trabecular bone, and fatty marrow in the diaphyseal canal.
 *
 * <p>Dimensions are those of an average adult femur: head radius 23 mm, neck-shaft angle 128
 * degrees, anteversion 12 degrees, offset 42 mm (see docs/services/bone-strength.md). Mineral
 * densities are K2HPO4-equivalent: cortex 1.15 g/cm3, trabecular bone 0.13 (trochanter) to 0.30
 * (head). The scanner turns density into CT numbers by a line whose slope falls with tube
 * voltage, as real scanners do; then each voxel is averaged over 8 samples (partial volume),
 * blurred by a 0.4 mm point-spread function and given Gaussian noise from a seeded generator.
 * Axes are the patient's (LPS): x to the left (medial for a right femur), y posterior, z superior.
 */
public final class FemurPhantom {

    /**
     * What to synthesise.
     *
     * @param seed seed of the noise
     * @param kvp tube voltage, 80, 100, 120 or 140 kV
     * @param noise standard deviation of the image noise, HU
     * @param voxel edge of the cubic voxels, mm
     * @param boneDensity mineral density relative to a normal adult's: 0.6 is osteoporotic
     */
    public record Spec(long seed, int kvp, double noise, double voxel, double boneDensity) {

        public Spec {
            if (kvp != 80 && kvp != 100 && kvp != 120 && kvp != 140) {
                throw new IllegalArgumentException("tube voltage must be 80, 100, 120 or 140 kV, not " + kvp);
            }
            if (!(noise >= 0) || !(voxel > 0) || !(boneDensity > 0)) {
                throw new IllegalArgumentException("noise must not be negative; voxel size and bone density must be positive");
            }
        }
    }

    /** Rods of the calibration phantom: K2HPO4 mg/cm3, as the ct-phantom service describes them. */
    public static final double[] ROD_DENSITIES = { 0, 50, 100, 200, 400 };
    private static final double[] ROD_X = { -60, -30, 0, 30, 60 };
    private static final double ROD_RADIUS = 7;

    private static final double CORTEX = 0.92;
    private static final double HEAD_RADIUS = 23;
    /** Where the neck axis meets the shaft axis, and the head centre. */
    private static final double[] NECK_BASE = { 0, 0, 87 };
    private static final double[] NECK_AXIS = neckAxis(128, 12);
    private static final double NECK_LENGTH = 53;
    private static final double[] HEAD = { NECK_BASE[0] + NECK_LENGTH * NECK_AXIS[0],
            NECK_BASE[1] + NECK_LENGTH * NECK_AXIS[1], NECK_BASE[2] + NECK_LENGTH * NECK_AXIS[2] };
    /** Cross-section of the neck in its superior-inferior and its anterior-posterior direction. */
    private static final double[] NECK_SUPERIOR = superior(NECK_AXIS);
    private static final double[] NECK_ANTERIOR = cross(NECK_AXIS, NECK_SUPERIOR);

    private FemurPhantom() {
    }

    /** The head centre of the synthetic femur, mm. */
    public static double[] headCentre() {
        return HEAD.clone();
    }

    public static double headRadius() {
        return HEAD_RADIUS;
    }

    /** Slope of the scanner's line, HU per mg/cm3 K2HPO4, at each tube voltage (illustrative). */
    static double slope(int kvp) {
        return switch (kvp) {
            case 80 -> 1.62;
            case 100 -> 1.38;
            case 120 -> 1.24;
            default -> 1.15;
        };
    }

    /** Offset of the scanner's line, HU, at each tube voltage (illustrative). */
    static double offset(int kvp) {
        return switch (kvp) {
            case 80 -> 6;
            case 100 -> 3;
            case 120 -> 0;
            default -> -2;
        };
    }

    /** The CT of the proximal femur, in Hounsfield units. */
    public static Volume femur(Spec spec, ProgressListener progress) {
        double h = spec.voxel();
        double[] low = { -35, -40, 0 };
        double[] high = { 72, 28, 150 };
        int[] sizes = new int[3];
        double[] origin = new double[3];
        for (int a = 0; a < 3; a++) {
            sizes[a] = (int) Math.round((high[a] - low[a]) / h);
            origin[a] = low[a] + h / 2;
        }
        double slope = slope(spec.kvp());
        double offset = offset(spec.kvp());
        float[] values = sample(sizes, origin, h, (point, margin) -> {
            Tissue tissue = tissue(point, spec.boneDensity());
            margin[0] = tissue.margin;
            return offset + tissue.baseHu + slope * 1000 * tissue.mineral;
        }, progress.range(0, 0.8));
        Volume clean = new Volume(sizes, new double[] { h, h, h }, origin, values, Map.of());
        return finish(clean, spec, spec.seed(), progress.range(0.8, 1), Map.of("content",
                "synthetic CT of a right proximal femur, HU", "kvp", Integer.toString(spec.kvp())));
    }

    /** The calibration phantom: five rods of K2HPO4 solution in a water-filled body, in air. */
    public static Volume calibrationPhantom(Spec spec, ProgressListener progress) {
        double h = spec.voxel();
        double[] low = { -110, -50, 0 };
        double[] high = { 110, 50, 20 };
        int[] sizes = new int[3];
        double[] origin = new double[3];
        for (int a = 0; a < 3; a++) {
            sizes[a] = Math.max(1, (int) Math.round((high[a] - low[a]) / h));
            origin[a] = low[a] + h / 2;
        }
        double slope = slope(spec.kvp());
        double offset = offset(spec.kvp());
        float[] values = sample(sizes, origin, h, (point, margin) -> {
            double x = point[0];
            double y = point[1];
            double outline = Math.abs(Math.sqrt((x / 100) * (x / 100) + (y / 40) * (y / 40)) - 1) * 40;
            for (double rodX : ROD_X) {
                outline = Math.min(outline, Math.abs(Math.sqrt((x - rodX) * (x - rodX) + y * y) - ROD_RADIUS));
            }
            margin[0] = outline;
            if ((x / 100) * (x / 100) + (y / 40) * (y / 40) > 1) {
                return -1000;
            }
            for (int r = 0; r < ROD_X.length; r++) {
                if ((x - ROD_X[r]) * (x - ROD_X[r]) + y * y <= ROD_RADIUS * ROD_RADIUS) {
                    return offset + slope * ROD_DENSITIES[r];
                }
            }
            return offset;
        }, progress.range(0, 0.8));
        StringBuilder rods = new StringBuilder();
        for (int r = 0; r < ROD_X.length; r++) {
            rods.append(r > 0 ? ";" : "").append(String.format(Locale.ROOT, "%.1f,0,%.1f", ROD_X[r], ROD_RADIUS));
        }
        Volume clean = new Volume(sizes, new double[] { h, h, h }, origin, values, Map.of());
        return finish(clean, spec, spec.seed() ^ 0x5DEECE66DL, progress.range(0.8, 1), Map.of("content",
                "synthetic CT of a K2HPO4 calibration phantom, HU", "kvp", Integer.toString(spec.kvp()),
                DensityCalibration.RODS_KEY, rods.toString()));
    }

    /** Blur by the scanner's point-spread function, then add noise in a fixed order so a seed gives one image. */
    private static Volume finish(Volume clean, Spec spec, long seed, ProgressListener progress, Map<String, String> metadata) {
        float[] blurred = BoneSegmentation.gaussian(clean, 0.4, progress.range(0, 0.7));
        SplittableRandom random = new SplittableRandom(seed);
        for (int v = 0; v < blurred.length; v++) {
            blurred[v] += (float) (spec.noise() * gaussian(random));
        }
        progress.progress(1, "noise of " + spec.noise() + " HU");
        return clean.with(blurred, metadata);
    }

    private static double gaussian(SplittableRandom random) {
        double u = random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(1 - u)) * Math.cos(2 * Math.PI * v);
    }

    @FunctionalInterface
    private interface Field {
        /** The CT number at a point; {@code margin[0]} is set to how far the nearest change of material is, mm. */
        double at(double[] point, double[] margin);
    }

    /**
     * Each voxel the mean of 2 x 2 x 2 samples inside it, the partial-volume effect, where a
     * change of material passes through it; elsewhere its centre value, which is the same.
     */
    private static float[] sample(int[] sizes, double[] origin, double h, Field field, ProgressListener progress) {
        float[] values = new float[sizes[0] * sizes[1] * sizes[2]];
        int[] done = new int[1];
        IntStream.range(0, sizes[2]).parallel().forEach(k -> {
            double[] point = new double[3];
            double[] margin = new double[1];
            for (int j = 0; j < sizes[1]; j++) {
                for (int i = 0; i < sizes[0]; i++) {
                    point[0] = origin[0] + i * h;
                    point[1] = origin[1] + j * h;
                    point[2] = origin[2] + k * h;
                    double centre = field.at(point, margin);
                    double value = centre;
                    if (margin[0] < h) {
                        double sum = 0;
                        for (int s = 0; s < 8; s++) {
                            point[0] = origin[0] + (i + ((s & 1) == 0 ? -0.25 : 0.25)) * h;
                            point[1] = origin[1] + (j + ((s & 2) == 0 ? -0.25 : 0.25)) * h;
                            point[2] = origin[2] + (k + ((s & 4) == 0 ? -0.25 : 0.25)) * h;
                            sum += field.at(point, margin);
                        }
                        value = sum / 8;
                    }
                    values[i + sizes[0] * (j + sizes[1] * k)] = (float) value;
                }
            }
            synchronized (done) {
                done[0]++;
                if (done[0] % 16 == 0 || done[0] == sizes[2]) {
                    progress.progress((double) done[0] / sizes[2], "synthesising slices");
                }
            }
        });
        return values;
    }

    /**
     * What lies at a point: its mineral density (g/cm3 K2HPO4), the CT number of what holds it, and
     * how far the nearest boundary between tissues is (mm), below which a voxel needs sub-samples.
     */
    private record Tissue(double mineral, double baseHu, double margin) {
    }

    /** Soft tissue outside the bone; inside, cortex within the local thickness of the surface, then trabecular bone or marrow. */
    static Tissue tissue(double[] p, double boneDensity) {
        double shaft = shaft(p);
        double body = ellipsoid(p, new double[] { -2, 2, 92 }, new double[] { 20, 16, 22 });
        double trochanter = ellipsoid(p, new double[] { -13, 4, 108 }, new double[] { 13, 15, 20 });
        double lesser = ellipsoid(p, new double[] { 9, 12, 70 }, new double[] { 7, 7, 9 });
        double neck = neck(p);
        double head = distance(p, HEAD) - HEAD_RADIUS;
        double bone = smoothMin(smoothMin(smoothMin(shaft, body, 10), trochanter, 6), lesser, 4);
        bone = smoothMin(smoothMin(bone, neck, 8), head, 4);
        if (bone > 0) {
            return new Tissue(0, 40, bone);
        }
        double[] distances = { shaft, body, trochanter, lesser, neck, head };
        double[] cortex = { shaftCortex(p[2]), 1.8, 1.0, 1.5, neckCortex(p), 1.2 };
        double[] trabecular = { 0.12, 0.15, 0.13, 0.15, 0.18, 0.28 };
        double nearest = Double.MAX_VALUE;
        for (double d : distances) {
            nearest = Math.min(nearest, d);
        }
        double weights = 0;
        double thickness = 0;
        double spongy = 0;
        for (int r = 0; r < distances.length; r++) {
            double w = Math.exp(-(distances[r] - nearest) / 3);
            weights += w;
            thickness += w * cortex[r];
            spongy += w * trabecular[r];
        }
        thickness /= weights;
        spongy /= weights;
        double margin = Math.min(-bone, Math.abs(-bone - thickness));
        if (-bone < thickness) {
            return new Tissue(boneDensity * CORTEX, 0, margin);
        }
        // Below the metaphysis the shaft's canal holds fatty marrow; above it, trabecular bone in red marrow.
        double shaftShare = Math.exp(-(shaft - nearest) / 3) / weights;
        double marrowShare = shaftShare * (1 - smoothStep(45, 75, p[2]));
        return new Tissue(boneDensity * spongy * (1 - marrowShare), -20 - 20 * marrowShare, margin);
    }

    private static double shaftCortex(double z) {
        if (z < 30) {
            return 5.5;
        }
        if (z < 80) {
            return 5.5 - 3.5 * (z - 30) / 50;
        }
        return 2.0;
    }

    /** Thin (0.9 mm) at the superior neck, thick (3.5 mm) at the inferior neck, the calcar. */
    private static double neckCortex(double[] p) {
        double[] d = { p[0] - NECK_BASE[0], p[1] - NECK_BASE[1], p[2] - NECK_BASE[2] };
        double along = dot(d, NECK_AXIS);
        double[] radial = { d[0] - along * NECK_AXIS[0], d[1] - along * NECK_AXIS[1], d[2] - along * NECK_AXIS[2] };
        double length = Math.sqrt(dot(radial, radial));
        double cosine = length > 1e-9 ? dot(radial, NECK_SUPERIOR) / length : 0;
        return 1.8 - 1.2 * cosine;
    }

    private static double shaft(double[] p) {
        double radius = 13.5 + 2.5 * smoothStep(40, 90, p[2]);
        double radial = Math.sqrt(p[0] * p[0] + p[1] * p[1]) - radius;
        double top = p[2] - 100;
        double bottom = -10 - p[2];
        return Math.max(radial, Math.max(top, bottom));
    }

    /** An oval neck, 30 mm tall and 25 mm wide, narrowing by 15 % at its waist, from the shaft axis to the head centre. */
    private static double neck(double[] p) {
        double[] d = { p[0] - NECK_BASE[0], p[1] - NECK_BASE[1], p[2] - NECK_BASE[2] };
        double along = dot(d, NECK_AXIS);
        double t = Math.max(0, Math.min(1, along / NECK_LENGTH));
        double waist = 1 - 0.15 * Math.sin(Math.PI * t);
        double a = dot(d, NECK_SUPERIOR) / (15 * waist);
        double b = dot(d, NECK_ANTERIOR) / (12.5 * waist);
        double oval = (Math.sqrt(a * a + b * b) - 1) * 12.5 * waist;
        double ends = Math.max(-along, along - NECK_LENGTH);
        return Math.max(oval, ends);
    }

    /** Approximate signed distance to an ellipsoid (Quilez): exact on the surface, close near it. */
    private static double ellipsoid(double[] p, double[] centre, double[] radii) {
        double k0 = 0;
        double k1 = 0;
        for (int a = 0; a < 3; a++) {
            double q = p[a] - centre[a];
            k0 += (q / radii[a]) * (q / radii[a]);
            k1 += (q / (radii[a] * radii[a])) * (q / (radii[a] * radii[a]));
        }
        k0 = Math.sqrt(k0);
        k1 = Math.sqrt(k1);
        return k1 > 1e-12 ? k0 * (k0 - 1) / k1 : -Math.min(radii[0], Math.min(radii[1], radii[2]));
    }

    /** Union of two shapes with a fillet of about {@code k} mm where they meet. */
    private static double smoothMin(double a, double b, double k) {
        double h = Math.max(k - Math.abs(a - b), 0) / k;
        return Math.min(a, b) - h * h * k / 4;
    }

    private static double smoothStep(double from, double to, double x) {
        double t = Math.max(0, Math.min(1, (x - from) / (to - from)));
        return t * t * (3 - 2 * t);
    }

    /** Unit neck axis, medial and up at the neck-shaft angle, turned anteriorly (to -y) by the anteversion. */
    private static double[] neckAxis(double neckShaftAngle, double anteversion) {
        double fromVertical = Math.toRadians(180 - neckShaftAngle);
        double turn = Math.toRadians(anteversion);
        return new double[] { Math.sin(fromVertical) * Math.cos(turn), -Math.sin(fromVertical) * Math.sin(turn),
                Math.cos(fromVertical) };
    }

    private static double[] superior(double[] axis) {
        double[] up = { 0, 0, 1 };
        double along = dot(up, axis);
        double[] s = { up[0] - along * axis[0], up[1] - along * axis[1], up[2] - along * axis[2] };
        double length = Math.sqrt(dot(s, s));
        return new double[] { s[0] / length, s[1] / length, s[2] / length };
    }

    private static double[] cross(double[] a, double[] b) {
        return new double[] { a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0] };
    }

    private static double dot(double[] a, double[] b) {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }

    private static double distance(double[] a, double[] b) {
        double dx = a[0] - b[0];
        double dy = a[1] - b[1];
        double dz = a[2] - b[2];
        return Math.sqrt(dx * dx + dy * dy + dz * dz);
    }
}
